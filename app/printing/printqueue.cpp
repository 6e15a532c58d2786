#include "printqueue.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPrinter>
#include <QPrinterInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pcc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pcc::PrintQueue)
};

} // namespace

QList<PrintQueue::Printer> PrintQueue::printers()
{
    const QString fallback = QPrinterInfo::defaultPrinterName();
    QList<Printer> out;
    for (const QString &name : QPrinterInfo::availablePrinterNames())
        out.append({name, name == fallback});
    std::sort(out.begin(), out.end(), [](const Printer &a, const Printer &b) { return a.name < b.name; });
    return out;
}

void PrintQueue::prepare(QPrinter *printer, const Job &job)
{
    // The whole sheet is the page: positions are measured from the paper's edge, as in the PDF.
    printer->setFullPage(true);
    printer->setPageLayout(QPageLayout(job.page.pageSize(), job.page.orientation(), QMarginsF(0, 0, 0, 0)));
    printer->setDocName(job.title);
    printer->setCopyCount(std::max(1, job.copies));
    printer->setDuplex(job.duplex ? QPrinter::DuplexLongSide : QPrinter::DuplexNone);
}

bool PrintQueue::print(const Job &job, const Paint &paint, QString *error, QString *warning)
{
    const QList<Printer> known = printers();
    if (known.isEmpty()) {
        *error = Tr::tr("No printer is set up on this computer: add one in the system's settings, or write a PDF instead.");
        return false;
    }
    QString name = job.printer;
    if (name.isEmpty()) {
        name = QPrinterInfo::defaultPrinterName();
        if (name.isEmpty()) {
            *error = Tr::tr("This computer has no default printer: name one with --printer (see pcc-campaigner printers).");
            return false;
        }
    }
    const QPrinterInfo info = QPrinterInfo::printerInfo(name);
    if (info.isNull() || !std::any_of(known.cbegin(), known.cend(), [&](const Printer &p) { return p.name == name; })) {
        *error = Tr::tr("There is no printer called '%1' on this computer (see pcc-campaigner printers).").arg(name);
        return false;
    }
    if (warning) {
        warning->clear();
        const QList<QPageSize> sizes = info.supportedPageSizes();
        const bool listed = std::any_of(sizes.cbegin(), sizes.cend(), [&](const QPageSize &s) {
            return s.isEquivalentTo(job.page.pageSize());
        });
        if (!sizes.isEmpty() && !listed)
            *warning = Tr::tr("The printer '%1' does not list %2 paper: the pages were sent at that size; check what comes out.")
                           .arg(name, job.page.pageSize().name());
        else if (info.defaultPageSize().id() == QPageSize::Letter && job.page.pageSize().id() == QPageSize::A4)
            *warning = Tr::tr("The printer '%1' uses US Letter paper unless told otherwise: A4 was asked for; put A4 paper in its tray.")
                           .arg(name);
    }

    QPrinter printer(info, QPrinter::HighResolution);
    prepare(&printer, job);
    QPainter painter;
    if (!painter.begin(&printer)) {
        *error = Tr::tr("The printer '%1' did not accept the job.").arg(name);
        return false;
    }
    const bool painted = paint(&painter, &printer);
    if (!painted)
        printer.abort();
    const bool ended = painter.end();
    if (!painted) {
        *error = Tr::tr("The job for '%1' was cancelled: nothing was printed.").arg(name);
        return false;
    }
    if (!ended || printer.printerState() == QPrinter::Error) {
        *error = Tr::tr("The printer '%1' refused the job.").arg(name);
        return false;
    }
    return true;
}

} // namespace pcc
