#pragma once

#include <QList>
#include <QPageLayout>
#include <QString>

#include <functional>

class QPagedPaintDevice;
class QPainter;
class QPrinter;

namespace pcc {

// The printers this computer knows, and one job sent to one of them. Pages are drawn by the same
// renderers as the PDFs, on the whole sheet (no printer margin moves an address out of its window).
class PrintQueue
{
public:
    struct Printer
    {
        QString name;
        bool isDefault = false;
    };
    static QList<Printer> printers(); // sorted by name

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

    // The same settings on a printer the user chose in the system's dialog; false when the
    // printer kept another paper size or orientation.
    static bool prepare(QPrinter *printer, const Job &job);
};

} // namespace pcc
