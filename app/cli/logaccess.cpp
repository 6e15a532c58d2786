#include "logaccess.h"

#include "apppaths.h"
#include "clioutput.h"
#include "contactlog.h"

#include <QCoreApplication>

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
        io.fail(ExitCode::Failure, QCoreApplication::translate("pcc", "no current profile: create one with `pcc-campaigner profile add NAME` or give --profile"));
    else
        io.fail(ExitCode::Failure, QCoreApplication::translate("pcc", "there is no profile called '%1'").arg(name));
    return std::nullopt;
}

} // namespace pcc
