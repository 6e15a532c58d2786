// Settings, team mode in the window, and the first-steps guide.
#include "catchcompat.h"
#include "core/team/teamfixture.h"
#include "pgtestserver.h"
#include "testsupport.h"

#include "contactlog.h"
#include "directory/forcedetailpanel.h"
#include "map/forcemapview.h"
#include "shell/mainwindow.h"
#include "shell/settings.h"
#include "stalkingsupport.h"
#include "contactenums.h"
#include "shell/settingsdialog.h"
#include "teamadmin.h"
#include "teamconnection.h"
#include "team/teamcontroller.h"
#include "teamcoverage.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTabWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QTranslator>
#include <QStatusBar>
#include <QMenuBar>

using namespace Qt::StringLiterals;
using namespace pcc;
using pcctest::childWithText;

namespace {

// settings.ini is shared by the tests (Qt's test mode puts it under ~/.qttest): each test
// puts back what it changed.
struct ScopedSettings
{
    QString teamServer = Settings::teamServer();
    bool online = Settings::onlineLookupAllowed();
    bool syncOnStart = Settings::syncOnStart();
    bool guideSeen = Settings::firstRunGuideSeen();
    QString updateUrl = Settings::updateUrl();
    bool teamView = Settings::teamView();
    ~ScopedSettings()
    {
        Settings::setTeamServer(teamServer);
        Settings::setOnlineLookupAllowed(online);
        Settings::setSyncOnStart(syncOnStart);
        Settings::setFirstRunGuideSeen(guideSeen);
        Settings::setUpdateUrl(updateUrl);
        Settings::setTeamView(teamView);
    }
};

struct Sandbox : pcctest::AppSandbox
{
    ScopedSettings settings;
};

QLineEdit *editWithPlaceholder(QWidget *parent, const QString &start)
{
    for (QLineEdit *e : parent->findChildren<QLineEdit *>()) {
        if (e->placeholderText().startsWith(start))
            return e;
    }
    return nullptr;
}

} // namespace

TEST_CASE("settings: turning off the online lookup hides its button and nothing can be sent", "[gui][settings]")
{
    Sandbox sandbox;
    Settings::setOnlineLookupAllowed(true);
    Settings::setFirstRunGuideSeen(true);
    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.ensureLoaded();
    QPushButton *online = childWithText<QPushButton>(&window, u"Look up online…"_s);
    REQUIRE(online);
    CHECK(online->isVisible());

    // File, Settings…: untick, give an update address, OK.
    QAction *settings = childWithText<QAction>(&window, u"Settings…"_s);
    REQUIRE(settings);
    QTimer::singleShot(0, [] {
        auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        QCheckBox *offer = childWithText<QCheckBox>(dialog, u"Offer online postcode lookup"_s);
        REQUIRE(offer);
        offer->setChecked(false);
        QLineEdit *updates = editWithPlaceholder(dialog, u"https://"_s);
        REQUIRE(updates);
        updates->setText(u"https://campaign.example.org/policing_bodies.json"_s);
        dialog->accept();
    });
    settings->trigger();
    CHECK_FALSE(Settings::onlineLookupAllowed());
    CHECK(Settings::updateUrl() == u"https://campaign.example.org/policing_bodies.json"_s);
    CHECK_FALSE(online->isVisible());

    SettingsDialog again(window.teamController(), &window);
    CHECK_FALSE(childWithText<QCheckBox>(&again, u"Offer online postcode lookup"_s)->isChecked()); // read back from settings.ini
}

TEST_CASE("settings: a team address with a password in it is refused and nothing is saved", "[gui][settings][team]")
{
    Sandbox sandbox;
    Settings::setTeamServer(QString());
    MainWindow window;
    SettingsDialog dialog(window.teamController(), &window);
    QLineEdit *server = editWithPlaceholder(&dialog, u"postgresql://"_s);
    REQUIRE(server);
    server->setText(u"postgresql://sam:hunter2@db.example.org/campaign"_s);
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(Settings::teamServer().isEmpty());
    bool said = false;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        said = said || label->text().contains(u"must not contain a password"_s);
    CHECK(said);

    server->setText(u"postgresql://sam@db.example.org/campaign?sslmode=disable"_s); // not encrypted, not local
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(Settings::teamServer().isEmpty());
}

TEST_CASE("team in the window: Sync now sends the volunteer's letters and the team view shows the server's coverage",
          "[gui][team]")
{
    Sandbox sandbox;
    Settings::setFirstRunGuideSeen(true);
    Settings::setSyncOnStart(false);
    pcctest::TeamServer team;
    pcctest::PgTestServer &server = team.server;
    const QString password = team.addVolunteer(u"v_gwen"_s);

    MainWindow window;
    window.ensureLoaded();
    ContactLog *log = window.contactLog();
    REQUIRE(log);
    Profile gwen;
    gwen.name = u"Gwen"_s;
    REQUIRE(log->addProfile(&gwen));
    REQUIRE(log->setCurrentProfile(gwen.uuid));
    ContactRecord letter;
    letter.profileUuid = gwen.uuid;
    letter.forceId = u"dyfed-powys"_s;
    letter.status = ContactStatus::Replied;
    letter.replyOutcome = ReplyOutcome::Commitment;
    REQUIRE(log->addContact(&letter));

    // The password goes to the keychain when there is one; the session keeps it either way.
    TeamController *controller = window.teamController();
    controller->configure(server.url(u"v_gwen"_s), password);
    REQUIRE(controller->isConfigured());
    QSignalSpy synced(controller, &TeamController::synced);
    QSignalSpy failed(controller, &TeamController::failed);
    controller->syncNow(false);
    REQUIRE((synced.wait(20000) || !failed.isEmpty()));
    INFO((failed.isEmpty() ? QString() : failed.first().first().toString()).toStdString());
    REQUIRE(failed.isEmpty());
    CHECK(synced.first().first().toString().contains(u"1 sent"_s));

    QCheckBox *teamView = childWithText<QCheckBox>(&window, u"Team view"_s);
    REQUIRE(teamView);
    teamView->setChecked(true);
    CHECK(window.mapView()->scopeLabel().startsWith(u"The team (server"_s));
    CHECK(window.mapView()->accessibleTextFor(u"dyfed-powys"_s).contains(forceProgressLabel(ForceProgress::Commitment)));
    CHECK(window.mapView()->accessibleTextFor(u"kent"_s).contains(forceProgressLabel(ForceProgress::NotContacted)));
    // The office's panel gives the campaign's figures beside this computer's history.
    window.selectForce(u"dyfed-powys"_s);
    CHECK(window.detailPanel()->plainText().contains(u"This office has answered the letter a campaign volunteer sent"_s));
    teamView->setChecked(false);
    window.selectForce(u"dyfed-powys"_s);
    CHECK_FALSE(window.detailPanel()->plainText().contains(u"a campaign volunteer sent"_s));
    teamView->setChecked(true);

    // A second sync with the team view on: the map follows the new coverage at once.
    ContactRecord kent;
    kent.profileUuid = gwen.uuid;
    kent.forceId = u"kent"_s;
    kent.status = ContactStatus::Sent;
    REQUIRE(log->addContact(&kent));
    synced.clear();
    controller->syncNow(false);
    REQUIRE((synced.wait(20000) || !failed.isEmpty()));
    REQUIRE(failed.isEmpty());
    CHECK(window.mapView()->accessibleTextFor(u"kent"_s).contains(forceProgressLabel(ForceProgress::Sent)));

    // Offline later: the coverage was kept, and the map still shows it.
    REQUIRE(server.stop());
    MainWindow later;
    later.ensureLoaded();
    childWithText<QCheckBox>(&later, u"Team view"_s)->setChecked(false);
    childWithText<QCheckBox>(&later, u"Team view"_s)->setChecked(true);
    CHECK(later.mapView()->scopeLabel().startsWith(u"The team (server"_s));
    CHECK(later.mapView()->accessibleTextFor(u"dyfed-powys"_s).contains(forceProgressLabel(ForceProgress::Commitment)));

    // With the server stopped, Sync now says so and the log is as it was.
    const int contacts = *later.contactLog()->contactCount();
    QSignalSpy laterFailed(later.teamController(), &TeamController::failed);
    later.teamController()->configure(server.url(u"v_gwen"_s), password);
    later.teamController()->syncNow(false);
    REQUIRE(laterFailed.wait(20000));
    CHECK(laterFailed.first().first().toString().contains(u"Could not reach"_s));
    CHECK(*later.contactLog()->contactCount() == contacts);

    // Another team's server: this one's coverage is not shown as that team's.
    later.teamController()->configure(u"postgresql://v_gwen@db.example.org:5432/campaign"_s, QString());
    CHECK_FALSE(later.mapView()->scopeLabel().startsWith(u"The team (server"_s));
    CHECK(later.mapView()->scopeLabel() == u"Everyone on this computer"_s);
}


TEST_CASE("team in the window: Sync with no server set opens the Team page, says where the address comes from, and waits for one",
          "[gui][team]")
{
    Sandbox sandbox;
    Settings::setTeamServer(QString());
    Settings::setFirstRunGuideSeen(true);
    MainWindow window;
    QAction *sync = childWithText<QAction>(window.menuBar(), u"Sync with the team server"_s);
    REQUIRE(sync);
    int currentTab = -1;
    bool explained = false, syncWaits = false, testWaits = false, syncReady = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        currentTab = dialog->findChild<QTabWidget *>()->currentIndex();
        for (QLabel *label : dialog->findChildren<QLabel *>())
            explained = explained || label->text().startsWith(u"No team server is set yet. Your campaign's coordinator"_s);
        QPushButton *syncNow = childWithText<QPushButton>(dialog, u"Sync now"_s);
        QPushButton *test = childWithText<QPushButton>(dialog, u"Test connection"_s);
        syncWaits = syncNow && !syncNow->isEnabled();
        testWaits = test && !test->isEnabled();
        editWithPlaceholder(dialog, u"postgresql://"_s)->setText(u"postgresql://sam@team.campaign.example:5432/campaign"_s);
        syncReady = syncNow && syncNow->isEnabled();
        dialog->reject();
    });
    sync->trigger();
    CHECK(currentTab == int(SettingsDialog::Page::Team));
    CHECK(explained);
    CHECK(syncWaits); // nothing to sync with: the button would only say so
    CHECK(testWaits);
    CHECK(syncReady);
    CHECK(Settings::teamServer().isEmpty()); // cancelled: nothing kept
}

TEST_CASE("team in the window: Settings opened while a request runs starts with Test and Sync waiting", "[gui][team]")
{
    Sandbox sandbox;
    Settings::setFirstRunGuideSeen(true);
    // A server that takes the connection, says nothing, and hangs up half a second later.
    QTcpServer silent;
    REQUIRE(silent.listen(QHostAddress::LocalHost));
    QObject::connect(&silent, &QTcpServer::newConnection, &silent, [&silent] {
        QTcpSocket *s = silent.nextPendingConnection();
        QTimer::singleShot(500, s, [s] { s->abort(); });
    });
    const QString url = u"postgresql://sam@127.0.0.1:%1/campaign"_s.arg(silent.serverPort());
    Settings::setTeamServer(url);
    MainWindow window;
    TeamController *team = window.teamController();
    team->test(url, u"a password"_s);
    REQUIRE(team->isBusy());
    {
        SettingsDialog dialog(team);
        CHECK_FALSE(childWithText<QPushButton>(&dialog, u"Test connection"_s)->isEnabled());
        CHECK_FALSE(childWithText<QPushButton>(&dialog, u"Sync now"_s)->isEnabled());
        REQUIRE(QTest::qWaitFor([team] { return !team->isBusy(); }, 20000));
        CHECK(childWithText<QPushButton>(&dialog, u"Test connection"_s)->isEnabled()); // done: ready again
    }
}

TEST_CASE("team in the window: Test says whether you are a coordinator, and says so when the volunteer list is refused", "[gui][team]")
{
    Sandbox sandbox;
    Settings::setFirstRunGuideSeen(true);
    Settings::setSyncOnStart(false);
    pcctest::TeamServer team;
    TeamConnection admin = team.coordinator();
    const QString volunteerPassword = team.addVolunteer(u"v_gwen"_s);
    const QString coordinatorPassword = team.addVolunteer(u"c_ann"_s, TeamAdmin::Kind::Coordinator);

    MainWindow window;
    window.ensureLoaded();
    TeamController *controller = window.teamController();
    const auto testAs = [&](const QString &role, const QString &password) {
        QSignalSpy tested(controller, &TeamController::tested);
        controller->test(team.server.url(role), password);
        REQUIRE(tested.wait(20000));
        INFO(tested.first().at(1).toString().toStdString());
        CHECK(tested.first().at(0).toBool());
        return tested.first().at(1).toString();
    };
    CHECK(testAs(u"v_gwen"_s, volunteerPassword).contains(u"seen by you and the coordinator only"_s));
    CHECK(testAs(u"c_ann"_s, coordinatorPassword).contains(u"a coordinator"_s));
    // A server whose list of volunteers this app refuses: connected, and told why there is no list.
    REQUIRE(admin.exec(u"CREATE OR REPLACE VIEW pcc.volunteer_counts AS SELECT ('v_' || n)::name COLLATE \"C\" AS role, "
                       "now() AS added_at, 1::bigint AS sent, 0::bigint AS replied, 1::bigint AS forces, "
                       "NULL::timestamptz AS last_change FROM pg_catalog.generate_series(1, 20000) AS n"_s,
                       u"lie"_s));
    const QString refused = testAs(u"c_ann"_s, coordinatorPassword);
    CHECK(refused.contains(u"the list of volunteers could not be read"_s));
    CHECK(refused.contains(u"more than 10000 volunteers"_s));
}
