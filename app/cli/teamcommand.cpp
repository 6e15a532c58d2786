#include "teamcommand.h"

#include "clitr.h"
#include "commandparser.h"
#include "clioutput.h"
#include "contactlog.h"
#include "forceids.h"
#include "isodates.h"
#include "logaccess.h"
#include "teamadmin.h"
#include "teamcleanup.h"
#include "teamconnection.h"
#include "teamcoverage.h"
#include "teamlimits.h"
#include "teamsyncjob.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

using namespace Qt::StringLiterals;

namespace pcc {

namespace {

QString passwordFromEnvironment()
{
    return qEnvironmentVariable("PGPASSWORD");
}

int failed(const TeamConnection &c, CliOutput &io)
{
    return io.fail(ExitCode::Failure, c.lastError());
}

int init(TeamConnection &c, CliOutput &io)
{
    TeamAdmin::InitResult result;
    if (!TeamAdmin::init(c, &result))
        return failed(c, io);
    if (result.fromVersion == result.toVersion)
        io.out() << CliTr::tr("the team server is up to date (schema version %1); nothing was changed").arg(result.toVersion) << Qt::endl;
    else
        io.out() << CliTr::tr("the team server's schema is now version %1 (was %2)").arg(result.toVersion).arg(result.fromVersion) << Qt::endl;
    return ExitCode::Ok;
}

int addMember(TeamConnection &c, const QString &role, bool coordinator, CliOutput &io)
{
    QString password;
    if (!TeamAdmin::addMember(c, role, coordinator ? TeamAdmin::Kind::Coordinator : TeamAdmin::Kind::Volunteer, &password))
        return failed(c, io);
    io.out() << (coordinator ? CliTr::tr("added coordinator %1; give them this password (it is not kept anywhere):")
                             : CliTr::tr("added volunteer %1; give them this password (it is not kept anywhere):")).arg(role)
             << Qt::endl << password << Qt::endl;
    return ExitCode::Ok;
}

void printCoverage(const TeamCoverage &coverage, bool json, CliOutput &io)
{
    if (json) {
        QJsonArray list;
        for (const QString &id : ForceIds::all()) {
            const ForceCoverage f = coverage.forForce(id);
            list.append(QJsonObject{{u"force_id"_s, id}, {u"volunteers"_s, f.volunteers}, {u"sent"_s, f.sent},
                                    {u"replied"_s, f.replied}, {u"commitments"_s, f.commitments},
                                    {u"median_days_to_reply"_s, f.medianDaysToReply ? QJsonValue(*f.medianDaysToReply) : QJsonValue()},
                                    {u"last_reply"_s, f.lastReply.isValid() ? QJsonValue(IsoDates::date(f.lastReply)) : QJsonValue()}});
        }
        io.out() << QString::fromUtf8(QJsonDocument(list).toJson());
        return;
    }
    io.out() << u"force_id\tvolunteers\tsent\treplied\tcommitments\tmedian_days_to_reply\tlast_reply"_s << Qt::endl;
    for (const QString &id : ForceIds::all()) {
        const ForceCoverage f = coverage.forForce(id);
        const QString median = f.medianDaysToReply ? QString::number(*f.medianDaysToReply) : QString();
        io.out() << u"%1\t%2\t%3\t%4\t%5\t"_s.arg(id).arg(f.volunteers).arg(f.sent).arg(f.replied).arg(f.commitments)
                 << median << u'\t' << (f.lastReply.isValid() ? IsoDates::date(f.lastReply) : QString()) << Qt::endl;
    }
}

int coverage(TeamConnection &c, bool json, CliOutput &io)
{
    TeamCoverage coverage;
    if (!TeamCoverage::fetch(c, &coverage))
        return failed(c, io);
    printCoverage(coverage, json, io);
    return ExitCode::Ok;
}

int rows(TeamConnection &c, const QString &role, CliOutput &io)
{
    QList<VolunteerForceRows> rows;
    if (!TeamCleanup::rowsByForce(c, role, &rows))
        return failed(c, io);
    io.out() << u"force_id\trows\tsent\treplied\tcommitments"_s << Qt::endl;
    for (const VolunteerForceRows &r : std::as_const(rows))
        io.out() << u"%1\t%2\t%3\t%4\t%5"_s.arg(r.forceId).arg(r.rows).arg(r.sent).arg(r.replied).arg(r.commitments) << Qt::endl;
    return ExitCode::Ok;
}

int removeRows(TeamConnection &c, const QString &role, const QString &forceId, CliOutput &io)
{
    if (!forceId.isEmpty() && !ForceIds::isForce(forceId))
        return io.fail(ExitCode::Usage, CliTr::tr("'%1' is not one of the 43 force ids (see 'forces').").arg(forceId));
    int removed = 0;
    if (!TeamCleanup::removeRows(c, role, forceId, &removed))
        return failed(c, io);
    io.out() << (forceId.isEmpty() ? CliTr::tr("removed %1 rows of %2; the campaign's counts follow").arg(removed).arg(role)
                                   : CliTr::tr("removed %1 rows of %2 for %3; the campaign's counts follow").arg(removed).arg(role, forceId))
             << Qt::endl;
    return ExitCode::Ok;
}

std::optional<int> numberOption(const QCommandLineParser &parser, const QString &name, bool *ok)
{
    if (!parser.isSet(name))
        return std::nullopt;
    bool valid = false;
    const int value = parser.value(name).toInt(&valid);
    if (!valid || value < 0)
        *ok = false;
    return value;
}

int limits(TeamConnection &c, const QCommandLineParser &parser, CliOutput &io)
{
    const QString role = parser.value(u"role"_s);
    bool ok = true;
    const std::optional<int> rowsPerDay = numberOption(parser, u"rows-per-day"_s, &ok);
    const std::optional<int> commitments = numberOption(parser, u"commitments-per-force"_s, &ok);
    if (!ok)
        return io.fail(ExitCode::Usage, CliTr::tr("A limit is a whole number, 0 or more."));
    if ((rowsPerDay || commitments) && !TeamLimits::set(c, role, rowsPerDay, commitments))
        return failed(c, io);
    TeamLimitValues values;
    if (!TeamLimits::fetch(c, role, &values))
        return failed(c, io);
    io.out() << u"rows_per_day\t%1\ncommitments_per_force\t%2"_s.arg(values.rowsPerDay).arg(values.commitmentsPerForce) << Qt::endl;
    return ExitCode::Ok;
}

int sync(const TeamServerAddress &address, const QString &profileName, CliOutput &io)
{
    const auto log = openContactLog(io);
    if (!log)
        return ExitCode::Failure;
    const auto removals = log->teamRemovals();
    if (!removals)
        return io.fail(ExitCode::Failure, log->lastError());
    // With every profile deleted, a sync still removes them from the server.
    const bool onlyRemovals = profileName.isEmpty() && !removals->isEmpty() && !log->currentProfile();
    const auto profile = onlyRemovals ? std::optional<Profile>(Profile{}) : resolveProfile(*log, profileName, io);
    if (!profile)
        return ExitCode::Failure;
    const auto records = onlyRemovals ? std::optional<QList<ContactRecord>>(QList<ContactRecord>{}) : log->contacts(profile->uuid);
    const auto shared = onlyRemovals ? std::optional<QList<Reply>>(QList<Reply>{}) : log->sharedReplies(profile->uuid);
    if (!records || !shared)
        return io.fail(ExitCode::Failure, log->lastError());

    const TeamSyncJob job{address, passwordFromEnvironment(), profile->uuid, *records, *removals, TeamCoverage::cacheFile(), *shared};
    const TeamSyncJob::Outcome outcome = job.run();
    if (outcome.removed && !removals->isEmpty()) {
        if (!log->forgetTeamRemovals(*removals))
            io.err() << u"pcc-campaigner: warning: "_s << log->lastError() << Qt::endl;
        io.out() << CliTr::tr("removed from the server what you deleted here: %n contact(s)", nullptr, outcome.rowsRemoved) << Qt::endl;
    }
    if (outcome.pushed && !onlyRemovals) {
        io.out() << CliTr::tr("%1: sent %2, already there %3, newer on the server %4")
                        .arg(profile->name).arg(outcome.result.pushed).arg(outcome.result.unchanged).arg(outcome.result.newerOnServer)
                 << Qt::endl;
        for (const QString &refused : outcome.result.refused)
            io.err() << u"pcc-campaigner: warning: "_s << refused << Qt::endl;
    }
    if (!outcome.ok)
        return io.fail(ExitCode::Failure, outcome.error);
    int sent = 0;
    for (const ForceCoverage &f : outcome.coverage.forces)
        sent += f.sent;
    io.out() << CliTr::tr("team coverage: %1 letters sent to %2 of %3 forces").arg(sent).arg(outcome.coverage.forces.size()).arg(ForceIds::all().size())
             << Qt::endl;
    return ExitCode::Ok;
}

} // namespace

int TeamCommand::run(const QStringList &args, CliOutput &io)
{
    CommandParser parser(CliTr::tr(
        "team init URL                      coordinator: create or upgrade the server's tables, roles and policies\n"
        "team add-volunteer ROLE URL        coordinator: a new login for a volunteer; prints its password last\n"
        "team sync URL [--profile NAME]     send this profile's contacts, fetch the team's coverage\n"
        "team coverage URL [--json]         per force: volunteers, letters sent, replies, commitments\n"
        "team rows ROLE URL                 coordinator: one volunteer's rows, force by force\n"
        "team remove-rows ROLE URL [--force ID]  coordinator: remove them (all, or one force's); the counts follow\n"
        "team limits URL [--role ROLE] [--rows-per-day N] [--commitments-per-force N]\n"
        "                                   coordinator: what a volunteer (or, without --role, everyone) may write\n\n"
        "URL is postgresql://ROLE@HOST:PORT/DATABASE. The password comes from PGPASSWORD (or ~/.pgpass).\n"
        "Any server not on this computer is reached over TLS."));
    parser.addProfileOption(CliTr::tr("The profile whose contacts to send (default: the current one)."));
    parser.addJsonOption(CliTr::tr("Coverage as JSON."));
    parser.addOption({u"coordinator"_s, CliTr::tr("add-volunteer: the new role reads everyone's contacts (a second coordinator).")});
    parser.addForceOption(CliTr::tr("remove-rows: only this force's rows."));
    parser.addOption({u"role"_s, CliTr::tr("limits: this volunteer's own limits."), u"ROLE"_s});
    parser.addOption({u"rows-per-day"_s, CliTr::tr("limits: contacts a volunteer may send in a day."), u"N"_s});
    parser.addOption({u"commitments-per-force"_s, CliTr::tr("limits: commitments one volunteer may record for one force."), u"N"_s});
    parser.addPositionalArgument(u"action"_s, u"init | add-volunteer | sync | coverage | rows | remove-rows | limits"_s);
    if (const auto stop = io.parse(parser, args))
        return *stop;
    const QStringList pos = parser.positionalArguments();
    const QString action = pos.value(0);
    const QStringList withRole = {u"add-volunteer"_s, u"rows"_s, u"remove-rows"_s};
    const int wanted = withRole.contains(action) ? 3 : 2;
    const QStringList actions = {u"init"_s, u"add-volunteer"_s, u"sync"_s, u"coverage"_s, u"rows"_s, u"remove-rows"_s, u"limits"_s};
    if (!actions.contains(action) || pos.size() != wanted)
        return io.fail(ExitCode::Usage, CliTr::tr("usage: pcc-campaigner team init URL | add-volunteer ROLE URL | sync URL | coverage URL "
                                               "| rows ROLE URL | remove-rows ROLE URL [--force ID] | limits URL (see --help)"));

    const TeamServerAddress address = TeamServerAddress::parse(pos.last());
    if (!address.isValid())
        return io.fail(ExitCode::Usage, address.error());
    // An option given empty (an unset shell variable) never widens what is done: refused.
    for (const QString &option : {u"force"_s, u"role"_s, u"profile"_s}) {
        if (parser.isSet(option) && parser.value(option).trimmed().isEmpty())
            return io.fail(ExitCode::Usage, CliTr::tr("--%1 was given without a value.").arg(option));
    }
    if (withRole.contains(action)) {
        if (const QString problem = TeamAdmin::roleNameProblem(pos.at(1)); !problem.isEmpty())
            return io.fail(ExitCode::Usage, problem);
    }
    if (action == u"sync"_s)
        return sync(address, parser.value(u"profile"_s), io);

    TeamConnection c(address);
    if (!c.open(passwordFromEnvironment()))
        return failed(c, io);
    if (action == u"init"_s)
        return init(c, io);
    if (action == u"add-volunteer"_s)
        return addMember(c, pos.at(1), parser.isSet(u"coordinator"_s), io);
    if (action == u"rows"_s)
        return rows(c, pos.at(1), io);
    if (action == u"remove-rows"_s)
        return removeRows(c, pos.at(1), parser.value(u"force"_s), io);
    if (action == u"limits"_s)
        return limits(c, parser, io);
    return coverage(c, parser.isSet(u"json"_s), io);
}

} // namespace pcc
