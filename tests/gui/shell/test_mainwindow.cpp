#include "catchcompat.h"
#include "testsupport.h"
#include "shell/windowsize.h"

#include "apppaths.h"
#include "contactlog.h"
#include "contactrecorder.h"
#include "draftstore.h"
#include "lettercomposer.h"
#include "directory/forcedetailpanel.h"
#include "map/forcemapview.h"
#include "letters/lettereditorwindow.h"
#include "shell/mainwindow.h"
#include "directory.h"

#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QLockFile>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace pcc;

namespace {
using Sandbox = pcctest::AppSandbox;

// Jo Example, the current volunteer of the sandbox's log.
Profile addCurrentVolunteer(ContactLog &log)
{
    Profile p;
    p.name = u"Jo Example"_s;
    REQUIRE(log.addProfile(&p));
    REQUIRE(log.setCurrentProfile(p.uuid));
    return p;
}
} // namespace

TEST_CASE("gui: the list, the map and the detail panel stay in sync", "[gui]")
{
    Sandbox sandbox;
    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.ensureLoaded();

    // Clicking an area on the map selects it in the list and shows its details.
    ForceMapView *map = window.mapView();
    const QPoint gwent = map->toWidget(map->areas().area(u"gwent"_s)->labelPoint).toPoint();
    QTest::mouseClick(map, Qt::LeftButton, {}, gwent);
    CHECK(window.selectedForce() == u"gwent"_s);
    CHECK(window.forceList()->currentIndex().data().toString() == u"Gwent"_s);
    CHECK(window.detailPanel()->plainText().contains(u"Jane Mudd"_s));
    CHECK(window.detailPanel()->plainText().contains(u"Commissioner@gwent.police.uk"_s));

    // Choosing a row in the list selects the area on the map.
    window.searchField()->setText(u"Northumbria"_s);
    QTableView *list = window.forceList();
    REQUIRE(list->model()->rowCount() == 1);
    list->setCurrentIndex(list->model()->index(0, 0));
    CHECK(window.selectedForce() == u"northumbria"_s);
    CHECK(map->selectedForce() == u"northumbria"_s);
}

#ifdef Q_OS_LINUX
// Qt's raster engine hands large fills (a frame's tall lines, say) to its thread pool: at start
// that meant starting threads and waiting on them dozens of times, which cost more wall time
// than the drawing. Linux only: /proc shows a process's threads and their names. Only the pool's
// threads are counted: a platform may start threads of its own (D-Bus for accessibility).
TEST_CASE("gui: the main window's first paint starts no worker threads", "[gui]")
{
    Sandbox sandbox;
    const auto poolThreads = [] {
        qsizetype n = 0;
        const QDir tasks(u"/proc/self/task"_s);
        for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QFile comm(tasks.filePath(task + u"/comm"_s));
            if (comm.open(QIODevice::ReadOnly) && comm.readAll().trimmed() == "Thread (pooled)")
                ++n;
        }
        return n;
    };
    MainWindow window;
    qsizetype after = -1;
    // Counted once the whole frame is drawn (the window paints before its children) and before
    // the data that loads after it, which this does not measure.
    QObject::connect(&window, &MainWindow::firstPainted, &window, [&] { QTimer::singleShot(0, &window, [&] { after = poolThreads(); }); });
    const qsizetype before = poolThreads();
    window.resize(1366, 768);
    window.show();
    REQUIRE(QTest::qWaitFor([&] { return after >= 0; }, 10000));
    CHECK(after <= before); // a pool thread idle for 30 s may end meanwhile
}
#endif

TEST_CASE("gui: fields that are not high-confidence carry a visible badge, missing ones say so", "[gui]")
{
    const Directory dir = Directory::fromFile(AppPaths::bundledPolicingBodies(), nullptr);
    ForceDetailPanel panel;
    panel.showForce(dir.force(u"avon-and-somerset"_s)); // no email in the research
    CHECK(panel.plainText().contains(u"not known — check the office website before posting"_s));
    panel.showForce(dir.force(u"bedfordshire"_s)); // email at medium confidence
    CHECK(panel.plainText().contains(u"PCC@beds.police.uk"_s));
    CHECK(panel.plainText().contains(u"not verified — check the office website before posting"_s));
    CHECK(panel.plainText().contains(u"abolished in May 2028"_s));
}

TEST_CASE("gui: the postcode finder selects the area", "[gui]")
{
    Sandbox sandbox;
    MainWindow window;
    CHECK(window.findPostcode(u"gl50 1aa"_s));
    CHECK(window.selectedForce() == u"gloucestershire"_s);
    CHECK_FALSE(window.findPostcode(u"nonsense"_s));
    CHECK(window.lookupMessage().contains(u"neither a UK postcode nor the name of a police force area"_s));
}

TEST_CASE("gui: the letter editor keeps a draft per recipient", "[gui][letter]")
{
    Sandbox sandbox;
    ContactLog log;
    REQUIRE(log.open(AppPaths::databaseFile()));
    Profile p;
    p.name = u"Jane Volunteer"_s;
    p.address = {u"12 Example Road"_s};
    p.postcode = u"GL50 1AA"_s;
    REQUIRE(log.addProfile(&p));
    const Directory dir = Directory::fromFile(AppPaths::bundledPolicingBodies(), nullptr);
    {
        ContactRecorder editorRecorder(log);
        LetterEditorWindow editor(dir, &editorRecorder);
        editor.openFor(u"kent"_s);
        // Fields show as labelled chips with this recipient's values, and stay fields.
        CHECK(editor.editor()->chipFields().contains(u"salutation"_s));
        CHECK(editor.editor()->chipText(u"salutation"_s) == u"Salutation: Dear Commissioner Scott"_s);
        CHECK(editor.editor()->chipText(u"sender_name"_s) == u"Your name: Jane Volunteer"_s);
        CHECK_FALSE(editor.editor()->toPlainText().contains(u"{{"_s));
        CHECK(editor.editor()->letterHtml().contains(u"{{salutation}}"_s));
        CHECK(editor.currentLetter().bodyPlainText().startsWith(u"Dear Commissioner Scott"_s));
        CHECK(editor.ownWordsText().startsWith(u"100%"_s));
        QTextCursor c = editor.editor()->textCursor();
        c.movePosition(QTextCursor::End);
        editor.editor()->setTextCursor(c);
        QTest::keyClicks(editor.editor(), u"My own sentence about Kent."_s);
        CHECK_FALSE(editor.ownWordsText().startsWith(u"100%"_s));
        editor.openFor(u"essex"_s); // switching recipient saves Kent's draft
        CHECK_FALSE(editor.editor()->toPlainText().contains(u"My own sentence"_s));
        editor.close();
    }
    const auto draft = DraftStore::load(p, u"kent"_s);
    REQUIRE(draft);
    CHECK(draft->html.contains(u"My own sentence about Kent."_s));
    ContactRecorder againRecorder(log);
    LetterEditorWindow again(dir, &againRecorder);
    again.openFor(u"kent"_s);
    CHECK(again.editor()->toPlainText().contains(u"My own sentence about Kent."_s));
    CHECK(again.currentLetter().bodyPlainText().contains(u"My own sentence about Kent."_s));
}

TEST_CASE("gui: a second instance on the same log exits with a clear message", "[gui][cli]")
{
    QTemporaryDir sandbox;
    const QString db = sandbox.filePath(u"log.sqlite"_s);
    QLockFile lock(db + u".lock"_s);
    REQUIRE(lock.tryLock());
    const auto r = pcctest::runApp({u"--db"_s, db, u"--exit-after-startup"_s}, sandbox.path());
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"already running"_s));
}

TEST_CASE("gui: the app opens on the volunteer's own area", "[gui]")
{
    Sandbox sandbox;
    {
        ContactLog log;
        REQUIRE(log.open(AppPaths::databaseFile()));
        Profile p;
        p.name = u"Jane Volunteer"_s;
        p.postcode = u"GL50 1AA"_s;
        p.homeForce = u"gloucestershire"_s;
        REQUIRE(log.addProfile(&p));
    }
    MainWindow window;
    window.ensureLoaded();
    CHECK(window.selectedForce() == u"gloucestershire"_s);
    CHECK(window.detailPanel()->plainText().contains(u"Chris Nelson"_s));
}

TEST_CASE("gui: a postcode outside England and Wales clears the selection", "[gui]")
{
    Sandbox sandbox;
    MainWindow window;
    REQUIRE(window.findPostcode(u"GL50 1AA"_s));
    REQUIRE(window.selectedForce() == u"gloucestershire"_s);
    CHECK(window.findPostcode(u"EH1 1AA"_s));
    CHECK(window.selectedForce().isEmpty());
    CHECK(window.mapView()->selectedForce().isEmpty());
    CHECK(window.detailPanel()->plainText().contains(u"no police and crime commissioners"_s));
    CHECK(window.lookupMessage().contains(u"Scotland"_s));
}

TEST_CASE("gui: the main window and the letter window fit the screen they open on", "[gui][platform]")
{
    QTemporaryDir dir;
    const pcctest::ScopedAppPaths paths(dir.filePath(u"data"_s), dir.filePath(u"log.sqlite"_s));
    MainWindow window;
    const QSize room = WindowSize::available(&window);
    INFO(room.width() << "x" << room.height());
    CHECK(window.width() <= room.width());
    CHECK(window.height() <= room.height());
    // Whatever was saved on a bigger screen is brought inside this one.
    QWidget big;
    big.resize(4000, 3000);
    const QByteArray saved = big.saveGeometry();
    QWidget restored;
    WindowSize::restore(&restored, saved, QSize(1280, 800));
    CHECK(restored.width() <= room.width());
    CHECK(restored.height() <= room.height());
    // And a preferred size that fits is kept as it is.
    QWidget small;
    WindowSize::restore(&small, {}, QSize(300, 200));
    CHECK(small.size() == QSize(300, 200));
}

TEST_CASE("main window: the letter window it opens writes as the volunteer chosen in the window", "[gui][letter]")
{
    Sandbox sandbox;
    {
        ContactLog log;
        REQUIRE(log.open(AppPaths::databaseFile()));
        addCurrentVolunteer(log);
    }
    MainWindow window;
    window.ensureLoaded();
    window.selectForce(u"sussex"_s);
    QPushButton *write = nullptr;
    for (QPushButton *b : window.detailPanel()->findChildren<QPushButton *>()) {
        if (b->text() == u"&Write a letter…"_s)
            write = b;
    }
    REQUIRE(write);
    write->click();
    auto *letters = window.findChild<LetterEditorWindow *>();
    REQUIRE(letters);
    const QStringList sender = letters->currentLetter().senderBlock;
    REQUIRE_FALSE(sender.isEmpty());
    CHECK(sender.first() == u"Jo Example"_s);
    letters->close();
}

TEST_CASE("main window: Write follow-ups opens the follow-up letter to the office of the oldest unanswered letter, whose reminder then waits", "[gui][letter]")
{
    Sandbox sandbox;
    const QDate today = QDate::currentDate();
    QString kentLetter;
    {
        ContactLog log;
        REQUIRE(log.open(AppPaths::databaseFile()));
        const Profile p = addCurrentVolunteer(log);
        ContactRecorder recorder(log);
        // Kent was written to first; Essex later, and both are due a follow-up.
        for (const auto &[force, daysAgo] : {std::pair{u"essex"_s, 15}, std::pair{u"kent"_s, 18}}) {
            ContactRecord r;
            r.setSender(p);
            r.forceId = force;
            r.status = ContactStatus::Sent;
            r.date = today.addDays(-daysAgo);
            REQUIRE(recorder.record(&r));
            if (force == u"kent"_s)
                kentLetter = r.uuid;
        }
        REQUIRE(log.dueFollowUps(today).value_or(QList<ContactRecord>{}).size() == 2);
    }
    MainWindow window;
    window.ensureLoaded();
    QPushButton *write = nullptr;
    for (QPushButton *b : window.findChildren<QPushButton *>()) {
        if (b->text() == u"Write &follow-ups…"_s)
            write = b;
    }
    REQUIRE(write);
    write->click();
    auto *letters = window.findChild<LetterEditorWindow *>();
    REQUIRE(letters);
    CHECK(letters->currentForce() == u"kent"_s);
    const Letter letter = letters->currentLetter();
    CHECK(letter.templateId == u"follow-up"_s);
    CHECK(letter.bodyPlainText().contains(LetterComposer::ukLongDate(today.addDays(-18))));
    // Kent's reminder now waits for 21 days; Essex's is still due.
    const auto due = window.contactLog()->dueFollowUps(today);
    REQUIRE(due.has_value());
    REQUIRE(due->size() == 1);
    CHECK(due->first().forceId == u"essex"_s);
    CHECK(due->first().uuid != kentLetter);
    letters->close();
}

TEST_CASE("gui: an area clicked on the map after a search clears the search, so no postcode stands beside another office", "[gui]")
{
    Sandbox sandbox;
    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.ensureLoaded();
    window.postcodeField()->setText(u"Kent"_s);
    REQUIRE(window.findPostcode(u"Kent"_s));
    REQUIRE(window.selectedForce() == u"kent"_s);
    CHECK(window.postcodeField()->text() == u"Kent"_s); // the answer stands beside its question
    ForceMapView *map = window.mapView();
    QTest::mouseClick(map, Qt::LeftButton, {}, map->toWidget(map->areas().area(u"gwent"_s)->labelPoint).toPoint());
    REQUIRE(window.selectedForce() == u"gwent"_s);
    CHECK(window.postcodeField()->text().isEmpty());
    CHECK(window.lookupMessage().isEmpty());
}
