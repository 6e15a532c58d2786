#include "catchcompat.h"
#include "testsupport.h"

#include "contactlog.h"
#include "logexchange.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/stat.h>
#endif

using namespace Qt::StringLiterals;
using namespace pcc;

namespace {

Profile makeProfile(ContactLog &log, const QString &name)
{
    Profile p;
    p.name = name;
    p.address = {u"1 Test Street"_s, u"Bristol"_s};
    p.postcode = u"BS1 1AA"_s;
    REQUIRE(log.addProfile(&p));
    return p;
}

ContactRecord addContact(ContactLog &log, const QString &profile, const QString &force, ContactStatus status,
                         const QDate &date = QDate(2026, 11, 1))
{
    ContactRecord r;
    r.profileName = profile;
    r.forceId = force;
    r.status = status;
    r.date = date;
    r.letterText = u"letter to "_s + force;
    REQUIRE(log.addContact(&r));
    return r;
}

} // namespace

TEST_CASE("log: profiles can be added, listed and switched", "[log]")
{
    QTemporaryDir dir;
    ContactLog log;
    REQUIRE(log.open(dir.filePath(u"log.sqlite"_s)));
    makeProfile(log, u"Alice"_s);
    makeProfile(log, u"Bob"_s);
    CHECK(log.currentProfileName() == u"Alice"_s); // the first profile becomes current
    REQUIRE(log.setCurrentProfile(u"Bob"_s));
    CHECK(log.currentProfileName() == u"Bob"_s);
    CHECK(log.profiles().size() == 2);
    CHECK(log.profile(u"Alice"_s)->address == QStringList{u"1 Test Street"_s, u"Bristol"_s});

    Profile dup;
    dup.name = u"Alice"_s;
    CHECK_FALSE(log.addProfile(&dup));
    CHECK(log.lastError().contains(u"already a profile"_s));
    CHECK_FALSE(log.setCurrentProfile(u"Nobody"_s));
}

TEST_CASE("log: contacts record progress per force for a profile and for the team", "[log]")
{
    QTemporaryDir dir;
    ContactLog log;
    REQUIRE(log.open(dir.filePath(u"log.sqlite"_s)));
    makeProfile(log, u"Alice"_s);
    makeProfile(log, u"Bob"_s);
    addContact(log, u"Alice"_s, u"kent"_s, ContactStatus::Sent);
    ContactRecord essex = addContact(log, u"Alice"_s, u"essex"_s, ContactStatus::Sent);
    addContact(log, u"Bob"_s, u"gwent"_s, ContactStatus::Drafted);
    addContact(log, u"Bob"_s, u"kent"_s, ContactStatus::Replied);

    auto alice = log.progressByForce(u"Alice"_s);
    CHECK(alice.size() == 2);
    CHECK(alice.value(u"kent"_s) == ForceProgress::Sent);
    CHECK_FALSE(alice.contains(u"gwent"_s));

    auto team = log.progressByForce();
    CHECK(team.value(u"kent"_s) == ForceProgress::Replied);
    CHECK_FALSE(team.contains(u"gwent"_s)); // a draft is not a contact yet

    essex.status = ContactStatus::Replied;
    essex.replyOutcome = u"commitment"_s;
    essex.replyDate = QDate(2026, 11, 20);
    REQUIRE(log.updateContact(essex));
    CHECK(log.progressByForce(u"Alice"_s).value(u"essex"_s) == ForceProgress::Commitment);

    REQUIRE(log.deleteContact(essex.uuid));
    CHECK_FALSE(log.progressByForce(u"Alice"_s).contains(u"essex"_s));
    CHECK(log.contacts(u"Alice"_s).size() == 1);
    CHECK(log.contacts({}, u"kent"_s).size() == 2);
}

TEST_CASE("log: follow-up reminders come at 14 days, again at 21, and stop after a reply", "[log]")
{
    QTemporaryDir dir;
    ContactLog log;
    REQUIRE(log.open(dir.filePath(u"log.sqlite"_s)));
    makeProfile(log, u"Alice"_s);
    const QDate sent(2026, 10, 1);
    ContactRecord r = addContact(log, u"Alice"_s, u"kent"_s, ContactStatus::Sent, sent);
    CHECK(r.followUpDue == sent.addDays(14));
    CHECK(log.dueFollowUps(sent.addDays(13)).isEmpty());
    REQUIRE(log.dueFollowUps(sent.addDays(14)).size() == 1);

    REQUIRE(log.snoozeFollowUp(r.uuid));
    CHECK(log.dueFollowUps(sent.addDays(20)).isEmpty());
    REQUIRE(log.dueFollowUps(sent.addDays(21)).size() == 1);
    REQUIRE(log.snoozeFollowUp(r.uuid));
    CHECK(log.dueFollowUps(sent.addDays(60)).isEmpty());

    ContactRecord other = addContact(log, u"Alice"_s, u"essex"_s, ContactStatus::Sent, sent);
    other.status = ContactStatus::Replied;
    REQUIRE(log.updateContact(other));
    CHECK(log.dueFollowUps(sent.addDays(30)).isEmpty());
}

TEST_CASE("log: deleting a profile deletes its contacts from the file", "[log]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"log.sqlite"_s);
    {
        ContactLog log;
        REQUIRE(log.open(path));
        makeProfile(log, u"Alice"_s);
        makeProfile(log, u"Bob"_s);
        ContactRecord r;
        r.profileName = u"Alice"_s;
        r.forceId = u"kent"_s;
        r.letterText = u"A very private sentence only Alice wrote."_s;
        REQUIRE(log.addContact(&r));
        addContact(log, u"Bob"_s, u"kent"_s, ContactStatus::Sent);
        REQUIRE(log.deleteProfile(u"Alice"_s));
        CHECK(log.contacts().size() == 1);
        CHECK_FALSE(log.profile(u"Alice"_s));
    }
    QByteArray all = pcctest::readFile(path) + pcctest::readFile(path + u"-wal"_s);
    CHECK_FALSE(all.contains("A very private sentence"));
}

#ifdef Q_OS_UNIX
TEST_CASE("log: the database file is readable by its owner only", "[log]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"log.sqlite"_s);
    ContactLog log;
    REQUIRE(log.open(path));
    struct stat st{};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
}
#endif

TEST_CASE("log: a corrupt file is moved aside, never overwritten, and a fresh log starts", "[log]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"log.sqlite"_s);
    const QByteArray garbage = QByteArray("SQLite format 3") + QByteArray(4096, '\x5a');
    pcctest::writeFile(path, garbage);
    ContactLog log;
    REQUIRE(log.open(path));
    CHECK(log.notice().contains(u"damaged"_s));
    const QStringList aside = QDir(dir.path()).entryList({u"log.sqlite.corrupt-*"_s});
    REQUIRE(aside.size() == 1);
    CHECK(pcctest::readFile(dir.filePath(aside.first())) == garbage);
    makeProfile(log, u"Alice"_s);
    CHECK(log.integrityCheck() == u"ok"_s);
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
        makeProfile(log, u"Alice"_s);
        log.setSizeLimit(256 * 1024);
        bool failed = false;
        for (int i = 0; i < 2000 && !failed; ++i) {
            ContactRecord r;
            r.profileName = u"Alice"_s;
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
    CHECK(reopened.contactCount() == saved.size());
    CHECK(reopened.integrityCheck() == u"ok"_s);
}

TEST_CASE("log: merging by uuid adds, updates newer records and skips the rest", "[log]")
{
    QTemporaryDir dir;
    ContactLog a;
    REQUIRE(a.open(dir.filePath(u"a.sqlite"_s)));
    makeProfile(a, u"Alice"_s);
    const ContactRecord r1 = addContact(a, u"Alice"_s, u"kent"_s, ContactStatus::Sent);
    addContact(a, u"Alice"_s, u"essex"_s, ContactStatus::Sent);

    ContactLog b;
    REQUIRE(b.open(dir.filePath(u"b.sqlite"_s)));
    ContactLog::ImportReport report;
    REQUIRE(b.merge(a.contacts(), &report));
    CHECK(report.added == 2);
    REQUIRE(b.merge(a.contacts(), &report));
    CHECK(report.added == 0);
    CHECK(report.skipped == 2);

    ContactRecord changed = *a.contact(r1.uuid);
    changed.status = ContactStatus::Replied;
    QThread::msleep(5);
    REQUIRE(a.updateContact(changed));
    REQUIRE(b.merge(a.contacts(), &report));
    CHECK(report.updated == 1);
    CHECK(report.skipped == 1);
    CHECK(b.contact(r1.uuid)->status == ContactStatus::Replied);
    CHECK(b.contactCount() == 2);
    // The map's progress is rebuilt after an import, and its triggers work again afterwards.
    CHECK(b.progressByForce(u"Alice"_s).value(u"kent"_s) == ForceProgress::Replied);
    CHECK(b.progressByForce(u"Alice"_s).value(u"essex"_s) == ForceProgress::Sent);
    addContact(b, u"Alice"_s, u"gwent"_s, ContactStatus::Sent);
    CHECK(b.progressByForce(u"Alice"_s).value(u"gwent"_s) == ForceProgress::Sent);
}

TEST_CASE("log: export and import round-trip through CSV and JSON", "[log]")
{
    QTemporaryDir dir;
    ContactLog log;
    REQUIRE(log.open(dir.filePath(u"log.sqlite"_s)));
    makeProfile(log, u"Alice"_s);
    ContactRecord r = addContact(log, u"Alice"_s, u"kent"_s, ContactStatus::Sent);
    r.notes = u"Rang, said \"thanks\", will reply,\nsoon"_s;
    REQUIRE(log.updateContact(r));
    for (const auto format : {LogExchange::Format::Csv, LogExchange::Format::Json}) {
        const QByteArray data = LogExchange::write(log.contacts(), format, false);
        DataIssues issues;
        const QList<ContactRecord> back = LogExchange::read(data, format, &issues);
        INFO(data.toStdString());
        REQUIRE(issues.isEmpty());
        REQUIRE(back.size() == 1);
        CHECK(back.first().uuid == r.uuid);
        CHECK(back.first().notes == r.notes);
        CHECK(back.first().profileName == u"Alice"_s);
    }
    const QByteArray anonymous = LogExchange::write(log.contacts(), LogExchange::Format::Csv, true);
    CHECK_FALSE(anonymous.contains("Alice"));
    CHECK_FALSE(anonymous.contains("thanks"));
    CHECK(anonymous.startsWith("uuid,force_id,date,channel,status"));
}

TEST_CASE("log: malformed imports report every bad row", "[log]")
{
    DataIssues issues;
    const QByteArray csv = "uuid,force_id,date,channel,status\r\n"
                           "0b0d9c1e-1111-4c1e-9d1e-000000000001,kent,2026-11-01,post,sent\r\n"
                           "0b0d9c1e-1111-4c1e-9d1e-000000000002,atlantis,2026-11-01,post,sent\r\n"
                           "0b0d9c1e-1111-4c1e-9d1e-000000000003,kent,2026-13-45,post,sent\r\n"
                           "0b0d9c1e-1111-4c1e-9d1e-000000000001,essex,2026-11-01,post,sent\r\n"
                           "0b0d9c1e-1111-4c1e-9d1e-000000000004,kent,2026-11-01\r\n"
                           "not-a-uuid,kent,2026-11-01,pigeon,sent\r\n";
    const QList<ContactRecord> good = LogExchange::read(csv, LogExchange::Format::Csv, &issues);
    CHECK(good.size() == 1);
    QStringList text;
    for (const DataIssue &i : issues)
        text << i.toString();
    const QString all = text.join(u'\n');
    INFO(all.toStdString());
    CHECK(all.contains(u"line 3: force id 'atlantis'"_s));
    CHECK(all.contains(u"line 4: date '2026-13-45'"_s));
    CHECK(all.contains(u"line 5: duplicate uuid"_s));
    CHECK(all.contains(u"line 6: 3 fields, but the header has 5"_s));
    CHECK(all.contains(u"line 7: uuid 'not-a-uuid'"_s));
    CHECK(all.contains(u"line 7: channel 'pigeon'"_s));

    issues.clear();
    LogExchange::read("name,when\nx,y\n", LogExchange::Format::Csv, &issues);
    CHECK(issues.first().message.contains(u"missing column 'uuid'"_s));

    issues.clear();
    LogExchange::read(QByteArray(LogExchange::MaxImportBytes + 1, ' '), LogExchange::Format::Json, &issues);
    CHECK(issues.first().message.contains(u"limit"_s));

    issues.clear();
    LogExchange::read("{\"contacts\": [", LogExchange::Format::Json, &issues);
    CHECK(issues.first().message.contains(u"malformed JSON"_s));
}

#ifdef Q_OS_UNIX
TEST_CASE("log: killing a writer at random moments loses no committed contact", "[log][crash]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"crash.sqlite"_s);
    QSet<QString> committed;
    auto *rng = QRandomGenerator::global();
    for (int round = 0; round < 50; ++round) {
        QProcess child;
        child.start(QStringLiteral(PCC_TEST_HELPER), {u"log-writer"_s, path});
        REQUIRE(child.waitForStarted());
        // Wait for a random number of commits (or a random time) before killing.
        const int target = int(rng->bounded(1, 40));
        QByteArray pending;
        int seen = 0;
        while (seen < target && child.state() == QProcess::Running) {
            child.waitForReadyRead(int(rng->bounded(1, 30)));
            pending += child.readAllStandardOutput();
            seen = int(pending.count('\n'));
            if (rng->bounded(8) == 0)
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

TEST_CASE("log: ISO dates are written exactly as Qt writes them", "[log]")
{
    const QDateTime when(QDate(2026, 3, 7), QTime(4, 5, 6, 78), Qt::UTC);
    CHECK(IsoDates::date(when.date()) == when.date().toString(Qt::ISODate));
    CHECK(IsoDates::utcDateTime(when) == when.toString(Qt::ISODateWithMs));
    CHECK(IsoDates::date(QDate()).isEmpty());
    CHECK(IsoDates::utcDateTime(QDateTime()).isEmpty());
    const QDateTime local = QDateTime::currentDateTime();
    CHECK(QDateTime::fromString(IsoDates::utcDateTime(local), Qt::ISODateWithMs) == local.toUTC());
}
