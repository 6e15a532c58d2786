#pragma once

#include "shell/firstrunguide.h"
#include "shell/settingsdialog.h"
#include "responsiveness.h"
#include "teamcoverage.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <optional>

class QLineEdit;
class QTableView;
class QTabWidget;
class QVBoxLayout;

namespace pcc {

class ContactLog;
class ContactLogTab;
class DirectoryContext;
class DirectoryController;
class DirectoryPane;
class FollowUpBanner;
class ForceDetailPanel;
class ForceMapView;
class LetterWindows;
class LogController;
class PostcodeFinder;
class ReportExporter;
class TeamController;
class TopBar;

// The main window lays out the panes and connects them; each pane does its own job and the
// rules live in core services (through LogController for the contact log).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // The data and the log are loaded just after the first paint (never blocking it);
    // anything that needs them calls this first.
    void ensureLoaded();
    void selectForce(const QString &forceId);
    QString selectedForce() const { return m_selectedForce; }
    bool findPostcode(const QString &text); // a postcode or an area's name; false with a message when not found

    // The widgets a user interacts with (for tests).
    QTableView *forceList() const;
    QLineEdit *searchField() const;
    QLineEdit *postcodeField() const; // "Find my commissioner"
    ForceDetailPanel *detailPanel() const { return m_details; }
    ForceMapView *mapView() const { return m_map; }
    QTabWidget *tabs() const { return m_tabs; }
    ContactLog *contactLog() const;
    TeamController *teamController() const { return m_team; }
    QString lookupMessage() const;

signals:
    void firstPainted();
    void forceSelected(const QString &forceId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void directoryLoaded(); // every pane drawn from the directory again
    bool selectHomeForce(); // the current volunteer's own area; false when there is none
    void refreshProfiles();
    void refreshContacts();
    void showStatus(const QString &message); // a confirmation in the status bar
    void clearSelection();
    void showNoPccArea(const QString &areaId); // Scotland, Northern Ireland: nothing selected
    void showNotFound(const QString &message); // a lookup found nothing: no office shown
    void showSettings(SettingsDialog::Page page = SettingsDialog::Page::Letters);
    void showGuide();
    void guideStepDone(FirstRunGuide::Step step);

    DirectoryContext *m_context; // first: the panes below hold its directory
    LogController *m_logController;
    QTabWidget *m_tabs;
    ForceMapView *m_map;
    DirectoryPane *m_list;
    ContactLogTab *m_logTab;
    ForceDetailPanel *m_details;
    FollowUpBanner *m_banner;
    PostcodeFinder *m_finder;
    TopBar *m_topBar;
    ReportExporter *m_reports;
    DirectoryController *m_directoryController;
    TeamController *m_team;
    LetterWindows *m_letters;
    QPointer<FirstRunGuide> m_guide; // while it is shown
    QVBoxLayout *m_leftColumn;
    QString m_selectedForce;
    QHash<QString, ForceResponsiveness> m_teamFigures; // by force, in the team view only
    bool m_painted = false;
    bool m_loaded = false;
};

} // namespace pcc
