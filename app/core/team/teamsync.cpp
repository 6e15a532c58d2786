#include "teamsync.h"

#include "isodates.h"
#include "teamconnection.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
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

QJsonObject toJson(const ContactRecord &r)
{
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
    };
}

// One statement per batch: the rows travel as one JSON parameter, which PostgreSQL unpacks.
const QString kUpsert = u"INSERT INTO pcc.contacts (uuid, profile_uuid, profile_name, force_id, body_name, holder_name, "
                        "channel, contact_date, template, letter_text, status, reply_date, reply_outcome, notes, follow_up_due, updated_at) "
                        "SELECT uuid, profile_uuid, profile_name, force_id, body_name, holder_name, channel, contact_date, template, "
                        "letter_text, status, reply_date, reply_outcome, notes, follow_up_due, updated_at "
                        "FROM json_to_recordset(CAST(? AS json)) AS r(uuid text, profile_uuid text, profile_name text, force_id text, "
                        "body_name text, holder_name text, channel text, contact_date date, template text, letter_text text, "
                        "status text, reply_date date, reply_outcome text, notes text, follow_up_due date, updated_at timestamptz) "
                        "ON CONFLICT (volunteer, uuid) DO UPDATE SET profile_uuid = excluded.profile_uuid, "
                        "profile_name = excluded.profile_name, force_id = excluded.force_id, body_name = excluded.body_name, "
                        "holder_name = excluded.holder_name, channel = excluded.channel, contact_date = excluded.contact_date, "
                        "template = excluded.template, letter_text = excluded.letter_text, status = excluded.status, "
                        "reply_date = excluded.reply_date, reply_outcome = excluded.reply_outcome, notes = excluded.notes, "
                        "follow_up_due = excluded.follow_up_due, updated_at = excluded.updated_at "
                        "WHERE pcc.contacts.updated_at < excluded.updated_at"_s;

} // namespace

bool TeamSync::push(TeamConnection &c, const QString &profileUuid, const QList<ContactRecord> &records, Result *result)
{
    *result = {};
    if (!c.checkSchema())
        return false;

    QHash<QString, qint64> onServer; // uuid -> updated_at in ms since the epoch
    QSqlQuery mine = c.query();
    mine.setForwardOnly(true);
    mine.prepare(u"SELECT uuid, (extract(epoch FROM updated_at) * 1000)::bigint FROM pcc.contacts "
                 "WHERE volunteer = current_user AND profile_uuid = ?"_s);
    mine.addBindValue(profileUuid);
    if (!c.exec(mine, Tr::tr("list what it has of this profile")))
        return false;
    while (mine.next())
        onServer.insert(mine.value(0).toString(), mine.value(1).toLongLong());

    QList<const ContactRecord *> toSend;
    for (const ContactRecord &r : records) {
        // Older logs may hold a NUL that PostgreSQL cannot store: that contact stays here with its
        // reason, and the rest of the profile still syncs (one bad note never blocks every sync).
        if (const QString problem = r.controlCharacterProblem(); !problem.isEmpty()) {
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
            batch.append(toJson(*toSend.at(i)));
        const bool stored = c.transaction([&] {
            QSqlQuery upsert = c.query();
            upsert.prepare(kUpsert);
            upsert.addBindValue(QString::fromUtf8(QJsonDocument(batch).toJson(QJsonDocument::Compact)));
            return c.exec(upsert, Tr::tr("store your contacts"));
        });
        if (!stored)
            return false;
        result->pushed += int(end - start);
    }
    return true;
}

} // namespace pcc
