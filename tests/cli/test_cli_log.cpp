#include "catchcompat.h"
#include "sqliteconnection.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QUuid>

using namespace Qt::StringLiterals;
using pcctest::runApp;

TEST_CASE("cli: profile add and list", "[cli][log]")
{
    QTemporaryDir sandbox;
    const QString db = sandbox.filePath(u"log.sqlite"_s);
    auto r = runApp({u"--db"_s, db, u"profile"_s, u"add"_s, u"Alice Example"_s, u"--postcode"_s, u"bs20 8jj"_s,
                     u"--email"_s, u"alice@example.org"_s, u"--address"_s, u"1 High Street"_s, u"--address"_s, u"Portishead"_s},
                    sandbox.path());
    REQUIRE(r.exitCode == 0);
    r = runApp({u"--db"_s, db, u"profile"_s, u"list"_s, u"--json"_s}, sandbox.path());
    REQUIRE(r.exitCode == 0);
    const QJsonArray arr = QJsonDocument::fromJson(r.out.toUtf8()).array();
    REQUIRE(arr.size() == 1);
    const QJsonObject p = arr.first().toObject();
    CHECK(p.value(u"name"_s).toString() == u"Alice Example"_s);
    CHECK(p.value(u"postcode"_s).toString() == u"BS20 8JJ"_s);
    CHECK(p.value(u"home_force"_s).toString() == u"avon-and-somerset"_s);
    CHECK(p.value(u"current"_s).toBool());
    CHECK(p.value(u"address"_s).toArray().size() == 2);

    r = runApp({u"--db"_s, db, u"profile"_s, u"add"_s, u"Bob"_s, u"--postcode"_s, u"nonsense"_s}, sandbox.path());
    CHECK(r.exitCode == 2);
    // A district is not an address: a letter needs the whole postcode.
    r = runApp({u"--db"_s, db, u"profile"_s, u"add"_s, u"Bob"_s, u"--postcode"_s, u"BS20"_s}, sandbox.path());
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(u"'BS20' is not a full UK postcode"_s));
    r = runApp({u"--db"_s, db, u"profile"_s, u"add"_s, u"Alice Example"_s}, sandbox.path());
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"already a profile"_s));

    // A second profile is added beside the first, which stays the one that signs letters.
    r = runApp({u"--db"_s, db, u"profile"_s, u"add"_s, u"Bob"_s}, sandbox.path());
    REQUIRE(r.exitCode == 0);
    r = runApp({u"--db"_s, db, u"profile"_s, u"list"_s, u"--json"_s}, sandbox.path());
    const QJsonArray both = QJsonDocument::fromJson(r.out.toUtf8()).array();
    REQUIRE(both.size() == 2);
    for (const QJsonValue &v : both) {
        INFO(v.toObject().value(u"name"_s).toString().toStdString());
        CHECK(v.toObject().value(u"current"_s).toBool() == (v.toObject().value(u"name"_s).toString() == u"Alice Example"_s));
    }
}

TEST_CASE("cli: a name with a tab or a line break, from an earlier version, is printed on its own row", "[cli][log][security]")
{
    QTemporaryDir sandbox;
    const QString db = sandbox.filePath(u"log.sqlite"_s);
    REQUIRE(runApp({u"--db"_s, db, u"profile"_s, u"add"_s, u"Fay"_s}, sandbox.path()).exitCode == 0);
    const auto added = runApp({u"--db"_s, db, u"log"_s, u"add"_s, u"--profile"_s, u"Fay"_s, u"--force"_s, u"kent"_s, u"--channel"_s, u"post"_s},
                              sandbox.path());
    REQUIRE(added.exitCode == 0);
    const QString uuid = added.out.trimmed();
    pcctest::SqliteConnection(db).exec(
        u"UPDATE profiles SET name = 'Fay' || char(9) || 'Smith' || char(10) || '11111111-1111-4111-8111-111111111111' || char(9) || "
        "'Alice' || char(9) || 'sussex'"_s);
    auto r = runApp({u"--db"_s, db, u"log"_s, u"list"_s}, sandbox.path());
    REQUIRE(r.exitCode == 0);
    const QStringList rows = r.out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().startsWith(uuid + u"\tFay Smith 11111111-1111-4111-8111-111111111111 Alice sussex\tkent\t"_s));
    r = runApp({u"--db"_s, db, u"profile"_s, u"list"_s}, sandbox.path());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.split(u'\n', Qt::SkipEmptyParts).size() == 1);
    // A new name is refused so.
    r = runApp({u"--db"_s, db, u"profile"_s, u"add"_s, u"Eve\tAlice"_s}, sandbox.path());
    CHECK(r.exitCode != 0);
    CHECK(r.err.contains(u"one line"_s));
}

TEST_CASE("cli: log add prints a uuid, list and export show it, import merges without duplicates", "[cli][log]")
{
    QTemporaryDir sandbox;
    const QString db = sandbox.filePath(u"log.sqlite"_s);
    REQUIRE(runApp({u"--db"_s, db, u"profile"_s, u"add"_s, u"Alice"_s}, sandbox.path()).exitCode == 0);
    auto r = runApp({u"--db"_s, db, u"log"_s, u"add"_s, u"--profile"_s, u"Alice"_s, u"--force"_s, u"kent"_s,
                     u"--channel"_s, u"post"_s, u"--date"_s, u"2026-11-02"_s},
                    sandbox.path());
    REQUIRE(r.exitCode == 0);
    const QString uuid = r.out.trimmed();
    CHECK_FALSE(QUuid::fromString(uuid).isNull());

    r = runApp({u"--db"_s, db, u"log"_s, u"add"_s, u"--profile"_s, u"Alice"_s, u"--force"_s, u"atlantis"_s,
                u"--channel"_s, u"post"_s},
               sandbox.path());
    CHECK(r.exitCode == 2);
    r = runApp({u"--db"_s, db, u"log"_s, u"add"_s, u"--profile"_s, u"Alice"_s, u"--force"_s, u"kent"_s,
                u"--channel"_s, u"post"_s, u"--date"_s, u"02/11/2026"_s},
               sandbox.path());
    CHECK(r.exitCode == 2);
    // A date with something after it is not taken as the date before it.
    r = runApp({u"--db"_s, db, u"log"_s, u"add"_s, u"--profile"_s, u"Alice"_s, u"--force"_s, u"kent"_s,
                u"--channel"_s, u"post"_s, u"--date"_s, u"2026-11-02x"_s},
               sandbox.path());
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(u"is not a YYYY-MM-DD date"_s));

    r = runApp({u"--db"_s, db, u"log"_s, u"list"_s}, sandbox.path());
    CHECK(r.out.startsWith(uuid + u"\tAlice\tkent\tpost\t2026-11-02\tsent"_s));

    const QString csv = sandbox.filePath(u"out.csv"_s);
    REQUIRE(runApp({u"--db"_s, db, u"log"_s, u"export"_s, u"--csv"_s, csv}, sandbox.path()).exitCode == 0);
    const QString other = sandbox.filePath(u"coordinator.sqlite"_s);
    r = runApp({u"--db"_s, other, u"log"_s, u"import"_s, csv}, sandbox.path());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"added 1\nupdated 0\nskipped 0"_s));
    r = runApp({u"--db"_s, other, u"log"_s, u"import"_s, csv}, sandbox.path());
    CHECK(r.out.contains(u"added 0\nupdated 0\nskipped 1"_s));

    // A file with one bad row imports nothing unless --skip-bad is given.
    QByteArray data = pcctest::readFile(csv);
    data += "0b0d9c1e-1111-4c1e-9d1e-00000000000f,,Alice,nowhere,,,post,2026-11-01,,sent,,,,,,\r\n";
    data += "0b0d9c1e-1111-4c1e-9d1e-00000000000e,,Alice,essex,,,post,2026-11-01,,sent,,,,,,\r\n";
    pcctest::writeFile(csv, data);
    const QString third = sandbox.filePath(u"third.sqlite"_s);
    r = runApp({u"--db"_s, third, u"log"_s, u"import"_s, csv}, sandbox.path());
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"line 3: force id 'nowhere'"_s));
    CHECK(r.err.contains(u"nothing was imported"_s));
    r = runApp({u"--db"_s, third, u"log"_s, u"list"_s}, sandbox.path());
    CHECK(r.out.isEmpty());
    r = runApp({u"--db"_s, third, u"log"_s, u"import"_s, csv, u"--skip-bad"_s}, sandbox.path());
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(u"added 2"_s));
    CHECK(r.out.contains(u"rejected 1"_s));
}

TEST_CASE("cli: anonymous export has no personal data", "[cli][log]")
{
    QTemporaryDir sandbox;
    const QString db = sandbox.filePath(u"log.sqlite"_s);
    REQUIRE(runApp({u"--db"_s, db, u"profile"_s, u"add"_s, u"Secret Name"_s, u"--email"_s, u"secret@example.org"_s}, sandbox.path()).exitCode == 0);
    REQUIRE(runApp({u"--db"_s, db, u"log"_s, u"add"_s, u"--profile"_s, u"Secret Name"_s, u"--force"_s, u"gwent"_s,
                    u"--channel"_s, u"email"_s, u"--notes"_s, u"my private note"_s},
                   sandbox.path())
                .exitCode
            == 0);
    const QString json = sandbox.filePath(u"anon.json"_s);
    REQUIRE(runApp({u"--db"_s, db, u"log"_s, u"export"_s, u"--json"_s, json, u"--anonymous"_s}, sandbox.path()).exitCode == 0);
    const QByteArray data = pcctest::readFile(json);
    CHECK(data.contains("gwent"));
    CHECK_FALSE(data.contains("Secret"));
    CHECK_FALSE(data.contains("private note"));
}

TEST_CASE("cli: another program's database given as --db is refused and left as it was", "[cli][log][file]")
{
    QTemporaryDir sandbox;
    const QString notes = sandbox.filePath(u"my-notes.db"_s);
    pcctest::SqliteConnection(notes).exec(u"CREATE TABLE notes (body TEXT)"_s);
    const QByteArray before = pcctest::readFile(notes);
    const QStringList filesBefore = QDir(sandbox.path()).entryList(QDir::Files);
    for (const QStringList &command : {QStringList{u"log"_s, u"list"_s}, QStringList{u"profile"_s, u"add"_s, u"X"_s},
                                       QStringList{u"--exit-after-startup"_s}}) {
        const auto r = runApp(QStringList{u"--db"_s, notes} + command, sandbox.path());
        INFO(command.join(u' ').toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(u"not a PCC Campaigner contact log"_s));
        CHECK(pcctest::readFile(notes) == before);
        CHECK(QDir(sandbox.path()).entryList(QDir::Files) == filesBefore);
    }
}

TEST_CASE("cli: a log locked by another program is reported as in use, exit 1, and never moved", "[cli][log][file]")
{
    QTemporaryDir sandbox;
    const QString db = sandbox.filePath(u"log.sqlite"_s);
    REQUIRE(runApp({u"--db"_s, db, u"profile"_s, u"add"_s, u"Alice"_s}, sandbox.path()).exitCode == 0);
    {
        const pcctest::SqliteConnection locker(db);
        locker.exec(u"PRAGMA locking_mode=EXCLUSIVE"_s);
        locker.exec(u"BEGIN EXCLUSIVE"_s);
        locker.exec(u"UPDATE profiles SET phone = '1'"_s);
        const QStringList filesBefore = QDir(sandbox.path()).entryList(QDir::Files);
        const auto r = runApp({u"--db"_s, db, u"log"_s, u"list"_s}, sandbox.path());
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(u"in use by another program"_s));
        CHECK(QDir(sandbox.path()).entryList(QDir::Files) == filesBefore);
        locker.exec(u"ROLLBACK"_s);
    }
    const auto r = runApp({u"--db"_s, db, u"profile"_s, u"list"_s}, sandbox.path());
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(u"Alice"_s));
}

TEST_CASE("cli: profile delete removes the profile's contacts and drafts and says so", "[cli][log][privacy]")
{
    QTemporaryDir sandbox;
    const QString db = sandbox.filePath(u"log.sqlite"_s);
    REQUIRE(runApp({u"--db"_s, db, u"profile"_s, u"add"_s, u"Alice"_s}, sandbox.path()).exitCode == 0);
    REQUIRE(runApp({u"--db"_s, db, u"log"_s, u"add"_s, u"--profile"_s, u"Alice"_s, u"--force"_s, u"kent"_s, u"--channel"_s, u"post"_s},
                   sandbox.path()).exitCode == 0);
    const auto r = runApp({u"--db"_s, db, u"profile"_s, u"delete"_s, u"Alice"_s}, sandbox.path());
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(u"1 recorded contact"_s));
    CHECK(runApp({u"--db"_s, db, u"log"_s, u"list"_s}, sandbox.path()).out.isEmpty());
}

TEST_CASE("cli: log's messages are in Welsh for a Welsh-speaking user, as the other commands' are", "[cli][log][welsh]")
{
    QTemporaryDir sandbox;
    auto run = [&](const QStringList &args, const QString &language) {
        QProcessEnvironment env = pcctest::sandboxEnvironment(sandbox.path());
        env.insert(u"LANGUAGE"_s, language);
        env.insert(u"LC_ALL"_s, language == u"cy"_s ? u"cy_GB.UTF-8"_s : u"en_GB.UTF-8"_s);
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PCC_EXECUTABLE), args);
        REQUIRE(p.waitForFinished(60000));
        return QString::fromUtf8(p.readAllStandardError());
    };
    CHECK(run({u"log"_s, u"add"_s}, u"en"_s).contains(u"log add needs --profile"_s));
    CHECK(run({u"log"_s, u"add"_s}, u"cy"_s).contains(u"mae angen --profile ar log add"_s));
    CHECK(run({u"log"_s, u"show"_s}, u"cy"_s).contains(u"defnydd: pcc-campaigner log show UUID"_s));
    CHECK(run({u"log"_s, u"calendar"_s}, u"cy"_s).contains(u"defnydd: pcc-campaigner log calendar"_s));
}
