#include "shell/settingsdialog.h"

#include "letterlayout.h"
#include "letters/letterlayoutform.h"
#include "settingsstore.h"
#include "shell/settings.h"
#include "team/teamcontroller.h"
#include "team/teammembersdialog.h"
#include "teamserveraddress.h"
#include "updatefetcher.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pcc {

namespace {

QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(TeamController *team, QWidget *parent)
    : QDialog(parent)
    , m_team(team)
    , m_tabs(new QTabWidget(this))
{
    setWindowTitle(tr("Settings"));
    m_tabs->addTab(lettersPage(), tr("&Letters"));
    m_tabs->addTab(onlinePage(), tr("&Online"));
    m_tabs->addTab(teamPage(), tr("&Team"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *box = new QVBoxLayout(this);
    box->addWidget(m_tabs);
    box->addWidget(buttons);
    resize(560, 460);
}

QWidget *SettingsDialog::lettersPage()
{
    auto *page = new QWidget(this);
    auto *box = new QVBoxLayout(page);
    m_layout = new LetterLayoutForm(LetterLayout::saved(), page);
    box->addWidget(m_layout);
    box->addWidget(note(tr("The recipient's address is printed where the envelope's window shows it. To check the "
                           "position, print a test page from the letter editor (Page setup) and hold it against your envelope."),
                        page));
    box->addStretch();
    return page;
}

QWidget *SettingsDialog::onlinePage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_onlineLookup = new QCheckBox(tr("Offer &online postcode lookup"), page);
    m_onlineLookup->setChecked(Settings::onlineLookupAllowed());
    form->addRow(m_onlineLookup);
    form->addRow(note(tr("When you press \"Look up online…\", the postcode you typed is sent to postcodes.io, and nothing "
                         "else. Without it, the app finds your area from its own table, offline."),
                      page));
    m_updateUrl = new QLineEdit(Settings::updateUrl(), page);
    m_updateUrl->setPlaceholderText(u"https://…/policing_bodies.json"_s);
    form->addRow(tr("Directory &updates from:"), m_updateUrl);
    form->addRow(note(tr("The address your campaign gives you for updates to the directory. It is used only when you "
                         "choose Data, Check for an updated directory; each update must be signed by a key you trust."),
                      page));
    form->addRow(note(tr("PCC Campaigner sends nothing about you or your use of it anywhere: no statistics, no crash reports."),
                      page));
    return page;
}

QWidget *SettingsDialog::teamPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    form->addRow(note(tr("In team mode your contacts are also kept on your campaign's server, so the coordinator can "
                         "see where letters have gone. Other volunteers see only counts per area, never your name, "
                         "address, notes or letters. Your coordinator gives you the address and a password."),
                      page));
    m_server = new QLineEdit(Settings::teamServer(), page);
    m_server->setPlaceholderText(u"postgresql://ROLE@HOST:5432/DATABASE"_s);
    form->addRow(tr("&Server:"), m_server);
    m_password = new QLineEdit(page);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("kept in your system's keychain"));
    form->addRow(tr("&Password:"), m_password);
    m_syncOnStart = new QCheckBox(tr("S&ync when the app starts"), page);
    m_syncOnStart->setChecked(Settings::syncOnStart());
    form->addRow(m_syncOnStart);

    auto *row = new QHBoxLayout;
    m_test = new QPushButton(tr("Test &connection"), page);
    m_sync = new QPushButton(tr("Sync &now"), page);
    m_members = new QPushButton(tr("&Volunteers…"), page);
    m_members->setToolTip(tr("For the coordinator: each volunteer's counts"));
    m_members->setEnabled(false);
    row->addWidget(m_test);
    row->addWidget(m_sync);
    row->addWidget(m_members);
    row->addStretch();
    form->addRow(row);
    m_teamStatus = new QLabel(page);
    m_teamStatus->setWordWrap(true);
    m_teamStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(m_teamStatus);

    connect(m_test, &QPushButton::clicked, this, [this] {
        setTeamStatus(tr("Connecting…"), true);
        m_team->test(m_server->text(), m_password->text());
    });
    connect(m_sync, &QPushButton::clicked, this, [this] {
        m_team->configure(m_server->text(), m_password->text());
        setTeamStatus(tr("Syncing…"), true);
        m_team->syncNow();
    });
    connect(m_members, &QPushButton::clicked, this, [this] { m_team->fetchMembers(m_server->text(), m_password->text()); });
    connect(m_team, &TeamController::tested, this, [this](bool ok, const QString &message, bool coordinator) {
        setTeamStatus(message, ok);
        m_members->setEnabled(ok && coordinator);
    });
    connect(m_team, &TeamController::synced, this, [this](const QString &summary) { setTeamStatus(summary, true); });
    connect(m_team, &TeamController::failed, this, [this](const QString &message) { setTeamStatus(message, false); });
    connect(m_team, &TeamController::membersFetched, this, [this](const QList<TeamMember> &members) {
        TeamMembersDialog(members, this).exec();
    });
    connect(m_team, &TeamController::busyChanged, this, &SettingsDialog::updateTeamButtons);
    connect(m_server, &QLineEdit::textChanged, this, [this](const QString &text) {
        const TeamServerAddress address = TeamServerAddress::parse(text);
        m_members->setEnabled(false);
        setTeamStatus(text.trimmed().isEmpty() || address.isValid() ? QString() : address.error(), true);
        updateTeamButtons();
    });
    updateTeamButtons();
    return page;
}

void SettingsDialog::setTeamStatus(const QString &text, bool good)
{
    m_teamStatus->setText(text);
    QPalette p = palette();
    if (!good)
        p.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c)); // dark red: readable on light and dark grey
    m_teamStatus->setPalette(p);
}

void SettingsDialog::showPage(Page page)
{
    m_tabs->setCurrentIndex(int(page));
}

void SettingsDialog::askForTeamServer()
{
    showPage(Page::Team);
    m_server->setFocus();
    setTeamStatus(tr("No team server is set yet. Your campaign's coordinator gives you its address and a password: "
                     "enter them here, then press Sync now."),
                  true);
}

// Test and Sync need a server to talk to, and wait while one of them runs.
void SettingsDialog::updateTeamButtons()
{
    const bool addressGiven = TeamServerAddress::parse(m_server->text()).isValid();
    for (QPushButton *b : {m_test, m_sync})
        b->setEnabled(addressGiven && !m_team->isBusy());
}

void SettingsDialog::accept()
{
    const QString server = m_server->text().trimmed();
    const TeamServerAddress address = TeamServerAddress::parse(server);
    if (!server.isEmpty() && !address.isValid()) {
        showPage(Page::Team);
        setTeamStatus(address.error(), false);
        return;
    }
    // Checked here, where it is typed, by the same rule the download uses.
    const QString updateUrl = m_updateUrl->text().trimmed();
    QString urlProblem;
    if (!updateUrl.isEmpty() && !UpdateFetcher::isAllowedUrl(QUrl(updateUrl), &urlProblem)) {
        showPage(Page::Online);
        m_updateUrl->setFocus();
        QMessageBox::warning(this, tr("Directory updates"), urlProblem);
        return;
    }
    const bool saved = m_layout->layout().save() && Settings::setOnlineLookupAllowed(m_onlineLookup->isChecked())
        && Settings::setUpdateUrl(updateUrl) && Settings::setSyncOnStart(m_syncOnStart->isChecked());
    if (!saved) {
        // The dialog stays open with the choices made, so that nothing is lost while the
        // volunteer frees the disk or the folder.
        QMessageBox::warning(this, tr("Settings not saved"), SettingsStore::lastError());
        return;
    }
    m_team->configure(server, m_password->text());
    QDialog::accept();
}

} // namespace pcc
