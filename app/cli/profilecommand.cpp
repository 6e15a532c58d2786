#include "profilecommand.h"

#include "clitr.h"
#include "commandparser.h"
#include "clioutput.h"
#include "contactlog.h"
#include "logaccess.h"
#include "postcode.h"
#include "postcodedistricts.h"
#include "profileservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace pcc {

int ProfileCommand::run(const QStringList &args, CliOutput &io)
{
    CommandParser parser(CliTr::tr("profile add NAME [--postcode PC] [--email E] [--phone P] [--address LINE]...\n"
               "profile list [--json]\nprofile use NAME      (make NAME the current profile)\n"
               "profile delete NAME [--from-team]   (delete the profile and all its contacts; with --from-team,\n"
               "                      the next `team sync` removes them from the team server too)"));
    parser.addOption({u"postcode"_s, CliTr::tr("Home postcode."), u"PC"_s});
    parser.addOption({u"email"_s, CliTr::tr("Email address."), u"E"_s});
    parser.addOption({u"phone"_s, CliTr::tr("Phone number."), u"P"_s});
    parser.addOption({u"address"_s, CliTr::tr("An address line (repeat for each line)."), u"LINE"_s});
    parser.addJsonOption(CliTr::tr("List as JSON."));
    parser.addOption({u"from-team"_s, CliTr::tr("delete: remove its contacts from the team server at the next sync.")});
    parser.addPositionalArgument(u"action"_s, u"add | list | use | delete"_s);
    if (const auto stop = io.parse(parser, args))
        return *stop;
    const QStringList pos = parser.positionalArguments();
    const QString action = pos.value(0);
    if (action != u"add"_s && action != u"list"_s && action != u"use"_s && action != u"delete"_s)
        return io.fail(ExitCode::Usage, CliTr::tr("usage: pcc-campaigner profile add|list|use|delete (see --help)"));
    if (action != u"list"_s && pos.size() != 2)
        return io.fail(ExitCode::Usage, CliTr::tr("profile %1 needs exactly one NAME").arg(action));

    Profile p;
    if (action == u"add"_s) {
        p.name = pos.at(1).trimmed();
        if (p.name.isEmpty())
            return io.fail(ExitCode::Usage, CliTr::tr("the profile name must not be empty"));
        if (parser.isSet(u"postcode"_s)) {
            const Postcode pc = Postcode::parse(parser.value(u"postcode"_s));
            if (!pc.isFull())
                return io.fail(ExitCode::Usage, CliTr::tr("'%1' is not a full UK postcode").arg(parser.value(u"postcode"_s)));
            p.postcode = pc.toString();
        }
        p.email = parser.value(u"email"_s);
        p.phone = parser.value(u"phone"_s);
        p.address = parser.values(u"address"_s);
    }

    const auto log = openContactLog(io);
    if (!log)
        return ExitCode::Failure;

    PostcodeDistricts districts;
    ProfileService service(*log, [&districts]() -> const PostcodeDistricts & {
        if (districts.isEmpty())
            districts = PostcodeDistricts::loadDefault();
        return districts;
    });
    if (action == u"add"_s) {
        // The first profile becomes current (the log does that); `profile use` switches.
        if (!service.add(&p, ProfileService::Current::Keep))
            return io.fail(ExitCode::Failure, service.lastError());
        io.out() << p.name << Qt::endl;
        return ExitCode::Ok;
    }
    if (action == u"use"_s || action == u"delete"_s) {
        const auto profile = resolveProfile(*log, pos.at(1), io);
        if (!profile)
            return ExitCode::Failure;
        if (action == u"use"_s)
            return service.makeCurrent(profile->uuid) ? ExitCode::Ok : io.fail(ExitCode::Failure, service.lastError());
        ProfileService::Removal removal;
        const auto team = parser.isSet(u"from-team"_s) ? ContactLog::TeamCopy::Remove : ContactLog::TeamCopy::Keep;
        if (!service.remove(profile->uuid, &removal, team))
            return io.fail(ExitCode::Failure, service.lastError());
        io.out() << removal.summary << Qt::endl;
        return ExitCode::Ok;
    }
    const auto current = log->currentProfile();
    const auto profiles = log->profiles();
    if (!profiles)
        return io.fail(ExitCode::Failure, log->lastError());
    const QString currentUuid = current ? current->uuid : QString();
    if (parser.isSet(u"json"_s)) {
        QJsonArray arr;
        for (const Profile &pr : *profiles) {
            arr.append(QJsonObject{{u"uuid"_s, pr.uuid}, {u"name"_s, pr.name}, {u"current"_s, pr.uuid == currentUuid},
                                   {u"address"_s, QJsonArray::fromStringList(pr.address)},
                                   {u"postcode"_s, pr.postcode}, {u"email"_s, pr.email}, {u"phone"_s, pr.phone},
                                   {u"home_force"_s, pr.homeForce}});
        }
        io.out() << QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Indented));
        return ExitCode::Ok;
    }
    for (const Profile &pr : *profiles)
        io.out() << (pr.uuid == currentUuid ? u"* "_s : u"  "_s) << CliOutput::field(pr.name) << u'\t' << CliOutput::field(pr.postcode)
                 << u'\t' << CliOutput::field(pr.email) << u'\n';
    return ExitCode::Ok;
}

} // namespace pcc
