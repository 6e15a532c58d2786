#include "catchcompat.h"
#include "pgtestserver.h"
#include "testsupport.h"
#include "teamschema.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using pcctest::PgTestServer;
using pcctest::runApp;

namespace {

pcctest::RunResult runAs(const QString &password, const QStringList &args, const QString &sandbox)
{
    qputenv("PGPASSWORD", password.toUtf8());
    return runApp(args, sandbox);
}

// Every byte of the log and its write-ahead file: what "the log did not change" means.
QByteArray logFingerprint(const QString &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        hash.addData(pcctest::readFile(db + suffix));
    return hash.result();
}

// A volunteer's log with one profile and `letters` letters to Sussex, Kent and so on.
void makeLog(const QString &db, const QString &sandbox, const QString &name, int letters)
{
    REQUIRE(runApp({u"--db"_s, db, u"profile"_s, u"add"_s, name, u"--postcode"_s, u"BN1 1AA"_s}, sandbox).exitCode == 0);
    const QStringList forces = {u"sussex"_s, u"kent"_s, u"surrey"_s};
    for (int i = 0; i < letters; ++i) {
        const auto r = runApp({u"--db"_s, db, u"log"_s, u"add"_s, u"--profile"_s, name, u"--force"_s, forces.at(i % forces.size()),
                               u"--channel"_s, u"post"_s, u"--notes"_s, name + u"'s note"_s},
                              sandbox);
        REQUIRE(r.exitCode == 0);
    }
}

} // namespace

TEST_CASE("cli: team init twice then add-volunteer prints the password last and sync sends then sends nothing", "[cli][team]")
{
    PgTestServer server;
    INFO(server.error().toStdString());
    REQUIRE(server.start());
    QTemporaryDir sandbox;
    const QString admin = server.url(PgTestServer::adminRole());

    auto r = runAs(PgTestServer::adminPassword(), {u"team"_s, u"init"_s, admin}, sandbox.path());
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"now version %1 (was 0)"_s.arg(pcc::TeamSchema::Version)));
    r = runAs(PgTestServer::adminPassword(), {u"team"_s, u"init"_s, admin}, sandbox.path());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"up to date"_s));

    r = runAs(PgTestServer::adminPassword(), {u"team"_s, u"add-volunteer"_s, u"v_erin"_s, admin}, sandbox.path());
    REQUIRE(r.exitCode == 0);
    const QString password = r.out.trimmed().split(u'\n').last();
    CHECK(password.size() == 24);
    r = runAs(PgTestServer::adminPassword(), {u"team"_s, u"add-volunteer"_s, u"v_erin"_s, admin}, sandbox.path());
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"already exists"_s));
    r = runAs(PgTestServer::adminPassword(), {u"team"_s, u"add-volunteer"_s, u"Robert'); DROP"_s, admin}, sandbox.path());
    CHECK(r.exitCode == 2);

    const QString db = sandbox.filePath(u"erin.sqlite"_s);
    makeLog(db, sandbox.path(), u"Erin"_s, 3);
    const QString erin = server.url(u"v_erin"_s);
    r = runAs(password, {u"--db"_s, db, u"team"_s, u"sync"_s, erin}, sandbox.path());
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"sent 3, already there 0"_s));
    r = runAs(password, {u"--db"_s, db, u"team"_s, u"sync"_s, erin}, sandbox.path());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"sent 0, already there 3"_s));
    CHECK(QFile::exists(sandbox.filePath(u"data/pcc-campaigner/team-coverage.json"_s))); // for the map, offline

    r = runAs(password, {u"team"_s, u"coverage"_s, erin, u"--json"_s}, sandbox.path());
    REQUIRE(r.exitCode == 0);
    const QJsonArray forces = QJsonDocument::fromJson(r.out.toUtf8()).array();
    CHECK(forces.size() == 43);
    for (const QJsonValue &v : forces) {
        const QJsonObject f = v.toObject();
        const bool written = f.value(u"force_id"_s) == u"sussex"_s || f.value(u"force_id"_s) == u"kent"_s
                             || f.value(u"force_id"_s) == u"surrey"_s;
        CHECK(f.value(u"sent"_s).toInt() == (written ? 1 : 0));
        CHECK(f.value(u"volunteers"_s).toInt() == (written ? 1 : 0));
    }

    // A password in the URL is refused before anything is sent.
    r = runAs(password, {u"team"_s, u"coverage"_s, u"postgresql://v_erin:secret@127.0.0.1:%1/postgres"_s.arg(server.port())},
              sandbox.path());
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(u"PGPASSWORD"_s));
    r = runAs(u"wrong"_s, {u"team"_s, u"coverage"_s, erin}, sandbox.path());
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"refused the password"_s));

    // The coordinator's clean-up: Erin's rows by force, then Kent's removed and the counts follow.
    r = runAs(PgTestServer::adminPassword(), {u"team"_s, u"rows"_s, u"v_erin"_s, admin}, sandbox.path());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"kent\t1\t1\t0\t0"_s));
    r = runAs(password, {u"team"_s, u"remove-rows"_s, u"v_erin"_s, erin, u"--force"_s, u"kent"_s}, sandbox.path());
    CHECK(r.exitCode == 1); // a volunteer may not
    r = runAs(PgTestServer::adminPassword(), {u"team"_s, u"remove-rows"_s, u"v_erin"_s, admin, u"--force"_s, u"atlantis"_s},
              sandbox.path());
    CHECK(r.exitCode == 2);
    // An empty --force (an unset shell variable) must not mean "every force".
    r = runAs(PgTestServer::adminPassword(), {u"team"_s, u"remove-rows"_s, u"v_erin"_s, admin, u"--force"_s, u""_s}, sandbox.path());
    CHECK(r.exitCode == 2);
    r = runAs(PgTestServer::adminPassword(), {u"team"_s, u"limits"_s, admin, u"--role"_s, u""_s, u"--rows-per-day"_s, u"1"_s},
              sandbox.path());
    CHECK(r.exitCode == 2);
    r = runAs(PgTestServer::adminPassword(), {u"team"_s, u"remove-rows"_s, u"v_erin"_s, admin, u"--force"_s, u"kent"_s},
              sandbox.path());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"removed 1 rows of v_erin for kent"_s));
    r = runAs(password, {u"team"_s, u"coverage"_s, erin}, sandbox.path());
    CHECK(r.out.contains(u"kent\t0\t0\t0\t0"_s));
    CHECK(r.out.contains(u"sussex\t1\t1\t0\t0"_s));

    // Limits: a volunteer reads theirs; the coordinator changes them.
    r = runAs(PgTestServer::adminPassword(), {u"team"_s, u"limits"_s, admin, u"--role"_s, u"v_erin"_s, u"--rows-per-day"_s, u"50"_s},
              sandbox.path());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"rows_per_day\t50"_s));
    r = runAs(password, {u"team"_s, u"limits"_s, erin, u"--role"_s, u"v_erin"_s}, sandbox.path());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"rows_per_day\t50"_s));
    r = runAs(password, {u"team"_s, u"limits"_s, erin, u"--rows-per-day"_s, u"-1"_s}, sandbox.path());
    CHECK(r.exitCode == 2);

    // A second coordinator reads a volunteer's rows; another volunteer may not.
    r = runAs(PgTestServer::adminPassword(), {u"team"_s, u"add-volunteer"_s, u"c_gail"_s, admin, u"--coordinator"_s}, sandbox.path());
    REQUIRE(r.exitCode == 0);
    const QString gail = r.out.trimmed().split(u'\n').last();
    r = runAs(gail, {u"team"_s, u"rows"_s, u"v_erin"_s, server.url(u"c_gail"_s)}, sandbox.path());
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(u"sussex\t1\t1\t0\t0"_s));
    r = runAs(PgTestServer::adminPassword(), {u"team"_s, u"add-volunteer"_s, u"v_hal"_s, admin}, sandbox.path());
    REQUIRE(r.exitCode == 0);
    r = runAs(r.out.trimmed().split(u'\n').last(), {u"team"_s, u"rows"_s, u"v_erin"_s, server.url(u"v_hal"_s)}, sandbox.path());
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0); // connected and asked: the server shows a volunteer none of another's rows
    CHECK(r.out.trimmed() == u"force_id\trows\tsent\treplied\tcommitments"_s); // the heading, and no row
}

TEST_CASE("cli: team sync with the server stopped fails cleanly and the local log is not changed", "[cli][team]")
{
    PgTestServer server;
    REQUIRE(server.start());
    QTemporaryDir sandbox;
    const QString admin = server.url(PgTestServer::adminRole());
    REQUIRE(runAs(PgTestServer::adminPassword(), {u"team"_s, u"init"_s, admin}, sandbox.path()).exitCode == 0);
    auto r = runAs(PgTestServer::adminPassword(), {u"team"_s, u"add-volunteer"_s, u"v_finn"_s, admin}, sandbox.path());
    REQUIRE(r.exitCode == 0);
    const QString password = r.out.trimmed().split(u'\n').last();
    const QString db = sandbox.filePath(u"finn.sqlite"_s);
    makeLog(db, sandbox.path(), u"Finn"_s, 2);
    const QByteArray before = logFingerprint(db);
    const QString coverageFile = sandbox.filePath(u"data/pcc-campaigner/team-coverage.json"_s);

    REQUIRE(server.stop());
    r = runAs(password, {u"--db"_s, db, u"team"_s, u"sync"_s, server.url(u"v_finn"_s)}, sandbox.path());
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"Could not reach the team server"_s));
    CHECK(logFingerprint(db) == before);
    CHECK(r.out.isEmpty());

    // A server that has never been set up is refused the same way, and changes nothing here.
    PgTestServer bare;
    REQUIRE(bare.start());
    r = runAs(PgTestServer::adminPassword(), {u"--db"_s, db, u"team"_s, u"sync"_s, bare.url(PgTestServer::adminRole())},
              sandbox.path());
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"team init"_s));
    CHECK(r.err.contains(u"not changed"_s));
    CHECK(logFingerprint(db) == before);
    CHECK_FALSE(QFile::exists(coverageFile));
}

TEST_CASE("cli: eight volunteers syncing at once lose no records", "[cli][team]")
{
    PgTestServer server;
    REQUIRE(server.start());
    QTemporaryDir sandbox;
    const QString admin = server.url(PgTestServer::adminRole());
    REQUIRE(runAs(PgTestServer::adminPassword(), {u"team"_s, u"init"_s, admin}, sandbox.path()).exitCode == 0);

    constexpr int volunteers = 8;
    constexpr int letters = 4;
    QStringList passwords;
    for (int i = 0; i < volunteers; ++i) {
        const auto r = runAs(PgTestServer::adminPassword(), {u"team"_s, u"add-volunteer"_s, u"v_%1"_s.arg(i), admin}, sandbox.path());
        REQUIRE(r.exitCode == 0);
        passwords << r.out.trimmed().split(u'\n').last();
        makeLog(sandbox.filePath(u"v%1.sqlite"_s.arg(i)), sandbox.path(), u"Volunteer %1"_s.arg(i), letters);
    }

    std::vector<std::unique_ptr<QProcess>> running;
    for (int i = 0; i < volunteers; ++i) {
        auto p = std::make_unique<QProcess>();
        QProcessEnvironment env = pcctest::sandboxEnvironment(sandbox.path());
        env.insert(u"PGPASSWORD"_s, passwords.at(i));
        p->setProcessEnvironment(env);
        p->start(QStringLiteral(PCC_EXECUTABLE),
                 {u"--db"_s, sandbox.filePath(u"v%1.sqlite"_s.arg(i)), u"team"_s, u"sync"_s, server.url(u"v_%1"_s.arg(i))});
        running.push_back(std::move(p));
    }
    for (auto &p : running) {
        REQUIRE(p->waitForFinished(60000));
        INFO(p->readAllStandardError().toStdString());
        CHECK(p->exitCode() == 0);
    }
    const auto r = runAs(PgTestServer::adminPassword(), {u"team"_s, u"coverage"_s, admin, u"--json"_s}, sandbox.path());
    REQUIRE(r.exitCode == 0);
    int sent = 0;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
        sent += v.toObject().value(u"sent"_s).toInt();
        if (v.toObject().value(u"force_id"_s) == u"sussex"_s)
            CHECK(v.toObject().value(u"volunteers"_s).toInt() == volunteers);
    }
    CHECK(sent == volunteers * letters);
}
