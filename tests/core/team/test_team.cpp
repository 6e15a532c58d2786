#include "catchcompat.h"
#include "pgtestserver.h"
#include "teamfixture.h"
#include "testsupport.h"

#include "contactlog.h"
#include "teamadmin.h"
#include "teamconnection.h"
#include "teamcoverage.h"
#include "teamroster.h"
#include "teamschema.h"
#include "teamserveraddress.h"
#include "teamsync.h"
#include "teamlimits.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimeZone>
#include <QTemporaryDir>
#include <QVariant>

using namespace Qt::StringLiterals;
using namespace pcc;
using pcctest::PgTestServer;
using pcctest::TeamServer;
using pcctest::record;
using pcctest::column;
using pcctest::newUuid;

TEST_CASE("team: A team server address needs a role and a host and a database and never a password", "[team]")
{
    const TeamServerAddress local = TeamServerAddress::parse(u"postgresql://sam@127.0.0.1:5433/campaign"_s);
    REQUIRE(local.isValid());
    CHECK(local.role() == u"sam"_s);
    CHECK(local.port() == 5433);
    CHECK(local.database() == u"campaign"_s);
    CHECK(local.isLoopback());

    const TeamServerAddress remote = TeamServerAddress::parse(u"postgresql://sam@db.example.org/campaign"_s);
    REQUIRE(remote.isValid());
    CHECK(remote.port() == 5432);
    CHECK_FALSE(remote.isLoopback());
    // Not this computer: the certificate and host name are checked, and the password goes only
    // by SCRAM bound to the TLS channel (never cleartext or MD5, never to an impostor).
    CHECK(remote.sslMode() == u"verify-full"_s);
    CHECK(remote.connectOptions().contains(u"sslmode=verify-full"_s));
    CHECK(remote.connectOptions().contains(u"channel_binding=require"_s));
    CHECK(remote.connectOptions().contains(u"sslrootcert="_s));
    CHECK(remote.toString() == u"postgresql://sam@db.example.org:5432/campaign"_s);

    CHECK(TeamServerAddress::parse(u"postgresql://sam@db.example.org/campaign?sslmode=verify-full"_s).sslMode() == u"verify-full"_s);
    for (const QString &weaker : {u"disable"_s, u"allow"_s, u"prefer"_s, u"require"_s, u"verify-ca"_s}) {
        INFO(weaker.toStdString());
        const TeamServerAddress refused = TeamServerAddress::parse(u"postgresql://sam@db.example.org/campaign?sslmode="_s + weaker);
        CHECK_FALSE(refused.isValid());
        CHECK(refused.error().contains(u"prove who it is"_s));
    }
    // The campaign's own certificate authority, as a file the coordinator hands out.
    QTemporaryDir dir;
    const QString ca = dir.filePath(u"campaign-ca.crt"_s);
    pcctest::writeFile(ca, "-----BEGIN CERTIFICATE-----\n");
    const TeamServerAddress own = TeamServerAddress::parse(u"postgresql://sam@db.example.org/campaign?sslrootcert="_s + ca);
    REQUIRE(own.isValid());
    CHECK(own.connectOptions().contains(u"sslrootcert="_s + ca));
    CHECK(TeamServerAddress::parse(own.toString()).rootCertificate() == ca);
    CHECK_FALSE(TeamServerAddress::parse(u"postgresql://sam@db.example.org/campaign?sslrootcert=/no/such/ca.crt"_s).isValid());
    // This computer: no certificate needed, and no channel binding asked of a local server.
    CHECK(TeamServerAddress::parse(u"postgresql://sam@localhost/campaign?sslmode=disable"_s).isValid());
    CHECK_FALSE(local.connectOptions().contains(u"channel_binding"_s));

    const TeamServerAddress withPassword = TeamServerAddress::parse(u"postgresql://sam:hunter2@db.example.org/campaign"_s);
    CHECK_FALSE(withPassword.isValid());
    CHECK(withPassword.error().contains(u"PGPASSWORD"_s));
    CHECK_FALSE(TeamServerAddress::parse(u"postgresql://db.example.org/campaign"_s).isValid()); // no role
    CHECK_FALSE(TeamServerAddress::parse(u"postgresql://sam@db.example.org/"_s).isValid());      // no database
    CHECK_FALSE(TeamServerAddress::parse(u"https://sam@db.example.org/campaign"_s).isValid());
    CHECK_FALSE(TeamServerAddress::parse(QString()).isValid());

    // hostaddr is an IP address and nothing more: anything after it would reach libpq as more
    // connection options (a "sslmode=disable" slipped in would send the password without TLS).
    for (const QString &ip : {u"192.0.2.10"_s, u"2001:db8::1"_s}) {
        const TeamServerAddress byIp = TeamServerAddress::parse(u"postgresql://sam@db.example.org/campaign?hostaddr="_s + ip);
        INFO(ip.toStdString());
        REQUIRE(byIp.isValid());
        CHECK(byIp.connectOptions().contains(u"hostaddr="_s + ip));
        CHECK(byIp.connectOptions().contains(u"sslmode=verify-full"_s));
    }
    for (const QString &smuggled : {u"192.0.2.10;sslmode=disable"_s, u"192.0.2.10%20sslmode%3Ddisable"_s, u"x192.0.2.10"_s,
                                    u"192.0.2.10x"_s}) {
        INFO(smuggled.toStdString());
        const TeamServerAddress refused = TeamServerAddress::parse(u"postgresql://sam@db.example.org/campaign?hostaddr="_s + smuggled);
        CHECK_FALSE(refused.isValid());
        CHECK(refused.error().contains(u"is not an IP address"_s));
    }
}

TEST_CASE("team: init creates the schema once and a second run changes nothing", "[team]")
{
    PgTestServer server;
    TeamConnection admin = pcctest::startedAsCoordinator(server);
    CHECK(admin.schemaVersion() == 0);
    CHECK_FALSE(admin.checkSchema());
    CHECK(admin.problem() == TeamConnection::Problem::NotInitialised);

    TeamAdmin::InitResult first;
    REQUIRE(TeamAdmin::init(admin, &first));
    CHECK(first.fromVersion == 0);
    CHECK(first.toVersion == TeamSchema::Version);
    const QStringList tables = column(admin, u"SELECT relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                             "WHERE n.nspname = 'pcc' ORDER BY relname"_s);

    TeamAdmin::InitResult second;
    INFO(admin.lastError().toStdString());
    REQUIRE(TeamAdmin::init(admin, &second));
    CHECK(second.fromVersion == TeamSchema::Version);
    CHECK(second.toVersion == TeamSchema::Version);
    CHECK(column(admin, u"SELECT relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                        "WHERE n.nspname = 'pcc' ORDER BY relname"_s) == tables);
    CHECK(admin.checkSchema());

    // A server set up by a newer app is refused, and left as it was.
    REQUIRE(admin.exec(u"UPDATE pcc.schema_version SET version = 99"_s, u"test"_s));
    TeamAdmin::InitResult refused;
    CHECK_FALSE(TeamAdmin::init(admin, &refused));
    CHECK(admin.problem() == TeamConnection::Problem::TooNew);
    CHECK(admin.schemaVersion() == 99);
}

TEST_CASE("team: Two volunteers sync and the coverage counts distinct volunteers with nothing personal", "[team]")
{
    TeamServer team;
    TeamConnection aliceConnection = team.newVolunteer(u"v_alice"_s);
    TeamConnection bobConnection = team.newVolunteer(u"v_bob"_s);

    const QString aliceProfile = newUuid();
    const QString bobProfile = newUuid();
    QList<ContactRecord> alice = {
        record(aliceProfile, u"Alice Aardvark"_s, u"sussex"_s, ContactStatus::Sent, u"alice's private note"_s),
        record(aliceProfile, u"Alice Aardvark"_s, u"kent"_s, ContactStatus::Replied),
        record(aliceProfile, u"Alice Aardvark"_s, u"surrey"_s, ContactStatus::Drafted),
    };
    alice[2].replyOutcome = ReplyOutcome::Commitment; // a draft cannot have had a reply: not counted
    ContactRecord bobsCommitment = record(bobProfile, u"Bob Bramble"_s, u"sussex"_s, ContactStatus::Replied, u"bob's private note"_s);
    bobsCommitment.replyOutcome = ReplyOutcome::Commitment;
    const QList<ContactRecord> bob = {bobsCommitment, record(bobProfile, u"Bob Bramble"_s, u"sussex"_s, ContactStatus::Sent)};

    TeamSync::Result result;
    REQUIRE(TeamSync::push(aliceConnection, aliceProfile, alice, &result));
    CHECK(result.pushed == 3);
    REQUIRE(TeamSync::push(bobConnection, bobProfile, bob, &result));
    CHECK(result.pushed == 2);

    TeamCoverage coverage;
    REQUIRE(TeamCoverage::fetch(aliceConnection, &coverage));
    const ForceCoverage sussex = coverage.forForce(u"sussex"_s);
    CHECK(sussex.volunteers == 2);
    CHECK(sussex.sent == 3);
    CHECK(sussex.replied == 1);
    CHECK(sussex.commitments == 1);
    CHECK(sussex.progress() == ForceProgress::Commitment);
    CHECK(coverage.forForce(u"kent"_s).replied == 1);
    CHECK(coverage.forForce(u"surrey"_s).sent == 0); // a draft is not a letter sent
    CHECK(coverage.forForce(u"surrey"_s).volunteers == 0);
    CHECK(coverage.forForce(u"surrey"_s).commitments == 0);

    // The coverage kept for the offline map reads back the same.
    QTemporaryDir dir;
    QString error;
    REQUIRE(coverage.save(dir.filePath(u"team-coverage.json"_s), &error));
    TeamCoverage loaded;
    REQUIRE(TeamCoverage::load(dir.filePath(u"team-coverage.json"_s), &loaded, &error));
    CHECK(loaded.forces == coverage.forces);
    CHECK(loaded.server == team.server.url(u"v_alice"_s));

    // The coordinator sees both, with their counts; a volunteer may not.
    TeamConnection admin = team.coordinator();
    QList<TeamMember> members;
    REQUIRE(TeamRoster::fetch(admin, &members));
    REQUIRE(members.size() == 2);
    CHECK(members.at(0).role == u"v_alice"_s);
    CHECK(members.at(0).sent == 2);
    CHECK(members.at(0).forces == 2);
    CHECK(members.at(1).role == u"v_bob"_s);
    CHECK(members.at(1).sent == 2);
    CHECK_FALSE(TeamRoster::fetch(aliceConnection, &members));
    CHECK(aliceConnection.problem() == TeamConnection::Problem::NoPermission);
}

TEST_CASE("team: A volunteer who reads every table and view they can reach finds nothing of another volunteer's", "[team]")
{
    TeamServer team;
    TeamConnection alice = team.newVolunteer(u"v_alice"_s);
    TeamConnection bobConnection = team.newVolunteer(u"v_bob"_s);
    const QString bobProfile = newUuid();
    const QList<ContactRecord> bob = {
        record(bobProfile, u"Bob Bramblewick"_s, u"sussex"_s, ContactStatus::Replied, u"note-only-bob-wrote"_s),
        record(bobProfile, u"Bob Bramblewick"_s, u"kent"_s, ContactStatus::Sent),
    };
    TeamSync::Result result;
    REQUIRE(TeamSync::push(bobConnection, bobProfile, bob, &result));
    // Statistics too: pg_stats would show sample values of a table without policies.
    TeamConnection admin = team.coordinator();
    REQUIRE(admin.exec(u"ANALYZE"_s, u"test"_s));

    const QStringList secrets = {u"Bramblewick"_s, u"note-only-bob-wrote"_s, u"Private Road"_s, bobProfile, bob.at(0).uuid,
                                 bob.at(1).uuid};
    const QStringList reachable = column(alice, u"SELECT format('%I.%I', n.nspname, c.relname) FROM pg_class c "
                                                "JOIN pg_namespace n ON n.oid = c.relnamespace "
                                                "WHERE c.relkind IN ('r', 'v', 'm', 'p', 'f') "
                                                "AND has_table_privilege(c.oid, 'SELECT') ORDER BY 1"_s);
    CHECK(reachable.contains(u"pcc.coverage"_s));
    CHECK(reachable.contains(u"pcc.contacts"_s));
    CHECK(reachable.contains(u"pg_catalog.pg_stats"_s));
    CHECK_FALSE(reachable.contains(u"pcc.volunteer_counts"_s));
    int rowsRead = 0;
    for (const QString &relation : reachable) {
        QSqlQuery q = alice.query();
        if (!q.exec(u"SELECT t::text FROM %1 AS t"_s.arg(relation)))
            continue; // some catalog views need more than SELECT (and so show nothing either)
        while (q.next()) {
            ++rowsRead;
            const QString row = q.value(0).toString();
            for (const QString &secret : secrets) {
                INFO(relation.toStdString() << ": " << row.toStdString());
                CHECK_FALSE(row.contains(secret));
            }
        }
    }
    CHECK(rowsRead > 1000); // the catalogs were really read

    // Nor can Alice write as Bob.
    QSqlQuery forged = alice.query();
    forged.prepare(u"INSERT INTO pcc.contacts (volunteer, uuid, profile_uuid, force_id, channel, contact_date, status, updated_at) "
                   "VALUES ('v_bob', 'x', 'y', 'kent', 'post', '2026-11-01', 'sent', now())"_s);
    CHECK_FALSE(forged.exec());
    CHECK(column(admin, u"SELECT count(*) FROM pcc.contacts WHERE volunteer = 'v_bob'"_s) == QStringList{u"2"_s});
}

TEST_CASE("team: A second sync sends nothing and a record changed here is sent again where the newer one wins", "[team]")
{
    TeamServer team;
    TeamConnection carol = team.newVolunteer(u"v_carol"_s);
    const QString profile = newUuid();
    QList<ContactRecord> records;
    for (const char *force : {"sussex", "kent", "surrey", "essex"})
        records << record(profile, u"Carol"_s, QString::fromLatin1(force), ContactStatus::Sent);
    TeamSync::Result result;
    REQUIRE(TeamSync::push(carol, profile, records, &result));
    CHECK(result.pushed == 4);
    const QString fingerprint = u"SELECT string_agg(uuid || xmin::text || updated_at::text, ',' ORDER BY uuid) FROM pcc.contacts"_s;
    const QStringList before = column(carol, fingerprint);

    REQUIRE(TeamSync::push(carol, profile, records, &result));
    CHECK(result.pushed == 0);
    CHECK(result.unchanged == 4);
    CHECK(column(carol, fingerprint) == before); // not even rewritten

    records[1].status = ContactStatus::Replied;
    records[1].updatedAt = records[1].updatedAt.addSecs(60);
    REQUIRE(TeamSync::push(carol, profile, records, &result));
    CHECK(result.pushed == 1);
    CHECK(result.unchanged == 3);
    CHECK(column(carol, u"SELECT status FROM pcc.contacts WHERE force_id = 'kent'"_s) == QStringList{u"replied"_s});
    TeamCoverage coverage; // the running counts follow the change: one letter, now replied
    REQUIRE(TeamCoverage::fetch(carol, &coverage));
    CHECK(coverage.forForce(u"kent"_s) == ForceCoverage{u"kent"_s, 1, 1, 1, 0, std::nullopt, QDate()});
    CHECK(coverage.forForce(u"sussex"_s) == ForceCoverage{u"sussex"_s, 1, 1, 0, 0, std::nullopt, QDate()});

    // An older copy (another computer that has not caught up) does not overwrite it.
    QList<ContactRecord> stale = records;
    stale[1].status = ContactStatus::Sent;
    stale[1].updatedAt = stale[1].updatedAt.addSecs(-30);
    REQUIRE(TeamSync::push(carol, profile, stale, &result));
    CHECK(result.pushed == 0);
    CHECK(result.newerOnServer == 1);
    CHECK(column(carol, u"SELECT status FROM pcc.contacts WHERE force_id = 'kent'"_s) == QStringList{u"replied"_s});
}

TEST_CASE("team: A batch that fails is rolled back whole while the batches before it stay and the next sync completes", "[team]")
{
    TeamServer team;
    TeamConnection dan = team.newVolunteer(u"v_dan"_s);
    const QString profile = newUuid();
    QList<ContactRecord> records;
    for (int i = 0; i < TeamSync::BatchSize + 500; ++i)
        records << record(profile, u"Dan"_s, u"sussex"_s, ContactStatus::Sent);
    // The coordinator's daily limit lets the first batch in and refuses the second, whole.
    TeamConnection admin = team.coordinator();
    REQUIRE(pcc::TeamLimits::set(admin, u"v_dan"_s, TeamSync::BatchSize + 200, std::nullopt));
    TeamSync::Result result;
    CHECK_FALSE(TeamSync::push(dan, profile, records, &result));
    CHECK(dan.problem() == TeamConnection::Problem::Refused);
    CHECK(dan.lastError().contains(u"would pass the limit"_s));
    CHECK(column(dan, u"SELECT count(*) FROM pcc.contacts"_s) == QStringList{QString::number(TeamSync::BatchSize)});

    REQUIRE(pcc::TeamLimits::set(admin, u"v_dan"_s, 5000, std::nullopt));
    REQUIRE(TeamSync::push(dan, profile, records, &result));
    CHECK(result.pushed == 500);
    CHECK(result.unchanged == TeamSync::BatchSize);
    CHECK(column(dan, u"SELECT count(*) FROM pcc.contacts"_s) == QStringList{QString::number(records.size())});
}

TEST_CASE("team: A wrong password or a stopped server or a server without tables each fail with a clear reason", "[team]")
{
    PgTestServer server;
    REQUIRE(server.start());
    TeamConnection wrong(TeamServerAddress::parse(server.url(PgTestServer::adminRole())));
    CHECK_FALSE(wrong.open(u"not-the-password"_s));
    CHECK(wrong.problem() == TeamConnection::Problem::Refused);
    CHECK(wrong.lastError().contains(u"refused the password"_s));

    TeamConnection early(TeamServerAddress::parse(server.url(PgTestServer::adminRole())));
    REQUIRE(early.open(PgTestServer::adminPassword()));
    TeamSync::Result result;
    CHECK_FALSE(TeamSync::push(early, u"p"_s, {}, &result));
    CHECK(early.problem() == TeamConnection::Problem::NotInitialised);
    CHECK(early.lastError().contains(u"team init"_s));

    REQUIRE(server.stop());
    TeamConnection down(TeamServerAddress::parse(server.url(PgTestServer::adminRole())));
    CHECK_FALSE(down.open(PgTestServer::adminPassword()));
    CHECK(down.problem() == TeamConnection::Problem::Unreachable);
    CHECK(down.lastError().contains(u"Could not reach"_s));
}

TEST_CASE("team: a NUL in one note does not stop the rest of the sync, and says which contact stayed", "[team][security]")
{
    TeamServer team;
    TeamConnection c = team.newVolunteer(u"v_nul"_s);
    const QString profile = newUuid();
    // As an older log, or a hand-edited import, could hold it.
    QList<ContactRecord> records = {record(profile, u"Nia"_s, u"kent"_s, ContactStatus::Sent, u"before"_s + QChar(0) + u"after"_s),
                                    record(profile, u"Nia"_s, u"essex"_s, ContactStatus::Sent)};
    TeamSync::Result result;
    INFO(c.lastError().toStdString());
    REQUIRE(TeamSync::push(c, profile, records, &result));
    CHECK(result.pushed == 1);
    REQUIRE(result.refused.size() == 1);
    CHECK(result.refused.first().contains(u"kent"_s));
    CHECK(result.refused.first().contains(u"U+0000"_s));
    // Run again: the same, never an error.
    REQUIRE(TeamSync::push(c, profile, records, &result));
    CHECK(result.unchanged == 1);
}

TEST_CASE("team: coverage shows only the 43 forces, only where a letter was sent", "[team][security]")
{
    TeamServer team;
    TeamConnection c = team.newVolunteer(u"v_drafts"_s);
    const QString profile = newUuid();
    const QList<ContactRecord> records = {record(profile, u"Dee"_s, u"surrey"_s, ContactStatus::Drafted),
                                          record(profile, u"Dee"_s, u"kent"_s, ContactStatus::Sent)};
    TeamSync::Result result;
    REQUIRE(TeamSync::push(c, profile, records, &result));
    // A made-up force, as the coordinator (who owns the table) could still write it with psql:
    // the view lists only the 43.
    TeamConnection owner = team.coordinator();
    REQUIRE(owner.exec(u"INSERT INTO pcc.contacts (uuid, profile_uuid, profile_name, force_id, channel, contact_date, "
                       "status, updated_at) VALUES ('x', 'p', 'n', '"_s
                           + QString(500, u'z') + u"', 'post', '2026-11-20', 'sent', now())"_s,
                       u"insert"_s));
    TeamCoverage coverage;
    REQUIRE(TeamCoverage::fetch(c, &coverage));
    QStringList forces;
    for (const ForceCoverage &f : coverage.forces)
        forces << f.forceId;
    CHECK(forces == QStringList{u"kent"_s}); // not surrey (a draft), not the invented force
    // The view itself says so, not only the app's reading of it.
    CHECK(column(c, u"SELECT force_id FROM pcc.coverage"_s) == QStringList{u"kent"_s});
}

TEST_CASE("team: a lock another session holds makes a sync fail in seconds with a reason, not hang", "[team][security]")
{
    TeamServer team;
    TeamConnection c = team.newVolunteer(u"v_wait"_s);
    const QString profile = newUuid();
    // The coordinator (or anyone able to) holds the contacts table in an open transaction.
    TeamConnection holder = team.coordinator();
    REQUIRE(holder.exec(u"BEGIN"_s, u"begin"_s));
    REQUIRE(holder.exec(u"LOCK TABLE pcc.contacts IN ACCESS EXCLUSIVE MODE"_s, u"lock"_s));
    TeamSync::Result result;
    QElapsedTimer took;
    took.start();
    CHECK_FALSE(TeamSync::push(c, profile, {record(profile, u"Wyn"_s, u"kent"_s, ContactStatus::Sent)}, &result));
    CHECK(took.elapsed() < 45000); // the lock timeout (15 s), not forever
    INFO(c.lastError().toStdString());
    CHECK(c.lastError().contains(u"busy"_s));
    holder.exec(u"ROLLBACK"_s, u"rollback"_s);
}

TEST_CASE("team: the planner's estimates do not tell a volunteer how often words they cannot read occur", "[team][security]")
{
    TeamServer team;
    TeamConnection admin = team.coordinator();
    TeamConnection alice = team.newVolunteer(u"v_alice"_s);
    TeamConnection bob = team.newVolunteer(u"v_bob"_s);
    const QString aliceProfile = newUuid();
    const QString bobProfile = newUuid();
    QList<ContactRecord> alices;
    QList<ContactRecord> bobs;
    for (int i = 0; i < 300; ++i) {
        alices << record(aliceProfile, u"Alice"_s, u"kent"_s, ContactStatus::Sent, u"alice's own note"_s);
        bobs << record(bobProfile, u"Bob"_s, u"sussex"_s, ContactStatus::Sent, u"bob's private note"_s);
    }
    TeamSync::Result result;
    REQUIRE(TeamSync::push(alice, aliceProfile, alices, &result));
    REQUIRE(TeamSync::push(bob, bobProfile, bobs, &result));
    REQUIRE(admin.exec(u"ANALYZE pcc.contacts"_s, u"analyze"_s));
    // EXPLAIN's row estimate for a guess at Bob's note, against one for words no one wrote.
    auto estimate = [&](const QString &column, const QString &value) {
        const QStringList plan = pcctest::column(alice, u"EXPLAIN SELECT 1 FROM pcc.contacts WHERE %1 = '%2'"_s.arg(column, value));
        REQUIRE_FALSE(plan.isEmpty());
        return plan.first().section(u"rows="_s, 1).section(u' ', 0, 0).toInt();
    };
    for (const auto &[column, right] : {std::pair{u"notes"_s, u"bob''s private note"_s}, std::pair{u"profile_name"_s, u"Bob"_s},
                                        std::pair{u"volunteer"_s, u"v_bob"_s}}) {
        INFO(column.toStdString());
        CHECK(estimate(column, right) == estimate(column, u"nobody wrote this"_s));
    }
}

TEST_CASE("team: a server's statistics from before version 5 are gone after the upgrade", "[team][security]")
{
    PgTestServer server;
    TeamConnection admin = pcctest::startedAsCoordinator(server);
    pcctest::migrateTo(admin, 4);
    for (int i = 0; i < 300; ++i)
        REQUIRE(admin.exec(u"INSERT INTO pcc.contacts (volunteer, uuid, profile_uuid, profile_name, force_id, channel, contact_date, status, "
                           "notes, updated_at) VALUES ('v_bob', 'b%1', 'p', 'Bob', 'kent', 'post', '2026-11-20', 'sent', 'bob''s note', now())"_s.arg(i),
                           u"insert"_s));
    REQUIRE(admin.exec(u"ANALYZE pcc.contacts"_s, u"analyze"_s));
    const QString statistics = u"SELECT count(*) FROM pg_stats WHERE schemaname = 'pcc' AND tablename = 'contacts' "
                               "AND attname IN ('volunteer', 'uuid', 'profile_name', 'notes')"_s;
    CHECK(column(admin, statistics) == QStringList{u"4"_s});
    TeamAdmin::InitResult result;
    INFO(admin.lastError().toStdString());
    REQUIRE(TeamAdmin::init(admin, &result));
    CHECK(result.fromVersion == 4);
    REQUIRE(admin.exec(u"ANALYZE pcc.contacts"_s, u"analyze"_s));
    CHECK(column(admin, statistics) == QStringList{u"0"_s});
}
