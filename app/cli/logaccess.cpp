#include "logaccess.h"

#include "clitr.h"
#include "apppaths.h"
#include "clioutput.h"
#include "contactlog.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace pcc {

std::unique_ptr<ContactLog> openContactLog(CliOutput &io, ContactLog::Check check)
{
    auto log = std::make_unique<ContactLog>();
    if (!log->open(AppPaths::databaseFile(), check)) {
        io.fail(ExitCode::Failure, log->lastError());
        return nullptr;
    }
    if (!log->notice().isEmpty())
        io.err() << u"pcc-campaigner: "_s << log->notice() << Qt::endl;
    for (const QString &warning : log->warnings())
        io.err() << u"pcc-campaigner: warning: "_s << warning << Qt::endl;
    return log;
}

std::optional<Profile> resolveProfile(ContactLog &log, const QString &name, CliOutput &io)
{
    const auto profile = name.isEmpty() ? log.currentProfile() : log.profileByName(name);
    if (profile)
        return profile;
    if (!log.lastError().isEmpty())
        io.fail(ExitCode::Failure, log.lastError());
    else if (name.isEmpty())
        io.fail(ExitCode::Failure, CliTr::tr("no current profile: create one with `pcc-campaigner profile add NAME` or give --profile"));
    else
        io.fail(ExitCode::Failure, CliTr::tr("there is no profile called '%1'").arg(name));
    return std::nullopt;
}

std::optional<LogForProfile> openContactLogFor(const QCommandLineParser &parser, CliOutput &io, ContactLog::Check check)
{
    LogForProfile opened{openContactLog(io, check), QString()};
    if (!opened.log)
        return std::nullopt;
    if (parser.isSet(u"profile"_s)) {
        const auto profile = resolveProfile(*opened.log, parser.value(u"profile"_s), io);
        if (!profile)
            return std::nullopt;
        opened.profileUuid = profile->uuid;
    }
    return opened;
}

std::optional<LogWithSender> openContactLogWithSender(const QCommandLineParser &parser, CliOutput &io)
{
    auto log = openContactLog(io);
    if (!log)
        return std::nullopt;
    auto sender = resolveProfile(*log, parser.value(u"profile"_s), io);
    if (!sender)
        return std::nullopt;
    return LogWithSender{std::move(log), std::move(*sender)};
}

} // namespace pcc
