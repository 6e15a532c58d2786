#include "logreplycommand.h"

#include "clitr.h"
#include "clioutput.h"
#include "commitmentcorrections.h"
#include "contactlog.h"
#include "isodates.h"
#include "logaccess.h"
#include "replyrecorder.h"
#include "wholefile.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace pcc {

namespace {

QJsonValue dateOrNull(const QDate &d)
{
    return d.isValid() ? QJsonValue(IsoDates::date(d)) : QJsonValue(QJsonValue::Null);
}

bool parseDateOption(const QCommandLineParser &parser, const QString &name, QDate *date, CliOutput &io)
{
    if (!parser.isSet(name))
        return true;
    *date = IsoDates::parseDate(parser.value(name));
    if (date->isValid())
        return true;
    io.fail(ExitCode::Usage, CliTr::tr("--%1 takes a date, YYYY-MM-DD").arg(name));
    return false;
}

QJsonObject replyJson(const Reply &r)
{
    QJsonArray attachments;
    for (const ReplyAttachment &a : r.attachments)
        attachments.append(QJsonObject{{u"name"_s, a.name}, {u"type"_s, a.type}, {u"size"_s, a.size}, {u"sha256"_s, a.sha256}});
    QJsonObject o{{u"uuid"_s, r.uuid}, {u"date"_s, dateOrNull(r.date)}, {u"outcome"_s, replyOutcomeKey(r.outcome)},
                  {u"summary"_s, r.summary}, {u"share_summary"_s, r.shareSummary}, {u"attachments"_s, attachments}};
    if (!r.commitment.isEmpty())
        o.insert(u"commitment"_s, QJsonObject{{u"what"_s, r.commitment.what}, {u"amount"_s, r.commitment.amount},
                                             {u"from"_s, dateOrNull(r.commitment.from)}, {u"until"_s, dateOrNull(r.commitment.until)},
                                             {u"quotation"_s, r.commitment.quotation}});
    return o;
}

} // namespace

void LogReplyCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({u"outcome"_s, CliTr::tr("reply: acknowledgement, substantive, commitment or declined."), u"OUTCOME"_s});
    parser.addOption({u"summary"_s, CliTr::tr("reply: the reply in your own words."), u"TEXT"_s});
    parser.addOption({u"share-summary"_s, CliTr::tr("reply: share the summary with the team's coordinator.")});
    parser.addOption({u"attach"_s, CliTr::tr("reply: a document that came (PDF, PNG, JPEG, .eml or text; repeat for more)."), u"FILE"_s});
    parser.addOption({u"what"_s, CliTr::tr("reply: what the office will fund."), u"TEXT"_s});
    parser.addOption({u"amount"_s, CliTr::tr("reply: the amount, as the reply states it."), u"TEXT"_s});
    parser.addOption({u"from"_s, CliTr::tr("reply: when the funding starts."), u"YYYY-MM-DD"_s});
    parser.addOption({u"until"_s, CliTr::tr("reply: when the funding ends."), u"YYYY-MM-DD"_s});
    parser.addOption({u"quote"_s, CliTr::tr("reply: the reply's own words about the commitment."), u"TEXT"_s});
    parser.addOption({u"out"_s, CliTr::tr("attachment, suggest-corrections: the file to write."), u"FILE"_s});
}

int LogReplyCommand::reply(const QCommandLineParser &parser, const QStringList &pos, CliOutput &io)
{
    if (pos.size() != 2 || !parser.isSet(u"date"_s) || !parser.isSet(u"outcome"_s))
        return io.fail(ExitCode::Usage, CliTr::tr("usage: pcc-campaigner log reply UUID --date YYYY-MM-DD --outcome "
                                          "acknowledgement|substantive|commitment|declined [--summary TEXT] [--attach FILE]..."));
    Reply r;
    r.contactUuid = pos.at(1);
    if (!replyOutcomeFromKey(parser.value(u"outcome"_s), &r.outcome) || r.outcome == ReplyOutcome::None
        || r.outcome == ReplyOutcome::NoReply)
        return io.fail(ExitCode::Usage, CliTr::tr("--outcome is acknowledgement, substantive, commitment or declined"));
    if (!parseDateOption(parser, u"date"_s, &r.date, io) || !parseDateOption(parser, u"from"_s, &r.commitment.from, io)
        || !parseDateOption(parser, u"until"_s, &r.commitment.until, io))
        return ExitCode::Usage;
    r.summary = parser.value(u"summary"_s);
    r.shareSummary = parser.isSet(u"share-summary"_s);
    r.commitment.what = parser.value(u"what"_s);
    r.commitment.amount = parser.value(u"amount"_s);
    r.commitment.quotation = parser.value(u"quote"_s);
    if (!r.commitment.isEmpty() && r.outcome != ReplyOutcome::Commitment)
        return io.fail(ExitCode::Usage, CliTr::tr("--what, --amount, --from, --until and --quote describe a commitment: use --outcome commitment"));

    const auto log = openContactLog(io);
    if (!log)
        return ExitCode::Failure;
    ReplyRecorder recorder(*log);
    if (!recorder.record(&r, parser.values(u"attach"_s)))
        return io.fail(ExitCode::Failure, recorder.lastError());
    io.out() << r.uuid << Qt::endl;
    return ExitCode::Ok;
}

int LogReplyCommand::show(const QCommandLineParser &parser, const QStringList &pos, CliOutput &io)
{
    if (pos.size() != 2)
        return io.fail(ExitCode::Usage, CliTr::tr("usage: pcc-campaigner log show UUID [--json]"));
    const auto log = openContactLog(io);
    if (!log)
        return ExitCode::Failure;
    const auto contact = log->contact(pos.at(1));
    if (!contact)
        return io.fail(ExitCode::Failure, log->lastError().isEmpty() ? CliTr::tr("there is no contact %1 in the log").arg(pos.at(1))
                                                                     : log->lastError());
    const auto replies = log->replies(contact->uuid);
    if (!replies)
        return io.fail(ExitCode::Failure, log->lastError());
    if (parser.isSet(u"json"_s)) {
        QJsonArray list;
        for (const Reply &r : *replies)
            list.append(replyJson(r));
        const QJsonObject o{{u"uuid"_s, contact->uuid}, {u"profile"_s, contact->profileName}, {u"force_id"_s, contact->forceId},
                            {u"body_name"_s, contact->bodyName}, {u"channel"_s, channelKey(contact->channel)},
                            {u"date"_s, dateOrNull(contact->date)}, {u"status"_s, statusKey(contact->status)},
                            {u"reply_date"_s, dateOrNull(contact->replyDate)},
                            {u"reply_outcome"_s, replyOutcomeKey(contact->replyOutcome)},
                            {u"follow_up_due"_s, dateOrNull(contact->followUpDue)}, {u"replies"_s, list}};
        io.out() << QString::fromUtf8(QJsonDocument(o).toJson());
        return ExitCode::Ok;
    }
    io.out() << CliTr::tr("%1 to %2 (%3), %4: %5").arg(contact->uuid, contact->bodyName, contact->forceId, IsoDates::date(contact->date),
                                               statusKey(contact->status))
             << Qt::endl;
    for (const Reply &r : *replies) {
        io.out() << u"  "_s << CliTr::tr("reply %1, %2").arg(IsoDates::date(r.date), replyOutcomeKey(r.outcome)) << Qt::endl;
        if (!r.summary.isEmpty())
            io.out() << u"    "_s << r.summary << Qt::endl;
        for (const ReplyAttachment &a : r.attachments)
            io.out() << u"    %1\t%2\t%3\t%4"_s.arg(a.name, a.type, QString::number(a.size), a.sha256) << Qt::endl;
    }
    return ExitCode::Ok;
}

int LogReplyCommand::attachment(const QCommandLineParser &parser, const QStringList &pos, CliOutput &io)
{
    if (pos.size() != 3 || !parser.isSet(u"out"_s))
        return io.fail(ExitCode::Usage, CliTr::tr("usage: pcc-campaigner log attachment UUID NAME --out FILE"));
    const auto log = openContactLog(io);
    if (!log)
        return ExitCode::Failure;
    ReplyRecorder recorder(*log);
    QByteArray content;
    if (!recorder.attachment(pos.at(1), pos.at(2), &content))
        return io.fail(ExitCode::Failure, recorder.lastError());
    QString error;
    if (!WholeFile::writePrivate(parser.value(u"out"_s), content, &error))
        return io.fail(ExitCode::Failure, error);
    return ExitCode::Ok;
}

int LogReplyCommand::suggestCorrections(const QCommandLineParser &parser, CliOutput &io)
{
    if (!parser.isSet(u"out"_s))
        return io.fail(ExitCode::Usage, CliTr::tr("usage: pcc-campaigner log suggest-corrections --out FILE [--profile NAME]"));
    const auto opened = openContactLogFor(parser, io);
    if (!opened)
        return ExitCode::Failure;
    ContactLog *log = opened->log.get();
    const QString &profileUuid = opened->profileUuid;
    const auto commitments = log->commitments(profileUuid);
    if (!commitments)
        return io.fail(ExitCode::Failure, log->lastError());
    const Corrections suggested = CommitmentCorrections::suggest(*commitments, QDate::currentDate());
    if (suggested.isEmpty()) {
        io.out() << CliTr::tr("No reply recorded a commitment: nothing to suggest, no file written.") << Qt::endl;
        return ExitCode::Ok;
    }
    QString error;
    if (!WholeFile::writePrivate(parser.value(u"out"_s), suggested.toJson(), &error))
        return io.fail(ExitCode::Failure, error);
    io.out() << CliTr::tr("%n suggested correction(s) written to %1: send the file to the campaign's coordinator, who merges it "
                          "with 'data merge' and writes the letter's sentence for each office.", nullptr, int(suggested.items().size()))
                    .arg(parser.value(u"out"_s))
             << Qt::endl;
    return ExitCode::Ok;
}

} // namespace pcc
