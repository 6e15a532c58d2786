#pragma once

#include <QStringList>

class QCommandLineParser;

namespace pcc {

class CliOutput;

// The replies half of `log`: `log reply`, `log show`, `log attachment`,
// `log suggest-corrections`. LogCommand parses the
// options; these run them.
namespace LogReplyCommand {
void addOptions(QCommandLineParser &parser);
int reply(const QCommandLineParser &parser, const QStringList &positional, CliOutput &io);
int show(const QCommandLineParser &parser, const QStringList &positional, CliOutput &io);
int attachment(const QCommandLineParser &parser, const QStringList &positional, CliOutput &io);
int suggestCorrections(const QCommandLineParser &parser, CliOutput &io);
} // namespace LogReplyCommand

} // namespace pcc
