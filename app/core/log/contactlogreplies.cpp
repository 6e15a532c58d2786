// ContactLog: replies to letters, and the documents that came with them.
#include "contactlog.h"

#include "attachmentstore.h"
#include "isodates.h"
#include "protectedlogfiles.h"
#include "replyrecorder.h"
#include "uuidtext.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QUuid>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace pcc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pcc::ContactLog)
};

QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(IsoDates::date(d)) : QVariant(QMetaType(QMetaType::QString));
}

// A null QString is bound as SQL NULL: text columns get "" instead.
QVariant text(const QString &s)
{
    return QVariant(s.isNull() ? u""_s : s);
}

} // namespace

QString ContactLog::attachmentsFolder() const
{
    return m_kept ? m_kept->attachmentsFolder() : AttachmentStore::folderBeside(m_path);
}

bool ContactLog::addReply(Reply *reply)
{
    if (reply->uuid.isEmpty())
        reply->uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString what = Tr::tr("Cannot save the reply");
    return writeTransaction(what, [&] {
        QSqlQuery q(m_db);
        q.prepare(u"SELECT id FROM contacts WHERE uuid = ?"_s);
        q.addBindValue(reply->contactUuid);
        if (!q.exec())
            return failSql(what, q.lastError());
        if (!q.next())
            return fail(Problem::Failed, Tr::tr("That contact no longer exists."));
        const qint64 contactId = q.value(0).toLongLong();

        const auto replyId = insertReply(*reply, contactId, what);
        if (!replyId)
            return false;

        QSqlQuery attach(m_db);
        attach.prepare(u"INSERT INTO reply_attachments (reply_id, name, type, size, sha256) VALUES (?, ?, ?, ?, ?)"_s);
        for (const ReplyAttachment &a : std::as_const(reply->attachments)) {
            for (const QVariant &v : {QVariant(*replyId), QVariant(a.name), QVariant(a.type), QVariant(a.size), QVariant(a.sha256)})
                attach.addBindValue(v);
            if (!attach.exec())
                return failSql(what, attach.lastError());
        }

        return bringLetterInLine(contactId, {*reply}, Touch::Now, what);
    });
}

std::optional<qint64> ContactLog::insertReply(const Reply &reply, qint64 contactId, const QString &what)
{
    QSqlQuery insert(m_db);
    insert.prepare(u"INSERT INTO replies (uuid, contact_id, reply_date, outcome, summary, share_summary, commitment_what, "
                   "commitment_amount, commitment_from, commitment_until, commitment_quote, created_at) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    const Commitment &c = reply.commitment;
    for (const QVariant &v : {QVariant(reply.uuid), QVariant(contactId), dateOrNull(reply.date), QVariant(replyOutcomeKey(reply.outcome)),
                              text(reply.summary), QVariant(int(reply.shareSummary)), text(c.what), text(c.amount),
                              dateOrNull(c.from), dateOrNull(c.until), text(c.quotation),
                              QVariant(IsoDates::utcDateTime(QDateTime::currentDateTimeUtc()))})
        insert.addBindValue(v);
    if (!insert.exec()) {
        failSql(what, insert.lastError());
        return std::nullopt;
    }
    return insert.lastInsertId().toLongLong();
}

// The letter itself, between what it already said (set by hand, or imported before replies were
// kept one by one) and the replies it had not seen: its first reply's date, its strongest outcome
// (one lowered by hand stays lowered until a stronger reply comes), answered, no more reminders.
bool ContactLog::bringLetterInLine(qint64 contactId, const QList<Reply> &unseen, Touch touch, const QString &what)
{
    QSqlQuery current(m_db);
    current.prepare(u"SELECT c.reply_date, c.reply_outcome, c.status, c.follow_up_due, c.updated_at FROM contacts c WHERE c.id = ?"_s);
    current.addBindValue(contactId);
    if (!current.exec() || !current.next())
        return failSql(what, current.lastError());
    ContactStatus was = ContactStatus::Sent;
    statusFromKey(current.value(2).toString(), &was);
    if (was == ContactStatus::Drafted && touch == Touch::Nudge)
        return true; // a copy that says draft again is kept as it says; its replies stay on record
    QDate firstReply = IsoDates::parseDate(current.value(0).toString());
    for (const Reply &r : unseen) {
        if (r.date.isValid() && (!firstReply.isValid() || r.date < firstReply))
            firstReply = r.date;
    }
    auto rank = [](ReplyOutcome o) {
        switch (o) {
        case ReplyOutcome::Commitment: return 4;
        case ReplyOutcome::Substantive: return 3;
        case ReplyOutcome::Declined: return 2;
        case ReplyOutcome::Acknowledgement: return 1;
        case ReplyOutcome::None:
        case ReplyOutcome::NoReply: break;
        }
        return 0;
    };
    ReplyOutcome said = ReplyOutcome::None;
    replyOutcomeFromKey(current.value(1).toString(), &said);
    ReplyOutcome strongest = said;
    for (const Reply &r : unseen) {
        if (rank(r.outcome) > rank(strongest))
            strongest = r.outcome;
    }
    const ContactStatus status = (was == ContactStatus::Replied || rank(strongest) > 1) ? ContactStatus::Replied : ContactStatus::Acknowledged;
    const bool same = IsoDates::date(firstReply) == current.value(0).toString() && strongest == said && status == was
                      && current.value(3).isNull();
    if (same && touch == Touch::Nudge)
        return true;
    // An updated_at that cannot be read is left as it is: never made newer than an edit elsewhere.
    const QString before = current.value(4).toString();
    const QDateTime readable = IsoDates::parseDateTime(before);
    const QString stamp = touch == Touch::Now      ? IsoDates::utcDateTime(QDateTime::currentDateTimeUtc())
                          : readable.isValid() ? IsoDates::utcDateTime(readable.addMSecs(1))
                                               : before;

    QSqlQuery letter(m_db);
    letter.prepare(u"UPDATE contacts SET reply_date = ?, reply_outcome = ?, status = ?, follow_up_due = NULL, updated_at = ? "
                   "WHERE id = ?"_s);
    letter.addBindValue(IsoDates::date(firstReply));
    letter.addBindValue(replyOutcomeKey(strongest));
    letter.addBindValue(statusKey(status));
    letter.addBindValue(stamp);
    letter.addBindValue(contactId);
    if (!letter.exec())
        return failSql(what, letter.lastError());
    return true;
}

bool ContactLog::mergeReplies(const QList<Reply> &replies, const QHash<QString, QString> &storedContactId,
                              const QSet<QString> &fromFile, ImportReport *report, const QString &what)
{
    if (replies.isEmpty() && fromFile.isEmpty())
        return true;
    QSet<QString> inFile;
    for (const Reply &reply : replies)
        inFile.insert(reply.uuid);
    // One read of the replies here: which letter each answers, and which of them a letter whose
    // copy came from the file never saw (that copy is newer, but from before they came); such a
    // letter otherwise keeps what its copy says.
    QHash<QString, QString> letterOf; // each reply here, by canonical id: its letter's canonical id
    QHash<QString, QString> gistOf;   // and what it says: its outcome and date
    const auto gist = [](const QString &outcome, const QString &date) { return outcome + u' ' + date; };
    QHash<qint64, QList<Reply>> unseen; // by letter: replies its copy here never saw
    QSqlQuery here(m_db);
    here.setForwardOnly(true);
    if (!here.exec(u"SELECT c.id, c.uuid, r.uuid, r.outcome, r.reply_date FROM replies r JOIN contacts c ON c.id = r.contact_id"_s))
        return failSql(what, here.lastError());
    while (here.next()) {
        const QString letter = here.value(1).toString();
        const QString id = UuidText::canonical(here.value(2).toString());
        letterOf.insert(id, UuidText::canonical(letter));
        gistOf.insert(id, gist(here.value(3).toString(), here.value(4).toString()));
        Reply r;
        if (fromFile.contains(letter) && !inFile.contains(id) && replyOutcomeFromKey(here.value(3).toString(), &r.outcome)) {
            r.date = IsoDates::parseDate(here.value(4).toString());
            unseen[here.value(0).toLongLong()].append(r);
        }
    }
    here.finish();
    QSqlQuery letterId(m_db);
    letterId.prepare(u"SELECT id FROM contacts WHERE uuid = ?"_s);
    const QDate today = QDate::currentDate();
    for (const Reply &fileReply : replies) {
        const auto refuse = [&](const QString &problem) {
            report->refusedReplies.append({fileReply.uuid, fileReply.contactUuid, fileReply.forceId, fileReply.date, problem});
        };
        Reply reply = fileReply;
        if (const auto it = letterOf.constFind(reply.uuid); it != letterOf.cend()) {
            if (*it != reply.contactUuid) {
                refuse(Tr::tr("A reply to another letter already has this reply's id."));
                continue;
            }
            const QString says = gist(replyOutcomeKey(reply.outcome), IsoDates::date(reply.date));
            if (gistOf.value(reply.uuid) == says) {
                ++report->repliesSkipped; // a reply never changes: the one here is the same
                continue;
            }
            // Two copies of a log from before replies, each upgraded, give a letter's first reply
            // one id even where each copy had recorded another reply: the file's is a reply of its
            // own, under an id made from its id and what it says, which a second import finds.
            reply.uuid = QUuid::createUuidV5(QUuid::fromString(reply.uuid), says.toUtf8()).toString(QUuid::WithoutBraces);
            if (letterOf.contains(reply.uuid)) {
                ++report->repliesSkipped;
                continue;
            }
        }
        // Checked again against the letter as the log now holds it: the log's copy may be newer
        // than the file's (a draft again, say) and is the one the reply joins.
        const QString stored = storedContactId.value(reply.contactUuid, reply.contactUuid);
        letterId.bindValue(0, stored);
        if (!letterId.exec())
            return failSql(what, letterId.lastError());
        if (!letterId.next()) // the file's reader lets through only replies to the file's own contacts
            return fail(Problem::Failed, Tr::tr("A reply in the file answers a letter that is not in the log."));
        const qint64 contactId = letterId.value(0).toLongLong();
        letterId.finish();
        const auto letter = contact(stored);
        if (!letter)
            return false; // unreadable: contact() said why
        if (const QString problem = ReplyRecorder::replyProblem(reply, *letter, today); !problem.isEmpty()) {
            refuse(problem);
            continue;
        }
        if (!insertReply(reply, contactId, what))
            return false;
        letterOf.insert(reply.uuid, reply.contactUuid);
        gistOf.insert(reply.uuid, gist(replyOutcomeKey(reply.outcome), IsoDates::date(reply.date)));
        if (!fromFile.contains(stored)) // the file's copy of the letter saw it; the log's did not
            unseen[contactId].append(reply);
        ++report->repliesAdded;
    }
    for (auto it = unseen.cbegin(); it != unseen.cend(); ++it) {
        if (!bringLetterInLine(it.key(), it.value(), Touch::Nudge, what))
            return false;
    }
    return true;
}

std::optional<QList<Reply>> ContactLog::allReplies(const QString &profileUuid)
{
    return readReplies(u"(? = '' OR p.uuid = ?)"_s, text(profileUuid));
}

std::optional<QList<Reply>> ContactLog::replies(const QString &contactUuid)
{
    return readReplies(u"c.uuid = ?"_s, contactUuid);
}

std::optional<QList<Reply>> ContactLog::commitments(const QString &profileUuid)
{
    return readReplies(u"r.outcome = 'commitment' AND (? = '' OR p.uuid = ?)"_s, text(profileUuid));
}

std::optional<QList<Reply>> ContactLog::sharedReplies(const QString &profileUuid)
{
    return readReplies(u"(r.outcome = 'commitment' OR r.share_summary <> 0) AND p.uuid = ?"_s, profileUuid);
}

std::optional<QList<Reply>> ContactLog::readReplies(const QString &where, const QVariant &value)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT r.id, r.uuid, r.reply_date, r.outcome, r.summary, r.share_summary, r.commitment_what, r.commitment_amount, "
              "r.commitment_from, r.commitment_until, r.commitment_quote, c.uuid, c.force_id FROM replies r "
              "JOIN contacts c ON c.id = r.contact_id JOIN profiles p ON p.id = c.profile_id WHERE "_s
              + where + u" ORDER BY r.reply_date, r.id"_s);
    for (int i = 0, n = int(where.count(u'?')); i < n; ++i)
        q.addBindValue(value);
    if (!q.exec()) {
        failSql(Tr::tr("Cannot read the contact log"), q.lastError());
        return std::nullopt;
    }
    QList<Reply> out;
    QList<qint64> ids;
    while (q.next()) {
        Reply r;
        ids << q.value(0).toLongLong();
        r.uuid = q.value(1).toString();
        r.date = IsoDates::parseDate(q.value(2).toString());
        replyOutcomeFromKey(q.value(3).toString(), &r.outcome);
        r.summary = q.value(4).toString();
        r.shareSummary = q.value(5).toInt() != 0;
        r.commitment = {q.value(6).toString(), q.value(7).toString(), IsoDates::parseDate(q.value(8).toString()),
                        IsoDates::parseDate(q.value(9).toString()), q.value(10).toString()};
        r.contactUuid = q.value(11).toString();
        r.forceId = q.value(12).toString();
        out.append(r);
    }
    QSqlQuery a(m_db);
    a.prepare(u"SELECT name, type, size, sha256 FROM reply_attachments WHERE reply_id = ? ORDER BY name"_s);
    for (qsizetype i = 0; i < out.size(); ++i) {
        a.addBindValue(ids.at(i));
        if (!a.exec()) {
            failSql(Tr::tr("Cannot read the contact log"), a.lastError());
            return std::nullopt;
        }
        while (a.next())
            out[i].attachments.append({a.value(0).toString(), a.value(1).toString(), a.value(2).toLongLong(), a.value(3).toString()});
    }
    return out;
}

std::optional<QSet<QString>> ContactLog::attachmentHashes(const QString &where, const QString &uuid)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT DISTINCT a.sha256 FROM reply_attachments a JOIN replies r ON r.id = a.reply_id "
              "JOIN contacts c ON c.id = r.contact_id JOIN profiles p ON p.id = c.profile_id WHERE "_s + where);
    q.addBindValue(uuid);
    if (!q.exec()) {
        failSql(Tr::tr("Cannot read the contact log"), q.lastError());
        return std::nullopt;
    }
    QSet<QString> hashes;
    while (q.next())
        hashes.insert(q.value(0).toString());
    return hashes;
}

void ContactLog::removeUnreferencedAttachments(const QSet<QString> &candidates)
{
    if (candidates.isEmpty())
        return;
    QSet<QString> unreferenced;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT 1 FROM reply_attachments WHERE sha256 = ? LIMIT 1"_s);
    for (const QString &hash : candidates) {
        q.addBindValue(hash);
        if (q.exec() && !q.next())
            unreferenced.insert(hash);
    }
    AttachmentStore(attachmentsFolder()).remove(unreferenced);
}

} // namespace pcc
