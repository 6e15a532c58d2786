// The contacts part of ContactLog: a volunteer's contacts, the queries over them and the bulk
// merge. Profiles are in contactlogprofiles.cpp, the file itself (opening, ownership,
// migrations, transactions) in contactlog.cpp.
#include "contactlog.h"

#include "isodates.h"
#include "logexchange.h"
#include "logschema.h"
#include "repeatedstatement.h"
#include "uuidtext.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace pcc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pcc::ContactLog)
};

QVariant dateValue(const QDate &d)
{
    return d.isValid() ? QVariant(IsoDates::date(d)) : QVariant();
}

QVariant textValue(const QString &s)
{
    return s.isNull() ? QVariant(u""_s) : QVariant(s);
}

const QString kContactColumns =
    u"c.uuid, p.uuid, p.name, c.force_id, c.body_name, c.holder_name, c.channel, c.contact_date, c.template, "
    "c.letter_text, c.status, c.reply_date, c.reply_outcome, c.notes, c.follow_up_due, c.updated_at"_s;

ContactRecord readContact(const QSqlQuery &q)
{
    ContactRecord r;
    r.uuid = q.value(0).toString();
    r.profileUuid = q.value(1).toString();
    r.profileName = q.value(2).toString();
    r.forceId = q.value(3).toString();
    r.bodyName = q.value(4).toString();
    r.holderName = q.value(5).toString();
    channelFromKey(q.value(6).toString(), &r.channel);
    r.date = IsoDates::parseDate(q.value(7).toString());
    r.templateName = q.value(8).toString();
    r.letterText = q.value(9).toString();
    statusFromKey(q.value(10).toString(), &r.status);
    r.replyDate = IsoDates::parseDate(q.value(11).toString());
    replyOutcomeFromKey(q.value(12).toString(), &r.replyOutcome);
    r.notes = q.value(13).toString();
    r.followUpDue = IsoDates::parseDate(q.value(14).toString());
    r.updatedAt = IsoDates::parseDateTime(q.value(15).toString());
    return r;
}

// A newer copy of a letter from a file, laid over the one here: what the file says wins, but it
// never loses what the log knows. A file may not carry a field at all (an anonymous export, a
// spreadsheet of statuses, a coordinator's copy that began as one), so an empty field keeps the
// log's, a letter keeps the reply the log holds while the file's copy has none (unless it is a
// draft again), and the letter keeps its volunteer, unless it is here only as an anonymous
// import's.
ContactRecord mergedCopy(const ContactRecord &here, const ContactRecord &file)
{
    ContactRecord m = file;
    if (here.profileUuid != LogExchange::AnonymousProfileUuid || file.profileUuid == LogExchange::AnonymousProfileUuid) {
        m.profileUuid = here.profileUuid;
        m.profileName = here.profileName;
    }
    for (const auto &[mine, theirs] : {std::pair{&m.bodyName, &here.bodyName}, std::pair{&m.holderName, &here.holderName},
                                       std::pair{&m.templateName, &here.templateName}, std::pair{&m.letterText, &here.letterText},
                                       std::pair{&m.notes, &here.notes}}) {
        if (mine->isEmpty())
            *mine = *theirs;
    }
    // A draft again is one (its replies stay on record); a copy that says only "sent" has not
    // heard of the reply the log holds.
    if (file.status != ContactStatus::Drafted && file.replyOutcome == ReplyOutcome::None && here.replyOutcome != ReplyOutcome::None) {
        if (file.status == ContactStatus::Sent)
            m.status = here.status;
        m.replyOutcome = here.replyOutcome;
        m.replyDate = here.replyDate;
    }
    if (!m.followUpDue.isValid())
        m.followUpDue = here.followUpDue;
    return m;
}

} // namespace

// ---- contacts ----

std::optional<QList<ContactRecord>> ContactLog::runContactQuery(QSqlQuery &q)
{
    if (!q.exec()) {
        failSql(Tr::tr("Cannot read the contact log"), q.lastError());
        return std::nullopt;
    }
    QList<ContactRecord> out;
    while (q.next())
        out.append(readContact(q));
    return out;
}

bool ContactLog::writeContact(const ContactRecord &r, qint64 pid, bool insert)
{
    // Prepared once per connection and reused: imports write many rows in one transaction.
    std::optional<RepeatedStatement> &prepared = insert ? m_insertContact : m_updateContact;
    if (!prepared) {
        static const QStringList names{u":a"_s, u":b"_s, u":c"_s, u":d"_s, u":e"_s, u":f"_s, u":g"_s, u":h"_s,
                                       u":i"_s, u":j"_s, u":k"_s, u":l"_s, u":m"_s, u":n"_s, u":o"_s};
        prepared.emplace(m_db,
                         insert ? u"INSERT INTO contacts(profile_id, force_id, body_name, holder_name, channel, contact_date, "
                                  "template, letter_text, status, reply_date, reply_outcome, notes, follow_up_due, updated_at, uuid) "
                                  "VALUES (:a, :b, :c, :d, :e, :f, :g, :h, :i, :j, :k, :l, :m, :n, :o)"_s
                                : u"UPDATE contacts SET profile_id = :a, force_id = :b, body_name = :c, holder_name = :d, channel = :e, "
                                  "contact_date = :f, template = :g, letter_text = :h, status = :i, reply_date = :j, reply_outcome = :k, "
                                  "notes = :l, follow_up_due = :m, updated_at = :n WHERE uuid = :o"_s,
                         names);
        if (!prepared->isPrepared()) {
            const QSqlError err = prepared->lastError();
            prepared.reset();
            return failSql(Tr::tr("Cannot save the contact"), err);
        }
    }
    const QList<QVariant> values{
        pid, r.forceId, textValue(r.bodyName), textValue(r.holderName), channelKey(r.channel),
        IsoDates::date(r.date), textValue(r.templateName), textValue(r.letterText), statusKey(r.status),
        dateValue(r.replyDate), replyOutcomeKey(r.replyOutcome), textValue(r.notes), dateValue(r.followUpDue),
        IsoDates::utcDateTime(r.updatedAt), r.uuid,
    };
    if (!prepared->exec(values))
        return failSql(Tr::tr("Cannot save the contact"), prepared->lastError());
    return true;
}

bool ContactLog::addContact(ContactRecord *r)
{
    return saveContact(r, true);
}

bool ContactLog::updateContact(ContactRecord *r)
{
    return saveContact(r, false);
}

bool ContactLog::saveContact(ContactRecord *r, bool insert)
{
    if (const QString problem = r->controlCharacterProblem(); !problem.isEmpty())
        return fail(Problem::Failed, problem);
    return writeTransaction(Tr::tr("Cannot save the contact"), [&] {
        const auto pid = existingProfileId(r->profileUuid);
        if (!pid)
            return false;
        if (insert && !r->date.isValid())
            r->date = QDate::currentDate();
        if (insert && r->uuid.isEmpty())
            r->uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        r->updatedAt = QDateTime::currentDateTimeUtc();
        if (!writeContact(*r, *pid, insert))
            return false;
        if (!insert && m_updateContact->numRowsAffected() != 1)
            return fail(Problem::Failed, Tr::tr("That contact no longer exists."));
        return true;
    });
}

bool ContactLog::deleteContact(const QString &uuid, TeamCopy team)
{
    const auto documents = attachmentHashes(u"c.uuid = ?"_s, uuid);
    if (!documents)
        return false;
    const bool ok = writeTransaction(Tr::tr("Cannot delete the contact"), [&] {
        QSqlQuery q(m_db);
        q.prepare(u"DELETE FROM contacts WHERE uuid = ?"_s);
        q.addBindValue(uuid);
        if (!q.exec())
            return failSql(Tr::tr("Cannot delete the contact"), q.lastError());
        return team == TeamCopy::Keep || noteTeamRemoval(TeamRemoval::Kind::Contact, uuid);
    });
    if (ok)
        removeUnreferencedAttachments(*documents);
    return ok;
}

std::optional<ContactRecord> ContactLog::contact(const QString &uuid)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT "_s + kContactColumns + u" FROM contacts c JOIN profiles p ON p.id = c.profile_id WHERE c.uuid = ?"_s);
    q.addBindValue(uuid);
    const auto found = runContactQuery(q);
    return found && !found->isEmpty() ? std::optional(found->first()) : std::nullopt;
}

std::optional<QList<ContactRecord>> ContactLog::contacts(const QString &profileUuid, const QString &forceId)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + kContactColumns
              + u" FROM contacts c JOIN profiles p ON p.id = c.profile_id "
                "WHERE (? = '' OR p.uuid = ?) AND (? = '' OR c.force_id = ?) "
                "ORDER BY c.contact_date DESC, c.id DESC"_s);
    q.addBindValue(textValue(profileUuid));
    q.addBindValue(textValue(profileUuid));
    q.addBindValue(textValue(forceId));
    q.addBindValue(textValue(forceId));
    return runContactQuery(q);
}

std::optional<int> ContactLog::contactCount(const QString &profileUuid)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT count(*) FROM contacts c JOIN profiles p ON p.id = c.profile_id WHERE ? = '' OR p.uuid = ?"_s);
    q.addBindValue(textValue(profileUuid));
    q.addBindValue(textValue(profileUuid));
    if (!q.exec() || !q.next()) {
        failSql(Tr::tr("Cannot read the contact log"), q.lastError());
        return std::nullopt;
    }
    return q.value(0).toInt();
}

std::optional<QHash<QString, ForceProgress>> ContactLog::progressByForce(const QString &profileUuid)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (profileUuid.isEmpty()) {
        q.prepare(u"SELECT force_id, max(level) FROM force_progress GROUP BY force_id"_s);
    } else {
        q.prepare(u"SELECT f.force_id, f.level FROM force_progress f JOIN profiles p ON p.id = f.profile_id WHERE p.uuid = ?"_s);
        q.addBindValue(profileUuid);
    }
    if (!q.exec()) {
        failSql(Tr::tr("Cannot read the contact log"), q.lastError());
        return std::nullopt;
    }
    QHash<QString, ForceProgress> out;
    while (q.next()) {
        const int level = q.value(1).toInt();
        if (level > 0)
            out.insert(q.value(0).toString(), ForceProgress(qBound(0, level, 3)));
    }
    return out;
}

std::optional<QList<ContactRecord>> ContactLog::dueFollowUps(const QDate &today, const QString &profileUuid)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT "_s + kContactColumns
              + u" FROM contacts c JOIN profiles p ON p.id = c.profile_id "
                "WHERE c.follow_up_due IS NOT NULL AND c.follow_up_due <= ? AND c.status = ? AND c.channel NOT IN ('phone', 'meeting') "
                "AND c.reply_outcome = '' AND (? = '' OR p.uuid = ?) ORDER BY c.follow_up_due"_s);
    q.addBindValue(IsoDates::date(today));
    q.addBindValue(statusKey(ContactStatus::Sent));
    q.addBindValue(textValue(profileUuid));
    q.addBindValue(textValue(profileUuid));
    return runContactQuery(q);
}

bool ContactLog::merge(const QList<ContactRecord> &records, ImportReport *report)
{
    return merge(records, {}, report);
}

bool ContactLog::merge(const QList<ContactRecord> &records, const QList<Reply> &replies, ImportReport *report)
{
    ImportReport rep;
    // The per-row progress triggers are dropped inside the transaction and force_progress is
    // rebuilt once at the end; a larger page cache keeps the uuid index in memory meanwhile.
    QSqlQuery bulk(m_db);
    bulk.exec(u"PRAGMA cache_size=-131072"_s);
    const auto restoreCache = qScopeGuard([this] { QSqlQuery(m_db).exec(u"PRAGMA cache_size=-16000"_s); });
    const QString what = Tr::tr("Cannot import; nothing was changed");
    const bool ok = writeTransaction(what, [&] {
        // One read of what is already here, instead of a lookup per imported row.
        QHash<QString, QString> known;
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(u"SELECT uuid, updated_at FROM contacts"_s))
            return failSql(what, q.lastError());
        // A log may hold ids an older version stored as a file wrote them ("{ABC...}"): each is
        // found by its canonical form and written back under the form stored.
        QHash<QString, QString> storedContactId; // canonical -> as stored, only where they differ
        while (q.next()) {
            const QString id = q.value(0).toString();
            known.insert(id, q.value(1).toString());
            if (!UuidText::isCanonical(id))
                storedContactId.insert(UuidText::canonical(id), id);
        }
        known.reserve(known.size() + records.size()); // grown once: rehashing as it fills cost a tenth of an import
        QHash<QString, qint64> idByUuid;
        QHash<QString, QString> uuidByName;
        if (!q.exec(u"SELECT id, uuid, name FROM profiles"_s))
            return failSql(what, q.lastError());
        QHash<QString, QString> storedProfileId; // as for contacts
        while (q.next()) {
            const QString id = q.value(1).toString();
            idByUuid.insert(id, q.value(0).toLongLong());
            uuidByName.insert(q.value(2).toString(), id);
            if (!UuidText::isCanonical(id))
                storedProfileId.insert(UuidText::canonical(id), id);
        }
        const auto asStored = [](const QHash<QString, QString> &stored, const QString &id) {
            const QString canonical = UuidText::canonical(id);
            return stored.isEmpty() ? canonical : stored.value(canonical, canonical);
        };
        QSqlQuery addProfile(m_db);
        addProfile.prepare(u"INSERT INTO profiles(uuid, name) VALUES (?, ?)"_s);
        // A profile from the file: by uuid; files without one (the first release's) by name.
        auto profileFor = [&](const ContactRecord &r) -> qint64 {
            QString uuid = r.profileUuid.isEmpty() ? QString() : asStored(storedProfileId, r.profileUuid);
            if (uuid.isEmpty()) {
                uuid = uuidByName.value(r.profileName);
                if (uuid.isEmpty())
                    uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            }
            if (const auto it = idByUuid.constFind(uuid); it != idByUuid.cend())
                return *it;
            // A different person who happens to share a name with a profile here keeps their
            // own profile, with the name made unique.
            const QString base = r.profileName.trimmed().isEmpty() ? Tr::tr("Imported") : r.profileName.trimmed();
            QString name = base;
            for (int n = 2; uuidByName.contains(name); ++n)
                name = u"%1 (%2)"_s.arg(base, QString::number(n)); // one pass: a "%2" in a name stays
            addProfile.bindValue(0, uuid);
            addProfile.bindValue(1, name);
            if (!addProfile.exec()) {
                failSql(what, addProfile.lastError());
                return 0;
            }
            const qint64 id = addProfile.lastInsertId().toLongLong();
            idByUuid.insert(uuid, id);
            uuidByName.insert(name, uuid);
            ++rep.profilesCreated;
            return id;
        };
        // A large import is faster building its indexes once at the end than keeping them
        // up to date row by row (the uuid index stays: it is how duplicates are found).
        const bool large = records.size() >= 5000;
        for (const QString &sql : LogSchema::dropProgressTriggers() + (large ? LogSchema::dropContactIndexes() : QStringList())) {
            if (!bulk.exec(sql))
                return failSql(what, bulk.lastError());
        }
        QSet<QString> fromFile; // letters whose copy is now the file's, by the id the log stores
        for (const ContactRecord &r : records) {
            const QString updated = IsoDates::utcDateTime(r.updatedAt);
            const QString id = asStored(storedContactId, r.uuid);
            const ContactRecord *row = &r;
            ContactRecord renamed; // copied only for an id written another way than here
            if (id != r.uuid) {
                renamed = r;
                renamed.uuid = id;
                row = &renamed;
            }
            const auto it = known.find(id);
            bool written = true;
            if (it == known.end()) {
                const qint64 pid = profileFor(r);
                if (pid == 0)
                    return false;
                written = writeContact(*row, pid, true);
                if (!replies.isEmpty()) // only replies can meet a letter added here
                    fromFile.insert(id);
                known.insert(id, updated);
                ++rep.added;
            } else if (r.updatedAtKnown && *it < updated) { // ISO 8601 UTC with milliseconds: text order is time order
                const auto here = contact(id);
                if (!here)
                    return false; // unreadable: contact() said why
                const ContactRecord merged = mergedCopy(*here, *row);
                const qint64 pid = profileFor(merged); // the letter's own volunteer is found, not made
                if (pid == 0)
                    return false;
                written = writeContact(merged, pid, false);
                fromFile.insert(id);
                *it = updated;
                ++rep.updated;
            } else {
                ++rep.skipped;
            }
            if (!written)
                return false;
        }
        if (!mergeReplies(replies, storedContactId, fromFile, &rep, what))
            return false;
        for (const QString &sql : (large ? LogSchema::contactIndexes() : QStringList())
                 + QStringList{u"DELETE FROM force_progress"_s, LogSchema::rebuildProgress()} + LogSchema::progressTriggers()) {
            if (!bulk.exec(sql))
                return failSql(what, bulk.lastError());
        }
        return true;
    });
    if (ok && report)
        *report = rep;
    return ok;
}

} // namespace pcc
