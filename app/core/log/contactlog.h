#pragma once

#include "contactrecord.h"
#include "letteroutcome.h"
#include "repeatedstatement.h"
#include "reply.h"
#include "teamremoval.h"

#include <QHash>
#include <QSet>

#include <memory>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <optional>

class QSqlError;

namespace pcc {

class ProtectedLogFiles;

// The local SQLite log of profiles and contacts (Qt Sql, QSQLITE). WAL mode, foreign keys on,
// prepared statements only; every change is one BEGIN IMMEDIATE transaction (the GUI and the
// command line take the same write lock), so killing the process at any moment loses nothing
// that was reported as saved.
//
// The file is marked as ours (PRAGMA application_id, schema version in user_version). A file
// that is not a log of ours is refused and left exactly as it was; a busy file is reported as
// busy; only a log of ours that fails SQLite's check is "damaged" and kept aside.
class ContactLog
{
public:
    static constexpr int SchemaVersion = 7;
    static constexpr qint32 ApplicationId = 0x50434331; // "PCC1"

    enum class Problem { None, NotALog, Busy, Damaged, TooNew, Failed };

    ContactLog();
    ~ContactLog();
    ContactLog(const ContactLog &) = delete;
    ContactLog &operator=(const ContactLog &) = delete;

    // Opens (creating when needed) the log at `path`. Quick skips SQLite's page-by-page check,
    // which reads the whole file: the GUI uses it to keep startup fast and calls verify() once
    // the window is up. A damaged log of ours is moved aside and a fresh one started; notice()
    // then says where it was kept.
    enum class Check { Full, Quick };
    bool open(const QString &path, Check check = Check::Full);
    // Whether `path` may be opened as a log (missing, empty, or a log of ours), checked
    // without creating anything beside it; false with the reason when it is not.
    static bool isUsablePath(const QString &path, QString *reason);
    bool verify();                 // false (problem() Damaged or Busy) when the check fails
    bool moveAsideAndStartFresh(); // only for a log of ours; notice() says where it was kept
    void setBusyTimeout(int milliseconds) { m_busyTimeoutMs = milliseconds; } // before open()
    bool isOpen() const { return m_db.isOpen(); }
    QString path() const { return m_path; }
    QString lastError() const { return m_error; }
    Problem problem() const { return m_problem; }
    QString notice() const { return m_notice; }     // something the user should know (kept aside)
    QStringList warnings() const { return m_warnings; } // e.g. permissions that could not be set
    QString journalMode() const { return m_journalMode; } // "wal", or "delete" where WAL is refused
    int schemaVersion();

    // Profiles, identified by uuid; names are unique on this computer but may change.
    bool addProfile(Profile *profile);           // assigns id and uuid (unless given)
    bool updateProfile(const Profile &profile);  // by uuid; a rename keeps everything
    // Deleting can leave a note to remove the same from the team server at the next sync.
    enum class TeamCopy { Keep, Remove };
    bool deleteProfile(const QString &uuid, TeamCopy team = TeamCopy::Keep); // with all its contacts, then VACUUM
    std::optional<QList<Profile>> profiles();    // nullopt (with lastError) when it cannot be read
    std::optional<Profile> profileByUuid(const QString &uuid);
    std::optional<Profile> profileByName(const QString &name);
    std::optional<Profile> currentProfile();
    bool setCurrentProfile(const QString &uuid);

    // Contacts. The rules (status, follow-up dates) live in ContactRecorder; these store.
    bool addContact(ContactRecord *record); // needs profileUuid; assigns uuid, date and updatedAt
    bool updateContact(ContactRecord *record); // refreshes updatedAt
    bool deleteContact(const QString &uuid, TeamCopy team = TeamCopy::Keep);
    // Replies. Adding one stores it with its attachments' records and brings the letter's own
    // status, first reply date and strongest outcome into line, in one transaction.
    bool addReply(Reply *reply); // assigns uuid; the attachments' files are stored before
    std::optional<QList<Reply>> replies(const QString &contactUuid);
    // Every reply that made a commitment, oldest first, for one profile or (empty) everyone.
    std::optional<QList<Reply>> commitments(const QString &profileUuid = {});
    // One profile's replies that the team server may see: commitments, and replies whose summary
    // the volunteer chose to share; oldest first.
    std::optional<QList<Reply>> sharedReplies(const QString &profileUuid);
    // Every reply, oldest first, for one profile or (empty) everyone: what an export carries.
    std::optional<QList<Reply>> allReplies(const QString &profileUuid = {});
    QString attachmentsFolder() const; // beside the log file

    // Deletions still to reach the team server, oldest first; forgotten once the server has them.
    std::optional<QList<TeamRemoval>> teamRemovals();
    bool forgetTeamRemovals(const QList<TeamRemoval> &done);
    std::optional<ContactRecord> contact(const QString &uuid);
    std::optional<QList<ContactRecord>> contacts(const QString &profileUuid = {}, const QString &forceId = {});
    std::optional<int> contactCount(const QString &profileUuid = {}); // everyone's, or one profile's

    // Every letter's force, status, dates and reply outcome (no text, no names), for one profile
    // or (empty uuid) for everyone: what responsiveness is computed from.
    std::optional<QList<LetterOutcome>> letterOutcomes(const QString &profileUuid = {});

    // The furthest progress per force, for one profile or (empty uuid) for everyone.
    std::optional<QHash<QString, ForceProgress>> progressByForce(const QString &profileUuid = {});

    // Sent letters with no reply whose follow-up date has come.
    std::optional<QList<ContactRecord>> dueFollowUps(const QDate &today, const QString &profileUuid = {});

    struct ImportReport
    {
        int added = 0;
        int updated = 0;
        int skipped = 0;
        int profilesCreated = 0;
        int repliesAdded = 0;
        int repliesSkipped = 0; // already in the log
        struct RefusedReply
        {
            QString uuid;
            QString contactUuid;
            QString forceId; // the letter's
            QDate date;      // the reply's
            QString problem; // a sentence for the volunteer
        };
        // Replies good in the file but not for the letter as the log holds it (a newer copy that
        // is a draft again, dated after the reply), or whose id another letter's reply has.
        QList<RefusedReply> refusedReplies;
    };
    // Merges by uuid in one transaction: new uuids are added, newer records replace older ones
    // (without losing what the log knows: see mergedCopy in contactlogrecords.cpp), the rest are
    // skipped. Profiles are matched by uuid (by name only for files that carry none) and created
    // when missing. Replies (to contacts in `records`) are added when
    // their uuid is new; a reply never changes, so one already here is skipped. A letter learns
    // of the replies its copy had not seen (status, first reply date, strongest outcome), and is
    // then one millisecond newer than it was.
    bool merge(const QList<ContactRecord> &records, ImportReport *report);
    bool merge(const QList<ContactRecord> &records, const QList<Reply> &replies, ImportReport *report);

    QString integrityCheck(); // "ok" or SQLite's report
    // Caps the database size, as a full disk or a quota would (used to test that case).
    void setSizeLimit(qint64 bytes);

private:
    enum class Ownership { Ours, FirstRelease, Empty, NotOurs };
    Ownership inspect(const QString &path);
    bool isFirstReleaseLog(const QString &path);
    bool connect();
    bool fail(Problem problem, const QString &message);
    bool failSql(const QString &what, const QSqlError &error);
    bool check(Check check);
    bool migrate();
    bool moveAside();
    void guardFiles(); // protected from the app's own writers (ProtectedLogFiles) and owner-only
    bool writeTransaction(const QString &what, const std::function<bool()> &body);
    std::optional<qint64> profileId(const QString &uuid);
    std::optional<qint64> existingProfileId(const QString &uuid);
    bool markAsOurs(const QString &what);
    std::optional<Profile> profileWhere(const QString &column, const QString &value); // column: a fixed name, never input
    bool saveContact(ContactRecord *record, bool insert); // one contact, in its own transaction
    bool writeContact(const ContactRecord &record, qint64 profileId, bool insert);
    std::optional<QList<ContactRecord>> runContactQuery(QSqlQuery &q); // a prepared SELECT of the contact columns
    std::optional<Profile> firstProfile(QSqlQuery &q);                 // a prepared SELECT of the profile columns
    bool noteTeamRemoval(TeamRemoval::Kind kind, const QString &uuid);
    std::optional<QSet<QString>> attachmentHashes(const QString &where, const QString &uuid); // where: a fixed clause
    void removeUnreferencedAttachments(const QSet<QString> &candidates);
    std::optional<QList<Reply>> readReplies(const QString &where, const QVariant &value); // where: a fixed clause
    std::optional<qint64> insertReply(const Reply &reply, qint64 contactId, const QString &what); // the reply's row, not its documents
    // updated_at when a letter is brought into line: now (a reply recorded here), or, by an
    // import, one millisecond after what it was and only if anything changed: newer than the
    // copy the team server has, never newer than an edit made elsewhere since.
    enum class Touch { Now, Nudge };
    bool bringLetterInLine(qint64 contactId, const QList<Reply> &unseen, Touch touch, const QString &what);
    // Inside merge's transaction, after the contacts: `storedContactId` maps canonical ids to the
    // form the log stores where they differ; `fromFile` holds the (stored) ids of the letters
    // whose copy in the log is now the file's (every one replaced; every one added, when the
    // file has replies).
    bool mergeReplies(const QList<Reply> &replies, const QHash<QString, QString> &storedContactId, const QSet<QString> &fromFile,
                      ImportReport *report, const QString &what);

    QSqlDatabase m_db;
    std::optional<RepeatedStatement> m_insertContact;
    std::optional<RepeatedStatement> m_updateContact;
    QString m_connection;
    QString m_path;
    std::unique_ptr<ProtectedLogFiles> m_kept; // while open
    QString m_error;
    QString m_notice;
    QStringList m_warnings;
    QString m_journalMode;
    Problem m_problem = Problem::None;
    int m_busyTimeoutMs = 5000;
};

} // namespace pcc
