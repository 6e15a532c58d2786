#pragma once

#include <QList>
#include <QPageLayout>
#include <QString>

#include <functional>

class QPagedPaintDevice;
class QPainter;
class QWidget;

namespace pcc {

// The printers this computer knows, and one job sent to one of them. Pages are drawn by the same
// renderers as the PDFs, on the whole sheet (no printer margin moves an address out of its window).
// The work is done by the pcc-printing module (module/), loaded on first use; when it is missing
// every call fails with a message that says so, and PDFs still work.
class PrintQueue
{
public:
    struct Printer
    {
        QString name;
        bool isDefault = false;
    };
    // Sorted by name; empty with the reason in `error` when the printing module is missing.
    static QList<Printer> printers(QString *error = nullptr);

    struct Job
    {
        QString printer;        // empty: the system's default
        QString title;          // the job's name in the queue
        QPageLayout page;       // size, orientation; margins are ignored (full page)
        int copies = 1;
        bool duplex = false;    // one letter a sheet unless asked
    };
    using Paint = std::function<bool(QPainter *, QPagedPaintDevice *)>;

    // Sends the pages as one job. False with the reason when there is no such printer (its name
    // is in the message), no printer at all, or the queue refuses the job; `warning` says when
    // the printer does not list the page's paper size (the pages still go, at that size).
    static bool print(const Job &job, const Paint &paint, QString *error, QString *warning = nullptr);

    // For the windows: the job shown in Qt's print preview (printed from its toolbar, or closed
    // unprinted), or the system's print dialog (printer, copies; a PDF file too) and then sent.
    // All the pages or none: no page range is offered, as a letter printed is recorded as posted.
    enum class Dialog { Preview, System };
    enum class Outcome { Printed, Cancelled, Failed }; // Failed: the reason is in `error`
    static Outcome printFromWindow(QWidget *parent, const Job &job, Dialog dialog, const Paint &paint, QString *error);
};

} // namespace pcc
