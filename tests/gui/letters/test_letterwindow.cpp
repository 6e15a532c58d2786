// The letter window's own decisions: a saved draft is not thrown away for another template without
// asking, the ticked letters go into one PDF when one is asked for, and a letter saved as a PDF is
// offered for the contact log when the window closes.
#include "catchcompat.h"
#include "core/letters/letterfixture.h"
#include "dialoganswers.h"
#include "testsupport.h"

#include "apppaths.h"
#include "contactlog.h"
#include "contactrecorder.h"
#include "directory.h"
#include "letters/lettereditorwindow.h"
#include "letters/letteredit.h"
#include "letters/recipientlist.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QTextCursor>

using namespace Qt::StringLiterals;
using namespace pcc;

namespace {

struct Letters
{
    pcctest::AppSandbox sandbox;
    ContactLog log;
    const Directory &dir = pcctest::bundledDirectory();

    Letters()
    {
        REQUIRE(log.open(AppPaths::databaseFile()));
        Profile jane = pcctest::letterSender();
        REQUIRE(log.addProfile(&jane));
        REQUIRE(log.setCurrentProfile(jane.uuid));
    }
};

} // namespace

TEST_CASE("letter window: another template over a saved draft is asked about, and No keeps the draft", "[gui][letter]")
{
    Letters l;
    {
        ContactRecorder recorder(l.log);
        LetterEditorWindow editor(l.dir, &recorder);
        editor.openFor(u"sussex"_s, u"campaign-2026"_s);
        QTextCursor end(editor.editor()->document());
        end.movePosition(QTextCursor::End);
        end.insertText(u" My own words for Sussex."_s);
        pcctest::DialogAnswers closing;
        editor.close(); // the draft is saved
        CHECK(closing.messages.isEmpty()); // no "Draft not saved"
    }
    ContactRecorder recorder(l.log);
    LetterEditorWindow editor(l.dir, &recorder);
    editor.openFor(u"sussex"_s); // the draft comes back, nothing unsaved in this window yet
    REQUIRE(editor.editor()->toPlainText().contains(u"My own words for Sussex."_s));
    QComboBox *templates = nullptr;
    for (QComboBox *box : editor.findChildren<QComboBox *>()) {
        if (box->accessibleName() == u"Template"_s)
            templates = box;
    }
    REQUIRE(templates);
    REQUIRE(templates->count() > 1);
    const int other = templates->currentIndex() == 0 ? 1 : 0;
    pcctest::DialogAnswers answers;
    answers.yes = false;
    templates->setCurrentIndex(other);
    emit templates->activated(other);
    REQUIRE(answers.messages.size() == 1);
    CHECK(answers.messages.first().contains(u"Your edits to this letter will be replaced"_s));
    CHECK(editor.editor()->toPlainText().contains(u"My own words for Sussex."_s));
    CHECK(editor.currentLetter().templateId == u"campaign-2026"_s);
    editor.close();
    CHECK(answers.messages.size() == 1); // nothing more was asked on closing
}

TEST_CASE("letter window: the ticked letters go into one PDF, and a letter saved as a PDF is offered for the log on closing", "[gui][letter][pdf]")
{
    PCC_REQUIRE_TOOL(PCC_PDFTOTEXT, "pdftotext (poppler-utils)");
    Letters l;
    ContactRecorder recorder(l.log);
    LetterEditorWindow editor(l.dir, &recorder);
    editor.openFor(u"kent"_s);
    auto *list = editor.findChild<RecipientList *>();
    REQUIRE(list);
    for (int i = 0; i < list->count(); ++i) {
        const QString id = list->item(i)->data(Qt::UserRole).toString();
        if (id == u"kent"_s || id == u"gwent"_s)
            list->item(i)->setCheckState(Qt::Checked);
    }
    pcctest::DialogAnswers answers(l.sandbox.dir.filePath(u"ticked.pdf"_s));
    answers.other = [](QWidget *dialog) { // an office's record dialog, if one comes: accepted
        if (auto *d = qobject_cast<QDialog *>(dialog))
            d->accept();
    };
    auto *toOnePdf = pcctest::childWithText<QAction>(&editor, u"Export ticked letters to one PDF…"_s);
    REQUIRE(toOnePdf);
    toOnePdf->trigger();
    const QList<pcctest::PdfPage> pages = pcctest::pdfPages(answers.path);
    REQUIRE(pages.size() == 2);
    CHECK(pages.at(0).text().contains(l.dir.force(u"gwent"_s)->address.postcode));
    CHECK(pages.at(1).text().contains(l.dir.force(u"kent"_s)->address.postcode));
    CHECK(*l.log.contactCount() == 0); // a file is not a letter sent

    editor.close();
    CHECK(answers.messages.size() == 1); // "Record these letters?", answered Yes
    CHECK(*l.log.contactCount() == 2);
}
