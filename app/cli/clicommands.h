#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

namespace pcc {
class CliOutput;

// One command of the command line: what is typed, what it does, how it runs.
struct CliCommand
{
    const char *name;
    const char *synopsis;   // the command's shape, as typed (not translated)
    const char *summary;    // one line for --help, translated in the "pcc" context
    bool laysOutPages;      // needs Qt Gui (fonts, pages, pictures), so a QGuiApplication
    int (*run)(const QStringList &args, CliOutput &io);
};

// Every command, in the order --help lists them. The list is the one place a command is
// named: --help, the dispatch and the test that keeps the manual page in step all read it.
class CliCommands
{
public:
    static const QList<CliCommand> &all();
    static const CliCommand *find(QByteArrayView name);
    // The "Commands" part of --help: synopsis and translated summary, one command a line
    // (no line break after the last).
    static QString helpList();
};

} // namespace pcc
