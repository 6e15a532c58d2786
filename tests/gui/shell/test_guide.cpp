// The first-steps guide: it sits in the main window where it covers nothing, each button does
// its step, and a step done anywhere is ticked and the guide moves on.
#include "catchcompat.h"
#include "testsupport.h"

#include "contactlog.h"
#include "directory/forcedetailpanel.h"
#include "map/forcemapview.h"
#include "shell/firstrunguide.h"
#include "shell/mainwindow.h"
#include "shell/settings.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace pcc;
using pcctest::childWithText;

namespace {

using Sandbox = pcctest::AppSandbox;

QString shownHeading(FirstRunGuide *guide)
{
    auto *pages = guide->findChild<QStackedWidget *>();
    return pages->currentWidget()->findChild<QLabel *>()->text();
}

FirstRunGuide *openGuide(MainWindow &window)
{
    window.resize(1366, 768);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.ensureLoaded();
    QApplication::processEvents();
    return window.findChild<FirstRunGuide *>();
}

} // namespace

TEST_CASE("guide: with no profile the first-steps guide opens, and Help brings it back", "[gui][guide]")
{
    Sandbox sandbox;
    Settings::setFirstRunGuideSeen(false);
    MainWindow window;
    FirstRunGuide *guide = openGuide(window);
    REQUIRE(guide);
    CHECK(guide->isVisible());
    CHECK(guide->pageCount() == 5);
    CHECK(Settings::firstRunGuideSeen()); // not shown again at the next start

    // Step 2 puts the cursor in the search box.
    guide->goTo(1);
    QPushButton *find = childWithText<QPushButton>(guide, u"Take me to the search box"_s);
    REQUIRE(find);
    window.activateWindow();
    QTest::mouseClick(find, Qt::LeftButton);
    QLineEdit *field = window.postcodeField();
    REQUIRE(field);
    CHECK(QTest::qWaitFor([field] { return QApplication::focusWidget() == field; }, 3000));

    // Writing before an area is chosen says what to do first, and opens nothing.
    guide->goTo(3);
    QTest::mouseClick(childWithText<QPushButton>(guide, u"Write my letter…"_s), Qt::LeftButton);
    CHECK(window.statusBar()->currentMessage().contains(u"First find your area"_s));
    bool editorOpen = false;
    for (QWidget *w : QApplication::topLevelWidgets())
        editorOpen = editorOpen || (w->isVisible() && w->windowTitle().contains(u"Letter"_s));
    CHECK_FALSE(editorOpen);
    // With an area chosen, step 3 shows what its office funds.
    REQUIRE(window.findPostcode(u"BN1 1AA"_s));
    guide->goTo(2);
    QTest::mouseClick(childWithText<QPushButton>(guide, u"Show me the panel"_s), Qt::LeftButton);
    CHECK(window.selectedForce() == u"sussex"_s);
    CHECK(window.detailPanel()->plainText().contains(u"What this office funds for stalking victims"_s));

    // Skip hides it; Help, First steps shows it again.
    childWithText<QPushButton>(guide, u"Skip the guide"_s)->click();
    CHECK_FALSE(guide->isVisible());
    QAction *firstSteps = nullptr;
    for (QAction *a : window.menuBar()->findChildren<QAction *>()) {
        if (a->text() == u"&First steps…"_s)
            firstSteps = a;
    }
    REQUIRE(firstSteps);
    firstSteps->trigger();
    REQUIRE(window.findChild<FirstRunGuide *>());
    CHECK(window.findChild<FirstRunGuide *>()->isVisible());

    // A second start with a profile does not open it.
    Settings::setFirstRunGuideSeen(false);
    Profile p;
    p.name = u"Jo"_s;
    REQUIRE(window.contactLog()->addProfile(&p));
    MainWindow second;
    second.ensureLoaded();
    QApplication::processEvents();
    CHECK(second.findChildren<FirstRunGuide *>().isEmpty());
}

TEST_CASE("guide: a step done in the window is ticked and the guide moves to the next one", "[gui][guide]")
{
    Sandbox sandbox;
    Settings::setFirstRunGuideSeen(false);
    MainWindow window;
    FirstRunGuide *guide = openGuide(window);
    REQUIRE(guide);
    REQUIRE(guide->currentPage() == 0);
    CHECK_FALSE(guide->isDone(FirstRunGuide::Step::Profile));

    // The profile is made through the guide's own button and its dialog.
    QTimer::singleShot(0, [] {
        QWidget *dialog = QApplication::activeModalWidget();
        REQUIRE(dialog);
        dialog->findChild<QLineEdit *>(u"profileName"_s)->setText(u"Jane Volunteer"_s);
        dialog->findChild<QLineEdit *>(u"profilePostcode"_s)->setText(u"GL50 1AA"_s);
        QMetaObject::invokeMethod(dialog, "accept", Qt::QueuedConnection);
    });
    QTest::mouseClick(childWithText<QPushButton>(guide, u"Create my profile…"_s), Qt::LeftButton);
    CHECK(guide->isDone(FirstRunGuide::Step::Profile));
    // Saving the profile also found the volunteer's commissioner: step 2 is done too, and the
    // guide is on step 3, not still saying "Step 1 of 5".
    CHECK(guide->isDone(FirstRunGuide::Step::Find));
    CHECK(guide->currentPage() == 2);
    CHECK(guide->findChild<QLabel *>(QString(), Qt::FindDirectChildrenOnly)->text() == u"Step 3 of 5"_s);
    guide->goTo(0);
    CHECK(shownHeading(guide).contains(u"(done)"_s));
    // Step 1 done: its button edits the profile there is, and never makes a second volunteer.
    QPushButton *edit = childWithText<QPushButton>(guide, u"Edit my profile…"_s);
    REQUIRE(edit);
    QString shownName;
    QTimer::singleShot(0, [&shownName] {
        QWidget *dialog = QApplication::activeModalWidget();
        REQUIRE(dialog);
        shownName = dialog->findChild<QLineEdit *>(u"profileName"_s)->text();
        QMetaObject::invokeMethod(dialog, "accept", Qt::QueuedConnection);
    });
    QTest::mouseClick(edit, Qt::LeftButton);
    CHECK(shownName == u"Jane Volunteer"_s);
    CHECK(window.contactLog()->profiles()->size() == 1);
    guide->goTo(3);
    CHECK_FALSE(shownHeading(guide).contains(u"(done)"_s));

    // A step done while another page is shown is ticked without moving the guide.
    guide->goTo(1);
    REQUIRE(window.findPostcode(u"BN1 1AA"_s));
    CHECK(guide->currentPage() == 1); // Find was done already: it stays where the volunteer put it
}

TEST_CASE("guide: at 1366x768 it covers neither the panel nor the map's areas", "[gui][guide]")
{
    Sandbox sandbox;
    Settings::setFirstRunGuideSeen(false);
    MainWindow window;
    FirstRunGuide *guide = openGuide(window);
    REQUIRE(guide);
    REQUIRE(guide->isVisible());
    // Inside the window, not a floating window over it.
    CHECK_FALSE(guide->isWindow());
    const QRect guideRect(guide->mapTo(&window, QPoint(0, 0)), guide->size());
    const QRect panelRect(window.detailPanel()->mapTo(&window, QPoint(0, 0)), window.detailPanel()->size());
    const QRect tabsRect(window.tabs()->mapTo(&window, QPoint(0, 0)), window.tabs()->size());
    CHECK_FALSE(guideRect.intersects(panelRect));
    CHECK_FALSE(guideRect.intersects(tabsRect));
    // And the map keeps most of its height.
    CHECK(window.tabs()->height() > 300);
    // The guide's buttons are all inside the window.
    for (QPushButton *b : guide->findChildren<QPushButton *>()) {
        if (!b->isVisible())
            continue;
        const QRect r(b->mapTo(&window, QPoint(0, 0)), b->size());
        CHECK(window.rect().contains(r));
    }
}

TEST_CASE("keyboard: from the postcode field one Tab reaches the map, and one more Write a letter…", "[gui][keyboard]")
{
    Sandbox sandbox;
    Settings::setFirstRunGuideSeen(true);
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    window.ensureLoaded();
    REQUIRE(window.findPostcode(u"ME15 9BZ"_s));
    REQUIRE(window.selectedForce() == u"kent"_s);
    window.postcodeField()->setFocus(Qt::TabFocusReason);
    REQUIRE(QTest::qWaitFor([&] { return QApplication::focusWidget() == window.postcodeField(); }, 2000));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == static_cast<QWidget *>(window.mapView()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    auto *write = qobject_cast<QPushButton *>(QApplication::focusWidget());
    REQUIRE(write);
    CHECK(write->text() == u"&Write a letter…"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    auto *record = qobject_cast<QPushButton *>(QApplication::focusWidget());
    REQUIRE(record);
    CHECK(record->text() == u"&Record a contact…"_s);
}

TEST_CASE("guide: a letter recorded ticks every step before it and the guide goes to the end", "[gui][guide]")
{
    Sandbox sandbox;
    Settings::setFirstRunGuideSeen(false);
    MainWindow window;
    FirstRunGuide *guide = openGuide(window);
    REQUIRE(guide);
    guide->goTo(2); // reading what the office funds
    guide->stepDone(FirstRunGuide::Step::Record);
    for (auto step : {FirstRunGuide::Step::Profile, FirstRunGuide::Step::Find, FirstRunGuide::Step::Funding,
                      FirstRunGuide::Step::Write, FirstRunGuide::Step::Record})
        CHECK(guide->isDone(step));
    CHECK(guide->currentPage() == 4);
    // A step done before the page shown never pulls the guide back.
    guide->goTo(4);
    guide->stepDone(FirstRunGuide::Step::Find);
    CHECK(guide->currentPage() == 4);
}

TEST_CASE("guide: the steps that need an area send the volunteer to find it first, and do nothing else", "[gui][guide]")
{
    QStringList done;
    QString said;
    bool hasArea = false;
    FirstRunGuide::Actions actions;
    actions.createProfile = [&done] { done << u"profile"_s; };
    actions.focusFinder = [&done] { done << u"finder"_s; };
    actions.showFunding = [&done] { done << u"funding"_s; };
    actions.writeLetter = [&done] { done << u"write"_s; };
    actions.recordContact = [&done] { done << u"record"_s; };
    actions.ensureArea = [&hasArea] { return hasArea; };
    actions.status = [&said](const QString &message) { said = message; };
    FirstRunGuide guide(actions);
    const QStringList buttons{u"Show me the panel"_s, u"Write my letter…"_s, u"Record a contact…"_s};
    for (const QString &text : buttons) {
        INFO(text.toStdString());
        done.clear();
        said.clear();
        auto *button = childWithText<QPushButton>(&guide, text);
        REQUIRE(button);
        button->click();
        CHECK(done == QStringList{u"finder"_s});
        CHECK(said.startsWith(u"First find your area (step 2)"_s));
    }
    // With an area, each does its own step.
    hasArea = true;
    const QStringList steps{u"funding"_s, u"write"_s, u"record"_s};
    for (qsizetype i = 0; i < buttons.size(); ++i) {
        done.clear();
        childWithText<QPushButton>(&guide, buttons.at(i))->click();
        CHECK(done == QStringList{steps.at(i)});
    }
}
