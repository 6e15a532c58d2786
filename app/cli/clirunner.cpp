#include "clirunner.h"

#include "clitr.h"
#include "appinfo.h"
#include "platformquirks.h"
#include "clioutput.h"
#include "datacommand.h"
#include "evidencecommand.h"
#include "forcescommand.h"
#include "lettercommand.h"
#include "logcommand.h"
#include "lookupcommand.h"
#include "mapcommand.h"
#include "profilecommand.h"
#include "reportcommand.h"
#include "responsivenesscommand.h"
#include "printerscommand.h"
#include "envelopecommand.h"
#include "labelscommand.h"
#include "teamcommand.h"
#include "templatescommand.h"

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
    if (rawCommand == "letter" || rawCommand == "map" || rawCommand == "report" || rawCommand == "data" || rawCommand == "printers"
        || rawCommand == "envelope" || rawCommand == "labels") {
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
    parser.setApplicationDescription(CliTr::tr("PCC Campaigner: write to your Police and Crime Commissioner asking them to fund specialist\n"
        "support services for stalking victims. With no command, opens the app.\n\n"
        "Commands (each has --help):\n"
        "  lookup POSTCODE [--online]   which force and commissioner covers a postcode\n"
        "  forces [--json]              every force with its policing body and contacts\n"
        "  letter ...                   write letters as PDF, .eml or text, or print them\n"
        "  envelope ...                 addressed envelopes (DL or C5), as PDF or printed\n"
        "  labels ...                   the offices' addresses on label sheets (L7163), as PDF or printed\n"
        "  printers                     the printers this computer knows\n"
        "  templates                    the letter templates, by id (for letter --template)\n"
        "  evidence [--json]            what each office funds for stalking victims (research)\n"
        "  map --png|--svg|--pdf FILE   the map as a picture (--colour status|evidence)\n"
        "  report --pdf FILE            the campaign's progress on one or two A4 pages\n"
        "  profile add|list             volunteer profiles (the letter's sender)\n"
        "  log add|list|export|import   the contact log\n"
        "  responsiveness [--json]      per office: letters sent, replies, reply rate, days to reply\n"
        "  data check|install|fetch|revert|merge|keygen|sign|trust   the directory: checks, signed updates, corrections\n"
        "  team init|add-volunteer|sync|coverage|rows|remove-rows|limits URL   the campaign's shared log on a PostgreSQL server"));
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

    if (command == u"forces"_s)
        return ForcesCommand::run(commandArgs, io);
    if (command == u"data"_s)
        return DataCommand::run(commandArgs, io);
    if (command == u"profile"_s)
        return ProfileCommand::run(commandArgs, io);
    if (command == u"log"_s)
        return LogCommand::run(commandArgs, io);
    if (command == u"letter"_s)
        return LetterCommand::run(commandArgs, io);
    if (command == u"lookup"_s)
        return LookupCommand::run(commandArgs, io);
    if (command == u"evidence"_s)
        return EvidenceCommand::run(commandArgs, io);
    if (command == u"map"_s)
        return MapCommand::run(commandArgs, io);
    if (command == u"report"_s)
        return ReportCommand::run(commandArgs, io);
    if (command == u"templates"_s)
        return TemplatesCommand::run(commandArgs, io);
    if (command == u"team"_s)
        return TeamCommand::run(commandArgs, io);
    if (command == u"responsiveness"_s)
        return ResponsivenessCommand::run(commandArgs, io);
    if (command == u"printers"_s)
        return PrintersCommand::run(commandArgs, io);
    if (command == u"envelope"_s)
        return EnvelopeCommand::run(commandArgs, io);
    if (command == u"labels"_s)
        return LabelsCommand::run(commandArgs, io);
    return io.fail(ExitCode::Usage, CliTr::tr("unknown command '%1' (try --help)").arg(command));
}

} // namespace pcc
