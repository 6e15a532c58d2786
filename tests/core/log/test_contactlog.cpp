#include "catchcompat.h"
#include "profilefixture.h"
#include "sqliteconnection.h"
#include "testsupport.h"

#include "contactlog.h"
#include "contactrecorder.h"
#include "logexchange.h"
#include "replyrecorder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QUuid>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/stat.h>
#endif

using namespace Qt::StringLiterals;
using namespace pcc;
using pcctest::makeProfile;

namespace {

ContactRecord addContact(ContactLog &log, const Profile &profile, const QString &force, ContactStatus status,
                         const QDate &date = QDate(2026, 11, 1))
{
    ContactRecord r;
    r.setSender(profile);
    r.forceId = force;
    r.status = status;
    r.date = date;
    r.letterText = u"letter to "_s + force;
    ContactRecorder recorder(log);
    REQUIRE(recorder.record(&r));
    return r;
}

template<typename T>
T need(const std::optional<T> &value)
{
    REQUIRE(value.has_value());
    return *value;
}

} // namespace

TEST_CASE("log: profiles can be added, listed, renamed and switched", "[log]")
{
    QTemporaryDir dir;
    ContactLog log;
    REQUIRE(log.open(dir.filePath(u"log.sqlite"_s)));
    const Profile alice = makeProfile(log, u"Alice"_s);
    const Profile bob = makeProfile(log, u"Bob"_s);
    CHECK(need(log.currentProfile()).uuid == alice.uuid); // the first profile becomes current
    REQUIRE(log.setCurrentProfile(bob.uuid));
    CHECK(need(log.currentProfile()).uuid == bob.uuid);
    CHECK(need(log.profiles()).size() == 2);
    CHECK(need(log.profileByName(u"Alice"_s)).address == QStringList{u"1 Test Street"_s, u"Bristol"_s});

    Profile dup;
    dup.name = u"Alice"_s;
    CHECK_FALSE(log.addProfile(&dup));
    CHECK(log.lastError().contains(u"already a profile"_s));
    CHECK_FALSE(log.setCurrentProfile(u"00000000-0000-4000-8000-00000000dead"_s));

    // A rename keeps the identity: contacts and the current-profile choice follow the uuid.
    addContact(log, bob, u"kent"_s, ContactStatus::Sent);
    Profile renamed = bob;
    renamed.name = u"Robert"_s;
    REQUIRE(log.updateProfile(renamed));
    CHECK(need(log.currentProfile()).name == u"Robert"_s);
    CHECK(need(log.contacts(bob.uuid)).size() == 1);
    CHECK(need(log.contacts(bob.uuid)).first().profileName == u"Robert"_s);
    renamed.name = u"Alice"_s;
    CHECK_FALSE(log.updateProfile(renamed)); // names stay unique on this computer
}

TEST_CASE("log: contacts record progress per force for a profile and for the team", "[log]")
{
    QTemporaryDir dir;
    ContactLog log;
    REQUIRE(log.open(dir.filePath(u"log.sqlite"_s)));
    const Profile alice = makeProfile(log, u"Alice"_s);
    const Profile bob = makeProfile(log, u"Bob"_s);
    addContact(log, alice, u"kent"_s, ContactStatus::Sent);
    ContactRecord essex = addContact(log, alice, u"essex"_s, ContactStatus::Sent);
    addContact(log, bob, u"gwent"_s, ContactStatus::Drafted);
    addContact(log, bob, u"kent"_s, ContactStatus::Replied);

    auto mine = need(log.progressByForce(alice.uuid));
    CHECK(mine.size() == 2);
    CHECK(mine.value(u"kent"_s) == ForceProgress::Sent);
    CHECK_FALSE(mine.contains(u"gwent"_s));

    auto team = need(log.progressByForce());
    CHECK(team.value(u"kent"_s) == ForceProgress::Replied);
    CHECK_FALSE(team.contains(u"gwent"_s)); // a draft is not a contact yet

    ContactRecorder recorder(log);
    ContactRecord byHand = essex; // a commitment set by hand would say nothing of what was committed
    byHand.replyOutcome = ReplyOutcome::Commitment;
    byHand.replyDate = QDate(2026, 11, 20);
    CHECK_FALSE(recorder.update(&byHand));
    CHECK(recorder.lastError().contains(u"Record a reply"_s));
    CHECK(need(log.progressByForce(alice.uuid)).value(u"essex"_s) == ForceProgress::Sent);
    essex.replyOutcome = ReplyOutcome::Substantive;
    essex.replyDate = QDate(2026, 11, 20);
    REQUIRE(recorder.update(&essex));
    CHECK(essex.status == ContactStatus::Replied); // the recorder keeps status and reply in step
    Reply commitment;
    commitment.contactUuid = essex.uuid;
    commitment.date = QDate(2026, 11, 25);
    commitment.outcome = ReplyOutcome::Commitment;
    commitment.commitment.what = u"an independent stalking advocate"_s;
    ReplyRecorder replies(log);
    REQUIRE(replies.record(&commitment, {}));
    CHECK(need(log.progressByForce(alice.uuid)).value(u"essex"_s) == ForceProgress::Commitment);
    essex = *log.contact(essex.uuid);
    essex.notes = u"edited after the commitment"_s; // already a commitment: it may be edited
    CHECK(recorder.update(&essex));

    REQUIRE(log.deleteContact(essex.uuid));
    CHECK_FALSE(need(log.progressByForce(alice.uuid)).contains(u"essex"_s));
    CHECK(need(log.contacts(alice.uuid)).size() == 1);
    CHECK(need(log.contacts({}, u"kent"_s)).size() == 2);
}

TEST_CASE("log: status and reply always agree, whichever face records them", "[log]")
{
    ContactRecord r;
    r.status = ContactStatus::Sent;
    r.replyOutcome = ReplyOutcome::Acknowledgement;
    ContactRecorder::normalise(&r);
    CHECK(r.status == ContactStatus::Acknowledged);
    CHECK(r.replyDate.isValid());
    r.replyOutcome = ReplyOutcome::Declined;
    ContactRecorder::normalise(&r);
    CHECK(r.status == ContactStatus::Replied);
    r.status = ContactStatus::Sent;
    r.replyOutcome = ReplyOutcome::None;
    ContactRecorder::normalise(&r);
    CHECK_FALSE(r.replyDate.isValid());
    CHECK(r.status == ContactStatus::Sent);
}

TEST_CASE("log: follow-up reminders come at 14 days, again at 21, and stop after a reply", "[log]")
{
    QTemporaryDir dir;
    ContactLog log;
    REQUIRE(log.open(dir.filePath(u"log.sqlite"_s)));
    const Profile alice = makeProfile(log, u"Alice"_s);
    const QDate sent(2026, 10, 1);
    ContactRecord r = addContact(log, alice, u"kent"_s, ContactStatus::Sent, sent);
    CHECK(r.followUpDue == sent.addDays(14));
    CHECK(need(log.dueFollowUps(sent.addDays(13))).isEmpty());
    REQUIRE(need(log.dueFollowUps(sent.addDays(14))).size() == 1);

    ContactRecorder recorder(log);
    REQUIRE(recorder.snoozeFollowUp(r.uuid));
    CHECK(need(log.dueFollowUps(sent.addDays(20))).isEmpty());
    REQUIRE(need(log.dueFollowUps(sent.addDays(21))).size() == 1);
    REQUIRE(recorder.snoozeFollowUp(r.uuid));
    CHECK(need(log.dueFollowUps(sent.addDays(60))).isEmpty());

    ContactRecord other = addContact(log, alice, u"essex"_s, ContactStatus::Sent, sent);
    other.status = ContactStatus::Replied;
    REQUIRE(recorder.update(&other));
    CHECK(need(log.dueFollowUps(sent.addDays(30))).isEmpty());
}

TEST_CASE("log: deleting a profile deletes its contacts from the file", "[log]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"log.sqlite"_s);
    {
        ContactLog log;
        REQUIRE(log.open(path));
        const Profile alice = makeProfile(log, u"Alice"_s);
        const Profile bob = makeProfile(log, u"Bob"_s);
        ContactRecord r;
        r.setSender(alice);
        r.forceId = u"kent"_s;
        r.letterText = u"A very private sentence only Alice wrote."_s;
        REQUIRE(log.addContact(&r));
        addContact(log, bob, u"kent"_s, ContactStatus::Sent);
        REQUIRE(log.deleteProfile(alice.uuid));
        CHECK(need(log.contacts()).size() == 1);
        CHECK_FALSE(log.profileByUuid(alice.uuid));
    }
    QByteArray all = pcctest::readFile(path) + pcctest::readFile(path + u"-wal"_s);
    CHECK_FALSE(all.contains("A very private sentence"));
}

TEST_CASE("log: a folder that cannot be created gives a clear message", "[log]")
{
    QTemporaryDir dir;
    pcctest::writeFile(dir.filePath(u"not-a-folder"_s), "x");
    ContactLog log;
    CHECK_FALSE(log.open(dir.filePath(u"not-a-folder/log.sqlite"_s)));
    CHECK(log.lastError().contains(u"Cannot create the folder"_s));
}

TEST_CASE("log: a full disk gives a clear message and loses nothing already saved", "[log]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"log.sqlite"_s);
    QStringList saved;
    {
        ContactLog log;
        REQUIRE(log.open(path));
        const Profile alice = makeProfile(log, u"Alice"_s);
        log.setSizeLimit(256 * 1024);
        bool failed = false;
        for (int i = 0; i < 2000 && !failed; ++i) {
            ContactRecord r;
            r.setSender(alice);
            r.forceId = u"kent"_s;
            r.letterText = QString(2000, u'x');
            if (log.addContact(&r))
                saved << r.uuid;
            else
                failed = true;
        }
        REQUIRE(failed);
        CHECK(log.lastError().contains(u"disk is full"_s));
    }
    ContactLog reopened;
    REQUIRE(reopened.open(path));
    CHECK(need(reopened.contactCount()) == saved.size());
    CHECK(reopened.integrityCheck() == u"ok"_s);
}

TEST_CASE("log: merging by uuid adds, updates newer records and skips the rest", "[log]")
{
    QTemporaryDir dir;
    ContactLog a;
    REQUIRE(a.open(dir.filePath(u"a.sqlite"_s)));
    const Profile alice = makeProfile(a, u"Alice"_s);
    const ContactRecord r1 = addContact(a, alice, u"kent"_s, ContactStatus::Sent);
    addContact(a, alice, u"essex"_s, ContactStatus::Sent);

    ContactLog b;
    REQUIRE(b.open(dir.filePath(u"b.sqlite"_s)));
    ContactLog::ImportReport report;
    REQUIRE(b.merge(need(a.contacts()), &report));
    CHECK(report.added == 2);
    CHECK(report.profilesCreated == 1);
    CHECK(need(b.profileByUuid(alice.uuid)).name == u"Alice"_s); // the same person, by uuid
    REQUIRE(b.merge(need(a.contacts()), &report));
    CHECK(report.added == 0);
    CHECK(report.skipped == 2);

    ContactRecord changed = need(a.contact(r1.uuid));
    changed.status = ContactStatus::Replied;
    QThread::msleep(5);
    REQUIRE(a.updateContact(&changed));
    REQUIRE(b.merge(need(a.contacts()), &report));
    CHECK(report.updated == 1);
    CHECK(report.skipped == 1);
    CHECK(need(b.contact(r1.uuid)).status == ContactStatus::Replied);
    CHECK(need(b.contactCount()) == 2);
    // The map's progress is rebuilt after an import, and its triggers work again afterwards.
    CHECK(need(b.progressByForce(alice.uuid)).value(u"kent"_s) == ForceProgress::Replied);
    CHECK(need(b.progressByForce(alice.uuid)).value(u"essex"_s) == ForceProgress::Sent);
    addContact(b, alice, u"gwent"_s, ContactStatus::Sent);
    CHECK(need(b.progressByForce(alice.uuid)).value(u"gwent"_s) == ForceProgress::Sent);
}

TEST_CASE("log: an import from a different person with the same name keeps them apart", "[log]")
{
    QTemporaryDir dir;
    ContactLog a;
    REQUIRE(a.open(dir.filePath(u"a.sqlite"_s)));
    const Profile samA = makeProfile(a, u"Sam"_s);
    addContact(a, samA, u"kent"_s, ContactStatus::Sent);
    ContactLog b;
    REQUIRE(b.open(dir.filePath(u"b.sqlite"_s)));
    const Profile samB = makeProfile(b, u"Sam"_s);
    ContactLog::ImportReport report;
    REQUIRE(b.merge(need(a.contacts()), &report));
    const auto imported = need(b.profileByUuid(samA.uuid));
    CHECK(imported.name == u"Sam (2)"_s);
    CHECK(need(b.contacts(samB.uuid)).isEmpty()); // nothing was filed under the local Sam
    CHECK(need(b.contacts(samA.uuid)).size() == 1);
}

#ifdef Q_OS_UNIX
TEST_CASE("log: killing a writer at random moments loses no committed contact", "[log][crash]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"crash.sqlite"_s);
    QSet<QString> committed;
    const quint32 seed = pcctest::testSeed();
    INFO("random kill timings from seed " << seed << " (replay with PCC_TEST_SEED=" << seed << ")");
    QRandomGenerator rng(seed);
    for (int round = 0; round < 50; ++round) {
        QProcess child;
        child.start(QStringLiteral(PCC_TEST_HELPER), {u"log-writer"_s, path});
        REQUIRE(child.waitForStarted());
        // Wait for a random number of commits (or a random time) before killing.
        const int target = int(rng.bounded(1, 40));
        QByteArray pending;
        int seen = 0;
        while (seen < target && child.state() == QProcess::Running) {
            child.waitForReadyRead(int(rng.bounded(1, 30)));
            pending += child.readAllStandardOutput();
            seen = int(pending.count('\n'));
            if (rng.bounded(8) == 0)
                break;
        }
        ::kill(pid_t(child.processId()), SIGKILL);
        child.waitForFinished();
        pending += child.readAllStandardOutput();
        // Only complete lines were reported as committed.
        const QList<QByteArray> lines = pending.split('\n');
        for (qsizetype i = 0; i + 1 < lines.size(); ++i)
            committed.insert(QString::fromLatin1(lines.at(i)));
        INFO(child.readAllStandardError().toStdString());
    }
    ContactLog log;
    REQUIRE(log.open(path));
    CHECK(log.notice().isEmpty());
    CHECK(log.integrityCheck() == u"ok"_s);
    int missing = 0;
    for (const QString &uuid : committed) {
        if (!log.contact(uuid))
            ++missing;
    }
    CHECK(committed.size() > 50);
    CHECK(missing == 0);
}
#endif

#include "isodates.h"

TEST_CASE("log: ISO dates are written and read exactly as Qt does", "[log]")
{
    const QDateTime when(QDate(2026, 3, 7), QTime(4, 5, 6, 78), Qt::UTC);
    CHECK(IsoDates::date(when.date()) == when.date().toString(Qt::ISODate));
    CHECK(IsoDates::utcDateTime(when) == when.toString(Qt::ISODateWithMs));
    CHECK(IsoDates::date(QDate()).isEmpty());
    CHECK(IsoDates::utcDateTime(QDateTime()).isEmpty());
    const QDateTime local = QDateTime::currentDateTime();
    CHECK(QDateTime::fromString(IsoDates::utcDateTime(local), Qt::ISODateWithMs) == local.toUTC());
    CHECK(IsoDates::parseDateTime(IsoDates::utcDateTime(when)) == when);
    CHECK(IsoDates::parseDate(u"2026-03-07"_s) == QDate(2026, 3, 7));
    for (const QString &bad : {u"2026-13-01"_s, u"2026-02-30"_s, u"2026-3-07"_s, u"2026-03-07 "_s, u"２０２６-03-07"_s, QString()})
        CHECK_FALSE(IsoDates::parseDate(bad).isValid());
    CHECK_FALSE(IsoDates::parseDateTime(u"2026-03-07T25:00:00.000Z"_s).isValid());
}

TEST_CASE("log: a NUL or other control character is refused at recording and at import, with a reason", "[log][security]")
{
    QTemporaryDir dir;
    ContactLog log;
    REQUIRE(log.open(dir.filePath(u"log.sqlite"_s)));
    Profile p;
    p.name = u"Nia"_s;
    REQUIRE(log.addProfile(&p));
    ContactRecord r;
    r.setSender(p);
    r.forceId = u"kent"_s;
    r.notes = u"rang back"_s + QChar(0) + u"hidden"_s;
    CHECK_FALSE(log.addContact(&r));
    CHECK(log.lastError().contains(u"U+0000"_s));
    CHECK(log.lastError().contains(u"notes"_s));
    r.notes = u"tabs\tand\nline breaks are fine"_s;
    REQUIRE(log.addContact(&r));
    r.letterText = u"bell"_s + QChar(7);
    CHECK_FALSE(log.updateContact(&r));
    CHECK(log.lastError().contains(u"U+0007"_s));
    // C1 controls too: a terminal may obey U+009B as an escape. The first letter after them is text.
    r.letterText = u"Dear"_s + QChar(0x9b) + u"2J Commissioner"_s;
    CHECK_FALSE(log.updateContact(&r));
    CHECK(log.lastError().contains(u"U+009b"_s));
    r.letterText = u"Dear"_s + QChar(0x9f);
    CHECK_FALSE(log.updateContact(&r));
    CHECK(log.lastError().contains(u"U+009f"_s));
    const auto stored = log.contact(r.uuid);
    REQUIRE(stored);
    CHECK(stored->letterText.isEmpty()); // nothing changed
    r.letterText = u"Dear Ms\u00a0Jones, caf\u00e9"_s;
    REQUIRE(log.updateContact(&r));
    CHECK(log.contact(r.uuid)->letterText == r.letterText);

    ContactRecord bad = r;
    bad.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    bad.notes = u"a"_s + QChar(0x7f);
    const QByteArray csv = LogExchange::write({bad}, LogExchange::Format::Csv, LogExchange::Privacy::Full);
    DataIssues issues;
    CHECK(LogExchange::read(csv, LogExchange::Format::Csv, &issues).isEmpty());
    REQUIRE(issues.size() == 1);
    CHECK(issues.first().message.contains(u"U+007f"_s));
}

TEST_CASE("log: a new profile's name is one line: a tab or a line break in it would make rows of its own in the command line's lists",
          "[log][security]")
{
    QTemporaryDir dir;
    ContactLog log;
    REQUIRE(log.open(dir.filePath(u"log.sqlite"_s)));
    Profile eve;
    eve.name = u"Eve\n11111111-1111-4111-8111-111111111111\tAlice\tkent"_s;
    CHECK_FALSE(log.addProfile(&eve));
    CHECK(log.lastError().contains(u"one line"_s));
    eve.name = u"Eve\tAlice"_s;
    CHECK_FALSE(log.addProfile(&eve));
    eve.name = u"Eve"_s;
    REQUIRE(log.addProfile(&eve));
    eve.name = u"Eve\rAlice"_s;
    CHECK_FALSE(log.updateProfile(eve));
    CHECK(log.profileByName(u"Eve"_s));

    // A name an earlier version let in still records letters (the lists print it on one line).
    pcctest::SqliteConnection(log.path()).exec(u"UPDATE profiles SET name = 'Fay' || char(9) || 'Smith' WHERE name = 'Eve'"_s);
    ContactRecord r;
    r.profileUuid = eve.uuid;
    r.forceId = u"kent"_s;
    CHECK(log.addContact(&r));
}

TEST_CASE("log: a draft edited to sent gets its reminder, and a corrected date moves it", "[log]")
{
    QTemporaryDir dir;
    ContactLog log;
    REQUIRE(log.open(dir.filePath(u"log.sqlite"_s)));
    Profile p;
    p.name = u"Nia"_s;
    REQUIRE(log.addProfile(&p));
    ContactRecorder recorder(log);
    ContactRecord r;
    r.setSender(p);
    r.forceId = u"kent"_s;
    r.status = ContactStatus::Drafted;
    r.date = QDate(2026, 11, 1);
    REQUIRE(recorder.record(&r));
    CHECK_FALSE(log.contact(r.uuid)->followUpDue.isValid()); // a draft is not waiting for a reply

    r.status = ContactStatus::Sent; // the volunteer posted it and says so
    r.date = QDate(2026, 11, 10);
    REQUIRE(recorder.update(&r));
    CHECK(log.contact(r.uuid)->followUpDue == QDate(2026, 11, 24));

    r.date = QDate(2026, 11, 12); // the date was wrong
    REQUIRE(recorder.update(&r));
    CHECK(log.contact(r.uuid)->followUpDue == QDate(2026, 11, 26));

    // An edit of the notes alone keeps a snoozed reminder where it is.
    REQUIRE(recorder.snoozeFollowUp(r.uuid));
    ContactRecord again = *log.contact(r.uuid);
    const QDate snoozed = again.followUpDue;
    again.notes = u"rang, no answer"_s;
    REQUIRE(recorder.update(&again));
    CHECK(log.contact(r.uuid)->followUpDue == snoozed);
}
