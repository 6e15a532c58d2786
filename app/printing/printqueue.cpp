#include "printqueue.h"

#include "optionalmodule.h"
#include "printsystem.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace pcc {

namespace {

PrintSystem *printSystem(QString *error)
{
    QString reason;
    PrintSystem *system = OptionalModule::kept<PccPrintSystem>(u"pcc-printing"_s, "pcc_print_system", &reason);
    if (!system && error) {
        *error = QCoreApplication::translate("pcc::PrintQueue", "The printing part of PCC Campaigner (pcc-printing) is missing, "
                                                                "so nothing can be printed; PDFs still work: %1")
                     .arg(reason);
    }
    return system;
}

} // namespace

QList<PrintQueue::Printer> PrintQueue::printers(QString *error)
{
    PrintSystem *system = printSystem(error);
    return system ? system->printers() : QList<Printer>{};
}

bool PrintQueue::print(const Job &job, const Paint &paint, QString *error, QString *warning)
{
    QString unused;
    error = error ? error : &unused;
    if (warning)
        warning->clear();
    PrintSystem *system = printSystem(error);
    return system && system->print(job, paint, error, warning);
}

PrintQueue::Outcome PrintQueue::printFromWindow(QWidget *parent, const Job &job, Dialog dialog, const Paint &paint, QString *error)
{
    QString unused;
    error = error ? error : &unused;
    PrintSystem *system = printSystem(error);
    return system ? system->printFromWindow(parent, job, dialog, paint, error) : Outcome::Failed;
}

} // namespace pcc
