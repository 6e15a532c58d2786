#include "logschema.h"

#include "contactenums.h"
#include "contactlog.h"

using namespace Qt::StringLiterals;

namespace pcc {

namespace {

// "column = 'a' OR column = 'b' ...": SQLite checks an IN (...) list through a temporary
// index built for every row written, which made a 100,000-row import twice as slow.
QString oneOf(const QString &column, const QStringList &keys)
{
    QStringList tests;
    for (const QString &key : keys)
        tests << u"%1 = '%2'"_s.arg(column, key);
    return tests.join(u" OR "_s);
}

// How far a contact got: the same expression fills force_progress through triggers.
QString levelExpression()
{
    return u"CASE WHEN reply_outcome = '%1' THEN 3 WHEN status = '%2' THEN 2 WHEN status IN ('%3', '%4') THEN 1 ELSE 0 END"_s
        .arg(replyOutcomeKey(ReplyOutcome::Commitment), statusKey(ContactStatus::Replied), statusKey(ContactStatus::Sent),
             statusKey(ContactStatus::Acknowledged));
}

QString contactsTable(const QString &name, bool checkOutcome)
{
    return u"CREATE TABLE %1 (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, "
           "profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE, force_id TEXT NOT NULL, "
           "body_name TEXT NOT NULL DEFAULT '', holder_name TEXT NOT NULL DEFAULT '', "
           "channel TEXT NOT NULL CHECK (%2), "
           "contact_date TEXT NOT NULL, template TEXT NOT NULL DEFAULT '', letter_text TEXT NOT NULL DEFAULT '', "
           "status TEXT NOT NULL CHECK (%3), reply_date TEXT, "
           "reply_outcome TEXT NOT NULL DEFAULT ''%4, notes TEXT NOT NULL DEFAULT '', follow_up_due TEXT, "
           "updated_at TEXT NOT NULL)"_s
        .arg(name, oneOf(u"channel"_s, channelKeys()), oneOf(u"status"_s, statusKeys()),
             checkOutcome ? u" CHECK (%1)"_s.arg(oneOf(u"reply_outcome"_s, replyOutcomeKeys())) : QString());
}

const QString kProfileForceIndex = u"CREATE INDEX contacts_profile_force ON contacts(profile_id, force_id)"_s;
const QString kFollowUpIndex = u"CREATE INDEX contacts_follow_up ON contacts(follow_up_due) WHERE follow_up_due IS NOT NULL"_s;
// Versions 1 to 5 also kept an index by force alone; no query used it (version 6 drops it).
const QStringList kFirstContactIndexes = {kProfileForceIndex, u"CREATE INDEX contacts_force ON contacts(force_id)"_s, kFollowUpIndex};

// Every letter's outcome and days to a reply, in the order responsiveness groups them: the figures
// for 100,000 letters are read from this index alone, without a sort (ContactLog::letterOutcomes
// uses the same expression, which is how SQLite knows it). From version 7 it holds the channel
// too, so that calls and meetings are left out of the letters without reading the table.
const QString kOutcomesIndexV5 = u"CREATE INDEX contacts_outcomes ON contacts(force_id, status, reply_outcome, "
                                 "CAST(julianday(reply_date) - julianday(contact_date) AS INTEGER), reply_date, contact_date, profile_id)"_s;
const QString kOutcomesIndex = u"CREATE INDEX contacts_outcomes ON contacts(force_id, status, reply_outcome, "
                               "CAST(julianday(reply_date) - julianday(contact_date) AS INTEGER), reply_date, contact_date, profile_id, "
                               "channel)"_s;

const QString kContactColumns = u"id, uuid, profile_id, force_id, body_name, holder_name, channel, contact_date, template, "
                                "letter_text, status, reply_date, reply_outcome, notes, follow_up_due, updated_at"_s;

} // namespace

QStringList LogSchema::progressTriggers()
{
    const QString level = levelExpression();
    return {
        u"CREATE TRIGGER contacts_ai AFTER INSERT ON contacts BEGIN "
        "INSERT INTO force_progress(profile_id, force_id, level) VALUES (new.profile_id, new.force_id, "
        "(SELECT %1 FROM (SELECT new.status AS status, new.reply_outcome AS reply_outcome))) "
        "ON CONFLICT(profile_id, force_id) DO UPDATE SET level = max(level, excluded.level); END"_s.arg(level),
        u"CREATE TRIGGER contacts_au AFTER UPDATE ON contacts BEGIN "
        "DELETE FROM force_progress WHERE profile_id = old.profile_id AND force_id = old.force_id; "
        "INSERT INTO force_progress(profile_id, force_id, level) SELECT profile_id, force_id, max(%1) FROM contacts "
        "WHERE profile_id = old.profile_id AND force_id = old.force_id GROUP BY profile_id, force_id; "
        "INSERT INTO force_progress(profile_id, force_id, level) SELECT profile_id, force_id, max(%1) FROM contacts "
        "WHERE profile_id = new.profile_id AND force_id = new.force_id GROUP BY profile_id, force_id "
        "ON CONFLICT(profile_id, force_id) DO UPDATE SET level = excluded.level; END"_s.arg(level),
        u"CREATE TRIGGER contacts_ad AFTER DELETE ON contacts BEGIN "
        "DELETE FROM force_progress WHERE profile_id = old.profile_id AND force_id = old.force_id; "
        "INSERT INTO force_progress(profile_id, force_id, level) SELECT profile_id, force_id, max(%1) FROM contacts "
        "WHERE profile_id = old.profile_id AND force_id = old.force_id GROUP BY profile_id, force_id; END"_s.arg(level),
    };
}

QStringList LogSchema::dropProgressTriggers()
{
    return {u"DROP TRIGGER contacts_ai"_s, u"DROP TRIGGER contacts_au"_s, u"DROP TRIGGER contacts_ad"_s};
}

QString LogSchema::rebuildProgress()
{
    return u"INSERT INTO force_progress(profile_id, force_id, level) SELECT profile_id, force_id, max(%1) FROM contacts "
           "GROUP BY profile_id, force_id"_s.arg(levelExpression());
}

QStringList LogSchema::contactIndexes()
{
    return {kProfileForceIndex, kFollowUpIndex, kOutcomesIndex};
}

QStringList LogSchema::dropContactIndexes()
{
    return {u"DROP INDEX contacts_profile_force"_s, u"DROP INDEX contacts_follow_up"_s, u"DROP INDEX contacts_outcomes"_s};
}

QList<LogSchema::Migration> LogSchema::migrations()
{
    QStringList v1 = {
        u"CREATE TABLE schema_version (version INTEGER NOT NULL)"_s,
        u"CREATE TABLE profiles (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, name TEXT NOT NULL UNIQUE, "
        "address TEXT NOT NULL DEFAULT '', postcode TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT '', "
        "phone TEXT NOT NULL DEFAULT '', home_force TEXT NOT NULL DEFAULT '')"_s,
        contactsTable(u"contacts"_s, false),
    };
    v1 += kFirstContactIndexes;
    v1 += {
        u"CREATE TABLE force_progress (profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE, "
        "force_id TEXT NOT NULL, level INTEGER NOT NULL, PRIMARY KEY (profile_id, force_id)) WITHOUT ROWID"_s,
        u"CREATE TABLE app_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
        u"INSERT INTO schema_version(version) VALUES (1)"_s,
    };
    v1 += progressTriggers();

    QStringList v2 = {
        contactsTable(u"contacts_v2"_s, true),
        u"INSERT INTO contacts_v2(%1) SELECT %1 FROM contacts"_s.arg(kContactColumns),
        u"DROP TABLE contacts"_s, // and its indexes and triggers
        u"ALTER TABLE contacts_v2 RENAME TO contacts"_s,
    };
    v2 += kFirstContactIndexes;
    v2 += progressTriggers();
    v2 += {
        u"DELETE FROM app_state WHERE key = 'current_profile' AND value NOT IN (SELECT name FROM profiles)"_s,
        u"UPDATE app_state SET value = (SELECT uuid FROM profiles WHERE profiles.name = app_state.value) "
        "WHERE key = 'current_profile'"_s,
        u"DROP TABLE schema_version"_s,
        u"PRAGMA application_id = %1"_s.arg(ContactLog::ApplicationId),
    };
    // Version 3: what was deleted here and is still to be removed from the team server (by id
    // only: the name, the letters and the notes are gone from this file).
    QStringList v3 = {
        u"CREATE TABLE team_removals (kind TEXT NOT NULL CHECK (kind IN ('contact', 'profile')), uuid TEXT NOT NULL, "
        "removed_at TEXT NOT NULL, PRIMARY KEY (kind, uuid)) WITHOUT ROWID"_s,
    };
    // Version 4: replies, several per letter, with the commitment an office made and the
    // documents that came (kept by hash in the attachments folder). The reply each letter
    // already records becomes its first reply.
    QStringList v4 = {
        u"CREATE TABLE replies (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, "
        "contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE, reply_date TEXT NOT NULL, "
        "outcome TEXT NOT NULL CHECK (outcome IN ('acknowledgement', 'substantive', 'commitment', 'declined')), "
        "summary TEXT NOT NULL DEFAULT '', share_summary INTEGER NOT NULL DEFAULT 0, "
        "commitment_what TEXT NOT NULL DEFAULT '', commitment_amount TEXT NOT NULL DEFAULT '', commitment_from TEXT, "
        "commitment_until TEXT, commitment_quote TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL)"_s,
        u"CREATE INDEX replies_contact ON replies(contact_id)"_s,
        u"CREATE TABLE reply_attachments (reply_id INTEGER NOT NULL REFERENCES replies(id) ON DELETE CASCADE, "
        "name TEXT NOT NULL, type TEXT NOT NULL, size INTEGER NOT NULL, sha256 TEXT NOT NULL, PRIMARY KEY (reply_id, name)) WITHOUT ROWID"_s,
        u"CREATE INDEX reply_attachments_sha256 ON reply_attachments(sha256)"_s,
        // The first reply's id is its letter's with the version digit 8, so that two computers
        // upgrading copies of one log give it the same id (with a random id, importing one copy
        // into the other kept both). No id this app makes at random has version 8. An id that
        // cannot be derived so, or would be derived twice, is random.
        u"INSERT INTO replies (uuid, contact_id, reply_date, outcome, created_at) "
        "SELECT CASE WHEN length(derived) = 36 AND count(*) OVER (PARTITION BY derived) = 1 THEN derived ELSE "
        "lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || "
        "substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))) END, "
        "id, reply_date, reply_outcome, updated_at FROM ("
        "SELECT lower(substr(trim(uuid, '{}'), 1, 14) || '8' || substr(trim(uuid, '{}'), 16)) AS derived, "
        "id, reply_date, reply_outcome, updated_at FROM contacts "
        "WHERE reply_outcome IN ('acknowledgement', 'substantive', 'commitment', 'declined') AND reply_date IS NOT NULL)"_s,
    };
    // Version 5: the index that answers "who replies and how fast" without reading the letters.
    QStringList v5 = {kOutcomesIndexV5};
    // Version 6: the index by force alone goes. It cost every write and a tenth of a large
    // import; what reads by force reads force_progress or the outcomes index, which starts with it.
    QStringList v6 = {u"DROP INDEX contacts_force"_s};
    // Version 7: the outcomes index with the channel, for letters without calls and meetings;
    // a call or a meeting recorded before has no reminder to follow a letter up.
    QStringList v7 = {u"DROP INDEX contacts_outcomes"_s, kOutcomesIndex,
                      u"UPDATE contacts SET follow_up_due = NULL WHERE channel IN ('phone', 'meeting') AND follow_up_due IS NOT NULL"_s};
    return {{1, v1}, {2, v2}, {3, v3}, {4, v4}, {5, v5}, {6, v6}, {7, v7}};
}

} // namespace pcc
