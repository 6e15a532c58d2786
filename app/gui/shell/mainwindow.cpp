#include "shell/mainwindow.h"

#include "campaignprogress.h"
#include "forceids.h"
#include "directory/directorycontext.h"
#include "directory/directorycontroller.h"
#include "directory/directorypane.h"
#include "directory/forcedetailpanel.h"
#include "directory/postcodefinder.h"
#include "letters/letterwindows.h"
#include "log/contactlogtab.h"
#include "log/followupbanner.h"
#include "log/logcontroller.h"
#include "map/forcemapview.h"
#include "report/reportexporter.h"
#include "shell/aboutbox.h"
#include "shell/firstrunguide.h"
#include "shell/mainmenus.h"
#include "shell/settings.h"
#include "shell/settingsdialog.h"
#include "shell/topbar.h"
#include "shell/windowsize.h"
#include "team/teamcontroller.h"

#include <QCloseEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pcc {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_context(new DirectoryContext(this))
    , m_logController(new LogController(m_context->directory(), [this]() -> const PostcodeDistricts & { return m_context->districts(); }, this))
    , m_tabs(new QTabWidget(this))
    , m_map(new ForceMapView(this))
    , m_list(new DirectoryPane(this))
    , m_logTab(new ContactLogTab(m_logController, m_context->directory(), this))
    , m_details(new ForceDetailPanel(this))
    , m_banner(new FollowUpBanner(this))
    , m_finder(new PostcodeFinder(m_context->directory(), [this]() -> const PostcodeDistricts & { return m_context->districts(); }, this))
    , m_topBar(new TopBar(m_finder, m_logController, this))
    , m_reports(new ReportExporter(this))
    , m_directoryController(new DirectoryController(m_context->directory(), this))
    , m_team(new TeamController(m_logController, this))
    , m_letters(new LetterWindows(m_context->directory(), m_logController, this))
{
    setWindowTitle(tr("PCC Campaigner"));

    // Document mode: the pages sit flush under their tabs with no frame round them. The frame's
    // tall lines were the only drawing at start that Qt split across worker threads, whose start
    // and hand-offs cost more than the lines themselves.
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_map, tr("&Map"));
    m_tabs->addTab(m_list, tr("L&ist"));
    m_tabs->addTab(m_logTab, tr("Contact l&og"));

    auto *left = new QWidget(this);
    m_leftColumn = new QVBoxLayout(left);
    m_leftColumn->setContentsMargins(0, 0, 0, 0);
    m_finder->messageLabel()->setParent(left);
    m_finder->messageLabel()->setContentsMargins(8, 4, 8, 4);
    m_leftColumn->addWidget(m_finder->messageLabel());
    m_leftColumn->addWidget(m_banner);
    m_leftColumn->addWidget(m_tabs);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({740, 540}); // the panel's sources and addresses need room to read
    auto *central = new QWidget(this);
    auto *column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_topBar);
    column->addWidget(splitter, 1);
    setCentralWidget(central);

    auto *menus = new MainMenus(this, m_logController, m_directoryController, m_map);
    connect(menus, &MainMenus::exportMapRequested, this, [this] {
        ensureLoaded();
        const ForceMapView::Colouring mode = m_map->colouringMode();
        m_reports->exportMap(m_logController->log(), m_context->directory(), m_context->areas(),
                             mode == ForceMapView::Colouring::Evidence  ? ReportBuilder::Colour::Evidence
                             : mode == ForceMapView::Colouring::Replies ? ReportBuilder::Colour::Replies
                                                                        : ReportBuilder::Colour::Status);
    });
    connect(menus, &MainMenus::reportRequested, this, [this] {
        ensureLoaded();
        m_reports->exportReport(m_logController->log(), m_context->directory(), m_context->areas());
    });
    connect(menus, &MainMenus::settingsRequested, this, [this] { showSettings(); });
    connect(menus, &MainMenus::writeLetterRequested, this, [this] { m_letters->write(m_selectedForce); });
    connect(menus, &MainMenus::followUpsRequested, m_letters, &LetterWindows::writeFollowUp);
    connect(menus, &MainMenus::recordContactRequested, this, [this] { m_logController->recordContact(m_selectedForce); });
    connect(menus, &MainMenus::recordReplyRequested, this, [this] { m_logController->recordReplyFrom(m_selectedForce); });
    connect(menus, &MainMenus::syncRequested, this, [this] {
        if (m_team->isConfigured())
            m_team->syncNow();
        else
            showSettings(SettingsDialog::Page::Team);
    });
    connect(menus, &MainMenus::guideRequested, this, &MainWindow::showGuide);
    connect(menus, &MainMenus::aboutRequested, this, [this] { AboutBox::show(this); });
    m_map->setPlaceholderText(tr("Loading the map…"));

    connect(m_list, &DirectoryPane::forceChosen, this, [this](const QString &id) {
        if (id != m_selectedForce) {
            m_finder->clearSearch();
            selectForce(id);
        }
    });
    connect(m_map, &ForceMapView::forceClicked, this, [this](const QString &id) {
        m_finder->clearSearch();
        selectForce(id);
    });
    connect(m_map, &ForceMapView::noPccAreaClicked, this, [this](const QString &id) {
        m_finder->clearSearch();
        showNoPccArea(id);
    });
    connect(m_topBar, &TopBar::teamViewChanged, this, &MainWindow::refreshContacts);
    connect(m_finder, &PostcodeFinder::forceFound, this, &MainWindow::selectForce);
    connect(m_finder, &PostcodeFinder::noPccAreaFound, this, &MainWindow::showNoPccArea);
    connect(m_finder, &PostcodeFinder::nothingFound, this, &MainWindow::showNotFound);
    connect(m_finder, &PostcodeFinder::candidatesFound, this, [this](const QStringList &ids, const QString &message) {
        clearSelection(); // no office is shown until the volunteer chooses
        m_details->showCandidates(message);
        emit forceSelected({});
        m_map->setCandidates(ids);
    });
    connect(m_details, &ForceDetailPanel::createProfileRequested, m_logController, &LogController::newProfile);
    connect(m_logController, &LogController::profileSaved, this, [this](const QString &areaId) {
        const bool office = m_context->directory().force(areaId) != nullptr;
        if (office || ForceIds::isNoPccArea(areaId)) {
            m_finder->clearSearch(); // an earlier search's message no longer applies
            if (office)
                selectForce(areaId);
            else
                showNoPccArea(areaId);
        }
        guideStepDone(FirstRunGuide::Step::Profile);
    });
    connect(this, &MainWindow::forceSelected, this, [this](const QString &forceId) {
        if (!forceId.isEmpty())
            guideStepDone(FirstRunGuide::Step::Find);
    });
    connect(m_logController, &LogController::statusMessage, this, &MainWindow::showStatus);
    connect(m_logTab, &ContactLogTab::readFailed, this, &MainWindow::showStatus);
    connect(m_reports, &ReportExporter::statusMessage, this, &MainWindow::showStatus);
    connect(m_directoryController, &DirectoryController::statusMessage, this, &MainWindow::showStatus);
    connect(m_directoryController, &DirectoryController::directoryChanged, m_context, &DirectoryContext::load);
    connect(m_context, &DirectoryContext::changed, this, &MainWindow::directoryLoaded);
    connect(m_context, &DirectoryContext::dataRefused, this, [this](const QString &title, const QString &why) {
        QTimer::singleShot(0, this, [this, title, why] { QMessageBox::warning(this, title, why); }); // after the action at hand
    });
    connect(m_team, &TeamController::statusMessage, this, &MainWindow::showStatus);
    connect(m_team, &TeamController::synced, this, &MainWindow::showStatus);
    connect(m_team, &TeamController::failed, this, &MainWindow::showStatus);
    connect(m_team, &TeamController::coverageChanged, this, &MainWindow::refreshContacts);
    connect(m_details, &ForceDetailPanel::correctRequested, m_directoryController, &DirectoryController::correct);
    connect(m_details, &ForceDetailPanel::verifyRequested, m_directoryController, &DirectoryController::verify);
    connect(m_details, &ForceDetailPanel::undoRequested, m_directoryController, &DirectoryController::undo);
    connect(m_details, &ForceDetailPanel::writeLetterRequested, m_letters, &LetterWindows::write);
    connect(m_details, &ForceDetailPanel::recordContactRequested, m_logController, &LogController::recordContact);
    connect(m_banner, &FollowUpBanner::writeRequested, m_letters, &LetterWindows::writeFollowUp);
    connect(m_letters, &LetterWindows::contactRecorded, this, [this](const QString &confirmation) {
        refreshContacts();
        showStatus(confirmation); // here too: the letter window may be closed next
        guideStepDone(FirstRunGuide::Step::Record);
    });
    connect(m_letters, &LetterWindows::lettersOut, this, [this] { guideStepDone(FirstRunGuide::Step::Write); });
    connect(m_banner, &FollowUpBanner::replyRequested, m_logController, &LogController::recordReply);
    connect(m_banner, &FollowUpBanner::notYetRequested, m_logController, &LogController::snoozeFollowUp);
    connect(m_logController, &LogController::profilesChanged, this, &MainWindow::refreshProfiles);
    connect(m_logController, &LogController::contactsChanged, this, &MainWindow::refreshContacts);
    connect(m_logController, &LogController::contactsChanged, this, [this] { guideStepDone(FirstRunGuide::Step::Record); });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_logTab) {
            ensureLoaded();
            m_logTab->shown();
        }
    });

    // The keyboard's path follows the volunteer's: find, the map, then the panel's actions
    // (Write a letter… is one Tab from the map), the panel, the map's zoom buttons, the rest.
    QWidget::setTabOrder(m_finder->field(), m_map);
    QWidget *last = m_details->placeInTabOrderAfter(m_map);
    for (QWidget *control : m_map->controls()) {
        QWidget::setTabOrder(last, control);
        last = control;
    }

    WindowSize::restore(this, Settings::mainWindowGeometry(), QSize(1280, 800));
}

MainWindow::~MainWindow() = default;

QTableView *MainWindow::forceList() const
{
    return m_list->table();
}

QLineEdit *MainWindow::searchField() const
{
    return m_list->searchField();
}

QLineEdit *MainWindow::postcodeField() const
{
    return m_finder->field();
}

ContactLog *MainWindow::contactLog() const
{
    return m_logController->log();
}

void MainWindow::ensureLoaded()
{
    if (m_loaded)
        return;
    m_loaded = true;
    m_context->load();
    if (m_logController->open())
        refreshProfiles();
    // Start where the volunteer lives: their own commissioner.
    if (m_selectedForce.isEmpty() && !selectHomeForce())
        m_details->showForce(nullptr);
    m_finder->setOnlineLookupAllowed(Settings::onlineLookupAllowed());
    if (!Settings::firstRunGuideSeen() && m_logController->log() && m_logController->profiles().isEmpty())
        QTimer::singleShot(0, this, &MainWindow::showGuide);
    else if (Settings::syncOnStart() && m_team->isConfigured())
        m_team->syncNow(false); // never a password prompt at startup: a failure is said in the status bar
}

bool MainWindow::selectHomeForce()
{
    const auto profile = m_logController->currentProfile();
    if (!profile || !m_context->directory().force(profile->homeForce))
        return false;
    selectForce(profile->homeForce);
    return true;
}

void MainWindow::directoryLoaded()
{
    const Directory &directory = m_context->directory();
    m_list->setDirectory(directory);
    m_map->setAreas(m_context->areas());
    m_map->setDirectory(directory);
    m_letters->setDirectory(directory);
    statusBar()->showMessage(tr("%n policing bodies · contact data version %1 · everything stays on this computer", nullptr,
                                int(directory.forces().size()))
                                 .arg(directory.dataVersion()));
    if (!m_selectedForce.isEmpty())
        selectForce(m_selectedForce);
    refreshContacts();
}

void MainWindow::refreshProfiles()
{
    const QList<Profile> all = m_logController->profiles();
    const auto current = m_logController->currentProfile();
    m_topBar->setProfiles(all, current, m_logController->log());
    m_details->setHasProfile(!all.isEmpty() || !m_logController->log());
    m_logTab->setProfiles(all);
    m_letters->refreshSender();
    refreshContacts();
}

// Everything drawn from the log: the map's colours, the list's status column, the log
// table, the follow-up banner and the selected force's history.
void MainWindow::refreshContacts()
{
    ContactLog *log = m_logController->log();
    if (!log)
        return;
    const bool team = m_topBar->teamView();
    const auto profile = m_logController->currentProfile();
    const QString uuid = team || !profile ? QString() : profile->uuid;
    // In team mode the team view is the server's coverage as last fetched; else this computer's log.
    const auto coverage = team ? m_team->cachedCoverage() : std::nullopt;
    const auto progress = CampaignProgress::read(*log, coverage, uuid);
    if (!progress) {
        statusBar()->showMessage(log->lastError());
        return;
    }
    const QString whose = coverage ? tr("The team (server, as of %1)").arg(QLocale().toString(coverage->fetchedAt.toLocalTime(), QLocale::ShortFormat))
                          : team   ? tr("Everyone on this computer")
                          : profile ? tr("Volunteer: %1").arg(profile->name) : QString();
    m_map->setProgress(progress->byForce, whose);
    m_map->setResponsiveness(progress->responsiveness);
    m_teamFigures.clear();
    if (progress->fromServer) {
        for (const ForceResponsiveness &f : progress->responsiveness)
            m_teamFigures.insert(f.forceId, f);
    }
    QHash<QString, QString> texts;
    for (auto it = progress->byForce.cbegin(); it != progress->byForce.cend(); ++it)
        texts.insert(it.key(), forceProgressLabel(it.value()));
    m_list->setStatusTexts(texts);

    m_logTab->refresh();
    if (const auto due = log->dueFollowUps(QDate::currentDate(), profile ? profile->uuid : QString()))
        m_banner->setDue(*due, m_context->directory());
    if (!m_selectedForce.isEmpty())
        selectForce(m_selectedForce); // refresh the history in the detail panel
}

void MainWindow::selectForce(const QString &forceId)
{
    ensureLoaded();
    m_selectedForce = forceId;
    const ForceRecord *force = m_context->directory().force(forceId);
    m_details->showForce(force);
    m_map->setSelectedForce(forceId);
    m_list->selectForce(forceId);
    if (force && m_logController->log()) {
        if (const auto history = m_logController->log()->contacts({}, forceId))
            m_details->setHistory(*history, m_teamFigures.contains(forceId) ? std::optional(m_teamFigures.value(forceId)) : std::nullopt);
    }
    emit forceSelected(forceId);
}

void MainWindow::showStatus(const QString &message)
{
    statusBar()->showMessage(message, 8000);
}

void MainWindow::clearSelection()
{
    m_selectedForce.clear();
    m_map->setSelectedForce({});
    m_map->setCandidates({});
    m_list->selectForce({});
}

void MainWindow::showNotFound(const QString &message)
{
    clearSelection();
    m_details->showNotFound(message);
    emit forceSelected({});
}

void MainWindow::showNoPccArea(const QString &areaId)
{
    clearSelection();
    m_details->showNoPccArea(areaId);
}

bool MainWindow::findPostcode(const QString &text)
{
    ensureLoaded();
    return m_finder->find(text);
}

QString MainWindow::lookupMessage() const
{
    return m_finder->message();
}

void MainWindow::showSettings(SettingsDialog::Page page)
{
    SettingsDialog dialog(m_team, this);
    if (page == SettingsDialog::Page::Team && !m_team->isConfigured())
        dialog.askForTeamServer();
    else
        dialog.showPage(page);
    if (dialog.exec() == QDialog::Accepted) {
        m_finder->setOnlineLookupAllowed(Settings::onlineLookupAllowed());
        refreshContacts();
    }
}

void MainWindow::showGuide()
{
    Settings::setFirstRunGuideSeen(true);
    if (m_guide) {
        m_guide->show();
        return;
    }
    FirstRunGuide::Actions actions;
    actions.createProfile = [this] { m_logController->editProfile(); }; // a new one only when there is none
    actions.focusFinder = [this] { m_finder->focusField(); };
    actions.showFunding = [this] { m_details->showEvidence(); };
    actions.writeLetter = [this] { m_letters->write(m_selectedForce); };
    actions.recordContact = [this] { m_logController->recordContact(m_selectedForce); };
    actions.ensureArea = [this] { return !m_selectedForce.isEmpty() || selectHomeForce(); };
    actions.status = [this](const QString &message) { showStatus(message); };
    m_guide = new FirstRunGuide(actions, this);
    m_leftColumn->insertWidget(1, m_guide); // under the finder's message, above the map: it covers nothing
    m_guide->show();
    if (m_logController->currentProfile())
        m_guide->stepDone(FirstRunGuide::Step::Profile);
    if (!m_selectedForce.isEmpty())
        m_guide->stepDone(FirstRunGuide::Step::Find);
}

void MainWindow::guideStepDone(FirstRunGuide::Step step)
{
    if (m_guide)
        m_guide->stepDone(step);
}

void MainWindow::paintEvent(QPaintEvent *event)
{
    QMainWindow::paintEvent(event);
    if (!m_painted) {
        m_painted = true;
        emit firstPainted();
        QTimer::singleShot(0, this, &MainWindow::ensureLoaded);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_letters->close()) {
        event->ignore();
        return;
    }
    Settings::setMainWindowGeometry(saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace pcc
