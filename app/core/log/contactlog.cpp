#include "contactlog.h"

#include "isodates.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <atomic>

using namespace Qt::StringLiterals;

namespace pcc {

namespace {

std::atomic<int> g_connectionCounter{0};

QString tr(const char *text)
{
    return QCoreApplication::translate("pcc::ContactLog", text);
}

// How far a contact got: the same expression fills force_progress through triggers.
constexpr auto kLevelExpr = "CASE WHEN reply_outcome = 'commitment' THEN 3 WHEN status = 'replied' THEN 2 "
                            "WHEN status IN ('sent','acknowledged') THEN 1 ELSE 0 END";

QVariant dateValue(const QDate &d)
{
    return d.isValid() ? QVariant(IsoDates::date(d)) : QVariant();
}

QVariant textValue(const QString &s)
{
    return s.isNull() ? QVariant(u""_s) : QVariant(s);
}

QString friendlySqlError(const QString &sqlError)
{
    if (sqlError.contains(u"disk is full"_s, Qt::CaseInsensitive) || sqlError.contains(u"database or disk is full"_s))
        return tr("The disk is full, so nothing was saved. Free some space and try again.");
    if (sqlError.contains(u"readonly"_s, Qt::CaseInsensitive) || sqlError.contains(u"read-only"_s))
        return tr("The contact log is read-only here, so nothing was saved.");
    if (sqlError.contains(u"locked"_s, Qt::CaseInsensitive) || sqlError.contains(u"busy"_s, Qt::CaseInsensitive))
        return tr("The contact log is busy in another program; nothing was saved. Try again in a moment.");
    return sqlError;
}

// Triggers that keep force_progress (the map's colours) in step with contacts. A bulk import
// drops them, writes every row, rebuilds force_progress once and creates them again.
QStringList progressTriggers()
{
    return {
        u"CREATE TRIGGER contacts_ai AFTER INSERT ON contacts BEGIN "
        "INSERT INTO force_progress(profile_id, force_id, level) VALUES (new.profile_id, new.force_id, "
        "(SELECT %1 FROM (SELECT new.status AS status, new.reply_outcome AS reply_outcome))) "
        "ON CONFLICT(profile_id, force_id) DO UPDATE SET level = max(level, excluded.level); END"_s.arg(QLatin1StringView(kLevelExpr)),
        u"CREATE TRIGGER contacts_au AFTER UPDATE ON contacts BEGIN "
        "DELETE FROM force_progress WHERE profile_id = old.profile_id AND force_id = old.force_id; "
        "INSERT INTO force_progress(profile_id, force_id, level) SELECT profile_id, force_id, max(%1) FROM contacts "
        "WHERE profile_id = old.profile_id AND force_id = old.force_id GROUP BY profile_id, force_id; "
        "INSERT INTO force_progress(profile_id, force_id, level) SELECT profile_id, force_id, max(%1) FROM contacts "
        "WHERE profile_id = new.profile_id AND force_id = new.force_id GROUP BY profile_id, force_id "
        "ON CONFLICT(profile_id, force_id) DO UPDATE SET level = excluded.level; END"_s.arg(QLatin1StringView(kLevelExpr)),
        u"CREATE TRIGGER contacts_ad AFTER DELETE ON contacts BEGIN "
        "DELETE FROM force_progress WHERE profile_id = old.profile_id AND force_id = old.force_id; "
        "INSERT INTO force_progress(profile_id, force_id, level) SELECT profile_id, force_id, max(%1) FROM contacts "
        "WHERE profile_id = old.profile_id AND force_id = old.force_id GROUP BY profile_id, force_id; END"_s.arg(QLatin1StringView(kLevelExpr)),
    };
}

} // namespace

ContactLog::ContactLog()
    : m_connection(u"pcc-log-%1"_s.arg(++g_connectionCounter))
{
}

ContactLog::~ContactLog()
{
    m_insertContact.reset();
    m_updateContact.reset();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool ContactLog::fail(const QString &what, const QString &sqlError)
{
    m_error = sqlError.isEmpty() ? what : what + u": "_s + friendlySqlError(sqlError);
    return false;
}

bool ContactLog::open(const QString &path, Check check)
{
    m_path = path;
    m_error.clear();
    m_notice.clear();
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(tr("Cannot create the folder for the contact log (%1). Check that it is writable, or choose "
                       "another file with --db.").arg(info.absolutePath()), {});
    if (info.exists() && !info.isFile())
        return fail(tr("%1 is not a file.").arg(path), {});

    const bool existed = info.exists() && info.size() > 0;
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!m_db.open())
        return fail(tr("Cannot open the contact log %1").arg(path), m_db.lastError().text());

    if (existed && !looksHealthy(check)) {
        m_db.close();
        if (!moveAside())
            return false;
        if (!m_db.open())
            return fail(tr("Cannot open a new contact log %1").arg(path), m_db.lastError().text());
    }
    if (!initialiseSchema()) {
        m_db.close();
        return false;
    }
    // The log holds personal data: readable by its owner only.
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

bool ContactLog::looksHealthy(Check check)
{
    QSqlQuery q(m_db);
    if (check == Check::Full) {
        if (!q.exec(u"PRAGMA quick_check"_s) || !q.next() || q.value(0).toString() != u"ok"_s)
            return false;
    }
    // Reading the schema fails at once on a file that is not a database or whose header is
    // damaged. A valid SQLite file that is not ours (no schema table) is not used either:
    // opening it as a log would mix data.
    if (!q.exec(u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"_s) || !q.next())
        return false;
    if (q.value(0).toInt() == 1)
        return true;
    // An empty database (created but never set up) is fine; any other SQLite file is not a log.
    return q.exec(u"SELECT count(*) FROM sqlite_master"_s) && q.next() && q.value(0).toInt() == 0;
}

bool ContactLog::verify()
{
    QSqlQuery q(m_db);
    if (!q.exec(u"PRAGMA quick_check"_s) || !q.next())
        return fail(tr("The contact log could not be checked"), q.lastError().text());
    if (q.value(0).toString() != u"ok"_s)
        return fail(tr("The contact log is damaged: %1").arg(q.value(0).toString()), {});
    return true;
}

bool ContactLog::moveAsideAndStartFresh()
{
    m_insertContact.reset();
    m_updateContact.reset();
    m_db.close();
    if (!moveAside() || !m_db.open() || !initialiseSchema())
        return fail(tr("Cannot start a fresh contact log"), m_db.lastError().text());
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

bool ContactLog::moveAside()
{
    const QString stamp = QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    QString target = m_path + u".corrupt-"_s + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = m_path + u".corrupt-"_s + stamp + u'-' + QString::number(n);
    if (!QFile::rename(m_path, target))
        return fail(tr("The contact log %1 is damaged and could not be moved aside; it was left untouched.").arg(m_path), {});
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s}) {
        if (QFileInfo::exists(m_path + suffix))
            QFile::rename(m_path + suffix, target + suffix);
    }
    m_notice = tr("The contact log was damaged. It has been kept as %1 and a new, empty log was started.").arg(target);
    return true;
}

bool ContactLog::initialiseSchema()
{
    QSqlQuery q(m_db);
    for (const QString &pragma : {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=NORMAL"_s,
                                 u"PRAGMA foreign_keys=ON"_s, u"PRAGMA secure_delete=ON"_s,
                                 u"PRAGMA cache_size=-16000"_s}) {
        if (!q.exec(pragma))
            return fail(tr("Cannot set up the contact log"), q.lastError().text());
    }
    // synchronous=NORMAL in WAL mode can lose the last commits on power loss; FULL keeps them.
    q.exec(u"PRAGMA synchronous=FULL"_s);

    if (!q.exec(u"CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"_s))
        return fail(tr("Cannot set up the contact log"), q.lastError().text());
    int version = 0;
    if (q.exec(u"SELECT version FROM schema_version"_s) && q.next())
        version = q.value(0).toInt();
    if (version > SchemaVersion)
        return fail(tr("This contact log was written by a newer version of PCC Campaigner (schema %1); please "
                       "update the app.").arg(version), {});
    if (version == SchemaVersion)
        return true;

    // Migrations run in one transaction each: all or nothing.
    if (!m_db.transaction())
        return fail(tr("Cannot set up the contact log"), m_db.lastError().text());
    const QStringList v1 = {
        u"CREATE TABLE profiles (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, name TEXT NOT NULL UNIQUE, "
        "address TEXT NOT NULL DEFAULT '', postcode TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT '', "
        "phone TEXT NOT NULL DEFAULT '', home_force TEXT NOT NULL DEFAULT '')"_s,
        u"CREATE TABLE contacts (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, "
        "profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE, force_id TEXT NOT NULL, "
        "body_name TEXT NOT NULL DEFAULT '', holder_name TEXT NOT NULL DEFAULT '', "
        "channel TEXT NOT NULL CHECK (channel IN ('post','email','both','phone','meeting')), "
        "contact_date TEXT NOT NULL, template TEXT NOT NULL DEFAULT '', letter_text TEXT NOT NULL DEFAULT '', "
        "status TEXT NOT NULL CHECK (status IN ('drafted','sent','acknowledged','replied')), reply_date TEXT, "
        "reply_outcome TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '', follow_up_due TEXT, "
        "updated_at TEXT NOT NULL)"_s,
        u"CREATE INDEX contacts_profile_force ON contacts(profile_id, force_id)"_s,
        u"CREATE INDEX contacts_force ON contacts(force_id)"_s,
        u"CREATE INDEX contacts_follow_up ON contacts(follow_up_due) WHERE follow_up_due IS NOT NULL"_s,
        u"CREATE TABLE force_progress (profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE, "
        "force_id TEXT NOT NULL, level INTEGER NOT NULL, PRIMARY KEY (profile_id, force_id)) WITHOUT ROWID"_s,
        u"CREATE TABLE app_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
        u"DELETE FROM schema_version"_s,
        u"INSERT INTO schema_version(version) VALUES (1)"_s,
    };
    for (const QString &sql : v1 + progressTriggers()) {
        if (!q.exec(sql)) {
            const QString err = q.lastError().text();
            m_db.rollback();
            return fail(tr("Cannot set up the contact log"), err);
        }
    }
    if (!m_db.commit())
        return fail(tr("Cannot set up the contact log"), m_db.lastError().text());
    return true;
}

QString ContactLog::integrityCheck()
{
    QSqlQuery q(m_db);
    if (!q.exec(u"PRAGMA integrity_check"_s) || !q.next())
        return q.lastError().text();
    return q.value(0).toString();
}

void ContactLog::setSizeLimit(qint64 bytes)
{
    QSqlQuery q(m_db);
    q.exec(u"PRAGMA page_size"_s);
    const qint64 pageSize = q.next() ? q.value(0).toLongLong() : 4096;
    q.exec(u"PRAGMA max_page_count = %1"_s.arg(qMax<qint64>(1, bytes / pageSize)));
}

// ---- profiles ----

bool ContactLog::addProfile(Profile *p)
{
    if (p->name.trimmed().isEmpty())
        return fail(tr("A profile needs a name."), {});
    if (profileId(p->name))
        return fail(tr("There is already a profile called “%1”.").arg(p->name), {});
    if (p->uuid.isEmpty())
        p->uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO profiles(uuid, name, address, postcode, email, phone, home_force) "
              "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(p->uuid);
    q.addBindValue(p->name.trimmed());
    q.addBindValue(textValue(p->address.join(u'\n')));
    q.addBindValue(textValue(p->postcode));
    q.addBindValue(textValue(p->email));
    q.addBindValue(textValue(p->phone));
    q.addBindValue(textValue(p->homeForce));
    if (!q.exec())
        return fail(tr("Cannot save the profile"), q.lastError().text());
    p->id = q.lastInsertId().toLongLong();
    if (currentProfileName().isEmpty())
        setCurrentProfile(p->name);
    return true;
}

bool ContactLog::updateProfile(const Profile &p)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE profiles SET name = ?, address = ?, postcode = ?, email = ?, phone = ?, home_force = ? "
              "WHERE id = ?"_s);
    q.addBindValue(p.name.trimmed());
    q.addBindValue(textValue(p.address.join(u'\n')));
    q.addBindValue(textValue(p.postcode));
    q.addBindValue(textValue(p.email));
    q.addBindValue(textValue(p.phone));
    q.addBindValue(textValue(p.homeForce));
    q.addBindValue(p.id);
    if (!q.exec())
        return fail(tr("Cannot save the profile"), q.lastError().text());
    return true;
}

bool ContactLog::deleteProfile(const QString &name)
{
    const auto id = profileId(name);
    if (!id)
        return fail(tr("There is no profile called “%1”.").arg(name), {});
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM profiles WHERE id = ?"_s);
    q.addBindValue(*id);
    if (!q.exec())
        return fail(tr("Cannot delete the profile"), q.lastError().text());
    if (currentProfileName() == name) {
        QSqlQuery s(m_db);
        s.prepare(u"DELETE FROM app_state WHERE key = 'current_profile'"_s);
        s.exec();
    }
    // Really gone: no copy left in free pages or the write-ahead log.
    q.exec(u"VACUUM"_s);
    q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    return true;
}

QList<Profile> ContactLog::profiles()
{
    QList<Profile> out;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id, uuid, name, address, postcode, email, phone, home_force FROM profiles ORDER BY name"_s);
    if (!q.exec())
        return out;
    while (q.next()) {
        Profile p;
        p.id = q.value(0).toLongLong();
        p.uuid = q.value(1).toString();
        p.name = q.value(2).toString();
        p.address = q.value(3).toString().split(u'\n', Qt::SkipEmptyParts);
        p.postcode = q.value(4).toString();
        p.email = q.value(5).toString();
        p.phone = q.value(6).toString();
        p.homeForce = q.value(7).toString();
        out.append(p);
    }
    return out;
}

std::optional<Profile> ContactLog::profile(const QString &name)
{
    const QList<Profile> all = profiles();
    for (const Profile &p : all) {
        if (p.name == name)
            return p;
    }
    return std::nullopt;
}

std::optional<qint64> ContactLog::profileId(const QString &name)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id FROM profiles WHERE name = ?"_s);
    q.addBindValue(name.trimmed());
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

qint64 ContactLog::ensureProfile(const QString &name)
{
    if (const auto id = profileId(name))
        return *id;
    Profile p;
    p.name = name;
    return addProfile(&p) ? p.id : 0;
}

QString ContactLog::currentProfileName()
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT p.name FROM app_state s JOIN profiles p ON p.name = s.value WHERE s.key = 'current_profile'"_s);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

bool ContactLog::setCurrentProfile(const QString &name)
{
    if (!profileId(name))
        return fail(tr("There is no profile called “%1”.").arg(name), {});
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO app_state(key, value) VALUES ('current_profile', ?) "
              "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    q.addBindValue(name.trimmed());
    if (!q.exec())
        return fail(tr("Cannot switch profile"), q.lastError().text());
    return true;
}

// ---- contacts ----

QDate ContactLog::defaultFollowUp(const ContactRecord &r)
{
    if ((r.status == ContactStatus::Sent) && r.date.isValid())
        return r.date.addDays(14);
    return {};
}

bool ContactLog::writeContact(const ContactRecord &r, qint64 pid, bool insert)
{
    // Prepared once per connection and reused: imports write many rows in one transaction.
    std::optional<QSqlQuery> &prepared = insert ? m_insertContact : m_updateContact;
    if (!prepared) {
        prepared.emplace(m_db);
        const bool ok = insert
            ? prepared->prepare(u"INSERT INTO contacts(profile_id, force_id, body_name, holder_name, channel, contact_date, "
                                "template, letter_text, status, reply_date, reply_outcome, notes, follow_up_due, updated_at, uuid) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s)
            : prepared->prepare(u"UPDATE contacts SET profile_id = ?, force_id = ?, body_name = ?, holder_name = ?, channel = ?, "
                                "contact_date = ?, template = ?, letter_text = ?, status = ?, reply_date = ?, reply_outcome = ?, "
                                "notes = ?, follow_up_due = ?, updated_at = ? WHERE uuid = ?"_s);
        if (!ok) {
            const QString err = prepared->lastError().text();
            prepared.reset();
            return fail(tr("Cannot save the contact"), err);
        }
    }
    QSqlQuery &q = *prepared;
    const QVariant values[] = {
        pid, r.forceId, textValue(r.bodyName), textValue(r.holderName), channelKey(r.channel),
        IsoDates::date(r.date), textValue(r.templateName), textValue(r.letterText), statusKey(r.status),
        dateValue(r.replyDate), textValue(r.replyOutcome), textValue(r.notes), dateValue(r.followUpDue),
        IsoDates::utcDateTime(r.updatedAt), r.uuid,
    };
    for (int i = 0; i < int(std::size(values)); ++i)
        q.bindValue(i, values[i]);
    if (!q.exec())
        return fail(tr("Cannot save the contact"), q.lastError().text());
    return true;
}

bool ContactLog::addContact(ContactRecord *r)
{
    const auto pid = profileId(r->profileName);
    if (!pid)
        return fail(tr("There is no profile called “%1”.").arg(r->profileName), {});
    if (!r->date.isValid())
        r->date = QDate::currentDate();
    if (r->uuid.isEmpty())
        r->uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!r->followUpDue.isValid())
        r->followUpDue = defaultFollowUp(*r);
    r->updatedAt = QDateTime::currentDateTimeUtc();
    return writeContact(*r, *pid, true);
}

bool ContactLog::updateContact(const ContactRecord &record)
{
    const auto pid = profileId(record.profileName);
    if (!pid)
        return fail(tr("There is no profile called “%1”.").arg(record.profileName), {});
    ContactRecord r = record;
    if (r.status == ContactStatus::Replied || r.status == ContactStatus::Acknowledged || !r.replyOutcome.isEmpty())
        r.followUpDue = {};
    r.updatedAt = QDateTime::currentDateTimeUtc();
    return writeContact(r, *pid, false);
}

bool ContactLog::deleteContact(const QString &uuid)
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM contacts WHERE uuid = ?"_s);
    q.addBindValue(uuid);
    if (!q.exec())
        return fail(tr("Cannot delete the contact"), q.lastError().text());
    return true;
}

namespace {
const QString kContactColumns =
    u"c.uuid, p.name, c.force_id, c.body_name, c.holder_name, c.channel, c.contact_date, c.template, "
    "c.letter_text, c.status, c.reply_date, c.reply_outcome, c.notes, c.follow_up_due, c.updated_at"_s;

ContactRecord readContact(const QSqlQuery &q)
{
    ContactRecord r;
    r.uuid = q.value(0).toString();
    r.profileName = q.value(1).toString();
    r.forceId = q.value(2).toString();
    r.bodyName = q.value(3).toString();
    r.holderName = q.value(4).toString();
    channelFromKey(q.value(5).toString(), &r.channel);
    r.date = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    r.templateName = q.value(7).toString();
    r.letterText = q.value(8).toString();
    statusFromKey(q.value(9).toString(), &r.status);
    r.replyDate = QDate::fromString(q.value(10).toString(), Qt::ISODate);
    r.replyOutcome = q.value(11).toString();
    r.notes = q.value(12).toString();
    r.followUpDue = QDate::fromString(q.value(13).toString(), Qt::ISODate);
    r.updatedAt = QDateTime::fromString(q.value(14).toString(), Qt::ISODateWithMs);
    return r;
}
} // namespace

std::optional<ContactRecord> ContactLog::contact(const QString &uuid)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT "_s + kContactColumns + u" FROM contacts c JOIN profiles p ON p.id = c.profile_id WHERE c.uuid = ?"_s);
    q.addBindValue(uuid);
    if (q.exec() && q.next())
        return readContact(q);
    return std::nullopt;
}

QList<ContactRecord> ContactLog::contacts(const QString &profileName, const QString &forceId)
{
    QList<ContactRecord> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + kContactColumns
              + u" FROM contacts c JOIN profiles p ON p.id = c.profile_id "
                "WHERE (? = '' OR p.name = ?) AND (? = '' OR c.force_id = ?) "
                "ORDER BY c.contact_date DESC, c.id DESC"_s);
    q.addBindValue(textValue(profileName));
    q.addBindValue(textValue(profileName));
    q.addBindValue(textValue(forceId));
    q.addBindValue(textValue(forceId));
    if (!q.exec())
        return out;
    while (q.next())
        out.append(readContact(q));
    return out;
}

int ContactLog::contactCount()
{
    QSqlQuery q(m_db);
    if (q.exec(u"SELECT count(*) FROM contacts"_s) && q.next())
        return q.value(0).toInt();
    return 0;
}

QHash<QString, ForceProgress> ContactLog::progressByForce(const QString &profileName)
{
    QHash<QString, ForceProgress> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (profileName.isEmpty()) {
        q.prepare(u"SELECT force_id, max(level) FROM force_progress GROUP BY force_id"_s);
    } else {
        q.prepare(u"SELECT f.force_id, f.level FROM force_progress f JOIN profiles p ON p.id = f.profile_id "
                  "WHERE p.name = ?"_s);
        q.addBindValue(profileName);
    }
    if (!q.exec())
        return out;
    while (q.next()) {
        const int level = q.value(1).toInt();
        if (level > 0)
            out.insert(q.value(0).toString(), ForceProgress(qBound(0, level, 3)));
    }
    return out;
}

QList<ContactRecord> ContactLog::dueFollowUps(const QDate &today, const QString &profileName)
{
    QList<ContactRecord> out;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT "_s + kContactColumns
              + u" FROM contacts c JOIN profiles p ON p.id = c.profile_id "
                "WHERE c.follow_up_due IS NOT NULL AND c.follow_up_due <= ? AND c.status = 'sent' "
                "AND c.reply_outcome = '' AND (? = '' OR p.name = ?) ORDER BY c.follow_up_due"_s);
    q.addBindValue(today.toString(Qt::ISODate));
    q.addBindValue(textValue(profileName));
    q.addBindValue(textValue(profileName));
    if (!q.exec())
        return out;
    while (q.next())
        out.append(readContact(q));
    return out;
}

bool ContactLog::snoozeFollowUp(const QString &uuid)
{
    auto r = contact(uuid);
    if (!r)
        return fail(tr("No such contact."), {});
    const QDate second = r->date.addDays(21);
    r->followUpDue = (r->followUpDue.isValid() && r->followUpDue < second) ? second : QDate();
    const auto pid = profileId(r->profileName);
    r->updatedAt = QDateTime::currentDateTimeUtc();
    return pid && writeContact(*r, *pid, false);
}

bool ContactLog::merge(const QList<ContactRecord> &records, ImportReport *report)
{
    ImportReport rep;
    if (!m_db.transaction())
        return fail(tr("Cannot import"), m_db.lastError().text());
    // One read of what is already here, instead of a lookup per imported row.
    QHash<QString, QDateTime> known;
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(u"SELECT uuid, updated_at FROM contacts"_s)) {
            const QString err = q.lastError().text();
            m_db.rollback();
            return fail(tr("Cannot import"), err);
        }
        while (q.next())
            known.insert(q.value(0).toString(), QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs));
    }
    // The per-row progress triggers are dropped inside this transaction and force_progress is
    // rebuilt once at the end; a larger page cache keeps the uuid index in memory meanwhile.
    QSqlQuery bulk(m_db);
    bulk.exec(u"PRAGMA cache_size=-131072"_s);
    const auto restoreCache = qScopeGuard([this] { QSqlQuery(m_db).exec(u"PRAGMA cache_size=-16000"_s); });
    for (const QString &sql : {u"DROP TRIGGER contacts_ai"_s, u"DROP TRIGGER contacts_au"_s, u"DROP TRIGGER contacts_ad"_s}) {
        if (!bulk.exec(sql)) {
            const QString err = bulk.lastError().text();
            m_db.rollback();
            return fail(tr("Cannot import"), err);
        }
    }
    QHash<QString, qint64> profileIds;
    for (const ContactRecord &r : records) {
        qint64 &pid = profileIds[r.profileName];
        if (pid == 0)
            pid = ensureProfile(r.profileName);
        if (pid == 0) {
            m_db.rollback();
            return false;
        }
        bool ok = true;
        const auto it = known.constFind(r.uuid);
        if (it == known.cend()) {
            ok = writeContact(r, pid, true);
            known.insert(r.uuid, r.updatedAt.toUTC());
            ++rep.added;
        } else if (*it < r.updatedAt.toUTC()) {
            ok = writeContact(r, pid, false);
            ++rep.updated;
        } else {
            ++rep.skipped;
        }
        if (!ok) {
            m_db.rollback();
            return false;
        }
    }
    const QStringList rebuild = QStringList{
        u"DELETE FROM force_progress"_s,
        u"INSERT INTO force_progress(profile_id, force_id, level) SELECT profile_id, force_id, max(%1) FROM contacts "
        "GROUP BY profile_id, force_id"_s.arg(QLatin1StringView(kLevelExpr)),
    } + progressTriggers();
    for (const QString &sql : rebuild) {
        if (!bulk.exec(sql)) {
            const QString err = bulk.lastError().text();
            m_db.rollback();
            return fail(tr("Cannot import"), err);
        }
    }
    if (!m_db.commit()) {
        const QString err = m_db.lastError().text();
        m_db.rollback();
        return fail(tr("Cannot import"), err);
    }
    if (report)
        *report = rep;
    return true;
}

} // namespace pcc
