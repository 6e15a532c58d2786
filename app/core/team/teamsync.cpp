#include "teamsync.h"

#include "isodates.h"
#include "plaintext.h"
#include "teamconnection.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace pcc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pcc::TeamSync)
};

QJsonValue dateOrNull(const QDate &d)
{
    return d.isValid() ? QJsonValue(IsoDates::date(d)) : QJsonValue(QJsonValue::Null);
}

// What a letter's replies tell the server.
struct SharedReply
{
    Commitment commitment; // the latest commitment's
    QStringList summaries; // shared ones, oldest first
};

QHash<QString, SharedReply> sharedByContact(const QList<Reply> &replies)
{
    QHash<QString, SharedReply> shared;
    for (const Reply &reply : replies) {
        SharedReply &s = shared[reply.contactUuid];
        if (reply.outcome == ReplyOutcome::Commitment && !reply.commitment.isEmpty())
            s.commitment = reply.commitment;
        if (reply.shareSummary && !reply.summary.trimmed().isEmpty())
            s.summaries << reply.summary.trimmed();
    }
    return shared;
}

QJsonObject toJson(const ContactRecord &r, const SharedReply &shared)
{
    // A commitment's details go only with a letter whose outcome is a commitment (the server
    // refuses anything else): an outcome changed by hand since leaves them here.
    const Commitment c = r.replyOutcome == ReplyOutcome::Commitment ? shared.commitment : Commitment{};
    return QJsonObject{
        {u"uuid"_s, r.uuid},
        {u"profile_uuid"_s, r.profileUuid},
        {u"profile_name"_s, r.profileName},
        {u"force_id"_s, r.forceId},
        {u"body_name"_s, r.bodyName},
        {u"holder_name"_s, r.holderName},
        {u"channel"_s, channelKey(r.channel)},
        {u"contact_date"_s, dateOrNull(r.date)},
        {u"template"_s, r.templateName},
        {u"letter_text"_s, r.letterText},
        {u"status"_s, statusKey(r.status)},
        {u"reply_date"_s, dateOrNull(r.replyDate)},
        {u"reply_outcome"_s, replyOutcomeKey(r.replyOutcome)},
        {u"notes"_s, r.notes},
        {u"follow_up_due"_s, dateOrNull(r.followUpDue)},
        {u"updated_at"_s, IsoDates::utcDateTime(r.updatedAt)},
        {u"commitment_what"_s, c.what},
        {u"commitment_amount"_s, c.amount},
        {u"commitment_from"_s, dateOrNull(c.from)},
        {u"commitment_until"_s, dateOrNull(c.until)},
        {u"commitment_quote"_s, c.quotation},
        {u"reply_summary"_s, shared.summaries.join(u"\n\n"_s)},
    };
}

// Why the server would refuse this letter, checked here so that one long note or a stray control
// character keeps back only its own letter, with the reason, and never blocks the rest of a sync.
QString problemFor(const ContactRecord &r, const SharedReply &shared)
{
    if (const QString problem = r.controlCharacterProblem(); !problem.isEmpty())
        return problem;
    const QString summary = shared.summaries.join(u"\n\n"_s);
    const Commitment &c = shared.commitment;
    for (const QString *text : {&c.what, &c.amount, &c.quotation, &summary}) {
        if (PlainText::firstControlCharacter(*text) >= 0)
            return Tr::tr("Its reply holds a control character that the server does not keep.");
    }
    // The server's checks, a day stricter on dates (this computer's clock may run ahead of the
    // server's): what it would refuse stays here, named, instead of stopping the whole sync.
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const QDate earliest(2000, 1, 1);
    auto outside = [&](const QDate &d, int daysAhead) { return d.isValid() && (d < earliest || d > today.addDays(daysAhead - 1)); };
    if (r.uuid.isEmpty() || r.uuid.size() > TeamSchema::MaxIdLength || r.profileUuid.isEmpty() || r.profileUuid.size() > TeamSchema::MaxIdLength)
        return Tr::tr("Its id is not one the server keeps.");
    if (!r.date.isValid() || outside(r.date, TeamSchema::MaxDaysAhead) || outside(r.replyDate, TeamSchema::MaxDaysAhead))
        return Tr::tr("Its date or its reply's date is before 2000 or more than a week ahead: correct it and it will be sent.");
    if (outside(r.followUpDue, TeamSchema::MaxYearsDaysAhead))
        return Tr::tr("Its follow-up date is before 2000 or more than ten years ahead.");
    if (!r.updatedAt.isValid() || r.updatedAt > QDateTime::currentDateTimeUtc().addSecs(23 * 3600))
        return Tr::tr("Its time of change is in the future: this computer's clock may be wrong.");
    if (r.updatedAt < QDateTime(earliest, QTime(0, 0), Qt::UTC))
        return Tr::tr("Its time of change is before 2000: edit the letter and save it, and it will be sent.");
    if (r.profileName.size() > TeamSchema::MaxNameLength || r.holderName.size() > TeamSchema::MaxNameLength
        || r.templateName.size() > TeamSchema::MaxNameLength || r.bodyName.size() > TeamSchema::MaxOfficeLength)
        return Tr::tr("A name in it is longer than the server keeps.");
    if (r.replyOutcome == ReplyOutcome::Commitment
        && (outside(c.from, TeamSchema::MaxYearsDaysAhead) || outside(c.until, TeamSchema::MaxYearsDaysAhead)
            || (c.from.isValid() && c.until.isValid() && c.until < c.from)))
        return Tr::tr("Its commitment's dates are before 2000, more than ten years ahead, or end before they start.");
    if (r.letterText.size() > TeamSchema::MaxLetterLength)
        return Tr::tr("Its letter is longer than the %L1 characters the server keeps.").arg(TeamSchema::MaxLetterLength);
    if (r.notes.size() > TeamSchema::MaxNotesLength)
        return Tr::tr("Its notes are longer than the %L1 characters the server keeps.").arg(TeamSchema::MaxNotesLength);
    if (summary.size() > TeamSchema::MaxSummaryLength)
        return Tr::tr("The reply's shared summary is longer than the %L1 characters the server keeps.").arg(TeamSchema::MaxSummaryLength);
    if (r.replyOutcome == ReplyOutcome::Commitment
        && (c.what.size() > TeamSchema::MaxCommitmentWhatLength || c.amount.size() > TeamSchema::MaxCommitmentAmountLength
            || c.quotation.size() > TeamSchema::MaxCommitmentQuoteLength))
        return Tr::tr("The commitment is described at greater length than the server keeps.");
    return {};
}

} // namespace

bool TeamSync::push(TeamConnection &c, const QString &profileUuid, const QList<ContactRecord> &records,
                    Result *result, const QList<Reply> &sharedReplies)
{
    *result = {};
    if (!c.checkSchema())
        return false;

    QHash<QString, qint64> onServer; // uuid -> updated_at in ms since the epoch
    TeamConnection::Rows mine;
    if (!c.execParams(u"SELECT uuid, (extract(epoch FROM updated_at) * 1000)::bigint FROM pcc.contacts "
                      "WHERE volunteer = current_user AND profile_uuid = $1"_s,
                      {profileUuid}, Tr::tr("list what it has of this profile"), &mine))
        return false;
    for (const QStringList &row : std::as_const(mine))
        onServer.insert(row.value(0), row.value(1).toLongLong());

    const QHash<QString, SharedReply> shared = sharedByContact(sharedReplies);
    QList<const ContactRecord *> toSend;
    for (const ContactRecord &r : records) {
        // Older logs may hold a NUL that PostgreSQL cannot store: that contact stays here with its
        // reason, and the rest of the profile still syncs (one bad note never blocks every sync).
        if (const QString problem = problemFor(r, shared.value(r.uuid)); !problem.isEmpty()) {
            result->refused << Tr::tr("Your contact with %1 of %2 was not sent: %3").arg(r.forceId, IsoDates::date(r.date), problem);
            continue;
        }
        const auto it = onServer.constFind(r.uuid);
        const qint64 here = r.updatedAt.toMSecsSinceEpoch();
        if (it == onServer.constEnd() || *it < here)
            toSend.append(&r);
        else if (*it == here)
            ++result->unchanged;
        else
            ++result->newerOnServer;
    }

    for (qsizetype start = 0; start < toSend.size(); start += BatchSize) {
        QJsonArray batch;
        const qsizetype end = std::min(toSend.size(), start + BatchSize);
        for (qsizetype i = start; i < end; ++i)
            batch.append(toJson(*toSend.at(i), shared.value(toSend.at(i)->uuid)));
        // One call of the server's own door per batch: it checks every row and the coordinator's
        // limits, and stores all of the batch or none of it. The rows travel as a parameter.
        const bool stored = c.execParams(u"SELECT pcc.store_contacts($1::json)"_s,
                                         {QString::fromUtf8(QJsonDocument(batch).toJson(QJsonDocument::Compact))},
                                         Tr::tr("store your contacts"));
        if (!stored)
            return false;
        result->pushed += int(end - start);
    }
    return true;
}

bool TeamSync::remove(TeamConnection &c, const QList<TeamRemoval> &removals, int *rowsRemoved)
{
    *rowsRemoved = 0;
    if (removals.isEmpty())
        return true;
    if (!c.checkSchema())
        return false;
    QJsonArray contacts;
    QStringList profiles;
    for (const TeamRemoval &r : removals) {
        if (r.kind == TeamRemoval::Kind::Profile)
            profiles << r.uuid;
        else
            contacts.append(r.uuid);
    }
    return c.transaction([&] {
        TeamConnection::Rows removed;
        const QString what = Tr::tr("remove what you deleted on this computer");
        if (!contacts.isEmpty()) {
            if (!c.execParams(u"SELECT pcc.remove_contacts($1::json)"_s,
                              {QString::fromUtf8(QJsonDocument(contacts).toJson(QJsonDocument::Compact))}, what, &removed))
                return false;
            *rowsRemoved += removed.value(0).value(0).toInt();
        }
        for (const QString &profile : std::as_const(profiles)) {
            if (!c.execParams(u"SELECT pcc.remove_profile($1)"_s, {profile}, what, &removed))
                return false;
            *rowsRemoved += removed.value(0).value(0).toInt();
        }
        return true;
    });
}

} // namespace pcc
