#pragma once

#include "contactrecord.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace pcc {

// The local SQLite log of profiles and contacts (Qt Sql, QSQLITE). WAL mode, foreign
// keys on, prepared statements only; every change is one transaction, so killing the
// process at any moment loses nothing that was reported as saved.
class ContactLog
{
public:
    static constexpr int SchemaVersion = 1;

    ContactLog();
    ~ContactLog();
    ContactLog(const ContactLog &) = delete;
    ContactLog &operator=(const ContactLog &) = delete;

    // Opens (creating when needed) the log at `path`. A damaged file is moved aside with a
    // timestamp and a fresh log started; notice() then says so.
    // Quick skips SQLite's page-by-page check, which reads the whole file: the GUI uses it
    // to keep startup fast and calls verify() once the window is up.
    enum class Check { Full, Quick };
    bool open(const QString &path, Check check = Check::Full);
    bool verify();                // false (with lastError()) when PRAGMA quick_check fails
    bool moveAsideAndStartFresh(); // keeps the damaged file with a timestamp; notice() says where
    bool isOpen() const { return m_db.isOpen(); }
    QString path() const { return m_path; }
    QString lastError() const { return m_error; }
    QString notice() const { return m_notice; }

    // Profiles
    bool addProfile(Profile *profile);
    bool updateProfile(const Profile &profile);
    bool deleteProfile(const QString &name); // with all its contacts, then VACUUM
    QList<Profile> profiles();
    std::optional<Profile> profile(const QString &name);
    QString currentProfileName();
    bool setCurrentProfile(const QString &name);

    // Contacts
    bool addContact(ContactRecord *record); // assigns uuid, updatedAt and the follow-up date
    bool updateContact(const ContactRecord &record);
    bool deleteContact(const QString &uuid);
    std::optional<ContactRecord> contact(const QString &uuid);
    QList<ContactRecord> contacts(const QString &profileName = {}, const QString &forceId = {});
    int contactCount();

    // The furthest progress per force, for one profile or (empty name) for everyone.
    QHash<QString, ForceProgress> progressByForce(const QString &profileName = {});

    // Sent letters with no reply whose follow-up date has come.
    QList<ContactRecord> dueFollowUps(const QDate &today, const QString &profileName = {});
    bool snoozeFollowUp(const QString &uuid); // 14 days -> 21 days -> no more reminders

    struct ImportReport
    {
        int added = 0;
        int updated = 0;
        int skipped = 0;
    };
    // Merges by uuid in one transaction: new uuids are added, newer records replace older
    // ones, the rest are skipped. Profiles are matched by name and created when missing.
    bool merge(const QList<ContactRecord> &records, ImportReport *report);

    QString integrityCheck(); // "ok" or SQLite's report
    // Caps the database size, as a full disk or a quota would (used to test that case).
    void setSizeLimit(qint64 bytes);

    static QDate defaultFollowUp(const ContactRecord &record);

private:
    bool fail(const QString &what, const QString &sqlError);
    bool initialiseSchema();
    bool looksHealthy(Check check);
    bool moveAside();
    std::optional<qint64> profileId(const QString &name);
    qint64 ensureProfile(const QString &name);
    bool writeContact(const ContactRecord &record, qint64 profileId, bool insert);

    QSqlDatabase m_db;
    std::optional<QSqlQuery> m_insertContact;
    std::optional<QSqlQuery> m_updateContact;
    QString m_connection;
    QString m_path;
    QString m_error;
    QString m_notice;
};

} // namespace pcc
