#pragma once

#include <memory>

namespace pcc {
class CliOutput;
class ContactLog;

// Opens the contact log at AppPaths::databaseFile() for a subcommand; prints any notice
// (a damaged log moved aside) to stderr. Null, with the error printed, when it cannot.
std::unique_ptr<ContactLog> openContactLog(CliOutput &io);

} // namespace pcc
