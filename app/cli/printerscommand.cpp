#include "printerscommand.h"

#include "clitr.h"
#include "commandparser.h"
#include "clioutput.h"
#include "printqueue.h"

using namespace Qt::StringLiterals;

namespace pcc {

int PrintersCommand::run(const QStringList &args, CliOutput &io)
{
    CommandParser parser(CliTr::tr("printers   the printers this computer knows: name<TAB>default|-, one a line"));
    if (const auto stop = io.parse(parser, args))
        return *stop;
    QString error;
    const QList<PrintQueue::Printer> printers = PrintQueue::printers(&error);
    if (!error.isEmpty())
        return io.fail(ExitCode::Failure, error);
    if (printers.isEmpty())
        io.err() << u"pcc-campaigner: "_s << CliTr::tr("no printer is set up on this computer") << Qt::endl;
    for (const PrintQueue::Printer &p : printers)
        io.out() << p.name << u'\t' << (p.isDefault ? u"default"_s : u"-"_s) << Qt::endl;
    return ExitCode::Ok;
}

} // namespace pcc
