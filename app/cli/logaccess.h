#pragma once

#include "contactlog.h"
#include "profile.h"

#include <QString>

class QCommandLineParser;

#include <memory>
#include <optional>

namespace pcc {
class CliOutput;

// Opens the contact log at AppPaths::databaseFile() for a subcommand; prints any notice
// (a damaged log kept aside) and warnings to stderr. Null, with the error printed (a file
// that is not a log, a log in use by another program), when it cannot. A command that only
// reads figures may skip SQLite's page-by-page check (Quick), which reads the whole file: a
// damaged page still fails the read that reaches it, with its message.
std::unique_ptr<ContactLog> openContactLog(CliOutput &io, ContactLog::Check check = ContactLog::Check::Full);

// The profile named on the command line, or the current one when `name` is empty; nullopt
// with the error printed.
std::optional<Profile> resolveProfile(ContactLog &log, const QString &name, CliOutput &io);

// The log, and whose contacts a command reads: the uuid of the profile named by --profile, or
// empty (everyone's) without it. Nullopt, with the error printed, when the log cannot be
// opened or there is no such profile.
struct LogForProfile
{
    std::unique_ptr<ContactLog> log;
    QString profileUuid;
};
std::optional<LogForProfile> openContactLogFor(const QCommandLineParser &parser, CliOutput &io,
                                               ContactLog::Check check = ContactLog::Check::Full);

// The log, and who a letter is from: the profile named by --profile, or the current one without
// it. Nullopt, with the error printed, when the log cannot be opened or there is no such profile.
struct LogWithSender
{
    std::unique_ptr<ContactLog> log;
    Profile sender;
};
std::optional<LogWithSender> openContactLogWithSender(const QCommandLineParser &parser, CliOutput &io);

} // namespace pcc
