// The log file itself: whose it is, what happens when it is busy or damaged, its migrations
// and its permissions.
#include "catchcompat.h"
#include "sqliteconnection.h"
#include "logfileinspection.h"
#include "testsupport.h"

#include "contactlog.h"
#include "logexchange.h"
#include "owneronly.h"
#include "wholefile.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace pcc;
using pcctest::headerInt;
using pcctest::indexesOnContacts;
using pcctest::kContactsIndexes;
using pcctest::schemaObjects;

namespace {

QStringList listing(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

// A SQLite file written by another program (say, a notes app), closed.
void writeForeignDatabase(const QString &path)
{
    const pcctest::SqliteConnection db(path);
    db.exec(u"CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"_s);
    db.exec(u"INSERT INTO notes(body) VALUES ('my private notes')"_s);
}

} // namespace

TEST_CASE("log file: a new log is marked as ours with its schema version", "[log][file]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"log.sqlite"_s);
    {
        ContactLog log;
        REQUIRE(log.open(path));
        CHECK(log.schemaVersion() == ContactLog::SchemaVersion);
    }
    CHECK(headerInt(path, 68) == ContactLog::ApplicationId);
    CHECK(headerInt(path, 60) == ContactLog::SchemaVersion);
}

TEST_CASE("log file: another program's SQLite file is refused and left byte for byte", "[log][file]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"my-notes.db"_s);
    writeForeignDatabase(path);
    const QByteArray before = pcctest::readFile(path);
    const QStringList filesBefore = listing(dir.path());
    ContactLog log;
    CHECK_FALSE(log.open(path));
    CHECK(log.problem() == ContactLog::Problem::NotALog);
    CHECK(log.lastError().contains(u"not a PCC Campaigner contact log"_s));
    CHECK(log.lastError().contains(u"left exactly as it was"_s));
    CHECK(pcctest::readFile(path) == before);
    CHECK(listing(dir.path()) == filesBefore); // no -wal, -shm, journal or copy beside it
}

TEST_CASE("log file: a text file, or one that only looks like SQLite, is refused untouched", "[log][file]")
{
    QTemporaryDir dir;
    for (const QByteArray &content : {QByteArray("name,when\nAlice,today\n"),
                                      QByteArray("SQLite format 3") + QByteArray(4096, '\x5a')}) {
        const QString path = dir.filePath(u"other.db"_s);
        pcctest::writeFile(path, content);
        const QStringList filesBefore = listing(dir.path());
        ContactLog log;
        CHECK_FALSE(log.open(path));
        CHECK(log.problem() == ContactLog::Problem::NotALog);
        CHECK(pcctest::readFile(path) == content);
        CHECK(listing(dir.path()) == filesBefore);
    }
}

TEST_CASE("log file: a log held locked by another program is reported busy and never moved", "[log][file]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"log.sqlite"_s);
    {
        ContactLog log;
        REQUIRE(log.open(path));
        Profile p;
        p.name = u"Alice"_s;
        REQUIRE(log.addProfile(&p));
    }
    {
        const pcctest::SqliteConnection locker(path);
        // An exclusive lock held for longer than the log's busy timeout.
        locker.exec(u"PRAGMA locking_mode=EXCLUSIVE"_s);
        locker.exec(u"BEGIN EXCLUSIVE"_s);
        locker.exec(u"UPDATE profiles SET email = 'held@example.org'"_s);
        const QStringList filesBefore = listing(dir.path());
        {
            ContactLog log;
            log.setBusyTimeout(200);
            CHECK_FALSE(log.open(path, ContactLog::Check::Quick));
            CHECK(log.problem() == ContactLog::Problem::Busy);
            CHECK(log.lastError().contains(u"in use by another program"_s));
        }
        {
            ContactLog log;
            log.setBusyTimeout(200);
            CHECK_FALSE(log.open(path, ContactLog::Check::Full));
            CHECK(log.problem() == ContactLog::Problem::Busy);
        }
        CHECK(listing(dir.path()) == filesBefore); // nothing kept aside: busy is not damaged
        locker.exec(u"ROLLBACK"_s);
    }
    ContactLog log;
    REQUIRE(log.open(path));
    const auto profiles = log.profiles();
    REQUIRE(profiles);
    CHECK(profiles->size() == 1);
}

TEST_CASE("log file: a write while another program holds the log fails as busy and changes nothing", "[log][file]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"log.sqlite"_s);
    ContactLog log;
    log.setBusyTimeout(200);
    REQUIRE(log.open(path));
    {
        const pcctest::SqliteConnection locker(path);
        locker.exec(u"BEGIN IMMEDIATE"_s); // another writer holds the write lock
        Profile p;
        p.name = u"Alice"_s;
        CHECK_FALSE(log.addProfile(&p));
        CHECK(log.problem() == ContactLog::Problem::Busy);
        CHECK(log.lastError().contains(u"in use by another program"_s));
        locker.exec(u"ROLLBACK"_s);
    }
    const auto profiles = log.profiles();
    REQUIRE(profiles);
    CHECK(profiles->isEmpty());
    Profile p;
    p.name = u"Alice"_s;
    CHECK(log.addProfile(&p)); // and works again once the other program lets go
}

TEST_CASE("log file: only a log of ours that fails SQLite's check is kept aside as damaged", "[log][file]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"log.sqlite"_s);
    {
        ContactLog log;
        REQUIRE(log.open(path));
        Profile p;
        p.name = u"Alice"_s;
        REQUIRE(log.addProfile(&p));
        for (int i = 0; i < 200; ++i) {
            ContactRecord r;
            r.setSender(p);
            r.forceId = u"kent"_s;
            r.letterText = QString(500, QChar(u'a' + i % 26));
            REQUIRE(log.addContact(&r));
        }
    }
    // Damage pages in the middle of the file; the header (ours) stays.
    QByteArray bytes = pcctest::readFile(path);
    REQUIRE(bytes.size() > 5 * 4096);
    for (qsizetype i = 2 * 4096; i < 5 * 4096; ++i)
        bytes[i] = char(0xa5);
    pcctest::writeFile(path, bytes);

    ContactLog log;
    REQUIRE(log.open(path));
    CHECK(log.notice().contains(u"damaged"_s));
    const QStringList aside = QDir(dir.path()).entryList({u"log.sqlite.damaged-*"_s});
    REQUIRE(aside.size() == 1);
    CHECK(pcctest::readFile(dir.filePath(aside.first())) == bytes); // kept exactly, never overwritten
    const auto profiles = log.profiles();
    REQUIRE(profiles);
    CHECK(profiles->isEmpty()); // a fresh log
    CHECK(log.integrityCheck() == u"ok"_s);
#ifdef Q_OS_UNIX
    CHECK(pcctest::fileMode(dir.filePath(aside.first())) == 0600);
    CHECK(pcctest::fileMode(path) == 0600);
#endif
    // The fresh log is guarded like any other: an export named after it is refused.
    Profile again;
    again.name = u"Alice"_s;
    REQUIRE(log.addProfile(&again));
    const QByteArray fresh = pcctest::readFile(path);
    QString error;
    CHECK_FALSE(WholeFile::write(path, "not a log", &error));
    CHECK_FALSE(error.isEmpty());
    CHECK(pcctest::readFile(path) == fresh);
    CHECK(log.integrityCheck() == u"ok"_s);
}

#ifdef Q_OS_UNIX
TEST_CASE("log file: the log and its -wal and -shm files are readable by their owner only", "[log][file]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"log.sqlite"_s);
    ContactLog log;
    REQUIRE(log.open(path));
    Profile p;
    p.name = u"Alice"_s;
    REQUIRE(log.addProfile(&p));
    CHECK(log.warnings().isEmpty());
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s}) {
        INFO(suffix.toStdString());
        REQUIRE(QFileInfo::exists(path + suffix));
        CHECK(pcctest::fileMode(path + suffix) == 0600);
    }
}

TEST_CASE("log file: a log its owner made read-only stays read-only, and others lose their access", "[log][file]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"log.sqlite"_s);
    {
        ContactLog log;
        REQUIRE(log.open(path));
    }
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    {
        ContactLog log;
        log.open(path); // as root it opens; as anyone else it is read-only: either way the mode is kept
        CHECK(pcctest::fileMode(path) == 0400);
        CHECK(pcctest::fileMode(path + u"-shm"_s) == 0400); // SQLite's files follow their log
    }
    // Made writable again by its owner: SQLite's -shm file that a read-only open left behind,
    // read-only, follows the log (as root, SQLite removes it on closing, so it is made here).
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    const QString shm = dir.filePath(u"left-behind-shm"_s);
    pcctest::writeFile(shm, QByteArray());
    REQUIRE(QFile::setPermissions(shm, QFileDevice::ReadOwner | QFileDevice::ReadOther));
    QString error;
    CHECK(OwnerOnly::restrictFileLike(shm, path, &error));
    CHECK(pcctest::fileMode(shm) == 0600);
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner));
    CHECK(OwnerOnly::restrictFileLike(shm, path, &error));
    CHECK(pcctest::fileMode(shm) == 0400);
    ContactLog log;
    log.open(path);
    CHECK(pcctest::fileMode(path) == 0400);
    // A file the owner may write stays writable by them alone.
    const QString mine = dir.filePath(u"export.csv"_s);
    pcctest::writeFile(mine, "x");
    REQUIRE(QFile::setPermissions(mine, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther | QFileDevice::WriteGroup));
    CHECK(OwnerOnly::restrictFile(mine, &error));
    CHECK(pcctest::fileMode(mine) == 0600);
}

TEST_CASE("log file: a permission that cannot be set is reported, not ignored", "[log][file]")
{
    QString error;
#ifdef Q_OS_LINUX
    // Even root cannot change the mode of a file in /proc (Linux only: macOS has no /proc).
    CHECK_FALSE(OwnerOnly::restrictFile(u"/proc/self/status"_s, &error));
    CHECK(error.contains(u"/proc/self/status"_s));
    CHECK(error.contains(u"private"_s));
#endif
    QTemporaryDir dir;
    const QString mine = dir.filePath(u"export.csv"_s);
    pcctest::writeFile(mine, "x");
    CHECK(OwnerOnly::restrictFile(mine, &error));
    CHECK(pcctest::fileMode(mine) == 0600);
}
#endif

TEST_CASE("log file: the sqlite3 command-line client reads our log", "[log][file]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"log.sqlite"_s);
    {
        ContactLog log;
        REQUIRE(log.open(path));
        Profile p;
        p.name = u"Alice"_s;
        REQUIRE(log.addProfile(&p));
        ContactRecord r;
        r.setSender(p);
        r.forceId = u"kent"_s;
        REQUIRE(log.addContact(&r));
    }
    PCC_REQUIRE_TOOL(PCC_SQLITE3, "sqlite3");
    QProcess sqlite;
    sqlite.start(QStringLiteral(PCC_SQLITE3),
                 {u"-readonly"_s, path, u"PRAGMA integrity_check; PRAGMA application_id; PRAGMA user_version; "
                                        "SELECT p.name, c.force_id, c.status FROM contacts c JOIN profiles p ON p.id = c.profile_id;"_s});
    REQUIRE(sqlite.waitForFinished(30000));
    INFO(sqlite.readAllStandardError().toStdString());
    REQUIRE(sqlite.exitCode() == 0);
    const QStringList lines = QString::fromUtf8(sqlite.readAllStandardOutput()).trimmed().split(u'\n');
    REQUIRE(lines.size() == 4);
    CHECK(lines.at(0) == u"ok"_s);
    CHECK(lines.at(1) == QString::number(ContactLog::ApplicationId));
    CHECK(lines.at(2) == QString::number(ContactLog::SchemaVersion));
    CHECK(lines.at(3) == u"Alice|kent|sent"_s);
}

TEST_CASE("log file: where WAL is refused the log keeps a rollback journal and loses nothing", "[log][file][platform]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"log.sqlite"_s);
    QString uuid;
    {
        qputenv("PCC_LOG_JOURNAL", QByteArrayLiteral("delete"));
        ContactLog log;
        const bool opened = log.open(path);
        qunsetenv("PCC_LOG_JOURNAL");
        REQUIRE(opened);
        CHECK(log.journalMode() == u"delete"_s);
        Profile p;
        p.name = u"Alice"_s;
        REQUIRE(log.addProfile(&p));
        ContactRecord r;
        r.setSender(p);
        r.forceId = u"kent"_s;
        REQUIRE(log.addContact(&r));
        uuid = r.uuid;
        // Committed straight into the file: no write-ahead log beside it, even while open.
        CHECK_FALSE(QFileInfo::exists(path + u"-wal"_s));
    }
    {
        // Another program (sqlite3 here) reads the committed row from the file alone.
        PCC_REQUIRE_TOOL(PCC_SQLITE3, "sqlite3");
        QProcess p;
        p.start(QStringLiteral(PCC_SQLITE3), {path, u"PRAGMA journal_mode; SELECT uuid FROM contacts;"_s});
        REQUIRE(p.waitForFinished(30000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        CHECK(out.startsWith(u"delete"_s));
        CHECK(out.contains(uuid));
    }
    ContactLog again; // WAL allowed again: the same log opens in WAL mode with the row
    REQUIRE(again.open(path));
    CHECK(again.journalMode() == u"wal"_s);
    const auto all = again.contacts();
    REQUIRE(all);
    REQUIRE(all->size() == 1);
    CHECK(all->first().uuid == uuid);
}
