#include "clicommands.h"

#include "clitr.h"
#include "datacommand.h"
#include "envelopecommand.h"
#include "evidencecommand.h"
#include "forcescommand.h"
#include "labelscommand.h"
#include "lettercommand.h"
#include "logcommand.h"
#include "lookupcommand.h"
#include "mapcommand.h"
#include "printerscommand.h"
#include "profilecommand.h"
#include "reportcommand.h"
#include "responsivenesscommand.h"
#include "teamcommand.h"
#include "templatescommand.h"

using namespace Qt::StringLiterals;

namespace pcc {

const QList<CliCommand> &CliCommands::all()
{
    static const QList<CliCommand> commands{
        {"lookup", "lookup POSTCODE [--online]", QT_TRANSLATE_NOOP("pcc", "which force and commissioner covers a postcode"),
         false, LookupCommand::run},
        {"forces", "forces [--json]", QT_TRANSLATE_NOOP("pcc", "every force with its policing body and contacts"), false,
         ForcesCommand::run},
        {"letter", "letter ...", QT_TRANSLATE_NOOP("pcc", "write letters as PDF, .eml or text, or print them"), true,
         LetterCommand::run},
        {"envelope", "envelope ...", QT_TRANSLATE_NOOP("pcc", "addressed envelopes (DL or C5), as PDF or printed"), true,
         EnvelopeCommand::run},
        {"labels", "labels ...", QT_TRANSLATE_NOOP("pcc", "the offices' addresses on label sheets (L7163), as PDF or printed"),
         true, LabelsCommand::run},
        {"printers", "printers", QT_TRANSLATE_NOOP("pcc", "the printers this computer knows"), true, PrintersCommand::run},
        {"templates", "templates", QT_TRANSLATE_NOOP("pcc", "the letter templates, by id (for letter --template)"), false,
         TemplatesCommand::run},
        {"evidence", "evidence [--json]",
         QT_TRANSLATE_NOOP("pcc", "what each office funds for stalking victims (research)"), false, EvidenceCommand::run},
        {"map", "map --png|--svg|--pdf FILE", QT_TRANSLATE_NOOP("pcc", "the map as a picture (--colour status|evidence|replies)"),
         true, MapCommand::run},
        {"report", "report --pdf FILE", QT_TRANSLATE_NOOP("pcc", "the campaign's progress on one or two A4 pages"), true,
         ReportCommand::run},
        {"profile", "profile add|list|use|delete", QT_TRANSLATE_NOOP("pcc", "volunteer profiles (the letter's sender)"), false,
         ProfileCommand::run},
        {"log", "log add|list|reply|show|export|import|calendar ...",
         QT_TRANSLATE_NOOP("pcc", "the contact log: letters sent, replies and their documents"), false, LogCommand::run},
        {"responsiveness", "responsiveness [--json]",
         QT_TRANSLATE_NOOP("pcc", "per office: letters sent, replies, reply rate, days to reply"), false,
         ResponsivenessCommand::run},
        {"data", "data check|install|fetch|revert|merge|keygen|sign|trust",
         QT_TRANSLATE_NOOP("pcc", "the directory: checks, signed updates, corrections"), true, DataCommand::run},
        {"team", "team init|add-volunteer|sync|coverage|rows|remove-rows|limits URL",
         QT_TRANSLATE_NOOP("pcc", "the campaign's shared log on a PostgreSQL server"), false, TeamCommand::run},
    };
    return commands;
}

const CliCommand *CliCommands::find(QByteArrayView name)
{
    for (const CliCommand &command : all()) {
        if (name == QByteArrayView(command.name))
            return &command;
    }
    return nullptr;
}

QString CliCommands::helpList()
{
    QStringList lines;
    for (const CliCommand &command : all()) {
        const QString synopsis = QString::fromLatin1(command.synopsis);
        // A long synopsis takes its own line, with the summary below it, indented.
        const QString gap = synopsis.size() < 29 ? QString(29 - synopsis.size(), u' ') : u"\n"_s + QString(31, u' ');
        lines << u"  "_s + synopsis + gap + CliTr::tr(command.summary);
    }
    return lines.join(u'\n');
}

} // namespace pcc
