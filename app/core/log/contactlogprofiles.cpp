// The profiles part of ContactLog: a volunteer's name, address and postcode, and which one is
// the current profile. Contacts and the merge are in contactlogrecords.cpp, the file itself
// (opening, ownership, migrations, transactions) in contactlog.cpp.
#include "contactlog.h"

#include "logschema.h"
#include "plaintext.h"

#include <QCoreApplication>
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

QVariant textValue(const QString &s)
{
    return s.isNull() ? QVariant(u""_s) : QVariant(s);
}

const QString kProfileColumns = u"id, uuid, name, address, postcode, email, phone, home_force"_s;

Profile readProfile(const QSqlQuery &q)
{
    Profile p;
    p.id = q.value(0).toLongLong();
    p.uuid = q.value(1).toString();
    p.name = q.value(2).toString();
    p.address = q.value(3).toString().split(u'\n', Qt::SkipEmptyParts);
    p.postcode = q.value(4).toString();
    p.email = q.value(5).toString();
    p.phone = q.value(6).toString();
    p.homeForce = q.value(7).toString();
    return p;
}

} // namespace

bool ContactLog::addProfile(Profile *p)
{
    const QString name = p->name.trimmed();
    if (name.isEmpty())
        return fail(Problem::Failed, Tr::tr("A profile needs a name."));
    if (PlainText::firstLineBreakOrControl(name) >= 0)
        return fail(Problem::Failed, Tr::tr("A profile's name is one line, with no tab or control character."));
    if (p->uuid.isEmpty())
        p->uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return writeTransaction(Tr::tr("Cannot save the profile"), [&] {
        QSqlQuery exists(m_db);
        exists.prepare(u"SELECT count(*) FROM profiles WHERE name = ?"_s);
        exists.addBindValue(name);
        if (!exists.exec() || !exists.next())
            return failSql(Tr::tr("Cannot save the profile"), exists.lastError());
        if (exists.value(0).toInt() > 0)
            return fail(Problem::Failed, Tr::tr("There is already a profile called “%1”.").arg(name));
        QSqlQuery q(m_db);
        q.prepare(u"INSERT INTO profiles(uuid, name, address, postcode, email, phone, home_force) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
        for (const QVariant &v : {QVariant(p->uuid), QVariant(name), textValue(p->address.join(u'\n')), textValue(p->postcode),
                                  textValue(p->email), textValue(p->phone), textValue(p->homeForce)})
            q.addBindValue(v);
        if (!q.exec())
            return failSql(Tr::tr("Cannot save the profile"), q.lastError());
        p->id = q.lastInsertId().toLongLong();
        p->name = name;
        // The first profile becomes the current one.
        QSqlQuery current(m_db);
        current.prepare(u"INSERT OR IGNORE INTO app_state(key, value) VALUES ('current_profile', ?)"_s);
        current.addBindValue(p->uuid);
        if (!current.exec())
            return failSql(Tr::tr("Cannot save the profile"), current.lastError());
        return true;
    });
}

bool ContactLog::updateProfile(const Profile &p)
{
    const QString name = p.name.trimmed();
    if (name.isEmpty())
        return fail(Problem::Failed, Tr::tr("A profile needs a name."));
    if (PlainText::firstLineBreakOrControl(name) >= 0)
        return fail(Problem::Failed, Tr::tr("A profile's name is one line, with no tab or control character."));
    return writeTransaction(Tr::tr("Cannot save the profile"), [&] {
        QSqlQuery clash(m_db);
        clash.prepare(u"SELECT count(*) FROM profiles WHERE name = ? AND uuid <> ?"_s);
        clash.addBindValue(name);
        clash.addBindValue(p.uuid);
        if (!clash.exec() || !clash.next())
            return failSql(Tr::tr("Cannot save the profile"), clash.lastError());
        if (clash.value(0).toInt() > 0)
            return fail(Problem::Failed, Tr::tr("There is already a profile called “%1”.").arg(name));
        QSqlQuery q(m_db);
        q.prepare(u"UPDATE profiles SET name = ?, address = ?, postcode = ?, email = ?, phone = ?, home_force = ? WHERE uuid = ?"_s);
        for (const QVariant &v : {QVariant(name), textValue(p.address.join(u'\n')), textValue(p.postcode), textValue(p.email),
                                  textValue(p.phone), textValue(p.homeForce), QVariant(p.uuid)})
            q.addBindValue(v);
        if (!q.exec())
            return failSql(Tr::tr("Cannot save the profile"), q.lastError());
        if (q.numRowsAffected() != 1)
            return fail(Problem::Failed, Tr::tr("That profile no longer exists."));
        return true;
    });
}

bool ContactLog::deleteProfile(const QString &uuid, TeamCopy team)
{
    const auto documents = attachmentHashes(u"p.uuid = ?"_s, uuid);
    if (!documents)
        return false;
    const bool ok = writeTransaction(Tr::tr("Cannot delete the profile"), [&] {
        QSqlQuery q(m_db);
        q.prepare(u"DELETE FROM profiles WHERE uuid = ?"_s);
        q.addBindValue(uuid);
        if (!q.exec())
            return failSql(Tr::tr("Cannot delete the profile"), q.lastError());
        if (q.numRowsAffected() != 1)
            return fail(Problem::Failed, Tr::tr("That profile no longer exists."));
        QSqlQuery s(m_db);
        s.prepare(u"DELETE FROM app_state WHERE key = 'current_profile' AND value = ?"_s);
        s.addBindValue(uuid);
        if (!s.exec())
            return failSql(Tr::tr("Cannot delete the profile"), s.lastError());
        return team == TeamCopy::Keep || noteTeamRemoval(TeamRemoval::Kind::Profile, uuid);
    });
    if (!ok)
        return false;
    removeUnreferencedAttachments(*documents);
    // Really gone: no copy left in free pages or the write-ahead log.
    QSqlQuery q(m_db);
    if (!q.exec(u"VACUUM"_s))
        m_warnings << Tr::tr("The profile was deleted, but the file could not be compacted: %1").arg(q.lastError().text());
    q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    return true;
}

std::optional<QList<Profile>> ContactLog::profiles()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT %1 FROM profiles ORDER BY name"_s.arg(kProfileColumns))) {
        failSql(Tr::tr("Cannot read the profiles"), q.lastError());
        return std::nullopt;
    }
    QList<Profile> out;
    while (q.next())
        out.append(readProfile(q));
    return out;
}

std::optional<Profile> ContactLog::firstProfile(QSqlQuery &q)
{
    if (!q.exec()) {
        failSql(Tr::tr("Cannot read the profiles"), q.lastError());
        return std::nullopt;
    }
    if (q.next())
        return readProfile(q);
    return std::nullopt;
}

std::optional<Profile> ContactLog::profileWhere(const QString &column, const QString &value)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT %1 FROM profiles WHERE %2 = ?"_s.arg(kProfileColumns, column));
    q.addBindValue(value);
    return firstProfile(q);
}

std::optional<Profile> ContactLog::profileByUuid(const QString &uuid)
{
    return profileWhere(u"uuid"_s, uuid);
}

std::optional<Profile> ContactLog::profileByName(const QString &name)
{
    return profileWhere(u"name"_s, name.trimmed());
}

std::optional<Profile> ContactLog::currentProfile()
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT p.id, p.uuid, p.name, p.address, p.postcode, p.email, p.phone, p.home_force FROM app_state s "
              "JOIN profiles p ON p.uuid = s.value WHERE s.key = 'current_profile'"_s);
    return firstProfile(q);
}

bool ContactLog::setCurrentProfile(const QString &uuid)
{
    return writeTransaction(Tr::tr("Cannot switch profile"), [&] {
        if (!existingProfileId(uuid))
            return false;
        QSqlQuery q(m_db);
        q.prepare(u"INSERT INTO app_state(key, value) VALUES ('current_profile', ?) "
                  "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
        q.addBindValue(uuid);
        if (!q.exec())
            return failSql(Tr::tr("Cannot switch profile"), q.lastError());
        return true;
    });
}

std::optional<qint64> ContactLog::profileId(const QString &uuid)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id FROM profiles WHERE uuid = ?"_s);
    q.addBindValue(uuid);
    if (!q.exec()) {
        failSql(Tr::tr("Cannot read the profiles"), q.lastError());
        return std::nullopt;
    }
    if (q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

// The profile's row id; nullopt with the reason (a read error, or no such profile) otherwise.
std::optional<qint64> ContactLog::existingProfileId(const QString &uuid)
{
    const auto id = profileId(uuid);
    if (!id && m_problem == Problem::None)
        fail(Problem::Failed, Tr::tr("That profile no longer exists."));
    return id;
}

} // namespace pcc
