// The letter editor as a volunteer meets it: fields as chips, every output reachable, one
// typeface on paper whichever way the letter is made.
#include "catchcompat.h"
#include "testsupport.h"

#include "apppaths.h"
#include "contactlog.h"
#include "contactrecorder.h"
#include "directory.h"
#include "letters/letteredit.h"
#include "letters/lettereditorwindow.h"
#include "letters/mergefieldhighlighter.h"
#include "letters/paperoutput.h"
#include "letterlayout.h"
#include "letterrenderer.h"
#include "printqueue.h"
#include "shell/settings.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QScrollBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QMenu>
#include <QMimeData>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTextLayout>
#include <QTextBlock>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace pcc;

namespace {

using Sandbox = pcctest::AppSandbox;

Profile addJane(ContactLog &log)
{
    Profile p;
    p.name = u"Jane Volunteer"_s;
    p.address = {u"12 Example Road"_s, u"Cheltenham"_s};
    p.postcode = u"GL50 1AA"_s;
    p.homeForce = u"gloucestershire"_s;
    REQUIRE(log.addProfile(&p));
    return p;
}

// The font families pdffonts lists ("LiberationSerif-Bold" -> "LiberationSerif").
QSet<QString> fontFamilies(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral(PCC_PDFFONTS), {pdf});
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    QSet<QString> families;
    const QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(u'\n');
    for (const QString &line : lines.mid(2)) {
        QString name = line.section(u' ', 0, 0).trimmed();
        if (name.isEmpty())
            continue;
        name = name.section(u'+', -1);                             // subset prefix ABCDEF+
        name = name.section(u'-', 0, 0);                           // style suffix
        families.insert(name.remove(QRegularExpression(u"(MT|PS)$"_s)));
    }
    return families;
}

} // namespace

TEST_CASE("letter flow: at 1280x800 every output is reachable without the toolbar's overflow", "[gui][letter]")
{
    Sandbox sandbox;
    ContactLog log;
    REQUIRE(log.open(AppPaths::databaseFile()));
    addJane(log);
    const Directory dir = Directory::fromFile(AppPaths::bundledPolicingBodies(), nullptr);
    ContactRecorder editorRecorder(log);
    LetterEditorWindow editor(dir, &editorRecorder);
    editor.openFor(u"kent"_s);
    editor.resize(1280, 800);
    REQUIRE(QTest::qWaitForWindowExposed(&editor));
    QCoreApplication::processEvents();
    QToolBar *bar = editor.findChild<QToolBar *>(u"letterToolbar"_s);
    REQUIRE(bar);
    auto *overflow = bar->findChild<QToolButton *>(u"qt_toolbar_ext_button"_s);
    CHECK((!overflow || !overflow->isVisible()));
    auto *send = editor.findChild<QToolButton *>(u"sendButton"_s);
    REQUIRE(send);
    CHECK(send->isVisible());
    CHECK(bar->rect().contains(send->geometry()));
    QStringList items;
    for (QAction *a : send->menu()->actions())
        items << a->text().remove(u'&');
    const QString all = items.join(u'|');
    for (const char *wanted : {"Print", "Print preview", "Print the ticked letters", "Print envelopes", "Print address labels", "PDF",
                               "email draft", "email program", "Copy"})
        CHECK(all.contains(QLatin1String(wanted)));
    editor.close();
}

TEST_CASE("letter flow: a chip copied out of the editor is a field again", "[gui][letter]")
{
    Sandbox sandbox;
    ContactLog log;
    REQUIRE(log.open(AppPaths::databaseFile()));
    addJane(log);
    const Directory dir = Directory::fromFile(AppPaths::bundledPolicingBodies(), nullptr);
    ContactRecorder editorRecorder(log);
    LetterEditorWindow editor(dir, &editorRecorder);
    editor.openFor(u"gloucestershire"_s);
    LetterEdit *edit = editor.editor();
    CHECK(edit->chipText(u"salutation"_s) == u"Salutation: Dear Commissioner Nelson"_s);
    edit->selectAll();
    edit->copy();
    const QMimeData *copied = QApplication::clipboard()->mimeData();
    REQUIRE(copied);
    CHECK(copied->text().startsWith(u"{{salutation}}"_s));
    // Pasted back, the fields are chips again, and the letter still merges.
    edit->clear();
    edit->paste();
    CHECK(edit->chipFields().contains(u"salutation"_s));
    CHECK(editor.currentLetter().bodyPlainText().startsWith(u"Dear Commissioner Nelson"_s));
    editor.close();
}

TEST_CASE("letter flow: the editor's PDF and the command line's PDF use one typeface", "[gui][letter][pdf]")
{
    PCC_REQUIRE_TOOL(PCC_PDFFONTS, "pdffonts (poppler-utils)");
    Sandbox sandbox;
    const Directory dir = Directory::fromFile(AppPaths::bundledPolicingBodies(), nullptr);
    QString editorPdf = sandbox.dir.filePath(u"editor.pdf"_s);
    {
        ContactLog log;
        REQUIRE(log.open(AppPaths::databaseFile()));
        const Profile jane = addJane(log);
        ContactRecorder editorRecorder(log);
        LetterEditorWindow editor(dir, &editorRecorder);
        editor.openFor(u"gloucestershire"_s);
        // A paragraph pasted from elsewhere in another font, with bold and italic.
        QTextCursor c = editor.editor()->textCursor();
        c.movePosition(QTextCursor::End);
        c.insertHtml(u"<p><span style=\"font-family:'DejaVu Sans'\">Pasted words</span> <b>bold</b> <i>italic</i></p>"_s);
        QString error;
        // What File > Export as PDF does with the letter.
        REQUIRE(LetterRenderer(LetterLayout::saved()).writePdf({editor.currentLetter()}, editorPdf, jane.name, &error));
        editor.close();
    }
    const auto editorFamilies = fontFamilies(editorPdf);
    INFO(QStringList(editorFamilies.values()).join(u", "_s).toStdString());
    CHECK(editorFamilies.size() == 1);

    const QString cliPdf = sandbox.dir.filePath(u"cli.pdf"_s);
    const QString db = sandbox.dir.filePath(u"log.sqlite"_s);
    const auto r = pcctest::runApp({u"--db"_s, db, u"letter"_s, u"--force"_s, u"gloucestershire"_s, u"--pdf"_s, cliPdf}, sandbox.dir.path());
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const auto cliFamilies = fontFamilies(cliPdf);
    CHECK(cliFamilies == editorFamilies);
}

TEST_CASE("letter flow: the 2026 letter opens with only the branch that fits the office", "[gui][letter][campaign2026]")
{
    Sandbox sandbox;
    ContactLog log;
    REQUIRE(log.open(AppPaths::databaseFile()));
    addJane(log);
    const Directory dir = Directory::fromFile(AppPaths::bundledPolicingBodies(), nullptr);
    ContactRecorder editorRecorder(log);
    LetterEditorWindow editor(dir, &editorRecorder);
    editor.openFor(u"sussex"_s, u"campaign-2026"_s);
    CHECK_FALSE(editor.editor()->toPlainText().contains(u"{{#if"_s));
    CHECK(editor.editor()->chipFields().contains(u"letter_clause"_s));
    CHECK(editor.editor()->chipText(u"letter_clause"_s).startsWith(u"What they fund: Thank you for funding Veritas Justice"_s));
    CHECK(editor.currentLetter().bodyPlainText().contains(u"sustain"_s));
    CHECK(editor.currentLetter().problems.isEmpty());
    editor.openFor(u"gwent"_s, u"campaign-2026"_s);
    CHECK_FALSE(editor.editor()->toPlainText().contains(u"Thank"_s, Qt::CaseInsensitive));
    CHECK(editor.currentLetter().problems.isEmpty());
    editor.close();
}

TEST_CASE("letter flow: a saved draft comes back with its template and the same own-words figure after a restart", "[gui][letter]")
{
    Sandbox sandbox;
    ContactLog log;
    REQUIRE(log.open(AppPaths::databaseFile()));
    addJane(log);
    const Directory dir = Directory::fromFile(AppPaths::bundledPolicingBodies(), nullptr);
    QString before;
    {
        ContactRecorder editorRecorder(log);
        LetterEditorWindow editor(dir, &editorRecorder);
        editor.openFor(u"sussex"_s, u"campaign-2026"_s);
        QTextCursor end(editor.editor()->document());
        end.movePosition(QTextCursor::End);
        end.insertText(u" My own words about why this matters to me and to Sussex."_s);
        editor.refreshPreviewNow();
        before = editor.ownWordsText();
        REQUIRE(editor.currentLetter().templateId == u"campaign-2026"_s);
        editor.close(); // saves the draft
    }
    // A new window (the app restarted), opened on the recipient without naming a template.
    ContactRecorder againRecorder(log);
    LetterEditorWindow again(dir, &againRecorder);
    again.openFor(u"sussex"_s);
    CHECK(again.currentLetter().templateId == u"campaign-2026"_s);
    CHECK(again.editor()->toPlainText().contains(u"My own words about why this matters"_s));
    again.refreshPreviewNow();
    CHECK(again.ownWordsText() == before);
    again.close();
}

TEST_CASE("letter flow: envelopes and labels take the ticked offices' addresses, with no question when all are verified", "[gui][letter]")
{
    Sandbox sandbox;
    const Directory dir = Directory::fromFile(AppPaths::bundledPolicingBodies(), nullptr);
    QWidget parent;
    PaperOutput paper(dir, &parent);
    // Kent's and Gwent's addresses are verified: no "check before posting" box stands in the way.
    const QList<MailingAddress> addresses = paper.confirmedAddresses({u"kent"_s, u"gwent"_s});
    REQUIRE(addresses.size() == 2);
    CHECK(addresses.at(0).lines.last() == dir.force(u"kent"_s)->address.postcode);
    CHECK(addresses.at(1).lines.last() == dir.force(u"gwent"_s)->address.postcode);
    CHECK(addresses.at(0).unverifiedNote.isEmpty());
}

namespace {

// The wavy underlines the highlighter put in the editor's first paragraphs, as the words they cover.
QStringList underlinedWords(QTextDocument *doc)
{
    QStringList words;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        for (const QTextLayout::FormatRange &r : b.layout()->formats()) {
            if (r.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline)
                words << b.text().mid(r.start, r.length);
        }
    }
    return words;
}

} // namespace

TEST_CASE("letter flow: misspelt words are underlined, fields and names are not, and the context menu mends them", "[gui][letter][spelling]")
{
    Sandbox sandbox;
    Settings::setSpellCheck(true);
    ContactLog log;
    REQUIRE(log.open(AppPaths::databaseFile()));
    addJane(log);
    const Directory dir = Directory::fromFile(AppPaths::bundledPolicingBodies(), nullptr);
    ContactRecorder editorRecorder(log);
    LetterEditorWindow editor(dir, &editorRecorder);
    editor.openFor(u"gwent"_s);
    editor.editor()->setLetterHtml(u"<p>{{salutation}}</p><p>I recieve support from Jane Mudd's offise. {{unknwn_field}}</p>"_s);
    QCoreApplication::processEvents();
    CHECK(underlinedWords(editor.editor()->document()) == QStringList{u"recieve"_s, u"offise"_s});

    // Right-click on "recieve": the first item replaces it, in place.
    QTextCursor at(editor.editor()->document());
    at.setPosition(editor.editor()->toPlainText().indexOf(u"recieve"_s) + 2);
    QMenu menu;
    menu.addAction(u"Copy"_s);
    editor.editor()->addSpellingActions(&menu, at);
    QStringList texts;
    for (QAction *a : menu.actions())
        texts << a->text();
    REQUIRE(texts.size() > 3);
    CHECK(texts.first() == u"receive"_s);
    CHECK(texts.contains(u"Add \u201crecieve\u201d to my dictionary"_s));
    CHECK(texts.last() == u"Copy"_s); // the editor's own items stay below
    menu.actions().first()->trigger();
    CHECK(editor.editor()->toPlainText().contains(u"I receive support"_s));

    // "offise", added to Jane's own list: no longer underlined, here or in her next session.
    QTextCursor second(editor.editor()->document());
    second.setPosition(editor.editor()->toPlainText().indexOf(u"offise"_s) + 1);
    QMenu other;
    editor.editor()->addSpellingActions(&other, second);
    QAction *add = nullptr;
    for (QAction *a : other.actions()) {
        if (a->text().startsWith(u"Add "_s))
            add = a;
    }
    REQUIRE(add);
    add->trigger();
    QCoreApplication::processEvents();
    CHECK(underlinedWords(editor.editor()->document()).isEmpty());
    editor.close();
    ContactRecorder laterRecorder(log);
    LetterEditorWindow later(dir, &laterRecorder);
    later.openFor(u"gwent"_s);
    later.editor()->setLetterHtml(u"<p>The offise and the ofise.</p>"_s);
    QCoreApplication::processEvents();
    CHECK(underlinedWords(later.editor()->document()) == QStringList{u"ofise"_s});

    // Turned off in the Edit menu: nothing is underlined.
    Settings::setSpellCheck(false);
    ContactRecorder offRecorder(log);
    LetterEditorWindow off(dir, &offRecorder);
    off.openFor(u"gwent"_s);
    off.editor()->setLetterHtml(u"<p>recieve</p>"_s);
    QCoreApplication::processEvents();
    CHECK(underlinedWords(off.editor()->document()).isEmpty());
    Settings::setSpellCheck(true);
}

TEST_CASE("print preview: named as the menus name it, with a Close button that prints nothing", "[gui][letter][print]")
{
    // Through the printing module, as the letter window prints: the preview is a modal dialog,
    // looked at and closed from the event loop it runs.
    const PrintQueue::Job job{{}, u"Letter to Kent"_s, QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()), 1, false};
    QString title;
    bool closed = false;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, &poll, [&] {
        QWidget *preview = QApplication::activeModalWidget();
        if (!preview || !preview->isVisible())
            return;
        poll.stop();
        title = preview->windowTitle();
        auto *buttons = preview->findChild<QDialogButtonBox *>();
        if (QPushButton *close = buttons ? buttons->button(QDialogButtonBox::Close) : nullptr) {
            close->click();
            closed = true;
        } else {
            preview->close();
        }
    });
    poll.start();
    int drawn = 0;
    QString error;
    const PrintQueue::Outcome outcome = PrintQueue::printFromWindow(
        nullptr, job, PrintQueue::Dialog::Preview,
        [&](QPainter *painter, QPagedPaintDevice *) {
            painter->drawText(QPointF(100, 100), u"Dear Commissioner"_s);
            ++drawn;
            return true;
        },
        &error);
    CHECK(title == u"Print preview — Letter to Kent"_s);
    CHECK(closed);
    CHECK(drawn >= 1); // the preview showed the pages
    CHECK(outcome == PrintQueue::Outcome::Cancelled);
    CHECK(error.isEmpty());
}

TEST_CASE("letter flow: the editor makes chips of known fields only, and the highlighter marks the rest as errors", "[gui][letter][template]")
{
    LetterEdit edit;
    MergeFieldHighlighter highlighter(edit.document());
    edit.setLetterHtml(u"<p>Dear {{ salutation }}, {{no_such_field}} {{Salutation}} {{#if thanks_allowed}}thanks{{/if}} {{#if nonsense}}x{{/if}} {{#each office}}</p>"_s);
    CHECK(edit.chipFields() == QStringList{u"salutation"_s});
    const QString text = edit.toPlainText();
    CHECK(text.contains(u"{{no_such_field}}"_s));
    CHECK(text.contains(u"{{Salutation}}"_s));
    CHECK(edit.letterPlainText().startsWith(u"Dear {{salutation}}, {{no_such_field}}"_s));

    // What the highlighter painted, by where it starts.
    const QTextBlock block = edit.document()->firstBlock();
    auto backgroundAt = [&](const QString &tag) {
        const int at = int(block.text().indexOf(tag));
        for (const QTextLayout::FormatRange &r : block.layout()->formats()) {
            if (r.start == at && r.length == tag.size())
                return r.format.background().color();
        }
        return QColor();
    };
    const QColor known(0xdb, 0xea, 0xfe);
    const QColor unknown(0xfe, 0xca, 0xca);
    CHECK(backgroundAt(u"{{no_such_field}}"_s) == unknown);
    CHECK(backgroundAt(u"{{Salutation}}"_s) == unknown);
    CHECK(backgroundAt(u"{{#if thanks_allowed}}"_s) == known);
    CHECK(backgroundAt(u"{{#if nonsense}}"_s) == unknown);
    CHECK(backgroundAt(u"{{/if}}"_s) == known);
    CHECK(backgroundAt(u"{{#each office}}"_s) == unknown); // an instruction that does not exist
}

TEST_CASE("letter flow: a chip with a long sentence wraps inside the editor, and a short one stays on its line", "[gui][letter]")
{
    LetterEdit edit;
    const QString sentence = u"Thank you for funding an independent stalking advocate through the county's victim care service, "
                             "which has supported people at risk since 2023 and which the campaign would like to see continue."_s;
    edit.setFieldValues({{u"salutation"_s, u"Dear Commissioner Nelson"_s}, {u"letter_clause"_s, sentence}});
    edit.setLetterHtml(u"<p>{{salutation}},</p><p>{{letter_clause}}</p>"_s);
    edit.resize(520, 400);
    edit.show();
    REQUIRE(QTest::qWaitForWindowExposed(&edit));
    QApplication::processEvents();
    REQUIRE(edit.chipFields() == QStringList{u"salutation"_s, u"letter_clause"_s});
    CHECK(edit.horizontalScrollBar()->maximum() == 0);
    CHECK(edit.document()->size().width() <= edit.viewport()->width() + 1);
    // The first paragraph (a short chip) is one line; the sentence takes several, all of it shown.
    const QFontMetricsF fm(edit.font());
    const QTextBlock first = edit.document()->firstBlock();
    const QTextBlock second = first.next();
    const double firstHeight = edit.document()->documentLayout()->blockBoundingRect(first).height();
    const double secondHeight = edit.document()->documentLayout()->blockBoundingRect(second).height();
    CHECK(firstHeight < 2 * fm.height());
    CHECK(secondHeight > 2 * fm.height());
    CHECK(edit.chipText(u"letter_clause"_s).endsWith(u"see continue."_s));
}
