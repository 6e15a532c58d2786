#include "forcescommand.h"

#include "clioutput.h"
#include "shippeddata.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace pcc {

namespace {
QString orDash(const QString &s)
{
    return s.isEmpty() ? u"-"_s : s;
}
} // namespace

int ForcesCommand::run(const QStringList &args, CliOutput &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "pcc", "List every police force area with its policing body and contacts, one per line:\n"
               "force_id, force name, body kind, office, holder, email, phone, website (tab-separated; '-' = not known)."));
    parser.addHelpOption();
    parser.addOption({u"json"_s, QCoreApplication::translate("pcc", "Print the data as JSON (same keys as policing_bodies.json).")});
    if (const auto stop = io.parse(parser, args))
        return *stop;

    const ShippedData::DirectoryLoad load = ShippedData::loadDirectory();
    if (!load.warning.isEmpty())
        io.err() << u"pcc-campaigner: warning: "_s << load.warning << Qt::endl;
    if (load.directory.isEmpty())
        return io.fail(ExitCode::Failure, QCoreApplication::translate("pcc", "no usable policing-bodies data"));

    if (parser.isSet(u"json"_s)) {
        io.out() << QString::fromUtf8(load.directory.toJson());
        return ExitCode::Ok;
    }
    for (const ForceRecord &f : load.directory.forces()) {
        io.out() << f.id << u'\t' << f.forceName << u'\t' << bodyKindKey(f.bodyKind) << u'\t' << f.officeName
                 << u'\t' << orDash(f.holder.name) << u'\t' << orDash(f.email) << u'\t' << orDash(f.phone)
                 << u'\t' << orDash(f.website) << u'\n';
    }
    return ExitCode::Ok;
}

} // namespace pcc
