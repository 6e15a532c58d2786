// The window's Print… through the system's print dialog, against a private CUPS scheduler with a
// cups-pdf queue (as the command line's printing tests): what the volunteer is told decides
// whether the letters are recorded as posted. Each case runs in its own process under ctest, as
// the CUPS library remembers the first scheduler it talked to.
#include "catchcompat.h"
#include "cupstestserver.h"
#include "testsupport.h"

#include "printqueue.h"

#include <QApplication>
#include <QDateTime>
#include <QDialog>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace pcc;
using pcctest::CupsTestServer;

namespace {

bool drawLetter(QPainter *painter, QPagedPaintDevice *)
{
    painter->drawText(QPointF(300, 300), u"Dear Commissioner"_s);
    return true;
}

// Presses OK in the print dialog the call opens: the default printer, as it comes (or turned to
// landscape first, as a volunteer could in the printer's properties). The title names the file
// cups-pdf writes, so each case looks for its own.
PrintQueue::Outcome printWithSystemDialog(const QString &title, QString *error, bool *dialogSeen, bool turnPaper = false)
{
    const PrintQueue::Job job{{}, title, QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()), 1, false};
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, &poll, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        poll.stop();
        *dialogSeen = true;
        if (auto *chooser = qobject_cast<QPrintDialog *>(dialog); chooser && turnPaper)
            chooser->printer()->setPageOrientation(QPageLayout::Landscape);
        dialog->accept();
    });
    poll.start();
    return PrintQueue::printFromWindow(nullptr, job, PrintQueue::Dialog::System, drawLetter, error);
}

// A scheduler that cannot start says why (not only that REQUIRE failed).
void requireStarted(CupsTestServer &cups)
{
    const bool started = cups.start();
    INFO(cups.error().toStdString());
    REQUIRE(started);
}

} // namespace

TEST_CASE("window printing: OK in the print dialog sends the letter to the queue, and the window is told it was printed", "[gui][print]")
{
    CupsTestServer cups;
    requireStarted(cups);
    const QDateTime before = QDateTime::currentDateTime();
    QString error;
    bool dialogSeen = false;
    const PrintQueue::Outcome outcome = printWithSystemDialog(u"Letter to Kent"_s, &error, &dialogSeen);
    INFO(error.toStdString());
    CHECK(dialogSeen);
    CHECK(outcome == PrintQueue::Outcome::Printed);
    CHECK(cups.printedSince(before, u"Letter_to_Kent"_s).size() == 1);
}

TEST_CASE("window printing: a queue that refuses jobs is said with its name, and the letter is not taken as printed", "[gui][print]")
{
    CupsTestServer cups;
    requireStarted(cups);
    REQUIRE(cups.refuseJobs(u"Out of paper in tray 2"_s));
    const QDateTime before = QDateTime::currentDateTime();
    QString error;
    bool dialogSeen = false;
    const PrintQueue::Outcome outcome = printWithSystemDialog(u"Refused letter to Surrey"_s, &error, &dialogSeen);
    CHECK(dialogSeen);
    CHECK(outcome == PrintQueue::Outcome::Failed);
    CHECK(error.contains(u"refuses jobs"_s));
    CHECK(error.contains(CupsTestServer::queue()));
    CHECK(cups.printedSince(before, u"Refused_letter_to_Surrey"_s, 3000).isEmpty());
}

TEST_CASE("window printing: paper turned in the print dialog is refused, as the letter was laid out for the other way", "[gui][print]")
{
    CupsTestServer cups;
    requireStarted(cups);
    const QDateTime before = QDateTime::currentDateTime();
    QString error;
    bool dialogSeen = false;
    const PrintQueue::Outcome outcome = printWithSystemDialog(u"Turned letter to Essex"_s, &error, &dialogSeen, true);
    CHECK(dialogSeen);
    CHECK(outcome == PrintQueue::Outcome::Failed);
    CHECK(error.contains(u"cannot take A4 paper in that orientation"_s));
    CHECK(error.contains(CupsTestServer::queue()));
    CHECK(cups.printedSince(before, u"Turned_letter_to_Essex"_s, 3000).isEmpty());
}
