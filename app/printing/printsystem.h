#pragma once

#include "printqueue.h"

class QWidget;

namespace pcc {

// What the pcc-printing module offers: Qt's print support (and through it CUPS or the Windows
// spooler) behind PrintQueue. The module, and with it Qt Print Support, is loaded the first time
// something is printed or the printers are listed, never at startup. Plain C++ across the module
// boundary, as in httpclient.h.
class PrintSystem
{
public:
    virtual ~PrintSystem() = default;
    virtual QList<PrintQueue::Printer> printers() = 0;
    virtual bool print(const PrintQueue::Job &job, const PrintQueue::Paint &paint, QString *error, QString *warning) = 0;
    virtual PrintQueue::Outcome printFromWindow(QWidget *parent, const PrintQueue::Job &job, PrintQueue::Dialog dialog,
                                                const PrintQueue::Paint &paint, QString *error) = 0;
};

} // namespace pcc

// The module's one exported function; the print system lives as long as the program.
extern "C" using PccPrintSystem = pcc::PrintSystem *();
