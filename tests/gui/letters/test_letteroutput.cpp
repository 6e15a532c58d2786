// What the letter window sends out: the ticked recipients and no others, one PDF per office with
// that office's own letter, and envelopes at the size the page setup's window fits.
#include "catchcompat.h"
#include "core/letters/letterfixture.h"
#include "dialoganswers.h"
#include "testsupport.h"

#include "lettercomposer.h"
#include "letterlayout.h"
#include "letters/letteroutput.h"
#include "letters/paperoutput.h"
#include "letters/recipientlist.h"
#include "templatestore.h"

#include <QDir>
#include <QPrintPreviewDialog>
#include <QPrinter>

using namespace Qt::StringLiterals;
using namespace pcc;

namespace {

// The longer side first, to the millimetre.
std::pair<int, int> sides(const QSizeF &mm)
{
    return {int(std::lround(std::max(mm.width(), mm.height()))), int(std::lround(std::min(mm.width(), mm.height())))};
}

} // namespace

TEST_CASE("letter output: the ticked recipients are the ones sent out, and untick all leaves none", "[gui][letter]")
{
    RecipientList list(pcctest::bundledDirectory());
    REQUIRE(list.count() == 43);
    CHECK(list.tickedForceIds().isEmpty());
    for (int i = 0; i < list.count(); ++i) {
        const QString id = list.item(i)->data(Qt::UserRole).toString();
        if (id == u"kent"_s || id == u"gwent"_s)
            list.item(i)->setCheckState(Qt::Checked);
    }
    CHECK(list.tickedForceIds() == QStringList{u"gwent"_s, u"kent"_s}); // in the order shown
    list.tickAll(true);
    CHECK(list.tickedForceIds().size() == 43);
    list.tickAll(false);
    CHECK(list.tickedForceIds().isEmpty());
}

TEST_CASE("letter output: separate PDFs give each office its own letter, in a file named for it", "[gui][letter][pdf]")
{
    PCC_REQUIRE_TOOL(PCC_PDFTOTEXT, "pdftotext (poppler-utils)");
    pcctest::AppSandbox sandbox;
    const Directory &dir = pcctest::bundledDirectory();
    const Profile sender = pcctest::letterSender();
    QList<Letter> letters;
    for (const QString &id : {u"kent"_s, u"gwent"_s})
        letters << LetterComposer::compose(TemplateStore::defaultTemplate(), *dir.force(id), sender, QDate(2026, 11, 28));
    const QString folder = sandbox.dir.filePath(u"letters"_s);
    REQUIRE(QDir().mkpath(folder));

    QWidget parent;
    LetterOutput output(dir, &parent);
    pcctest::DialogAnswers answers(folder);
    output.exportPdf(letters, true, sender);

    const QStringList written = QDir(folder).entryList({u"*.pdf"_s}, QDir::Files, QDir::Name);
    REQUIRE(written == QStringList{u"Gwent.pdf"_s, u"Kent.pdf"_s});
    for (const auto &[file, own, other] : {std::tuple{u"Kent.pdf"_s, u"kent"_s, u"gwent"_s}, std::tuple{u"Gwent.pdf"_s, u"gwent"_s, u"kent"_s}}) {
        INFO(file.toStdString());
        const QList<pcctest::PdfPage> pages = pcctest::pdfPages(QDir(folder).filePath(file));
        REQUIRE_FALSE(pages.isEmpty());
        CHECK(pages.first().text().contains(dir.force(own)->address.postcode));
        CHECK_FALSE(pages.first().text().contains(dir.force(other)->address.postcode));
    }
}

TEST_CASE("letter output: envelopes are laid out for the window the page setup fits, DL or C5", "[gui][letter][print]")
{
    pcctest::AppSandbox sandbox;
    QWidget parent;
    PaperOutput paper(pcctest::bundledDirectory(), &parent);
    Profile nameOnly; // no address: no return-address question
    nameOnly.name = u"Jane Volunteer"_s;
    // Each preview's paper is noted and the preview closed: nothing is printed.
    QList<QSizeF> previewedPaperMm;
    pcctest::DialogAnswers answers;
    answers.other = [&previewedPaperMm](QWidget *dialog) {
        if (auto *preview = qobject_cast<QPrintPreviewDialog *>(dialog)) {
            previewedPaperMm << preview->printer()->pageLayout().fullRect(QPageLayout::Millimeter).size();
            preview->reject();
        }
    };

    paper.printEnvelopes({u"kent"_s}, nameOnly);
    REQUIRE(LetterLayout::c5Preset().save());
    paper.printEnvelopes({u"kent"_s}, nameOnly);
    REQUIRE(LetterLayout::dlPreset().save());
    paper.printEnvelopes({u"kent"_s}, nameOnly);

    REQUIRE(previewedPaperMm.size() == 3);
    CHECK(sides(previewedPaperMm.at(0)) == std::pair{220, 110});
    CHECK(sides(previewedPaperMm.at(1)) == std::pair{229, 162});
    CHECK(sides(previewedPaperMm.at(2)) == std::pair{220, 110});
}
