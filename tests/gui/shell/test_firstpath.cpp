// The path a first-time volunteer takes: find the commissioner, make a profile, read the
// panel, record a letter. Each check here is something a volunteer would notice.
#include "catchcompat.h"
#include "testsupport.h"

#include "apppaths.h"
#include "contactlog.h"
#include "contactstage.h"
#include "directory.h"
#include "forcetablemodel.h"
#include "directory/forcedetailpanel.h"
#include "map/forcemapview.h"
#include "directory/postcodefinder.h"
#include "log/logcontroller.h"
#include "shell/mainwindow.h"
#include "log/recordcontactdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QMessageBox>
#include <QMenuBar>
#include <QScrollBar>
#include <QStatusBar>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pcc;

namespace {

using pcctest::onNextDialog;
using Sandbox = pcctest::AppSandbox;

} // namespace

TEST_CASE("first path: at 1280x800 with the longest message every control of the top bar is visible", "[gui][firstpath]")
{
    Sandbox sandbox;
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.ensureLoaded();
    // The longest thing the finder says: an unrecognised text, quoted back in full.
    window.findPostcode(QString(u"Somewhere with a very long name indeed "_s).repeated(4));
    QCoreApplication::processEvents();
    REQUIRE(window.lookupMessage().size() > 150);
    QWidget *bar = window.findChild<QWidget *>(u"topBar"_s);
    REQUIRE(bar);
    int controls = 0;
    for (QWidget *w : bar->findChildren<QWidget *>()) {
        if (w->isWindow() || !w->isVisibleTo(bar) || !w->isEnabled())
            continue;
        INFO(w->metaObject()->className() << " " << w->accessibleName().toStdString());
        CHECK(window.rect().contains(QRect(w->mapTo(&window, QPoint(0, 0)), w->size()))); // inside the window
        CHECK(w->width() >= qMin(w->sizeHint().width(), w->minimumSizeHint().width())); // not squeezed
        ++controls;
    }
    CHECK(controls >= 6); // field, Find, Look up online, label, profile, team view
    // The message is never part of the bar.
    for (QLabel *label : bar->findChildren<QLabel *>())
        CHECK_FALSE(label->text().contains(u"Somewhere"_s));
}

TEST_CASE("first path: with no profile the panel invites one, and saving it selects the commissioner", "[gui][firstpath]")
{
    Sandbox sandbox;
    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.ensureLoaded();
    CHECK(window.selectedForce().isEmpty());
    CHECK(window.detailPanel()->plainText().contains(u"First, create your profile"_s));
    QPushButton *create = nullptr;
    for (QPushButton *b : window.detailPanel()->findChildren<QPushButton *>()) {
        if (b->text().contains(u"Create your profile"_s))
            create = b;
    }
    REQUIRE(create);
    REQUIRE(create->isVisible());

    onNextDialog([](QWidget *dialog) {
        dialog->findChild<QLineEdit *>(u"profileName"_s)->setText(u"Jane Volunteer"_s);
        dialog->findChild<QLineEdit *>(u"profilePostcode"_s)->setText(u"GL50 1AA"_s);
        QMetaObject::invokeMethod(dialog, "accept", Qt::QueuedConnection);
    });
    QTest::mouseClick(create, Qt::LeftButton);
    CHECK(window.selectedForce() == u"gloucestershire"_s);
    CHECK(window.detailPanel()->plainText().contains(u"Chris Nelson"_s));
    CHECK_FALSE(create->isVisible());
    CHECK(window.statusBar()->currentMessage().contains(u"Jane Volunteer"_s)); // a confirmation
}

TEST_CASE("first path: the record dialog names the office and has one status control", "[gui][firstpath]")
{
    Sandbox sandbox;
    MainWindow window;
    window.ensureLoaded();
    ContactLog *log = window.contactLog();
    REQUIRE(log);
    Profile p;
    p.name = u"Jane Volunteer"_s;
    REQUIRE(log->addProfile(&p));
    REQUIRE(window.findPostcode(u"GL50 1AA"_s));

    QString office;
    int comboBoxes = 0;
    int checkBoxes = -1;
    onNextDialog([&](QWidget *dialog) {
        auto *record = qobject_cast<RecordContactDialog *>(dialog);
        REQUIRE(record);
        office = record->officeText();
        comboBoxes = int(record->findChildren<QComboBox *>().size());
        checkBoxes = int(record->findChildren<QCheckBox *>().size());
        QMetaObject::invokeMethod(dialog, "accept", Qt::QueuedConnection);
    });
    window.findChild<LogController *>()->recordContact(u"gloucestershire"_s);
    CHECK(office.contains(u"Police and Crime Commissioner for Gloucestershire"_s));
    CHECK(comboBoxes == 2); // how, and where it stands
    CHECK(checkBoxes == 0); // no separate "They replied" box
    CHECK(window.statusBar()->currentMessage().startsWith(u"Recorded: Gloucestershire"_s));
    const auto contacts = log->contacts({}, u"gloucestershire"_s);
    REQUIRE(contacts);
    CHECK(contacts->size() == 1);
}

TEST_CASE("first path: the panel speaks plainly: no internal keys, sources behind a switch, no dangling separators", "[gui][firstpath]")
{
    const Directory dir = Directory::fromFile(AppPaths::bundledPolicingBodies(), nullptr);
    ForceDetailPanel panel;
    for (const ForceRecord &f : dir.forces()) {
        panel.showForce(&f);
        const QString text = panel.plainText();
        INFO(f.id.toStdString());
        for (const char *key : {"funds_advocacy", "funded_may_have_ended", "police_led_or_other_only", "general_services_only",
                                "nothing_found", "Status:"})
            CHECK_FALSE(text.contains(QLatin1String(key)));
        CHECK_FALSE(text.contains(u"https://"_s)); // links are named by their site, not spelled out
    }
    panel.showForce(dir.force(u"gloucestershire"_s));
    CHECK(panel.plainText().contains(u"Nothing found"_s));
    CHECK_FALSE(panel.plainText().contains(u"Confidence: high; checked"_s));
    panel.setSourcesShown(true);
    CHECK(panel.plainText().contains(u"Confidence: high; checked 2026-11-28"_s));

    ContactRecord r;
    r.date = QDate(2026, 11, 28);
    r.profileName = u"Jane Volunteer"_s;
    r.channel = Channel::Post;
    r.status = ContactStatus::Sent;
    const QString line = ForceDetailPanel::historyLine(r);
    CHECK(line.endsWith(u"Sent"_s));
    CHECK_FALSE(line.trimmed().endsWith(u"·"_s));
}

TEST_CASE("first path: counts read as English, one or many", "[gui][firstpath]")
{
    CHECK(QCoreApplication::translate("pcc::LetterOutput", "%n letter(s) written to %1", nullptr, 1).arg(u"x"_s)
          == u"1 letter written to x"_s);
    CHECK(QCoreApplication::translate("pcc::LetterOutput", "%n letter(s) written to %1", nullptr, 3).arg(u"x"_s)
          == u"3 letters written to x"_s);
}

TEST_CASE("first path: every stage a letter can reach reads as one plain choice", "[gui][firstpath]")
{
    QStringList labels;
    for (const ContactStage &stage : ContactStage::all()) {
        CHECK_FALSE(stage.label().contains(u"·"_s));
        labels << stage.label();
    }
    labels.removeDuplicates();
    CHECK(labels.size() == ContactStage::all().size());
    // An odd pair from an older log keeps what it says rather than being forced into a stage.
    CHECK(ContactStage{ContactStatus::Replied, ReplyOutcome::None}.label() == statusLabel(ContactStatus::Replied));
}

TEST_CASE("first path: a postcode the offline table is not sure of saves the profile and says to pick the area", "[gui][firstpath]")
{
    Sandbox sandbox;
    MainWindow window;
    window.ensureLoaded();
    onNextDialog([](QWidget *dialog) {
        dialog->findChild<QLineEdit *>(u"profileName"_s)->setText(u"Sam Volunteer"_s);
        dialog->findChild<QLineEdit *>(u"profilePostcode"_s)->setText(u"BN1 1AA"_s); // BN1: one source only
        QMetaObject::invokeMethod(dialog, "accept", Qt::QueuedConnection);
    });
    window.findChild<LogController *>()->newProfile();
    CHECK(window.selectedForce().isEmpty()); // never a guess
    CHECK(window.statusBar()->currentMessage().contains(u"not sure which area BN1 1AA is in"_s));
}

TEST_CASE("first path: a profile with a Scottish postcode says there is no commissioner there and shows no office", "[gui][firstpath]")
{
    Sandbox sandbox;
    MainWindow window;
    window.ensureLoaded();
    REQUIRE(window.findPostcode(u"GL50 1AA"_s));
    REQUIRE(window.selectedForce() == u"gloucestershire"_s);
    onNextDialog([](QWidget *dialog) {
        dialog->findChild<QLineEdit *>(u"profileName"_s)->setText(u"Ailsa Volunteer"_s);
        dialog->findChild<QLineEdit *>(u"profilePostcode"_s)->setText(u"EH1 1AA"_s);
        QMetaObject::invokeMethod(dialog, "accept", Qt::QueuedConnection);
    });
    window.findChild<LogController *>()->newProfile();
    CHECK(window.selectedForce().isEmpty()); // Gloucestershire's office is not left on show
    const QString message = window.statusBar()->currentMessage();
    CHECK(message.contains(u"EH1 1AA is in Scotland, which has no police and crime commissioner"_s));
    CHECK_FALSE(message.contains(u"not sure"_s));
    CHECK(window.detailPanel()->plainText().contains(u"Scotland"_s));
    // Edited to another place with no commissioner: the window follows it too.
    onNextDialog([](QWidget *dialog) {
        dialog->findChild<QLineEdit *>(u"profilePostcode"_s)->setText(u"BT1 1AA"_s);
        QMetaObject::invokeMethod(dialog, "accept", Qt::QueuedConnection);
    });
    window.findChild<LogController *>()->editProfile();
    CHECK(window.detailPanel()->plainText().contains(u"Northern Ireland"_s));
    CHECK_FALSE(window.detailPanel()->plainText().contains(u"Scotland"_s));
}

TEST_CASE("first path: a profile saved after a failed search shows its office and drops the search's message", "[gui][firstpath]")
{
    Sandbox sandbox;
    MainWindow window;
    window.ensureLoaded();
    REQUIRE_FALSE(window.findPostcode(u"GL50 1A"_s));
    REQUIRE_FALSE(window.findChild<PostcodeFinder *>()->message().isEmpty());
    onNextDialog([](QWidget *dialog) {
        dialog->findChild<QLineEdit *>(u"profileName"_s)->setText(u"Jane Volunteer"_s);
        dialog->findChild<QLineEdit *>(u"profilePostcode"_s)->setText(u"gl501aa"_s);
        QMetaObject::invokeMethod(dialog, "accept", Qt::QueuedConnection);
    });
    window.findChild<LogController *>()->newProfile();
    CHECK(window.selectedForce() == u"gloucestershire"_s);
    CHECK(window.findChild<PostcodeFinder *>()->message().isEmpty());
}

TEST_CASE("first path: at 1280x720 the list shows each office's contact status without scrolling sideways", "[gui][firstpath]")
{
    Sandbox sandbox;
    MainWindow window;
    window.resize(1280, 720);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.ensureLoaded();
    window.tabs()->setCurrentIndex(1);
    QCoreApplication::processEvents();
    auto *table = window.findChild<QTableView *>();
    REQUIRE(table);
    CHECK(table->horizontalScrollBar()->maximum() == 0);
    const int status = ForceTableModel::StatusColumn;
    CHECK(table->columnViewportPosition(status) + table->columnWidth(status) <= table->viewport()->width());
    CHECK(table->model()->headerData(ForceTableModel::EmailColumn, Qt::Horizontal).toString() == u"Email"_s);
    CHECK(table->model()->index(0, ForceTableModel::BodyColumn).data().toString() == u"Commissioner"_s);
}

TEST_CASE("first path: the office panel spells out short forms in the holder's title", "[gui][firstpath]")
{
    Sandbox sandbox;
    MainWindow window;
    window.ensureLoaded();
    window.selectForce(u"greater-manchester"_s);
    QString panel = window.detailPanel()->plainText();
    CHECK(panel.contains(u"Mayor of Greater Manchester (holds police and crime commissioner functions)"_s));
    CHECK_FALSE(panel.contains(u"PCC functions"_s));
    CHECK(panel.contains(u"Mayor (with the police and crime commissioner's powers)"_s));
    window.selectForce(u"metropolitan"_s);
    panel = window.detailPanel()->plainText();
    CHECK(panel.contains(u"Mayor of London (occupant of Mayor's Office for Policing and Crime)"_s));
}

TEST_CASE("first path: Letters, Record a reply opens the reply form for the newest letter to the selected office", "[gui][firstpath][replies]")
{
    Sandbox sandbox;
    MainWindow window;
    window.ensureLoaded();
    auto *controller = window.findChild<LogController *>();
    ContactLog *log = controller->log();
    REQUIRE(log);
    Profile jane;
    jane.name = u"Jane Volunteer"_s;
    REQUIRE(log->addProfile(&jane));
    REQUIRE(log->setCurrentProfile(jane.uuid));
    ContactRecord letter;
    letter.profileUuid = jane.uuid;
    letter.forceId = u"kent"_s;
    letter.date = QDate::currentDate().addDays(-7);
    REQUIRE(log->addContact(&letter));
    QAction *action = pcctest::childWithText<QAction>(window.menuBar(), u"Record a reply from the selected area…"_s);
    REQUIRE(action);
    window.selectForce(u"kent"_s);
    QString title;
    onNextDialog([&title](QWidget *dialog) {
        title = dialog->windowTitle();
        QMetaObject::invokeMethod(dialog, "reject", Qt::QueuedConnection);
    });
    action->trigger();
    CHECK(title.startsWith(u"Record a reply from"_s));
    CHECK(title.contains(u"Kent"_s));
    // An office never written to: says so, opens no form.
    window.selectForce(u"sussex"_s);
    QString said;
    onNextDialog([&said](QWidget *dialog) {
        if (auto *box = qobject_cast<QMessageBox *>(dialog))
            said = box->text();
        QMetaObject::invokeMethod(dialog, "reject", Qt::QueuedConnection);
    });
    action->trigger();
    CHECK(said.contains(u"No letter to this office is recorded yet"_s));
}
