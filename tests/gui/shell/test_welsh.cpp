// The interface in Welsh: every screen wholly Welsh, never mixed with English inside a widget;
// letters stay in English whatever the interface's language.
#include "catchcompat.h"
#include "testsupport.h"

#include "apppaths.h"
#include "contactenums.h"
#include "contactlog.h"
#include "contactrecorder.h"
#include "directory.h"
#include "forceids.h"
#include "lettercomposer.h"
#include "letters/lettereditorwindow.h"
#include "shell/mainwindow.h"
#include "shell/settingsdialog.h"
#include "stalkingsupport.h"
#include "templatestore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;
using namespace pcc;

namespace {

using Sandbox = pcctest::AppSandbox;

// While it lives, the interface is in Welsh.
struct Welsh
{
    QTranslator translator;
    Welsh()
    {
        REQUIRE(translator.load(u":/i18n/pcc-campaigner_cy.qm"_s));
        QCoreApplication::installTranslator(&translator);
    }
    ~Welsh() { QCoreApplication::removeTranslator(&translator); }
};

// Every text a volunteer reads in a window: menus and their actions, tabs, labels, buttons.
QStringList textsOf(QWidget *window)
{
    QStringList texts;
    for (QAction *a : window->findChildren<QAction *>())
        texts << a->text();
    for (QTabWidget *t : window->findChildren<QTabWidget *>()) {
        for (int i = 0; i < t->count(); ++i)
            texts << t->tabText(i);
    }
    for (QLabel *l : window->findChildren<QLabel *>())
        texts << l->text();
    for (QAbstractButton *b : window->findChildren<QAbstractButton *>())
        texts << b->text();
    return texts;
}

// Texts that read the same in both languages.
bool sameInBothLanguages(const QString &text)
{
    static const QStringList same{u"&Data"_s, u"&Map"_s, u"Map"_s, u"A4"_s, u"PCC Campaigner"_s, u"Post"_s, u"&Post"_s};
    QString letters = text;
    letters.remove(QRegularExpression(u"<[^>]*>|[^\\p{L}]"_s));
    return letters.isEmpty() || same.contains(text) || text.startsWith(u"PCC Campaigner "_s);
}

// The texts that came out the same in Welsh as in English (the same window built twice).
QStringList untranslated(const QStringList &english, const QStringList &welsh)
{
    REQUIRE(english.size() == welsh.size());
    QStringList same;
    for (int i = 0; i < english.size(); ++i) {
        if (english.at(i) == welsh.at(i) && !sameInBothLanguages(english.at(i)))
            same << english.at(i);
    }
    return same;
}

} // namespace

TEST_CASE("translations: the Welsh catalogue is built in, core strings included", "[gui][i18n]")
{
    Welsh welsh;
    CHECK(advocacyStatusLabel(AdvocacyStatus::None) == u"Dim ymchwil eto"_s);
    CHECK(statusLabel(ContactStatus::Sent) == u"Wedi'i anfon"_s);
    // A count takes Qt's Welsh forms (five: 0, 1, 2 to 5, 6, other), none of them empty.
    for (int n : {0, 1, 2, 3, 6, 7, 11, 100}) {
        const QString text = QCoreApplication::translate("pcc::PaperOutput", "%n envelope(s)", nullptr, n);
        CHECK(text == u"%1 amlen"_s.arg(n));
    }
}

TEST_CASE("translations: no screen of the main window, the letter window or Settings mixes Welsh with English", "[gui][i18n]")
{
    Sandbox sandbox;
    QStringList english;
    {
        MainWindow window;
        window.ensureLoaded();
        SettingsDialog dialog(window.teamController(), &window);
        Directory directory = Directory::fromFile(AppPaths::bundledPolicingBodies(), nullptr);
        REQUIRE(window.contactLog());
        ContactRecorder lettersRecorder(*window.contactLog());
        LetterEditorWindow letters(directory, &lettersRecorder);
        english << textsOf(&window) << textsOf(&dialog) << textsOf(&letters);
    }
    QStringList welshTexts;
    QString menuBar;
    {
        Welsh welsh;
        MainWindow window;
        window.ensureLoaded();
        SettingsDialog dialog(window.teamController(), &window);
        Directory directory = Directory::fromFile(AppPaths::bundledPolicingBodies(), nullptr);
        REQUIRE(window.contactLog());
        ContactRecorder lettersRecorder(*window.contactLog());
        LetterEditorWindow letters(directory, &lettersRecorder);
        welshTexts << textsOf(&window) << textsOf(&dialog) << textsOf(&letters);
        for (QAction *a : window.menuBar()->actions())
            menuBar += a->text() + u' ';
        CHECK(dialog.windowTitle() == u"Gosodiadau"_s);
    }
    CHECK(menuBar.contains(u"&Ffeil"_s));
    CHECK(menuBar.contains(u"&Cymorth"_s));
    CHECK_FALSE(menuBar.contains(u"&Letters"_s));
    CHECK(untranslated(english, welshTexts) == QStringList());
}

TEST_CASE("translations: a letter is written in English when the interface is in Welsh", "[gui][i18n][letter]")
{
    const Directory directory = Directory::fromFile(AppPaths::bundledPolicingBodies(), nullptr);
    Profile sender;
    sender.name = u"Jane Volunteer"_s;
    sender.address = {u"1 High Street"_s, u"Cardiff"_s};
    sender.postcode = u"CF10 1AA"_s;
    QList<Letter> letters;
    {
        Welsh welsh;
        for (const QString &id : {u"kent"_s, u"dyfed-powys"_s, u"metropolitan"_s})
            letters << LetterComposer::compose(TemplateStore::defaultTemplate(), *directory.force(id), sender, QDate(2026, 12, 3));
        CHECK(LetterComposer::fieldValues(*directory.force(u"kent"_s), sender, QDate(2026, 12, 3)).value(u"body_kind"_s)
              == u"Police and Crime Commissioner"_s);
    }
    for (const Letter &l : letters) {
        INFO(l.forceId.toStdString());
        const QString text = l.bodyPlainText();
        CHECK(text.startsWith(u"Dear "_s));
        CHECK(text.contains(u"Yours sincerely"_s));
        CHECK_FALSE(text.contains(u"Annwyl"_s));
        CHECK_FALSE(text.contains(u"Yn ddiffuant"_s));
        CHECK(l.subject.startsWith(u"Funding specialist support services for stalking victims in "_s));
        CHECK(l.dateText == u"3 December 2026"_s);
    }
}

TEST_CASE("translations: the letter window's toolbar fits a 1366-pixel laptop in Welsh and in English, Send first", "[gui][i18n][letter]")
{
    Sandbox sandbox;
    const Directory directory = Directory::fromFile(AppPaths::bundledPolicingBodies(), nullptr);
    for (const bool inWelsh : {false, true}) {
        INFO((inWelsh ? "Welsh" : "English"));
        std::unique_ptr<Welsh> welsh = inWelsh ? std::make_unique<Welsh>() : nullptr;
        LetterEditorWindow letters(directory, nullptr);
        letters.resize(1366, 700);
        letters.show();
        REQUIRE(QTest::qWaitForWindowExposed(&letters));
        auto *bar = letters.findChild<QToolBar *>();
        REQUIRE(bar);
        auto *overflow = bar->findChild<QToolButton *>(u"qt_toolbar_ext_button"_s);
        CHECK((overflow == nullptr || !overflow->isVisible()));
        auto *send = letters.findChild<QToolButton *>(u"sendButton"_s);
        REQUIRE(send);
        CHECK(send->isVisible());
        CHECK(send->mapTo(&letters, QPoint(0, 0)).x() < 100); // the first thing on the toolbar
    }
}

TEST_CASE("translations: places with no commissioner are named in Welsh on the map and in the panel", "[gui][i18n][map]")
{
    Welsh welsh;
    CHECK(ForceIds::noPccAreaDisplayName(ForceIds::Scotland) == u"yr Alban"_s);
    CHECK(ForceIds::noPccAreaSentence(ForceIds::IsleOfMan).startsWith(u"Mae Ynys Manaw yn Ddibyniaeth y Goron"_s));
    // The data's own names stay as they are for the command line.
    CHECK(ForceIds::noPccAreaName(ForceIds::Scotland) == u"Scotland"_s);
}

TEST_CASE("places with no commissioner: each sentence starts with a capital and names the place", "[directory]")
{
    for (const QString &id : {ForceIds::Scotland, ForceIds::NorthernIreland, ForceIds::Guernsey, ForceIds::Jersey, ForceIds::IsleOfMan}) {
        const QString sentence = ForceIds::noPccAreaSentence(id);
        INFO(sentence.toStdString());
        CHECK(sentence.at(0).isUpper());
        CHECK(sentence.contains(u"no police and crime commissioner"_s));
    }
    CHECK(ForceIds::noPccAreaSentence(ForceIds::IsleOfMan).startsWith(u"The Isle of Man is a Crown Dependency"_s));
}
