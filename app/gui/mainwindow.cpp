#include "mainwindow.h"

#include "appinfo.h"
#include "apppaths.h"
#include "contactlog.h"
#include "contactlogmodel.h"
#include "contactlogpanel.h"
#include "forcedetailpanel.h"
#include "forceids.h"
#include "forcemapview.h"
#include "forcetablemodel.h"
#include "lettercomposer.h"
#include "lettereditorwindow.h"
#include "logexchange.h"
#include "onlinepostcodelookup.h"
#include "postcodedistricts.h"
#include "profiledialog.h"
#include "recordcontactdialog.h"
#include "settings.h"
#include "shippeddata.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pcc {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_model(new ForceTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_logModel(new ContactLogModel(this))
    , m_tabs(new QTabWidget(this))
    , m_map(new ForceMapView(this))
    , m_list(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_logPage(new QWidget(this))
    , m_details(new ForceDetailPanel(this))
    , m_profiles(new QComboBox(this))
    , m_teamView(new QCheckBox(tr("&Team view"), this))
    , m_postcode(new QLineEdit(this))
    , m_lookupResult(new QLabel(this))
    , m_followUpBanner(new QLabel(this))
    , m_followUpButton(new QPushButton(tr("Write &follow-ups…"), this))
    , m_banner(new QWidget(this))
{
    setWindowTitle(tr("PCC Campaigner"));
    resize(1280, 800);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(ForceTableModel::SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_list->setModel(m_proxy);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(ForceTableModel::AreaColumn, Qt::AscendingOrder);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->setAccessibleName(tr("Police force areas"));
    m_search->setPlaceholderText(tr("Search areas, offices, holders…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the directory"));
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    auto *listPage = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPage);
    listLayout->addWidget(m_search);
    listLayout->addWidget(m_list);
    m_tabs->addTab(m_map, tr("&Map"));
    m_tabs->addTab(listPage, tr("&List"));
    m_tabs->addTab(m_logPage, tr("Contact &log"));
    new QVBoxLayout(m_logPage);
    m_logPage->layout()->setContentsMargins(0, 0, 0, 0);

    m_followUpBanner->setWordWrap(true);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->addWidget(m_followUpBanner, 1);
    bannerLayout->addWidget(m_followUpButton);
    m_banner->setStyleSheet(u"background-color: #fef3c7; color: #3b2f00;"_s);
    m_banner->hide();

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_banner);
    leftLayout->addWidget(m_tabs);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    setCentralWidget(splitter);

    buildToolBar();
    buildMenus();
    m_map->setPlaceholderText(tr("Loading the map…"));

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::onListSelectionChanged);
    connect(m_map, &ForceMapView::forceClicked, this, &MainWindow::selectForce);
    connect(m_map, &ForceMapView::noPccAreaClicked, this, &MainWindow::showNoPccArea);
    connect(m_details, &ForceDetailPanel::writeLetterRequested, this, &MainWindow::writeLetter);
    connect(m_details, &ForceDetailPanel::recordContactRequested, this, &MainWindow::recordContact);
    connect(m_followUpButton, &QPushButton::clicked, this, &MainWindow::writeFollowUps);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_logPage)
            showLogTab();
    });

    restoreGeometry(Settings::mainWindowGeometry());
}

MainWindow::~MainWindow() = default;

void MainWindow::ensureLoaded()
{
    if (m_loaded)
        return;
    m_loaded = true;
    loadDirectory();
    openLog();
    // Start where the volunteer lives: their own commissioner.
    if (m_log && m_selectedForce.isEmpty()) {
        if (const auto p = m_log->profile(m_log->currentProfileName()); p && m_directory.force(p->homeForce))
            selectForce(p->homeForce);
    }
}

void MainWindow::buildToolBar()
{
    QToolBar *bar = addToolBar(tr("Find"));
    bar->setObjectName(u"findToolbar"_s);
    bar->setMovable(false);
    m_postcode->setPlaceholderText(tr("Your postcode, e.g. BS20 8JJ"));
    m_postcode->setAccessibleName(tr("Find my commissioner by postcode"));
    m_postcode->setMaximumWidth(220);
    bar->addWidget(new QLabel(tr(" Find my commissioner: "), this));
    bar->addWidget(m_postcode);
    QAction *find = bar->addAction(tr("Find"));
    QAction *online = bar->addAction(tr("Look up online…"));
    online->setToolTip(tr("Ask postcodes.io (sends your postcode over the internet)"));
    bar->addWidget(m_lookupResult);
    connect(m_postcode, &QLineEdit::returnPressed, this, [this] { findPostcode(m_postcode->text()); });
    connect(find, &QAction::triggered, this, [this] { findPostcode(m_postcode->text()); });
    connect(online, &QAction::triggered, this, &MainWindow::lookupOnline);

    QToolBar *profileBar = addToolBar(tr("Profile"));
    profileBar->setObjectName(u"profileToolbar"_s);
    profileBar->setMovable(false);
    profileBar->addWidget(new QLabel(tr(" Volunteer: "), this));
    m_profiles->setMinimumWidth(160);
    m_profiles->setAccessibleName(tr("Current volunteer profile"));
    profileBar->addWidget(m_profiles);
    profileBar->addWidget(m_teamView);
    m_teamView->setToolTip(tr("Colour the map by everyone's contacts on this computer, not just yours"));
    m_teamView->setChecked(Settings::teamView());
    connect(m_profiles, &QComboBox::activated, this, &MainWindow::onProfileChosen);
    connect(m_teamView, &QCheckBox::toggled, this, [this](bool on) {
        Settings::setTeamView(on);
        refreshProgress();
    });
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Export contact log…"), this, &MainWindow::exportLog);
    file->addAction(tr("&Import contact log…"), this, &MainWindow::importLog);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *profile = menuBar()->addMenu(tr("&Profile"));
    profile->addAction(tr("&New profile…"), this, &MainWindow::newProfile);
    profile->addAction(tr("&Edit this profile…"), this, &MainWindow::editProfile);
    profile->addSeparator();
    profile->addAction(tr("&Delete this profile and all its data…"), this, &MainWindow::deleteProfile);

    QMenu *letters = menuBar()->addMenu(tr("&Letters"));
    QAction *write = letters->addAction(tr("&Write a letter to the selected area…"), this, [this] { writeLetter(m_selectedForce); });
    write->setShortcut(QKeySequence::New);
    letters->addAction(tr("Write &follow-ups…"), this, &MainWindow::writeFollowUps);
    QAction *record = letters->addAction(tr("&Record a contact…"), this, [this] { recordContact(m_selectedForce); });
    record->setShortcut(QKeySequence(u"Ctrl+R"_s));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("Zoom to &London"), m_map, &ForceMapView::zoomToLondon);
    view->addAction(tr("&Show all areas"), m_map, &ForceMapView::resetView);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About PCC Campaigner"), this, &MainWindow::showAbout);
}

void MainWindow::loadDirectory()
{
    const ShippedData::DirectoryLoad load = ShippedData::loadDirectory();
    m_directory = load.directory;
    m_model->setDirectory(m_directory);
    m_list->resizeColumnsToContents();
    m_areas = ForceAreas::loadDefault();
    m_map->setAreas(m_areas);
    m_map->setDirectory(m_directory);
    statusBar()->showMessage(tr("%1 policing bodies · contact data version %2 · everything stays on this computer")
                                 .arg(m_directory.forces().size())
                                 .arg(m_directory.dataVersion()));
    if (!load.warning.isEmpty()) {
        // Shown once the window is up: a bad update file never blocks startup.
        QTimer::singleShot(0, this, [this, warning = load.warning] { QMessageBox::warning(this, tr("Updated data not used"), warning); });
    }
}

void MainWindow::openLog()
{
    m_log = std::make_unique<ContactLog>();
    if (!m_log->open(AppPaths::databaseFile(), ContactLog::Check::Quick)) {
        const QString error = m_log->lastError();
        m_log.reset();
        QTimer::singleShot(0, this, [this, error] {
            QMessageBox::warning(this, tr("Contact log unavailable"),
                                 error + u"\n\n"_s + tr("You can still browse the directory and write letters; contacts cannot be recorded until this is fixed."));
        });
        return;
    }
    if (!m_log->notice().isEmpty())
        QTimer::singleShot(0, this, [this, notice = m_log->notice()] { QMessageBox::information(this, tr("Contact log"), notice); });
    refreshProfiles();
    // The full page check reads the whole file: done once the window is up.
    QTimer::singleShot(1500, this, [this] {
        if (!m_log || m_log->verify())
            return;
        const QString problem = m_log->lastError();
        if (QMessageBox::warning(this, tr("Contact log damaged"),
                                 problem + u"\n\n"_s + tr("Keep the damaged file aside (it is never deleted) and start a fresh log?"),
                                 QMessageBox::Yes | QMessageBox::No)
            == QMessageBox::Yes) {
            if (!m_log->moveAsideAndStartFresh())
                QMessageBox::warning(this, tr("Contact log"), m_log->lastError());
            else
                QMessageBox::information(this, tr("Contact log"), m_log->notice());
            refreshProfiles();
        }
    });
}

void MainWindow::refreshProfiles()
{
    m_profiles->clear();
    if (!m_log)
        return;
    const QString current = m_log->currentProfileName();
    QStringList names;
    for (const Profile &p : m_log->profiles())
        names << p.name;
    m_profiles->addItems(names);
    m_profiles->addItem(tr("New profile…"));
    m_profiles->setCurrentIndex(std::max(0, int(names.indexOf(current))));
    if (m_logPanel)
        m_logPanel->setProfiles(names);
    refreshProgress();
    refreshLog();
    refreshFollowUps();
}

void MainWindow::onProfileChosen(int index)
{
    if (!m_log)
        return;
    if (index == m_profiles->count() - 1) {
        newProfile();
        return;
    }
    m_log->setCurrentProfile(m_profiles->itemText(index));
    refreshProfiles();
}

void MainWindow::refreshProgress()
{
    if (!m_log)
        return;
    const bool team = m_teamView->isChecked();
    const QString profile = m_log->currentProfileName();
    const auto progress = m_log->progressByForce(team ? QString() : profile);
    m_map->setProgress(progress, team ? tr("Everyone on this computer") : profile.isEmpty() ? QString() : tr("Volunteer: %1").arg(profile));
    QHash<QString, QString> texts;
    for (auto it = progress.cbegin(); it != progress.cend(); ++it)
        texts.insert(it.key(), forceProgressLabel(it.value()));
    m_model->setStatusTexts(texts);
}

void MainWindow::refreshLog()
{
    if (!m_log)
        return;
    // A long log is only read when the log tab is visible: it never slows down startup.
    m_logModelStale = m_tabs->currentWidget() != m_logPage;
    if (!m_logModelStale) {
        QHash<QString, QString> names;
        for (const ForceRecord &f : m_directory.forces())
            names.insert(f.id, f.areaName());
        m_logModel->setRecords(m_log->contacts(), names);
    }
    if (!m_selectedForce.isEmpty())
        selectForce(m_selectedForce); // refresh the history in the detail panel
}

void MainWindow::showLogTab()
{
    ensureLoaded();
    if (!m_logPanel) {
        m_logPanel = new ContactLogPanel(m_logModel, m_logPage);
        m_logPage->layout()->addWidget(m_logPanel);
        connect(m_logPanel, &ContactLogPanel::editRequested, this, &MainWindow::editContact);
        connect(m_logPanel, &ContactLogPanel::exportRequested, this, &MainWindow::exportLog);
        connect(m_logPanel, &ContactLogPanel::importRequested, this, &MainWindow::importLog);
        QStringList names;
        if (m_log) {
            for (const Profile &p : m_log->profiles())
                names << p.name;
        }
        m_logPanel->setProfiles(names);
    }
    if (m_logModelStale)
        refreshLog();
}

void MainWindow::refreshFollowUps()
{
    if (!m_log)
        return;
    const auto due = m_log->dueFollowUps(QDate::currentDate(), m_log->currentProfileName());
    m_banner->setVisible(!due.isEmpty());
    if (due.isEmpty())
        return;
    QStringList areas;
    for (const ContactRecord &r : due)
        areas << (m_directory.force(r.forceId) ? m_directory.force(r.forceId)->areaName() : r.forceId);
    m_followUpBanner->setText(tr("No reply yet from %1 (letters sent more than two weeks ago). A short follow-up helps.")
                                  .arg(areas.join(u", "_s)));
}

void MainWindow::selectForce(const QString &forceId)
{
    ensureLoaded();
    m_selectedForce = forceId;
    const ForceRecord *force = m_directory.force(forceId);
    m_details->showForce(force);
    m_map->setSelectedForce(forceId);
    const int row = m_model->rowOfForce(forceId);
    const QModelIndex proxyIndex = m_proxy->mapFromSource(m_model->index(row, 0));
    if (proxyIndex.isValid() && m_list->currentIndex().row() != proxyIndex.row()) {
        m_list->setCurrentIndex(proxyIndex);
        m_list->scrollTo(proxyIndex);
    }
    if (force && m_log) {
        const QList<ContactRecord> history = m_log->contacts({}, forceId);
        QString html = u"<h3>"_s + tr("Your contacts with this office").toHtmlEscaped() + u"</h3>"_s;
        if (history.isEmpty())
            html += u"<p>"_s + tr("None recorded yet.").toHtmlEscaped() + u"</p>"_s;
        else
            html += u"<ul>"_s;
        for (const ContactRecord &r : history) {
            html += u"<li>"_s + QStringList{r.date.toString(Qt::ISODate), r.profileName, channelKey(r.channel), statusKey(r.status),
                                            replyOutcomeLabel(r.replyOutcome)}.join(u" · "_s).toHtmlEscaped() + u"</li>"_s;
        }
        if (!history.isEmpty())
            html += u"</ul>"_s;
        m_details->setHistoryHtml(html);
    }
    emit forceSelected(forceId);
}

void MainWindow::onListSelectionChanged()
{
    const QModelIndex current = m_list->currentIndex();
    if (current.isValid() && current.data(ForceTableModel::ForceIdRole).toString() != m_selectedForce)
        selectForce(current.data(ForceTableModel::ForceIdRole).toString());
}

void MainWindow::showNoPccArea(const QString &areaId)
{
    m_selectedForce.clear();
    m_map->setSelectedForce({});
    m_list->setCurrentIndex(QModelIndex());
    m_details->showNoPccArea(areaId);
}

bool MainWindow::findPostcode(const QString &text)
{
    ensureLoaded();
    const Postcode pc = Postcode::parse(text);
    if (!pc.isValid()) {
        m_lookupResult->setText(tr("  “%1” is not a UK postcode.").arg(text.trimmed()));
        return false;
    }
    const PostcodeDistricts::Match match = districts().find(pc);
    if (!match.found) {
        m_lookupResult->setText(tr("  %1 is not in the offline table: choose your area on the map, or look it up online.").arg(pc.outward()));
        return false;
    }
    const QString best = match.forceIds.first();
    if (ForceIds::isNoPccArea(best)) {
        showNoPccArea(best);
        m_lookupResult->setText(tr("  %1 is in %2, which has no police and crime commissioner.").arg(pc.toString(), ForceIds::noPccAreaName(best)));
        return true;
    }
    selectForce(best);
    if (match.forceIds.size() > 1 || match.certainty != u"high"_s) {
        QStringList others;
        for (const QString &id : match.forceIds.mid(1))
            others << (m_directory.force(id) ? m_directory.force(id)->areaName() : id);
        m_lookupResult->setText(others.isEmpty() ? tr("  Probably %1 (the offline data for %2 is uncertain: check on the map).").arg(m_directory.force(best)->areaName(), pc.outward())
                                                 : tr("  Probably %1; %2 also covers %3. Check on the map or look it up online.").arg(m_directory.force(best)->areaName(), pc.outward(), others.join(u", "_s)));
    } else {
        m_lookupResult->setText(tr("  %1 is in %2.").arg(pc.toString(), m_directory.force(best)->areaName()));
    }
    return true;
}

QString MainWindow::lookupMessage() const
{
    return m_lookupResult->text().trimmed();
}

void MainWindow::lookupOnline()
{
    const Postcode pc = Postcode::parse(m_postcode->text());
    if (!pc.isFull()) {
        m_lookupResult->setText(tr("  The online lookup needs a full postcode, such as BS20 8JJ."));
        return;
    }
    if (QMessageBox::question(this, tr("Look up online?"),
                              tr("This sends the postcode %1 to postcodes.io over the internet. Nothing else is sent. Continue?").arg(pc.toString()))
        != QMessageBox::Yes)
        return;
    auto *lookup = new OnlinePostcodeLookup(m_directory, this);
    m_lookupResult->setText(tr("  Asking postcodes.io…"));
    connect(lookup, &OnlinePostcodeLookup::finished, this, [this, lookup, pc](const QString &id) {
        lookup->deleteLater();
        if (ForceIds::isNoPccArea(id)) {
            showNoPccArea(id);
            m_lookupResult->setText(tr("  %1 is in %2, which has no police and crime commissioner.").arg(pc.toString(), ForceIds::noPccAreaName(id)));
        } else {
            selectForce(id);
            m_lookupResult->setText(tr("  %1 is in %2 (postcodes.io).").arg(pc.toString(), m_directory.force(id)->areaName()));
        }
    });
    connect(lookup, &OnlinePostcodeLookup::failed, this, [this, lookup](const QString &message) {
        lookup->deleteLater();
        m_lookupResult->setText(u"  "_s + message);
    });
    lookup->lookup(pc.toString());
}

void MainWindow::newProfile()
{
    if (!m_log)
        return;
    ProfileDialog dialog(Profile(), this);
    if (dialog.exec() == QDialog::Accepted) {
        Profile p = dialog.profile();
        p.homeForce = districts().homeForceOf(p.postcode);
        if (!m_log->addProfile(&p))
            QMessageBox::warning(this, tr("Profile not saved"), m_log->lastError());
        else
            m_log->setCurrentProfile(p.name);
    }
    refreshProfiles();
}

void MainWindow::editProfile()
{
    if (!m_log)
        return;
    const auto current = m_log->profile(m_log->currentProfileName());
    if (!current) {
        newProfile();
        return;
    }
    ProfileDialog dialog(*current, this);
    if (dialog.exec() == QDialog::Accepted) {
        Profile p = dialog.profile();
        p.homeForce = districts().homeForceOf(p.postcode);
        if (!m_log->updateProfile(p))
            QMessageBox::warning(this, tr("Profile not saved"), m_log->lastError());
        else
            m_log->setCurrentProfile(p.name);
    }
    refreshProfiles();
}

void MainWindow::deleteProfile()
{
    if (!m_log || m_log->currentProfileName().isEmpty())
        return;
    const QString name = m_log->currentProfileName();
    if (QMessageBox::warning(this, tr("Delete profile"),
                             tr("Delete the profile “%1” and every contact it recorded? This cannot be undone.").arg(name),
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    if (!m_log->deleteProfile(name))
        QMessageBox::warning(this, tr("Profile not deleted"), m_log->lastError());
    const QList<Profile> rest = m_log->profiles();
    if (!rest.isEmpty())
        m_log->setCurrentProfile(rest.first().name);
    refreshProfiles();
}

const PostcodeDistricts &MainWindow::districts()
{
    if (m_districts.isEmpty())
        m_districts = PostcodeDistricts::loadDefault();
    return m_districts;
}

LetterEditorWindow *MainWindow::letterEditor()
{
    if (!m_letters) {
        m_letters = new LetterEditorWindow(m_directory, m_log.get(), this);
        m_letters->setWindowFlag(Qt::Window);
        connect(m_letters, &LetterEditorWindow::contactRecorded, this, [this] {
            refreshProgress();
            refreshLog();
            refreshFollowUps();
        });
    }
    return m_letters;
}

void MainWindow::writeLetter(const QString &forceId)
{
    if (!m_directory.force(forceId)) {
        QMessageBox::information(this, tr("Choose an area"), tr("Select an area on the map or in the list first."));
        return;
    }
    letterEditor()->openFor(forceId);
}

void MainWindow::writeFollowUps()
{
    if (!m_log)
        return;
    const auto due = m_log->dueFollowUps(QDate::currentDate(), m_log->currentProfileName());
    if (due.isEmpty()) {
        QMessageBox::information(this, tr("Follow-ups"), tr("No follow-ups are due."));
        return;
    }
    const ContactRecord &first = due.first();
    letterEditor()->openFor(first.forceId, u"follow-up"_s, {{u"first_letter_date"_s, LetterComposer::ukLongDate(first.date)}});
    m_log->snoozeFollowUp(first.uuid); // its next reminder comes at 21 days; the others stay in the banner
    refreshFollowUps();
}

void MainWindow::recordContact(const QString &forceId)
{
    const ForceRecord *f = m_directory.force(forceId);
    if (!f || !m_log)
        return;
    if (m_log->currentProfileName().isEmpty()) {
        newProfile();
        if (m_log->currentProfileName().isEmpty())
            return;
    }
    ContactRecord r;
    r.profileName = m_log->currentProfileName();
    r.setRecipient(*f);
    r.date = QDate::currentDate();
    RecordContactDialog dialog(r, f->areaName(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    r = dialog.record();
    if (!m_log->addContact(&r))
        QMessageBox::warning(this, tr("Not recorded"), m_log->lastError());
    refreshProgress();
    refreshLog();
    refreshFollowUps();
}

void MainWindow::editContact(const QString &uuid)
{
    if (!m_log)
        return;
    const auto r = m_log->contact(uuid);
    if (!r)
        return;
    const ForceRecord *f = m_directory.force(r->forceId);
    RecordContactDialog dialog(*r, f ? f->areaName() : r->forceId, this);
    if (dialog.exec() == QDialog::Accepted && !m_log->updateContact(dialog.record()))
        QMessageBox::warning(this, tr("Not saved"), m_log->lastError());
    refreshProgress();
    refreshLog();
    refreshFollowUps();
}

void MainWindow::exportLog()
{
    if (!m_log)
        return;
    QString filter;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export contact log"), QDir::homePath() + u"/contact-log.csv"_s,
                                                      tr("CSV (*.csv);;JSON (*.json);;CSV for a coordinator, without personal data (*.csv)"), &filter);
    if (path.isEmpty())
        return;
    const bool anonymous = filter.contains(u"coordinator"_s);
    const auto format = path.endsWith(u".json"_s, Qt::CaseInsensitive) ? LogExchange::Format::Json : LogExchange::Format::Csv;
    const QByteArray data = LogExchange::write(m_log->contacts(), format, anonymous);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        QMessageBox::warning(this, tr("Export failed"), tr("Cannot write %1: %2").arg(path, file.errorString()));
    else
        statusBar()->showMessage(tr("Contact log exported to %1").arg(path), 5000);
}

void MainWindow::importLog()
{
    if (!m_log)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import contact log"), QDir::homePath(), tr("Contact logs (*.csv *.json)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > LogExchange::MaxImportBytes) {
        QMessageBox::warning(this, tr("Import failed"), tr("Cannot read %1, or it is larger than 64 MB.").arg(path));
        return;
    }
    const QByteArray data = file.readAll();
    DataIssues issues;
    const QList<ContactRecord> records = LogExchange::read(data, LogExchange::formatForFile(path, data), &issues);
    if (!issues.isEmpty()) {
        QStringList lines;
        for (qsizetype i = 0; i < issues.size() && i < 15; ++i)
            lines << issues.at(i).toString();
        if (issues.size() > 15)
            lines << tr("… and %1 more").arg(issues.size() - 15);
        if (records.isEmpty()) {
            QMessageBox::warning(this, tr("Nothing imported"), lines.join(u'\n'));
            return;
        }
        if (QMessageBox::warning(this, tr("Problems in the file"),
                                 tr("%1 rows have problems:\n%2\n\nImport the %3 good rows and skip the rest?")
                                     .arg(issues.size()).arg(lines.join(u'\n')).arg(records.size()),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes)
            return;
    }
    ContactLog::ImportReport report;
    if (!m_log->merge(records, &report)) {
        QMessageBox::warning(this, tr("Import failed"), m_log->lastError() + u"\n"_s + tr("Nothing was imported."));
        return;
    }
    QMessageBox::information(this, tr("Import finished"), tr("Added %1, updated %2, skipped %3 (already up to date).")
                                                             .arg(report.added).arg(report.updated).arg(report.skipped));
    refreshProfiles();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About PCC Campaigner"),
        tr("<h3>PCC Campaigner %1</h3>"
           "<p>Helps volunteers write to their police and crime commissioner (or the mayor or police authority "
           "that holds that role) asking them to fund specialist support services for stalking victims.</p>"
           "<p>Your profiles, letters and contact log stay on this computer (%2). The network is used only when "
           "you ask for an online postcode lookup.</p>"
           "<p><b>Planned change:</b> the Home Office announced on 13 November 2025 that police and crime "
           "commissioners will be abolished in May 2028; mayors or new Policing and Crime Boards will take on "
           "their role (source: Home Office release “Police and crime commissioners to be scrapped”, and the "
           "Commons statement repeated in the Lords on 18 November 2025). The app's data can change a force's "
           "body when that happens.</p>"
           "<p>%3</p>")
            .arg(AppInfo::version(), AppPaths::databaseFile().toHtmlEscaped(),
                 AppInfo::aboutDataCredits().toHtmlEscaped().replace(u"\n"_s, u"<br/>"_s)));
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
    if (m_letters && !m_letters->close()) {
        event->ignore();
        return;
    }
    Settings::setMainWindowGeometry(saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace pcc
