#include "forcescommand.h"

#include "clitr.h"
#include "commandparser.h"
#include "clidirectory.h"
#include "clioutput.h"

using namespace Qt::StringLiterals;

namespace pcc {

int ForcesCommand::run(const QStringList &args, CliOutput &io)
{
    CommandParser parser(CliTr::tr("List every police force area with its policing body and contacts, one per line:\n"
               "force_id, force name, body kind, office, holder, email, phone, website (tab-separated; '-' = not known)."));
    parser.addJsonOption(CliTr::tr("Print the data as JSON (same keys as policing_bodies.json)."));
    if (const auto stop = io.parse(parser, args))
        return *stop;

    const auto directory = loadDirectory(io);
    if (!directory)
        return ExitCode::Failure;

    if (parser.isSet(u"json"_s)) {
        io.out() << QString::fromUtf8(directory->toJson());
        return ExitCode::Ok;
    }
    for (const ForceRecord &f : directory->forces()) {
        io.out() << f.id << u'\t' << f.forceName << u'\t' << bodyKindKey(f.bodyKind) << u'\t' << f.officeName
                 << u'\t' << CliOutput::field(f.holder.name) << u'\t' << CliOutput::field(f.email) << u'\t' << CliOutput::field(f.phone)
                 << u'\t' << CliOutput::field(f.website) << u'\n';
    }
    return ExitCode::Ok;
}

} // namespace pcc
