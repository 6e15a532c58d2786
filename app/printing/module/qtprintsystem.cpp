// The pcc-printing module: PrintQueue's work on Qt Print Support. Built as a separate shared
// module so that the program loads Qt Print Support (and its CUPS plugin) only when something is
// printed: loading it was two per cent of the window's start.
#include "printpreview.h"
#include "printsystem.h"

#include <QCoreApplication>
#include <QDir>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrinterInfo>

#include <algorithm>

#ifdef PCC_HAVE_CUPS
#include <QLibrary>
#include <cups/cups.h>
#endif

using namespace Qt::StringLiterals;

namespace pcc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pcc::PrintQueue)
};

#ifdef PCC_HAVE_CUPS
// libcups is opened when something is printed, not linked: loading it and the libraries it
// brings (TLS, Kerberos, Avahi) was a fifth of the program's start. Qt's own print plugin
// loads the same library, so its last error is the one Qt's job left.
struct Cups
{
    decltype(&cupsGetNamedDest) getNamedDest = nullptr;
    decltype(&cupsGetOption) getOption = nullptr;
    decltype(&cupsFreeDests) freeDests = nullptr;
    decltype(&cupsLastError) lastError = nullptr;

    static const Cups &api()
    {
        static const Cups cups = [] {
            Cups c;
            QLibrary library(u"cups"_s, 2);
            if (!library.load())
                return c;
            c.getNamedDest = reinterpret_cast<decltype(&cupsGetNamedDest)>(library.resolve("cupsGetNamedDest"));
            c.getOption = reinterpret_cast<decltype(&cupsGetOption)>(library.resolve("cupsGetOption"));
            c.freeDests = reinterpret_cast<decltype(&cupsFreeDests)>(library.resolve("cupsFreeDests"));
            c.lastError = reinterpret_cast<decltype(&cupsLastError)>(library.resolve("cupsLastError"));
            return c;
        }();
        return cups;
    }
    bool loaded() const { return getNamedDest && getOption && freeDests && lastError; }
};
#endif

// Why the queue would not take a job now (stopped with cupsreject, say), or empty. A job sent to
// such a queue is dropped by Qt without a word, so it is asked first.
QString refusalOf(const QString &name)
{
#ifdef PCC_HAVE_CUPS
    const Cups &cups = Cups::api();
    if (!cups.loaded())
        return {};
    cups_dest_t *dest = cups.getNamedDest(CUPS_HTTP_DEFAULT, name.toUtf8().constData(), nullptr);
    if (!dest)
        return {};
    QString why;
    const char *accepting = cups.getOption("printer-is-accepting-jobs", dest->num_options, dest->options);
    if (accepting && qstrcmp(accepting, "false") == 0)
        why = Tr::tr("it is not accepting jobs (lpstat -a says why)");
    cups.freeDests(1, dest);
    return why;
#else
    Q_UNUSED(name);
    return {};
#endif
}

// Whether the print system took the job that was just sent (CUPS says so; elsewhere Qt's
// printer state is all there is).
bool jobTaken()
{
#ifdef PCC_HAVE_CUPS
    const Cups &cups = Cups::api();
    return !cups.loaded() || cups.lastError() < IPP_STATUS_REDIRECTION_OTHER_SITE;
#else
    return true;
#endif
}

// Whether the printer still has the job's paper and orientation (a printer chosen in a dialog
// can bring its own).
bool keepsPaper(const QPrinter &printer, const PrintQueue::Job &job)
{
    const QPageLayout took = printer.pageLayout();
    return took.pageSize().isEquivalentTo(job.page.pageSize()) && took.orientation() == job.page.orientation();
}

// The whole sheet is the page: positions are measured from the paper's edge, as in the PDF.
// Size, orientation and margins are set one by one: a printer with margins of its own refuses
// a whole layout with none, and would then keep its own paper without a word. False when the
// printer kept another paper size or orientation.
bool prepare(QPrinter *printer, const PrintQueue::Job &job)
{
    printer->setFullPage(true);
    printer->setPageSize(job.page.pageSize());
    printer->setPageOrientation(job.page.orientation());
    printer->setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    printer->setDocName(job.title);
    printer->setCopyCount(std::max(1, job.copies));
    printer->setDuplex(job.duplex ? QPrinter::DuplexLongSide : QPrinter::DuplexNone);
    return keepsPaper(*printer, job);
}

class QtPrintSystem : public PrintSystem
{
public:
    QList<PrintQueue::Printer> printers() override;
    bool print(const PrintQueue::Job &job, const PrintQueue::Paint &paint, QString *error, QString *warning) override;
    PrintQueue::Outcome printFromWindow(QWidget *parent, const PrintQueue::Job &job, PrintQueue::Dialog dialog,
                                        const PrintQueue::Paint &paint, QString *error) override;
};

} // namespace

QList<PrintQueue::Printer> QtPrintSystem::printers()
{
    const QString fallback = QPrinterInfo::defaultPrinterName();
    QList<PrintQueue::Printer> out;
    for (const QString &name : QPrinterInfo::availablePrinterNames())
        out.append({name, name == fallback});
    std::sort(out.begin(), out.end(), [](const PrintQueue::Printer &a, const PrintQueue::Printer &b) { return a.name < b.name; });
    return out;
}

bool QtPrintSystem::print(const PrintQueue::Job &job, const PrintQueue::Paint &paint, QString *error, QString *warning)
{
    const QList<PrintQueue::Printer> known = printers();
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
    if (info.isNull() || !std::any_of(known.cbegin(), known.cend(), [&](const PrintQueue::Printer &p) { return p.name == name; })) {
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

    if (const QString why = refusalOf(name); !why.isEmpty()) {
        *error = Tr::tr("The printer '%1' refuses jobs: %2.").arg(name, why);
        return false;
    }
    QPrinter printer(info, QPrinter::HighResolution);
    if (!prepare(&printer, job)) {
        *error = Tr::tr("The printer '%1' cannot take %2 paper in that orientation; nothing was printed.").arg(name, job.page.pageSize().name());
        return false;
    }
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
    if (!ended || printer.printerState() == QPrinter::Error || !jobTaken()) {
        *error = Tr::tr("The printer '%1' refused the job.").arg(name);
        return false;
    }
    return true;
}

PrintQueue::Outcome QtPrintSystem::printFromWindow(QWidget *parent, const PrintQueue::Job &job, PrintQueue::Dialog dialog,
                                                   const PrintQueue::Paint &paint, QString *error)
{
    QPrinter printer(QPrinter::HighResolution);
    prepare(&printer, job);
    bool painted = false;
    auto paintOn = [&](QPrinter *p) {
        QPainter painter(p);
        painted = paint(&painter, p);
    };
    // A queue that is not accepting jobs, a paper size the chosen printer changed, or a job the
    // queue did not take: each is said, as on the command line, so that letters are not recorded
    // as posted when nothing came out. A PDF chosen in the dialog has no queue to ask.
    auto toQueue = [&] { return printer.outputFormat() == QPrinter::NativeFormat; };
    if (dialog == PrintQueue::Dialog::Preview) {
        PrintPreview preview(&printer, job.title, parent);
        QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview, paintOn);
        if (preview.exec() != QDialog::Accepted)
            return PrintQueue::Outcome::Cancelled;
    } else {
        QPrintDialog chooser(&printer, parent);
        chooser.setOption(QAbstractPrintDialog::PrintToFile, true);
        chooser.setOption(QAbstractPrintDialog::PrintPageRange, false);
        if (chooser.exec() != QDialog::Accepted)
            return PrintQueue::Outcome::Cancelled;
        if (toQueue() && !keepsPaper(printer, job)) {
            *error = Tr::tr("The printer '%1' cannot take %2 paper in that orientation; nothing was printed.")
                         .arg(printer.printerName(), job.page.pageSize().name());
            return PrintQueue::Outcome::Failed;
        }
        paintOn(&printer);
    }
    if (const QString why = toQueue() ? refusalOf(printer.printerName()) : QString(); !why.isEmpty()) {
        *error = Tr::tr("The printer '%1' refuses jobs: %2.").arg(printer.printerName(), why);
        return PrintQueue::Outcome::Failed;
    }
    if (!painted || printer.printerState() == QPrinter::Error || (toQueue() && !jobTaken())) {
        *error = Tr::tr("The printer %1 did not take the job.")
                     .arg(toQueue() ? printer.printerName() : QDir::toNativeSeparators(printer.outputFileName()));
        return PrintQueue::Outcome::Failed;
    }
    return PrintQueue::Outcome::Printed;
}

} // namespace pcc

extern "C" Q_DECL_EXPORT pcc::PrintSystem *pcc_print_system()
{
    static pcc::QtPrintSystem system;
    return &system;
}
