// Issue 27: printing through a real print system. A private CUPS scheduler with a cups-pdf queue
// takes the jobs; poppler reads what came out.
#include "catchcompat.h"
#include "cupstestserver.h"
#include "testsupport.h"

#include "letterlayout.h"
#include "letterrenderer.h"

#include <QDateTime>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using pcctest::CupsTestServer;
using pcctest::pointsPerMm;
using pcctest::runApp;

namespace {

void startPrinter(CupsTestServer &cups)
{
    const bool started = cups.start();
    INFO(cups.error().toStdString());
    REQUIRE(started);
}

void addProfile(const QString &sandbox)
{
    const auto r = runApp({u"profile"_s, u"add"_s, u"Sam Jones"_s, u"--address"_s, u"1 High Street"_s, u"--postcode"_s, u"SW1A 1AA"_s},
                          sandbox);
    REQUIRE(r.exitCode == 0);
}

QStringList fontsOf(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral(PCC_PDFFONTS), {pdf});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts).mid(2);
}

// Runs the command, which must succeed, and reads the one job it printed: the file cups-pdf
// wrote for the job whose title starts with `title`.
QList<pcctest::PdfPage> printedPages(CupsTestServer &cups, const QStringList &args, const QString &sandbox, const QString &title)
{
    const QDateTime before = QDateTime::currentDateTime();
    const auto r = runApp(args, sandbox);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QStringList printed = cups.printedSince(before, title);
    INFO(cups.schedulerLog().toStdString());
    REQUIRE(printed.size() == 1);
    return pcctest::pdfPages(printed.first());
}

} // namespace

TEST_CASE("printing: printers lists the queues, the default marked", "[print]")
{
    CupsTestServer cups;
    startPrinter(cups);
    QTemporaryDir sandbox;
    const auto r = runApp({u"printers"_s}, sandbox.path());
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.out == CupsTestServer::queue() + u"\tdefault\n"_s);
}

TEST_CASE("printing: 43 letters go as one job and come out as 43 A4 pages in the bundled typeface, each address in the window",
          "[print]")
{
    PCC_REQUIRE_TOOL(PCC_PDFTOTEXT, "pdftotext (poppler-utils)");
    PCC_REQUIRE_TOOL(PCC_PDFFONTS, "pdffonts (poppler-utils)");
    CupsTestServer cups;
    startPrinter(cups);
    QTemporaryDir sandbox;
    addProfile(sandbox.path());
    const QDateTime before = QDateTime::currentDateTime();
    const auto r = runApp({u"letter"_s, u"--all"_s, u"--print"_s, u"--printer"_s, CupsTestServer::queue()}, sandbox.path());
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.err.contains(u"check: "_s)); // the offices whose address is not verified are named first

    const QStringList printed = cups.printedSince(before, u"43_letters"_s);
    INFO(cups.schedulerLog().toStdString());
    REQUIRE(printed.size() == 1); // one job, one file
    const QList<pcctest::PdfPage> pages = pcctest::pdfPages(printed.first());
    REQUIRE(pages.size() == 43);
    const pcc::LetterLayout layout;
    const QRectF window = pcc::LetterRenderer::addressBoxMm(layout);
    const QRectF windowPt(window.left() * pointsPerMm - 1, window.top() * pointsPerMm - 1, window.width() * pointsPerMm + 2,
                          window.height() * pointsPerMm + 2);
    for (qsizetype i = 0; i < pages.size(); ++i) {
        INFO("page " << i + 1);
        CHECK(std::abs(pages.at(i).size.width() - 210 * pointsPerMm) < 1);
        CHECK(std::abs(pages.at(i).size.height() - 297 * pointsPerMm) < 1);
        // The recipient's block is the text inside the window: it begins with the office and ends
        // with a postcode, and nothing of it strays outside.
        QStringList inWindow;
        for (const pcctest::PdfWord &w : pages.at(i).words) {
            if (windowPt.intersects(w.box)) {
                CHECK(windowPt.contains(w.box));
                inWindow << w.text;
            }
        }
        REQUIRE(inWindow.size() >= 3);
        CHECK(QRegularExpression(u"^[A-Z]{1,2}[0-9][0-9A-Z]?$"_s).match(inWindow.at(inWindow.size() - 2)).hasMatch());
        CHECK(QRegularExpression(u"^[0-9][A-Z]{2}$"_s).match(inWindow.last()).hasMatch());
    }
    const QStringList fonts = fontsOf(printed.first());
    REQUIRE_FALSE(fonts.isEmpty());
    for (const QString &line : fonts) {
        INFO(line.toStdString());
        CHECK(line.contains(u"LiberationSerif"_s));
    }
}

TEST_CASE("printing: a queue that does not exist is exit 1 with its name, and nothing is printed", "[print]")
{
    CupsTestServer cups;
    startPrinter(cups);
    QTemporaryDir sandbox;
    addProfile(sandbox.path());
    const auto r = runApp({u"letter"_s, u"--force"_s, u"kent"_s, u"--print"_s, u"--printer"_s, u"no-such-queue"_s}, sandbox.path());
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"'no-such-queue'"_s));
    const auto labels = runApp({u"labels"_s, u"--all"_s, u"--print"_s, u"--printer"_s, u"no-such-queue"_s}, sandbox.path());
    CHECK(labels.exitCode == 1);
    CHECK(labels.err.contains(u"'no-such-queue'"_s));
    const auto copies = runApp({u"letter"_s, u"--force"_s, u"kent"_s, u"--print"_s, u"--copies"_s, u"0"_s}, sandbox.path());
    CHECK(copies.exitCode == 2);
    // A printer named for a PDF is a mistake, said so, not ignored.
    const auto pdfWithPrinter = runApp({u"labels"_s, u"--all"_s, u"--pdf"_s, sandbox.filePath(u"l.pdf"_s), u"--printer"_s,
                                        CupsTestServer::queue()}, sandbox.path());
    CHECK(pdfWithPrinter.exitCode == 2);
    CHECK(pdfWithPrinter.err.contains(u"--printer goes with --print"_s));
    CHECK_FALSE(QFileInfo::exists(sandbox.filePath(u"l.pdf"_s)));
}

TEST_CASE("printing: a queue that refuses jobs is exit 1 with its reason, and nothing comes out", "[print]")
{
    CupsTestServer cups;
    startPrinter(cups);
    INFO(cups.error().toStdString());
    REQUIRE(cups.refuseJobs(u"Out of paper in tray 2"_s));
    QTemporaryDir sandbox;
    addProfile(sandbox.path());
    const QDateTime before = QDateTime::currentDateTime();
    const auto r = runApp({u"letter"_s, u"--force"_s, u"sussex"_s, u"--print"_s}, sandbox.path());
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"refuses jobs"_s));
    CHECK(r.err.contains(CupsTestServer::queue()));
    CHECK(cups.printedSince(before, u"Letter_to_Office_of_the_Sussex"_s, 3000).isEmpty());
}

TEST_CASE("printing: envelopes and labels go through the queue at their own sizes", "[print]")
{
    PCC_REQUIRE_TOOL(PCC_PDFTOTEXT, "pdftotext (poppler-utils)");
    CupsTestServer cups;
    startPrinter(cups);
    QTemporaryDir sandbox;
    const QList<pcctest::PdfPage> pages = printedPages(
        cups, {u"envelope"_s, u"--force"_s, u"kent"_s, u"--force"_s, u"gwent"_s, u"--print"_s}, sandbox.path(), u"2_envelopes"_s);
    REQUIRE(pages.size() == 2);
    // cups-pdf may turn a landscape page upright: the sheet is 220 x 110 mm either way.
    const QSizeF size = pages.first().size;
    CHECK(std::abs(std::max(size.width(), size.height()) - 220 * pointsPerMm) < 1.5);
    CHECK(std::abs(std::min(size.width(), size.height()) - 110 * pointsPerMm) < 1.5);
    CHECK(pages.at(0).text().contains(u"Kent"_s));
    CHECK(pages.at(1).text().contains(u"Gwent"_s));

    CHECK(printedPages(cups, {u"labels"_s, u"--all"_s, u"--print"_s}, sandbox.path(), u"43_address_labels"_s).size() == 4);
}

TEST_CASE("printing: --copies 3 prints each letter three times", "[print]")
{
    PCC_REQUIRE_TOOL(PCC_PDFTOTEXT, "pdftotext (poppler-utils)");
    CupsTestServer cups;
    startPrinter(cups);
    QTemporaryDir sandbox;
    addProfile(sandbox.path());
    const QList<pcctest::PdfPage> pages
        = printedPages(cups, {u"letter"_s, u"--force"_s, u"kent"_s, u"--print"_s, u"--copies"_s, u"3"_s}, sandbox.path(), u"Letter_to_Kent_about"_s);
    CHECK(pages.size() == 3);
    for (const pcctest::PdfPage &page : pages)
        CHECK(page.text().contains(u"Maidstone"_s));
}
