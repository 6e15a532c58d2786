#pragma once

#include <QTextStream>

#include <optional>

class QCommandLineParser;

namespace pcc {

// stdout and stderr for subcommands. Errors go to stderr; results to stdout.
class CliOutput
{
public:
    CliOutput();
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    int fail(int exitCode, const QString &message); // prints "pcc-campaigner: message" to stderr
    // Parses a subcommand's arguments. Returns the exit code when the command should stop
    // here (a usage error, or --help was printed), or nothing to carry on.
    std::optional<int> parse(QCommandLineParser &parser, const QStringList &args);
    // One cell of tab-separated output: "-" when empty, and no tab or line break inside.
    static QString field(const QString &value);

private:
    QTextStream m_out;
    QTextStream m_err;
};

// Exit codes shared by all subcommands.
namespace ExitCode {
constexpr int Ok = 0;
constexpr int Failure = 1;      // an operation failed, or a data file has errors
constexpr int Usage = 2;        // bad arguments, invalid postcode
constexpr int OutsideArea = 3;  // a valid postcode outside England and Wales
} // namespace ExitCode

} // namespace pcc
