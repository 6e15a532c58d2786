#pragma once

#include <QCommandLineParser>

namespace pcc {

// A subcommand's parser: its description (the usage lines --help prints) and --help itself,
// which every subcommand has.
class CommandParser : public QCommandLineParser
{
public:
    explicit CommandParser(const QString &description)
    {
        setApplicationDescription(description);
        addHelpOption();
    }
};

} // namespace pcc
