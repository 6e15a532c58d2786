// A log from an earlier release opens intact and ends with a new log's schema; a newer log is
// refused; a large import rebuilds the indexes it set aside.
#include "catchcompat.h"
#include "sqliteconnection.h"
#include "logfileinspection.h"
#include "testsupport.h"

#include "contactlog.h"
#include "logexchange.h"
#include "logtransfer.h"
#include "owneronly.h"
#include "wholefile.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace pcc;
using pcctest::headerInt;
using pcctest::indexesOnContacts;
using pcctest::kContactsIndexes;
using pcctest::schemaObjects;

namespace {

// A copy of the first release's log, as a volunteer's computer holds it, not yet upgraded.
QString releaseOneLog(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    REQUIRE(QFile::copy(pcctest::sourcePath(u"tests/fixtures/contact-log-release1.sqlite"_s), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path;
}

} // namespace

TEST_CASE("log file: a log written by the first release opens with every record intact", "[log][file][migration]")
{
    QTemporaryDir dir;
    const QString path = releaseOneLog(dir, u"contact-log.sqlite"_s);
    CHECK(headerInt(path, 68) == 0); // the first release did not mark its files
    {
        ContactLog log;
        REQUIRE(log.open(path));
        CHECK(log.notice().isEmpty());
        CHECK(log.schemaVersion() == ContactLog::SchemaVersion);
        const auto removals = log.teamRemovals(); // version 3's table is there, and empty
        REQUIRE(removals);
        CHECK(removals->isEmpty());

        const auto profiles = log.profiles();
        REQUIRE(profiles);
        REQUIRE(profiles->size() == 2);
        const Profile jane = *log.profileByName(u"Jane Volunteer"_s);
        CHECK(jane.uuid.size() == 36);
        CHECK(jane.address == QStringList{u"12 Example Road"_s, u"Cheltenham"_s});
        CHECK(jane.postcode == u"GL50 1AA"_s);
        CHECK(jane.email == u"jane@example.org"_s);
        CHECK(jane.phone == u"01234 567890"_s);
        CHECK(jane.homeForce == u"gloucestershire"_s);
        const Profile sam = *log.profileByName(u"Sam O'Brien, Wales"_s);
        CHECK(sam.address == QStringList{u"1 Heol y Dref"_s, u"Caerdydd"_s});
        // The current profile was stored by name; it is now stored by uuid.
        CHECK(log.currentProfile()->uuid == jane.uuid);

        const auto contacts = log.contacts();
        REQUIRE(contacts);
        REQUIRE(contacts->size() == 5);
        QHash<QString, ContactRecord> byForce;
        for (const ContactRecord &r : *contacts)
            byForce.insert(r.forceId, r);
        const ContactRecord glos = byForce.value(u"gloucestershire"_s);
        CHECK(glos.uuid == u"1f8a514d-8825-4b34-b33d-512a7fc0bcb7"_s);
        CHECK(glos.profileUuid == jane.uuid);
        CHECK(glos.channel == Channel::Post);
        CHECK(glos.date == QDate(2026, 10, 1));
        CHECK(glos.status == ContactStatus::Sent);
        CHECK(glos.followUpDue == QDate(2026, 10, 15));
        CHECK(glos.holderName == u"Chris Nelson"_s);
        CHECK(byForce.value(u"gwent"_s).followUpDue == QDate(2026, 11, 15));
        CHECK(byForce.value(u"gwent"_s).profileUuid == sam.uuid);
        CHECK(byForce.value(u"kent"_s).status == ContactStatus::Drafted);
        CHECK(byForce.value(u"kent"_s).channel == Channel::Email);
        const ContactRecord sussex = byForce.value(u"sussex"_s);
        CHECK(sussex.replyOutcome == ReplyOutcome::Commitment);
        CHECK(sussex.replyDate == QDate(2026, 10, 1));
        CHECK(sussex.channel == Channel::Both);
        CHECK(sussex.notes == u"Reply said: =SUM(A1) see \"attached\""_s);
        CHECK(byForce.value(u"south-wales"_s).status == ContactStatus::Acknowledged);
        CHECK(byForce.value(u"south-wales"_s).channel == Channel::Meeting);
        // Version 4: the reply a letter recorded is its first reply; a letter without one has none.
        const auto sussexReplies = log.replies(sussex.uuid);
        REQUIRE(sussexReplies);
        REQUIRE(sussexReplies->size() == 1);
        CHECK(sussexReplies->at(0).outcome == ReplyOutcome::Commitment);
        CHECK(sussexReplies->at(0).date == QDate(2026, 10, 1));
        CHECK(sussexReplies->at(0).uuid.size() == 36);
        CHECK(log.replies(glos.uuid)->isEmpty());

        const auto progress = log.progressByForce(jane.uuid);
        REQUIRE(progress);
        CHECK(progress->value(u"sussex"_s) == ForceProgress::Commitment);
        CHECK(progress->value(u"gloucestershire"_s) == ForceProgress::Sent);
        const auto due = log.dueFollowUps(QDate(2026, 11, 28));
        REQUIRE(due);
        CHECK(due->size() == 2);
        CHECK(log.integrityCheck() == u"ok"_s);
    }
    {
        pcctest::SqliteConnection db(path);
        QSqlQuery q(db.database());
        REQUIRE(q.exec(u"SELECT sql FROM sqlite_master WHERE name = 'contacts_outcomes'"_s));
        REQUIRE(q.next());
        CHECK(q.value(0).toString().contains(u"channel"_s));
    }
    CHECK(headerInt(path, 68) == ContactLog::ApplicationId);
    CHECK(headerInt(path, 60) == ContactLog::SchemaVersion);
    ContactLog again; // and a second open changes nothing
    REQUIRE(again.open(path));
    CHECK(again.contacts()->size() == 5);
}

TEST_CASE("log file: two computers that upgrade copies of one log give its replies the same ids", "[log][file][migration]")
{
    QTemporaryDir dir;
    const QString sussex = u"da81d610-1527-492a-8acf-41a3521d00f2"_s;
    ContactLog laptop;
    REQUIRE(laptop.open(releaseOneLog(dir, u"laptop.sqlite"_s)));
    ContactLog desktop;
    REQUIRE(desktop.open(releaseOneLog(dir, u"desktop.sqlite"_s)));
    const auto onLaptop = laptop.replies(sussex);
    const auto onDesktop = desktop.replies(sussex);
    REQUIRE(onLaptop);
    REQUIRE(onDesktop);
    REQUIRE(onLaptop->size() == 1);
    REQUIRE(onDesktop->size() == 1);
    CHECK(onLaptop->at(0).uuid == onDesktop->at(0).uuid);
    CHECK(onLaptop->at(0).uuid != sussex); // a reply's id is not its letter's

    // The laptop's export read on the desktop: the reply is the one already there.
    const QString file = dir.filePath(u"laptop.json"_s);
    REQUIRE(LogTransfer::exportTo(laptop, file, LogExchange::Format::Json, LogExchange::Privacy::Full).error.isEmpty());
    const LogTransfer::Parsed parsed = LogTransfer::read(file);
    REQUIRE(parsed.error.isEmpty());
    REQUIRE(parsed.replies.size() == 1);
    ContactLog::ImportReport report;
    REQUIRE(desktop.merge(parsed.records, parsed.replies, &report));
    CHECK(report.repliesAdded == 0);
    CHECK(report.repliesSkipped == 1);
    CHECK(desktop.replies(sussex)->size() == 1);
}

TEST_CASE("log file: two upgraded copies that had recorded different replies to one letter keep both, once", "[log][file][migration]")
{
    QTemporaryDir dir;
    const QString sussex = u"da81d610-1527-492a-8acf-41a3521d00f2"_s;
    const QString laptopPath = releaseOneLog(dir, u"laptop.sqlite"_s);
    const QString desktopPath = releaseOneLog(dir, u"desktop.sqlite"_s);
    // Before replies had rows of their own, the desktop's copy was changed in place.
    pcctest::SqliteConnection(desktopPath).exec(
        u"UPDATE contacts SET reply_outcome = 'declined', reply_date = '2026-10-05' WHERE uuid = '"_s + sussex + u"'"_s);
    ContactLog laptop;
    REQUIRE(laptop.open(laptopPath));
    ContactLog desktop;
    REQUIRE(desktop.open(desktopPath));
    REQUIRE(laptop.replies(sussex)->first().uuid == desktop.replies(sussex)->first().uuid);

    const QString file = dir.filePath(u"laptop.json"_s);
    REQUIRE(LogTransfer::exportTo(laptop, file, LogExchange::Format::Json, LogExchange::Privacy::Full).error.isEmpty());
    const LogTransfer::Parsed parsed = LogTransfer::read(file);
    REQUIRE(parsed.error.isEmpty());
    for (int round = 0; round < 2; ++round) {
        INFO("import " << round + 1);
        ContactLog::ImportReport report;
        REQUIRE(desktop.merge(parsed.records, parsed.replies, &report));
        CHECK(report.repliesAdded == (round == 0 ? 1 : 0));
        CHECK(report.repliesSkipped == (round == 0 ? 0 : 1));
        const auto both = desktop.replies(sussex);
        REQUIRE(both);
        REQUIRE(both->size() == 2);
        CHECK(both->at(0).outcome == ReplyOutcome::Commitment);
        CHECK(both->at(0).date == QDate(2026, 10, 1));
        CHECK(both->at(1).outcome == ReplyOutcome::Declined);
        CHECK(both->at(0).uuid != both->at(1).uuid);
    }
}

TEST_CASE("log file: letters whose ids would give their first replies one id keep both replies", "[log][file][migration]")
{
    QTemporaryDir dir;
    const QString path = releaseOneLog(dir, u"log.sqlite"_s);
    // Two letters whose ids differ only in the version digit, the one a first reply's id replaces.
    pcctest::SqliteConnection(path).exec(
        u"UPDATE contacts SET uuid = 'da81d610-1527-192a-8acf-41a3521d00f2', reply_outcome = 'declined', reply_date = '2026-10-02' "
        "WHERE force_id = 'gwent'"_s);
    ContactLog log;
    REQUIRE(log.open(path));
    const auto all = log.allReplies();
    REQUIRE(all);
    REQUIRE(all->size() == 2);
    CHECK(all->at(0).uuid != all->at(1).uuid);
    CHECK(log.integrityCheck() == u"ok"_s);
}

TEST_CASE("log file: upgraded to version 7, a call recorded before has no reminder, and a letter keeps its own", "[log][file][migration]")
{
    QTemporaryDir dir;
    const QString path = releaseOneLog(dir, u"log.sqlite"_s);
    // Gwent's letter, awaiting a reply with a reminder, recorded as a phone call instead.
    pcctest::SqliteConnection(path).exec(u"UPDATE contacts SET channel = 'phone' WHERE force_id = 'gwent'"_s);
    ContactLog log;
    REQUIRE(log.open(path));
    const auto contacts = log.contacts();
    REQUIRE(contacts);
    for (const ContactRecord &r : *contacts) {
        INFO(r.forceId.toStdString());
        if (r.forceId == u"gwent"_s)
            CHECK_FALSE(r.followUpDue.isValid());
        if (r.forceId == u"gloucestershire"_s)
            CHECK(r.followUpDue == QDate(2026, 10, 15));
    }
    const auto due = log.dueFollowUps(QDate(2026, 11, 28));
    REQUIRE(due);
    REQUIRE(due->size() == 1);
    CHECK(due->first().forceId == u"gloucestershire"_s);
}

TEST_CASE("log file: a log from a newer version is refused, not downgraded", "[log][file][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"log.sqlite"_s);
    {
        ContactLog log;
        REQUIRE(log.open(path));
    }
    pcctest::SqliteConnection(path).exec(u"PRAGMA user_version = 99"_s);
    // The newer version keeps a rollback journal: the message says the log was not changed, and
    // it is not, to the byte (the journal mode is in the file's header).
    pcctest::SqliteConnection(path).exec(u"PRAGMA journal_mode = DELETE"_s);
    const QByteArray before = pcctest::readFile(path);
    REQUIRE(before.at(18) == 1);
    ContactLog log;
    CHECK_FALSE(log.open(path));
    CHECK(log.problem() == ContactLog::Problem::TooNew);
    CHECK(log.lastError().contains(u"newer version"_s));
    CHECK(log.lastError().contains(u"not changed"_s));
    CHECK(headerInt(path, 60) == 99);
    CHECK(pcctest::readFile(path) == before);
}

TEST_CASE("log file: a log from the first release ends with the indexes and triggers of a new log", "[log][file][migration]")
{
    QTemporaryDir dir;
    const QString fresh = dir.filePath(u"new.sqlite"_s);
    const QString old = releaseOneLog(dir, u"contact-log.sqlite"_s);
    for (const QString &path : {fresh, old}) {
        ContactLog log;
        REQUIRE(log.open(path));
    }
    const QStringList objects = schemaObjects(fresh);
    CHECK(objects.contains(u"trigger contacts_ai on contacts"_s));
    CHECK(objects.contains(u"trigger contacts_au on contacts"_s));
    CHECK(objects.contains(u"trigger contacts_ad on contacts"_s));
    // Version 6 dropped the index by force alone: nothing read from it, and every write kept it.
    CHECK(indexesOnContacts(objects) == kContactsIndexes);
    CHECK(schemaObjects(old) == objects);
}

TEST_CASE("log file: a large import builds the log's indexes and progress triggers again", "[log][file]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"log.sqlite"_s);
    {
        ContactLog log;
        REQUIRE(log.open(path));
    }
    const QStringList objects = schemaObjects(path);
    {
        ContactLog log;
        REQUIRE(log.open(path));
        // Large enough that the import drops its indexes and builds them once at the end.
        QList<ContactRecord> records;
        for (int i = 0; i < 5000; ++i) {
            ContactRecord r;
            r.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            r.profileUuid = u"b0000000-0000-4000-8000-000000000001"_s;
            r.profileName = u"Alice"_s;
            r.forceId = i % 2 ? u"kent"_s : u"essex"_s;
            r.status = i == 4999 ? ContactStatus::Replied : ContactStatus::Sent;
            r.date = QDate(2026, 11, 1);
            r.updatedAt = QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);
            r.updatedAtKnown = true;
            records << r;
        }
        ContactLog::ImportReport report;
        REQUIRE(log.merge(records, &report));
        CHECK(report.added == 5000);
        const auto progress = log.progressByForce(u"b0000000-0000-4000-8000-000000000001"_s);
        REQUIRE(progress);
        CHECK(progress->value(u"kent"_s) == ForceProgress::Replied);
        CHECK(progress->value(u"essex"_s) == ForceProgress::Sent);
        // The triggers are back: a letter recorded after the import still moves the map.
        ContactRecord later = records.at(0);
        later.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        later.forceId = u"surrey"_s;
        later.profileUuid.clear();
        const Profile alice = *log.profileByName(u"Alice"_s);
        later.setSender(alice);
        REQUIRE(log.addContact(&later));
        CHECK(log.progressByForce(alice.uuid)->value(u"surrey"_s) == ForceProgress::Sent);
        CHECK(log.integrityCheck() == u"ok"_s);
    }
    CHECK(schemaObjects(path) == objects);
}
