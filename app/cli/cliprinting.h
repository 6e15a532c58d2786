#pragma once

#include "directory.h"
#include "mailingaddress.h"
#include "printqueue.h"

#include <QList>
#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace pcc {

class CliOutput;
class CommandParser;

// What the print commands share: --print and --printer, the offices chosen by --force or --all,
// and the "check before posting" lines printed before anything goes out.
namespace CliPrinting {

void addPrintOptions(CommandParser *parser);
// For the commands that print offices' addresses: --force ID (repeatable), --all, --pdf OUT
// and the print options.
void addAddressOptions(CommandParser *parser);
// --printer without --print, or not exactly one of --pdf OUT and --print: the exit code (2),
// with the message printed; nullopt when the output asked for is clear.
std::optional<int> checkPdfOrPrint(const QCommandLineParser &parser, CliOutput &io);
// --printer and --copies without --print: a usage error (exit 2), never silently ignored.
std::optional<int> onlyWithPrint(const QCommandLineParser &parser, CliOutput &io);
// The offices named by --force (one or more) or all 43 with --all; nullopt, with the message printed.
std::optional<QList<const ForceRecord *>> chosenForces(const Directory &directory, const QCommandLineParser &parser,
                                                       CliOutput &io);
// The addresses of the offices chosen by --force or --all, from the directory in use; nullopt
// with *exitCode set (2 for a wrong --force, 1 for no usable data or an office without a
// postal address) and the messages printed.
std::optional<QList<MailingAddress>> chosenAddresses(const QCommandLineParser &parser, CliOutput &io, int *exitCode);
// The offices' addresses; nullopt when one has no postal address (each named on stderr).
std::optional<QList<MailingAddress>> addressesOf(const QList<const ForceRecord *> &forces, CliOutput &io);
// Sends the job to --printer (or the default); the exit code, with the reason on failure.
int print(const QCommandLineParser &parser, PrintQueue::Job job, const PrintQueue::Paint &paint, CliOutput &io);

} // namespace CliPrinting
} // namespace pcc
