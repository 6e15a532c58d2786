#include "logcommand.h"

#include "clitr.h"
#include "commandparser.h"
#include "clidirectory.h"
#include "clioutput.h"
#include "contactlog.h"
#include "forceids.h"
#include "isodates.h"
#include "logaccess.h"
#include "logexchange.h"
#include "logreplycommand.h"
#include "logtransfer.h"
#include "wholefile.h"
#include "contactrecorder.h"
#include "followupcalendar.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <optional>

using namespace Qt::StringLiterals;

namespace pcc {

namespace {

int add(const QCommandLineParser &parser, CliOutput &io)
{
    for (const QString &required : {u"profile"_s, u"force"_s, u"channel"_s}) {
        if (!parser.isSet(required))
            return io.fail(ExitCode::Usage, CliTr::tr("log add needs --%1").arg(required));
    }
    ContactRecord r;
    r.forceId = parser.value(u"force"_s);
    if (!ForceIds::isForce(r.forceId))
        return io.fail(ExitCode::Usage, CliTr::tr("'%1' is not one of the 43 force ids (see pcc-campaigner forces)").arg(r.forceId));
    if (!channelFromKey(parser.value(u"channel"_s), &r.channel))
        return io.fail(ExitCode::Usage, CliTr::tr("--channel must be post, email, both, phone or meeting"));
    if (parser.isSet(u"date"_s)) {
        r.date = IsoDates::parseDate(parser.value(u"date"_s));
        if (!r.date.isValid())
            return io.fail(ExitCode::Usage, CliTr::tr("--date '%1' is not a YYYY-MM-DD date").arg(parser.value(u"date"_s)));
    }
    if (parser.isSet(u"status"_s) && !statusFromKey(parser.value(u"status"_s), &r.status))
        return io.fail(ExitCode::Usage, CliTr::tr("--status must be drafted, sent, acknowledged or replied"));
    r.notes = parser.value(u"notes"_s);

    const auto opened = openContactLogWithSender(parser, io);
    if (!opened)
        return ExitCode::Failure;
    r.setSender(opened->sender);
    const auto directory = loadDirectory(io);
    if (!directory)
        return ExitCode::Failure;
    const Directory &dir = *directory;
    if (const ForceRecord *f = dir.force(r.forceId))
        r.setRecipient(*f);
    ContactRecorder recorder(*opened->log);
    if (!recorder.record(&r))
        return io.fail(ExitCode::Failure, recorder.lastError());
    io.out() << r.uuid << Qt::endl;
    return ExitCode::Ok;
}

// The contacts --profile NAME narrows to one volunteer's; without it, everyone's. Nullopt, with
// the error printed, when they cannot be read.
std::optional<QList<ContactRecord>> contactsFor(const QCommandLineParser &parser, CliOutput &io)
{
    const auto opened = openContactLogFor(parser, io);
    if (!opened)
        return std::nullopt;
    auto records = opened->log->contacts(opened->profileUuid);
    if (!records)
        io.fail(ExitCode::Failure, opened->log->lastError());
    return records;
}

int list(const QCommandLineParser &parser, CliOutput &io)
{
    const auto records = contactsFor(parser, io);
    if (!records)
        return ExitCode::Failure;
    if (parser.isSet(u"json"_s)) {
        io.out() << QString::fromUtf8(LogExchange::write(*records, LogExchange::Format::Json, LogExchange::Privacy::Full));
        return ExitCode::Ok;
    }
    for (const ContactRecord &r : *records) {
        io.out() << r.uuid << u'\t' << CliOutput::field(r.profileName) << u'\t' << r.forceId << u'\t' << channelKey(r.channel) << u'\t'
                 << r.date.toString(Qt::ISODate) << u'\t' << statusKey(r.status) << u'\n';
    }
    return ExitCode::Ok;
}

int exportLog(const QCommandLineParser &parser, CliOutput &io)
{
    const bool csv = parser.isSet(u"csv"_s);
    if (csv == parser.isSet(u"json"_s))
        return io.fail(ExitCode::Usage, CliTr::tr("log export needs exactly one of --csv FILE or --json FILE"));
    const QString file = parser.value(csv ? u"csv"_s : u"json"_s);
    // --profile NAME narrows to one volunteer; without it, everyone's contacts.
    const auto opened = openContactLogFor(parser, io);
    if (!opened)
        return ExitCode::Failure;
    ContactLog *log = opened->log.get();
    const QString &profileUuid = opened->profileUuid;
    const auto privacy = parser.isSet(u"anonymous"_s) ? LogExchange::Privacy::Anonymous : LogExchange::Privacy::Full;
    const LogTransfer::Export result = LogTransfer::exportTo(*log, file, csv ? LogExchange::Format::Csv : LogExchange::Format::Json,
                                                             privacy, profileUuid);
    if (!result.error.isEmpty())
        return io.fail(ExitCode::Failure, result.error);
    if (!result.warning.isEmpty())
        io.err() << u"pcc-campaigner: warning: "_s << result.warning << Qt::endl;
    io.out() << CliTr::tr("%n contact(s) exported to %1", nullptr, int(result.count)).arg(file) << Qt::endl;
    if (result.replies > 0)
        io.out() << CliTr::tr("%n reply(ies) exported with them", nullptr, result.replies) << Qt::endl;
    if (result.documentsLeftOut > 0)
        io.err() << u"pcc-campaigner: note: "_s
                 << CliTr::tr("the %n document(s) that came with the replies are not in the file; they stay with the log",
                              nullptr, result.documentsLeftOut)
                 << Qt::endl;
    if (result.repliesLeftOut > 0)
        io.err() << u"pcc-campaigner: note: "_s
                 << CliTr::tr("%n reply(ies) in the log are not in this file: only a full JSON export (--json, without "
                              "--anonymous) carries replies", nullptr, result.repliesLeftOut)
                 << Qt::endl;
    return ExitCode::Ok;
}

int importLog(const QString &file, const QCommandLineParser &parser, CliOutput &io)
{
    const LogTransfer::Parsed parsed = LogTransfer::read(file);
    if (!parsed.error.isEmpty())
        return io.fail(ExitCode::Failure, parsed.error);
    if (!parsed.notice.isEmpty())
        io.err() << u"pcc-campaigner: "_s << parsed.notice << Qt::endl;
    const DataIssues &issues = parsed.issues;
    const QList<ContactRecord> &records = parsed.records;
    for (const DataIssue &issue : issues)
        io.err() << file << u": "_s << issue.toString() << u'\n';
    if (!issues.isEmpty() && !parser.isSet(u"skip-bad"_s))
        return io.fail(ExitCode::Failure, CliTr::tr("nothing was imported: %1 problems found (fix the file, or use --skip-bad "
                                            "to import only the good rows)").arg(issues.size()));
    const auto log = openContactLog(io);
    if (!log)
        return ExitCode::Failure;
    ContactLog::ImportReport report;
    if (!log->merge(records, parsed.replies, &report))
        return io.fail(ExitCode::Failure, log->lastError());
    io.out() << u"added %1\nupdated %2\nskipped %3\n"_s.arg(report.added).arg(report.updated).arg(report.skipped);
    for (const auto &refused : std::as_const(report.refusedReplies))
        io.err() << u"pcc-campaigner: "_s << CliTr::tr("reply %1 to %2 was not imported: %3").arg(refused.uuid, refused.contactUuid, refused.problem)
                 << u'\n';
    if (!parsed.replies.isEmpty())
        io.out() << u"replies added %1\nreplies skipped %2\n"_s.arg(report.repliesAdded).arg(report.repliesSkipped);
    if (!report.refusedReplies.isEmpty())
        io.out() << u"replies refused %1\n"_s.arg(report.refusedReplies.size());
    if (!issues.isEmpty())
        io.out() << u"rejected %1\n"_s.arg(issues.size());
    return ExitCode::Ok;
}

int calendar(const QCommandLineParser &parser, CliOutput &io)
{
    if (!parser.isSet(u"ics"_s))
        return io.fail(ExitCode::Usage, CliTr::tr("usage: pcc-campaigner log calendar --ics FILE [--profile NAME]"));
    const auto opened = openContactLogFor(parser, io);
    if (!opened)
        return ExitCode::Failure;
    const auto records = opened->log->contacts(opened->profileUuid);
    if (!records)
        return io.fail(ExitCode::Failure, opened->log->lastError());
    QString error; // the letters' dates and offices: private, like every file made from the log
    if (!WholeFile::writePrivate(parser.value(u"ics"_s), FollowUpCalendar::ics(*records), &error))
        return io.fail(ExitCode::Failure, error);
    int due = 0;
    for (const ContactRecord &r : *records)
        due += FollowUpCalendar::isDue(r) ? 1 : 0;
    io.out() << CliTr::tr("%n follow-up date(s) written to %1", nullptr, due).arg(parser.value(u"ics"_s)) << Qt::endl;
    return ExitCode::Ok;
}

} // namespace

int LogCommand::run(const QStringList &args, CliOutput &io)
{
    CommandParser parser(CliTr::tr(
        "log add --profile NAME --force ID --channel post|email|both|phone|meeting [--date YYYY-MM-DD]\n"
        "        [--status drafted|sent|acknowledged|replied]      prints the new record's UUID\n"
        "log list [--profile NAME] [--json]\n"
        "log export (--csv FILE | --json FILE) [--anonymous] [--profile NAME]\n"
        "log import FILE [--skip-bad]      CSV or JSON, merged by UUID\n"
        "log calendar --ics FILE [--profile NAME]   follow-up dates of letters awaiting a reply, for your calendar\n"
        "log reply UUID --date YYYY-MM-DD --outcome acknowledgement|substantive|commitment|declined\n"
        "        [--summary TEXT] [--share-summary] [--attach FILE]... [--what TEXT --amount TEXT --from D --until D --quote TEXT]\n"
        "log show UUID [--json]            the contact, its replies and their documents\n"
        "log attachment UUID NAME --out FILE   a copy of one document, byte for byte\n"
        "log suggest-corrections --out FILE [--profile NAME]   commitments as corrections for the coordinator"));
    parser.addProfileOption(CliTr::tr("The volunteer profile."));
    parser.addForceOption(CliTr::tr("The force id."));
    parser.addOption({u"channel"_s, CliTr::tr("How: post, email, both, phone or meeting."), u"CHANNEL"_s});
    parser.addOption({u"date"_s, CliTr::tr("When (default today)."), u"YYYY-MM-DD"_s});
    parser.addOption({u"status"_s, CliTr::tr("drafted, sent (default), acknowledged or replied."), u"STATUS"_s});
    parser.addOption({u"notes"_s, CliTr::tr("Free-text notes."), u"TEXT"_s});
    parser.addOption({u"json"_s, CliTr::tr("list: print JSON. export: write JSON to FILE."), u"FILE"_s});
    parser.addOption({u"csv"_s, CliTr::tr("export: write CSV to FILE."), u"FILE"_s});
    parser.addOption({u"anonymous"_s, CliTr::tr("export: only uuid, force, date, channel and status.")});
    parser.addOption({u"ics"_s, CliTr::tr("calendar: write the iCalendar file FILE."), u"FILE"_s});
    parser.addOption({u"skip-bad"_s, CliTr::tr("import: import the good rows even when some rows are bad.")});
    LogReplyCommand::addOptions(parser);
    parser.addPositionalArgument(u"action"_s, u"add | list | export | import | calendar | reply | show | attachment | suggest-corrections"_s);

    // `log list --json` takes no value while `log export --json FILE` does.
    QStringList effective = args;
    if (args.value(1) == u"list"_s || args.value(1) == u"show"_s) {
        const qsizetype i = effective.indexOf(u"--json"_s);
        if (i >= 0)
            effective.replace(i, u"--json=-"_s);
    }
    if (const auto stop = io.parse(parser, effective))
        return *stop;
    const QStringList pos = parser.positionalArguments();
    const QString action = pos.value(0);
    if (action == u"add"_s)
        return add(parser, io);
    if (action == u"list"_s)
        return list(parser, io);
    if (action == u"export"_s)
        return exportLog(parser, io);
    if (action == u"calendar"_s)
        return calendar(parser, io);
    if (action == u"reply"_s)
        return LogReplyCommand::reply(parser, pos, io);
    if (action == u"show"_s)
        return LogReplyCommand::show(parser, pos, io);
    if (action == u"attachment"_s)
        return LogReplyCommand::attachment(parser, pos, io);
    if (action == u"suggest-corrections"_s)
        return LogReplyCommand::suggestCorrections(parser, io);
    if (action == u"import"_s) {
        if (pos.size() != 2)
            return io.fail(ExitCode::Usage, CliTr::tr("usage: pcc-campaigner log import FILE"));
        return importLog(pos.at(1), parser, io);
    }
    return io.fail(ExitCode::Usage, CliTr::tr("usage: pcc-campaigner log add|list|export|import|calendar|reply|show|attachment|suggest-corrections (see --help)"));
}

} // namespace pcc
