#pragma once

#include "directory.h"
#include "forceareas.h"
#include "postcodedistricts.h"

#include <QMainWindow>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTabWidget;

namespace pcc {

class ContactLog;
class ContactLogModel;
class ContactLogPanel;
class ForceDetailPanel;
class ForceMapView;
class ForceTableModel;
class LetterEditorWindow;

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
    bool findPostcode(const QString &text); // false with a message when not found

    // The widgets a user interacts with (for tests).
    QTableView *forceList() const { return m_list; }
    QLineEdit *searchField() const { return m_search; }
    ForceDetailPanel *detailPanel() const { return m_details; }
    ForceMapView *mapView() const { return m_map; }
    QTabWidget *tabs() const { return m_tabs; }
    ContactLog *contactLog() const { return m_log.get(); }
    QString lookupMessage() const;

signals:
    void firstPainted();
    void forceSelected(const QString &forceId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void buildToolBar();
    void loadDirectory();
    void openLog();
    void refreshProfiles();
    void refreshProgress();
    void refreshLog();
    void showLogTab();
    void refreshFollowUps();
    void onListSelectionChanged();
    void showNoPccArea(const QString &areaId); // Scotland, Northern Ireland: nothing selected
    void onProfileChosen(int index);
    void newProfile();
    void editProfile();
    void deleteProfile();
    void writeLetter(const QString &forceId);
    void writeFollowUps();
    void recordContact(const QString &forceId);
    void editContact(const QString &uuid);
    void exportLog();
    void importLog();
    void lookupOnline();
    void showAbout();
    LetterEditorWindow *letterEditor();
    const PostcodeDistricts &districts(); // read on first use, then kept

    Directory m_directory;
    ForceAreas m_areas;
    PostcodeDistricts m_districts;
    std::unique_ptr<ContactLog> m_log;
    ForceTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    ContactLogModel *m_logModel;
    QTabWidget *m_tabs;
    ForceMapView *m_map;
    QTableView *m_list;
    QLineEdit *m_search;
    QWidget *m_logPage;
    ContactLogPanel *m_logPanel = nullptr; // created when the tab is first shown
    ForceDetailPanel *m_details;
    QComboBox *m_profiles;
    QCheckBox *m_teamView;
    QLineEdit *m_postcode;
    QLabel *m_lookupResult;
    QLabel *m_followUpBanner;
    QPushButton *m_followUpButton;
    QWidget *m_banner;
    LetterEditorWindow *m_letters = nullptr;
    QString m_selectedForce;
    bool m_painted = false;
    bool m_loaded = false;
    bool m_logModelStale = true; // the log table is filled only when it is shown
};

} // namespace pcc
