#include "lookupcommand.h"

#include "clitr.h"
#include "commandparser.h"
#include "clidirectory.h"
#include "clioutput.h"
#include "forceids.h"
#include "onlinepostcodelookup.h"
#include "postcodeanswer.h"
#include "postcodedistricts.h"

#include <QEventLoop>

using namespace Qt::StringLiterals;

namespace pcc {

namespace {

int printCandidates(const QStringList &ids, const Directory &dir, CliOutput &io)
{
    bool outside = false;
    for (const QString &id : ids) {
        if (ForceIds::isNoPccArea(id)) {
            io.out() << id << u'\t' << ForceIds::noPccAreaName(id) << u'\t' << ForceIds::noPccAreaBody(id) << u'\n';
            outside = true;
        } else if (const ForceRecord *f = dir.force(id)) {
            io.out() << f->id << u'\t' << f->forceName << u'\t' << f->officeName << u'\n';
        }
    }
    io.out().flush();
    return outside && !ids.isEmpty() && ForceIds::isNoPccArea(ids.first()) ? ExitCode::OutsideArea : ExitCode::Ok;
}

} // namespace

int LookupCommand::run(const QStringList &args, CliOutput &io)
{
    CommandParser parser(CliTr::tr(
        "lookup POSTCODE [--online]: which police force areas a postcode may be in, best first:\n"
        "force_id, force name, office (tab-separated). Exit 0 found; 3 outside England and Wales;\n"
        "2 not a postcode; 1 not in the offline table (try --online).\n"
        "--online asks postcodes.io (your postcode is sent over the internet)."));
    parser.addOption({u"online"_s, CliTr::tr("Ask postcodes.io for the exact area of a full postcode.")});
    parser.addPositionalArgument(u"POSTCODE"_s, CliTr::tr("A full postcode or a district, e.g. BS20 8JJ or BS20."));
    if (const auto stop = io.parse(parser, args))
        return *stop;
    const QString text = parser.positionalArguments().join(u' ');
    const Postcode pc = Postcode::parse(text);
    if (!pc.isValid())
        return io.fail(ExitCode::Usage, CliTr::tr("'%1' is not a UK postcode").arg(text));
    const auto directory = loadDirectory(io);
    if (!directory)
        return ExitCode::Failure;
    const Directory &dir = *directory;

    if (parser.isSet(u"online"_s)) {
        if (!pc.isFull())
            return io.fail(ExitCode::Usage, CliTr::tr("the online lookup needs a full postcode, such as BS20 8JJ"));
        OnlinePostcodeLookup online(dir);
        QEventLoop loop;
        QString forceId;
        QString error;
        QObject::connect(&online, &OnlinePostcodeLookup::finished, &loop, [&](const QString &id) {
            forceId = id;
            loop.quit();
        });
        QObject::connect(&online, &OnlinePostcodeLookup::failed, &loop, [&](const QString &message) {
            error = message;
            loop.quit();
        });
        online.lookup(pc.toString());
        loop.exec();
        if (forceId.isEmpty())
            return io.fail(ExitCode::Failure, error);
        return printCandidates({forceId}, dir, io);
    }

    QString warning;
    const PostcodeAnswer answer = PostcodeAnswer::of(pc, PostcodeDistricts::loadDefault(&warning).find(pc));
    if (!warning.isEmpty())
        io.err() << u"pcc-campaigner: warning: "_s << warning << Qt::endl;
    using Kind = PostcodeAnswer::Kind;
    if (answer.kind == Kind::Unknown)
        return io.fail(ExitCode::Failure, CliTr::tr("the district %1 is not in the offline table; choose your area on the map, "
                                            "or try --online (sends your postcode to postcodes.io)").arg(pc.outward()));
    if (answer.kind == Kind::AreaFallback)
        io.err() << CliTr::tr("note: %1 is not in the offline table (a newer district?); these are the forces of its postcode "
                      "area %2, most likely first; check on the map or try --online").arg(pc.outward(), pc.area())
                 << Qt::endl;
    else if (answer.kind == Kind::Crosses)
        io.err() << CliTr::tr("note: %1 crosses a force boundary; the first line is the most likely; check on the map or try "
                      "--online with the full postcode").arg(pc.outward())
                 << Qt::endl;
    else if (answer.kind == Kind::Likely || (answer.kind == Kind::NoPccArea && !answer.certain))
        io.err() << CliTr::tr("note: the offline data for %1 comes from one source only; check on the map").arg(pc.outward())
                 << Qt::endl;
    return printCandidates(answer.forceIds, dir, io);
}

} // namespace pcc
