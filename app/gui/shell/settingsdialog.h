#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;

namespace pcc {

class LetterLayoutForm;
class TeamController;

// Everything the app remembers between sessions, in one place: the letter's page and
// envelope, what may go online, and the team server. OK saves; Cancel changes nothing
// (except what the Team page's buttons did at once: a test or a sync).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Page { Letters, Online, Team };
    SettingsDialog(TeamController *team, QWidget *parent = nullptr);
    void showPage(Page page);
    // Sync was asked for with no server set: the Team page, saying where the address comes from.
    void askForTeamServer();
    void accept() override;

private:
    QWidget *lettersPage();
    QWidget *onlinePage();
    QWidget *teamPage();
    void setTeamStatus(const QString &text, bool good);
    void updateTeamButtons();

    TeamController *m_team;
    QTabWidget *m_tabs;
    LetterLayoutForm *m_layout = nullptr;
    QCheckBox *m_onlineLookup = nullptr;
    QLineEdit *m_updateUrl = nullptr;
    QLineEdit *m_server = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_syncOnStart = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_sync = nullptr;
    QPushButton *m_members = nullptr;
    QLabel *m_teamStatus = nullptr;
};

} // namespace pcc
