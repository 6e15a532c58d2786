#include "clirunner.h"

#include "clitr.h"
#include "appinfo.h"
#include "apppaths.h"
#include "platformquirks.h"
#include "protectedlogfiles.h"
#include "clicommands.h"
#include "clioutput.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

using namespace Qt::StringLiterals;

namespace pcc {

namespace {

// Index of the first argument that is not a global option or its value; the size if none.
qsizetype commandIndex(const QStringList &args)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == u"--db"_s || arg == u"--data"_s || arg == u"-platform"_s || arg == u"-style"_s) {
            ++i;
            continue;
        }
        if (!arg.startsWith(u'-'))
            return i;
    }
    return args.size();
}

// The same on the raw bytes, before Qt is up (only to choose the application type).
int firstPositional(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--db" || arg == "--data" || arg == "-platform" || arg == "-style") {
            ++i;
            continue;
        }
        if (!arg.startsWith('-'))
            return i;
    }
    return argc;
}

} // namespace

bool CliRunner::wantsCli(int argc, char **argv)
{
    const int pos = firstPositional(argc, argv);
    if (pos < argc)
        return true;
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--help" || a == "-h" || a == "--version" || a == "-v" || a == "--help-all")
            return true;
    }
    return false;
}

int CliRunner::run(int argc, char **argv)
{
    // The command's name is plain ASCII, so the raw bytes can choose the application type;
    // every argument is then read from Qt, which decodes them right on every system (on
    // Windows from the wide command line, so a path or a Welsh name with ŵ or ŷ survives).
    const int pos = firstPositional(argc, argv);
    const QByteArray rawCommand = pos < argc ? QByteArray(argv[pos]) : QByteArray();

    // Letters, maps, reports and the address check are laid out with Qt Gui, which needs a
    // QGuiApplication.
    std::unique_ptr<QCoreApplication> app;
    const CliCommand *known = CliCommands::find(rawCommand);
    if (known && known->laysOutPages) {
        Platform::useOffscreenWithoutDisplay();
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    AppInfo::initialise();

    // Qt removes the options it handles itself (-platform, -style) from arguments().
    const QStringList all = QCoreApplication::arguments();
    const int commandAt = commandIndex(all);
    const QString command = commandAt < all.size() ? all.at(commandAt) : QString();
    const QStringList globalArgs = all.mid(0, commandAt);
    const QStringList commandArgs = all.mid(commandAt);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliTr::tr("PCC Campaigner: write to your Police and Crime Commissioner asking them to fund specialist\n"
                  "support services for stalking victims. With no command, opens the app.")
        + u"\n\n"_s + CliTr::tr("Commands (each has --help):") + u'\n' + CliCommands::helpList());
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    GlobalOptions::addTo(&parser);
    parser.addPositionalArgument(u"command"_s, CliTr::tr("The command to run."), u"[command]"_s);

    CliOutput io;
    if (!parser.parse(globalArgs))
        return io.fail(ExitCode::Usage, parser.errorText());
    if (parser.isSet(versionOption)) {
        io.out() << QCoreApplication::applicationName() << u' ' << AppInfo::version() << Qt::endl;
        return ExitCode::Ok;
    }
    if (parser.isSet(helpOption) || command.isEmpty()) {
        io.out() << parser.helpText();
        io.out().flush();
        return ExitCode::Ok;
    }
    GlobalOptions::from(parser).apply();
    // No file a command writes may replace the log it was pointed at, opened or not.
    const ProtectedLogFiles keptLog(AppPaths::databaseFile());

    if (const CliCommand *chosen = CliCommands::find(command.toLatin1()))
        return chosen->run(commandArgs, io);
    return io.fail(ExitCode::Usage, CliTr::tr("unknown command '%1' (try --help)").arg(command));
}

} // namespace pcc
