#include "cliprinting.h"

#include "clidirectory.h"
#include "clitr.h"
#include "clioutput.h"
#include "commandparser.h"
#include "lettercomposer.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace pcc {

void CliPrinting::addPrintOptions(CommandParser *parser)
{
    parser->addOption({u"print"_s, CliTr::tr("Send to a printer (the default one unless --printer is given).")});
    parser->addOption({u"printer"_s, CliTr::tr("The printer's name, as pcc-campaigner printers lists it."), u"NAME"_s});
}

void CliPrinting::addAddressOptions(CommandParser *parser)
{
    parser->addForceOption(CliTr::tr("A force id (may be given more than once)."));
    parser->addOption({u"all"_s, CliTr::tr("All 43 forces.")});
    parser->addOption({u"pdf"_s, CliTr::tr("Write a PDF."), u"OUT"_s});
    addPrintOptions(parser);
}

std::optional<int> CliPrinting::checkPdfOrPrint(const QCommandLineParser &parser, CliOutput &io)
{
    if (const auto stop = onlyWithPrint(parser, io))
        return stop;
    if (parser.isSet(u"pdf"_s) == parser.isSet(u"print"_s))
        return io.fail(ExitCode::Usage, CliTr::tr("give exactly one of --pdf OUT or --print"));
    return std::nullopt;
}

std::optional<int> CliPrinting::onlyWithPrint(const QCommandLineParser &parser, CliOutput &io)
{
    if (parser.isSet(u"print"_s))
        return std::nullopt;
    for (const QString &option : {u"printer"_s, u"copies"_s}) {
        if (parser.optionNames().contains(option))
            return io.fail(ExitCode::Usage, CliTr::tr("--%1 goes with --print").arg(option));
    }
    return std::nullopt;
}

std::optional<QList<const ForceRecord *>> CliPrinting::chosenForces(const Directory &directory, const QCommandLineParser &parser,
                                                                    CliOutput &io)
{
    const bool all = parser.isSet(u"all"_s);
    const QStringList ids = parser.values(u"force"_s);
    if (all == !ids.isEmpty()) {
        io.fail(ExitCode::Usage, CliTr::tr("give --force ID or --all"));
        return std::nullopt;
    }
    QList<const ForceRecord *> forces;
    if (all) {
        for (const ForceRecord &f : directory.forces())
            forces << &f;
        return forces;
    }
    for (const QString &id : ids) {
        const ForceRecord *f = directory.force(id);
        if (!f) {
            io.fail(ExitCode::Usage, CliTr::tr("'%1' is not one of the 43 force ids (see pcc-campaigner forces)").arg(id));
            return std::nullopt;
        }
        forces << f;
    }
    return forces;
}

std::optional<QList<MailingAddress>> CliPrinting::chosenAddresses(const QCommandLineParser &parser, CliOutput &io, int *exitCode)
{
    *exitCode = ExitCode::Failure;
    const auto directory = loadDirectory(io);
    if (!directory)
        return std::nullopt;
    const auto forces = chosenForces(*directory, parser, io);
    if (!forces) {
        *exitCode = ExitCode::Usage;
        return std::nullopt;
    }
    return addressesOf(*forces, io);
}

std::optional<QList<MailingAddress>> CliPrinting::addressesOf(const QList<const ForceRecord *> &forces, CliOutput &io)
{
    QList<MailingAddress> addresses;
    bool missing = false;
    for (const ForceRecord *f : forces) {
        const MailingAddress a = LetterComposer::mailingAddress(*f);
        if (!a.problem.isEmpty()) {
            io.err() << u"pcc-campaigner: "_s << f->id << u": "_s << a.problem << Qt::endl;
            missing = true;
        }
        addresses << a;
    }
    if (missing) {
        io.fail(ExitCode::Failure, CliTr::tr("nothing was written: an office above has no postal address"));
        return std::nullopt;
    }
    // One line per office whose address is not verified, before anything is printed.
    for (const MailingAddress &a : std::as_const(addresses)) {
        if (!a.unverifiedNote.isEmpty())
            io.err() << u"pcc-campaigner: check: "_s << a.unverifiedNote << Qt::endl;
    }
    return addresses;
}

int CliPrinting::print(const QCommandLineParser &parser, PrintQueue::Job job, const PrintQueue::Paint &paint, CliOutput &io)
{
    job.printer = parser.value(u"printer"_s);
    if (parser.isSet(u"printer"_s) && job.printer.isEmpty())
        return io.fail(ExitCode::Usage, CliTr::tr("--printer needs a printer's name"));
    QString error;
    QString warning;
    if (!PrintQueue::print(job, paint, &error, &warning))
        return io.fail(ExitCode::Failure, error);
    if (!warning.isEmpty())
        io.err() << u"pcc-campaigner: warning: "_s << warning << Qt::endl;
    return ExitCode::Ok;
}

} // namespace pcc
