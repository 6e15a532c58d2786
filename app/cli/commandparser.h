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

    // The options several commands take, spelled once so that each has the same name and
    // value name everywhere; what each means for a command is the command's description.
    void addProfileOption(const QString &description) { addOption({QStringLiteral("profile"), description, QStringLiteral("NAME")}); }
    void addForceOption(const QString &description) { addOption({QStringLiteral("force"), description, QStringLiteral("ID")}); }
    void addJsonOption(const QString &description) { addOption({QStringLiteral("json"), description}); }
};

} // namespace pcc
