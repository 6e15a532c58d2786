// Keyboard users reach a field with Alt and its underlined letter: each letter must lead to one
// place, and a label's "&" must never show as a literal character.
#include "catchcompat.h"
#include "testsupport.h"

#include "apppaths.h"
#include "contactlog.h"
#include "contactrecorder.h"
#include "directory.h"
#include "letters/lettereditorwindow.h"
#include "log/profiledialog.h"
#include "log/recordcontactdialog.h"
#include "log/replydialog.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include "directory/forcedetailpanel.h"
#include "map/forcemapview.h"
#include "shell/firstrunguide.h"
#include "shell/mainwindow.h"
#include "shell/settings.h"

using namespace Qt::StringLiterals;
using namespace pcc;

namespace {

// The letter after a single "&" ("&&" is a literal ampersand), lower-cased; null when none.
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// What a keyboard user would trip on, in the widgets the dialog shows now.
QStringList mnemonicProblems(QWidget *dialog)
{
    QStringList problems;
    QMap<QChar, QString> taken;
    auto claim = [&](const QString &text) {
        const QChar letter = mnemonicOf(text);
        if (letter.isNull())
            return;
        if (taken.contains(letter))
            problems << u"Alt+%1 is both \"%2\" and \"%3\""_s.arg(letter, taken.value(letter), text);
        else
            taken.insert(letter, text);
    };
    for (QLabel *label : dialog->findChildren<QLabel *>()) {
        if (!label->isVisibleTo(dialog) || mnemonicOf(label->text()).isNull())
            continue;
        if (!label->buddy())
            problems << u"\"%1\" shows its & (the label has no field to go to)"_s.arg(label->text());
        claim(label->text());
    }
    for (QAbstractButton *button : dialog->findChildren<QAbstractButton *>()) {
        if (button->isVisibleTo(dialog))
            claim(button->text());
    }
    for (QGroupBox *group : dialog->findChildren<QGroupBox *>()) {
        if (group->isVisibleTo(dialog))
            claim(group->title());
    }
    // A window's menu titles and tabs answer Alt+letter like its buttons do.
    if (auto *bar = dialog->findChild<QMenuBar *>(QString(), Qt::FindDirectChildrenOnly)) {
        for (QAction *menu : bar->actions())
            claim(menu->text());
    }
    for (QTabBar *tabs : dialog->findChildren<QTabBar *>()) {
        if (!tabs->isVisibleTo(dialog))
            continue;
        for (int i = 0; i < tabs->count(); ++i)
            claim(tabs->tabText(i));
    }
    return problems;
}

// Within each menu (and each submenu), a letter chooses one item: a shared one only moves
// between them and a keyboard user has to press Enter as well.
QStringList menuProblems(QWidget *window)
{
    QStringList problems;
    auto *bar = window->findChild<QMenuBar *>(QString(), Qt::FindDirectChildrenOnly);
    QList<QMenu *> menus;
    if (bar) {
        for (QAction *a : bar->actions()) {
            if (a->menu())
                menus << a->menu();
        }
    }
    for (QAction *a : window->findChildren<QAction *>()) { // a toolbar's drop-down ("Send…")
        if (a->menu() && !menus.contains(a->menu()))
            menus << a->menu();
    }
    for (qsizetype m = 0; m < menus.size(); ++m) {
        QMenu *menu = menus.at(m);
        QMap<QChar, QString> taken;
        for (QAction *a : menu->actions()) {
            if (a->menu() && !menus.contains(a->menu()))
                menus << a->menu();
            if (a->isSeparator() || !a->isVisible())
                continue;
            const QChar letter = mnemonicOf(a->text());
            if (letter.isNull())
                continue;
            if (taken.contains(letter))
                problems << u"%1: Alt+%2 is both \"%3\" and \"%4\""_s.arg(menu->title(), letter, taken.value(letter), a->text());
            else
                taken.insert(letter, a->text());
        }
    }
    return problems;
}

} // namespace

TEST_CASE("mnemonics: the reply dialog's letters are each used once and none shows as a literal &", "[gui][keyboard]")
{
    ReplyDialog dialog(u"00000000-0000-4000-8000-000000000001"_s, u"Kent"_s, QDate::currentDate().addDays(-10),
                       [](Reply *, const QStringList &, QString *) { return true; });
    CHECK(mnemonicProblems(&dialog).isEmpty());
    // With a commitment, its own fields show too: the dates, the amount, the quotation.
    auto *outcome = dialog.findChild<QComboBox *>();
    REQUIRE(outcome);
    outcome->setCurrentIndex(outcome->findData(int(ReplyOutcome::Commitment)));
    const QStringList problems = mnemonicProblems(&dialog);
    INFO(problems.join(u'\n').toStdString());
    CHECK(problems.isEmpty());
}

TEST_CASE("mnemonics: the profile and record-a-contact dialogs' letters are each used once", "[gui][keyboard]")
{
    ProfileDialog profile(Profile{});
    QStringList problems = mnemonicProblems(&profile);
    INFO(problems.join(u'\n').toStdString());
    CHECK(problems.isEmpty());
    ContactRecord record;
    record.forceId = u"kent"_s;
    record.date = QDate::currentDate();
    RecordContactDialog contact(record, u"Kent"_s);
    problems = mnemonicProblems(&contact);
    INFO(problems.join(u'\n').toStdString());
    CHECK(problems.isEmpty());
}

TEST_CASE("mnemonics: the main window's menus, tabs, guide and panel use each letter once", "[gui][keyboard]")
{
    pcctest::AppSandbox sandbox;
    Settings::setFirstRunGuideSeen(false); // the guide shows, above the map
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.ensureLoaded();
    window.selectForce(u"kent"_s); // the panel's buttons show
    QApplication::processEvents();
    auto *guide = window.findChild<FirstRunGuide *>();
    REQUIRE(guide);
    REQUIRE(guide->isVisible());
    QStringList problems = menuProblems(&window);
    for (int page = 0; page < guide->pageCount(); ++page) { // each page's button, one at a time
        guide->goTo(page);
        for (const QString &p : mnemonicProblems(&window)) {
            if (!problems.contains(p))
                problems << p;
        }
    }
    INFO(problems.join(u'\n').toStdString());
    CHECK(problems.isEmpty());
}

TEST_CASE("mnemonics: the letter window's menus and buttons use each letter once", "[gui][keyboard]")
{
    pcctest::AppSandbox sandbox;
    ContactLog log;
    REQUIRE(log.open(AppPaths::databaseFile()));
    const Directory dir = Directory::fromFile(AppPaths::bundledPolicingBodies(), nullptr);
    ContactRecorder recorder(log);
    LetterEditorWindow editor(dir, &recorder);
    editor.openFor(u"kent"_s);
    editor.show();
    REQUIRE(QTest::qWaitForWindowExposed(&editor));
    QStringList problems = mnemonicProblems(&editor) + menuProblems(&editor);
    INFO(problems.join(u'\n').toStdString());
    CHECK(problems.isEmpty());
}

TEST_CASE("keyboard: Ctrl+F from anywhere in the main window goes to Find my commissioner", "[gui][keyboard]")
{
    pcctest::AppSandbox sandbox;
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.ensureLoaded();
    window.activateWindow();
    window.postcodeField()->setText(u"BS20 8JJ"_s);
    for (QWidget *start : {static_cast<QWidget *>(window.mapView()), static_cast<QWidget *>(window.detailPanel())}) {
        start->setFocus(Qt::OtherFocusReason);
        QTest::keySequence(&window, QKeySequence::Find);
        CHECK(QApplication::focusWidget() == static_cast<QWidget *>(window.postcodeField()));
        CHECK(window.postcodeField()->selectedText() == u"BS20 8JJ"_s); // typing replaces the last search
    }
}
