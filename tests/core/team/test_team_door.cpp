// Issue 24: volunteers write only through the server's own door (pcc.store_contacts), which
// checks every row and the coordinator's limits; the counts follow deletions; nothing private
// or secret reaches the server's log.
#include "catchcompat.h"
#include "teamfixture.h"

#include "contactlog.h"
#include "teamcleanup.h"
#include "teamcoverage.h"
#include "teamlimits.h"
#include "teamschema.h"
#include "teamschemaversions.h"
#include "teamsync.h"
#include "teamsyncjob.h"

#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace pcc;
using pcctest::column;
using pcctest::dated;
using pcctest::newUuid;
using pcctest::rowCount;
using pcctest::withField;
using pcctest::PgTestServer;
using pcctest::record;
using pcctest::TeamServer;

TEST_CASE("team door: a volunteer cannot insert, update or delete rows directly, only through the server's function", "[team][security]")
{
    TeamServer team;
    TeamConnection c = team.newVolunteer(u"v_psql"_s);
    const QString profile = newUuid();
    TeamSync::Result result;
    REQUIRE(TeamSync::push(c, profile, {record(profile, u"Pat"_s, u"kent"_s, ContactStatus::Sent)}, &result));

    // What a volunteer with psql would try first.
    const QStringList attempts = {
        u"INSERT INTO pcc.contacts (uuid, profile_uuid, force_id, channel, contact_date, status, updated_at) "
        "VALUES ('a', 'p', 'kent', 'post', '2026-11-20', 'replied', now())"_s,
        u"UPDATE pcc.contacts SET status = 'replied', reply_outcome = 'commitment'"_s,
        u"DELETE FROM pcc.contacts"_s,
        u"UPDATE pcc.force_volunteer SET sent = 10000"_s,
        u"UPDATE pcc.limits SET value = 1000000"_s,
        u"SELECT pcc.remove_rows('v_other', NULL)"_s,
    };
    for (const QString &sql : attempts) {
        INFO(sql.toStdString());
        QSqlQuery q = c.query();
        CHECK_FALSE(q.exec(sql));
        CHECK(q.lastError().nativeErrorCode() == u"42501"_s); // insufficient privilege
    }
    // A lock that would freeze everyone's sync needs a transaction, and is refused inside one.
    REQUIRE(c.exec(u"BEGIN"_s, u"begin"_s));
    QSqlQuery lock = c.query();
    CHECK_FALSE(lock.exec(u"LOCK TABLE pcc.contacts IN ACCESS EXCLUSIVE MODE"_s));
    CHECK(lock.lastError().nativeErrorCode() == u"42501"_s);
    c.exec(u"ROLLBACK"_s, u"rollback"_s);
    CHECK(column(c, u"SELECT status FROM pcc.contacts"_s) == QStringList{u"sent"_s});
}

TEST_CASE("team door: each bad row is refused with its place and the field at fault, and nothing of the batch is stored", "[team][security]")
{
    TeamServer team;
    TeamConnection c = team.newVolunteer(u"v_bad"_s);
    const QString profile = newUuid();

    struct Case
    {
        const char *name;
        std::function<void(ContactRecord &)> spoil;
        QString says;
    };
    const QList<Case> cases = {
        {"an invented force", [](ContactRecord &r) { r.forceId = QString(5000, u'z'); }, u"its force is not one of the 43"_s},
        {"Scotland, which has no commissioner", [](ContactRecord &r) { r.forceId = u"scotland"_s; }, u"its force is not one of the 43"_s},
    };
    for (const Case &bad : cases) {
        INFO(bad.name);
        // The spoiled contact is the third of the batch: the two good ones before it stay out too.
        QList<ContactRecord> records = {record(profile, u"Bea"_s, u"kent"_s, ContactStatus::Sent),
                                        record(profile, u"Bea"_s, u"essex"_s, ContactStatus::Sent),
                                        record(profile, u"Bea"_s, u"surrey"_s, ContactStatus::Sent)};
        bad.spoil(records[2]);
        TeamSync::Result result;
        CHECK_FALSE(TeamSync::push(c, profile, records, &result));
        CHECK(c.problem() == TeamConnection::Problem::Refused);
        INFO(c.lastError().toStdString());
        CHECK(c.lastError().contains(u"contact 3 of the batch"_s));
        CHECK(c.lastError().contains(bad.says));
        CHECK(rowCount(c) == u"0"_s);
    }

    // The limits are inclusive: exactly 20,000 characters of notes is accepted.
    ContactRecord longest = record(profile, u"Bea"_s, u"kent"_s, ContactStatus::Sent, QString(20000, u'n'));
    longest.letterText = QString(100000, u'l');
    TeamSync::Result result;
    INFO(c.lastError().toStdString());
    REQUIRE(TeamSync::push(c, profile, {longest}, &result));
    CHECK(rowCount(c) == u"1"_s);
}

TEST_CASE("team door: a batch called by hand with a repeated contact, an unknown status or no list is refused", "[team][security]")
{
    TeamServer team;
    TeamConnection c = team.newVolunteer(u"v_hand"_s);
    const QString row = u"{\"uuid\":\"u1\",\"profile_uuid\":\"p\",\"force_id\":\"kent\",\"channel\":\"post\","
                        "\"contact_date\":\"2026-11-20\",\"status\":\"%1\",\"reply_outcome\":\"\",\"updated_at\":\"2026-11-20T10:00:00Z\"}"_s;
    const QList<std::pair<QString, QString>> batches = {
        {u"[%1,%1]"_s.arg(row.arg(u"sent"_s)), u"the same contact twice"_s},
        {u"[%1]"_s.arg(row.arg(u"published"_s)), u"its status is not one the app knows"_s},
        {u"{\"uuid\":\"u1\"}"_s, u"a batch is a list of contacts"_s},
        {u"[{\"uuid\":\"u1\",\"profile_uuid\":\"p\",\"force_id\":\"kent\",\"channel\":\"post\",\"contact_date\":\"2026-02-30\","
         "\"status\":\"sent\",\"updated_at\":\"2026-11-20T10:00:00Z\"}]"_s,
         u"cannot read"_s},
        {u"[{\"uuid\":\"u1\",\"profile_uuid\":\"p\",\"force_id\":\"kent\",\"channel\":\"post\",\"contact_date\":\"2026-11-20\","
         "\"status\":\"sent\",\"holder_name\":\"Ann\\u001bSmith\",\"updated_at\":\"2026-11-20T10:00:00Z\"}]"_s,
         u"control character"_s},
        {u"[{\"uuid\":\"u1\",\"profile_uuid\":\"p\",\"force_id\":\"kent\",\"channel\":\"post\",\"contact_date\":\"2026-11-20\","
         "\"status\":\"sent\",\"notes\":\"a\\u0000b\",\"updated_at\":\"2026-11-20T10:00:00Z\"}]"_s,
         u"NUL"_s},
        // What the app keeps back by itself (TeamSync checks lengths first), a volunteer with psql
        // does not: the server refuses it too.
        {dated(u"2031-01-01"_s, u"2026-11-25"_s, u"2026-11-20T10:00:00Z"_s), u"its date is missing or not a date"_s},
        {dated(u"1999-12-31"_s, u"2026-11-25"_s, u"2026-11-20T10:00:00Z"_s), u"its date is missing or not a date"_s},
        {dated(u"2026-11-20"_s, u"2031-01-01"_s, u"2026-11-20T10:00:00Z"_s), u"its reply date"_s},
        {dated(u"2026-11-20"_s, u"2026-11-25"_s, u"2031-01-01T10:00:00Z"_s), u"its time of change"_s},
        {dated(u"2026-11-20"_s, u"2026-11-25"_s, u"-infinity"_s), u"its time of change"_s},
        {dated(u"2026-11-20"_s, u"2026-11-25"_s, u"1999-12-31T23:59:59.999Z"_s), u"its time of change"_s},
        {withField(u"holder_name"_s, QString(201, u'h')), u"a name in it is longer"_s},
        {withField(u"notes"_s, QString(20001, u'n')), u"its notes are longer"_s},
        {withField(u"letter_text"_s, QString(100001, u'l')), u"its letter is longer"_s},
        {withField(u"reply_summary"_s, QString(20001, u's')), u"its reply's summary is longer"_s},
        {withField(u"commitment_quote"_s, QString(5001, u'q'), u"commitment"_s), u"greater length than the server keeps"_s},
        {withField(u"commitment_what"_s, u"a stalking advocate"_s), u"its reply outcome is not a commitment"_s},
        {withField(u"commitment_until"_s, u"2026-01-01"_s, u"commitment"_s, u",\"commitment_from\":\"2026-04-01\""_s),
         u"its commitment ends before it starts"_s},
        {withField(u"commitment_from"_s, u"1999-04-01"_s, u"commitment"_s), u"its commitment's dates"_s},
        {withField(u"commitment_quote"_s, u"we will\\u001bfund"_s, u"commitment"_s), u"control character"_s},
        // Terminal escapes in any text the coordinator reads in psql, the notes and the letter too.
        {withField(u"notes"_s, u"call \\u001b[2Jback"_s), u"control character"_s},
        {withField(u"letter_text"_s, u"Dear \\u001b]0;x\\u0007Commissioner"_s), u"control character"_s},
        // The C1 controls, which a terminal may obey as it obeys ESC: U+009B is a whole CSI.
        {withField(u"notes"_s, u"call \\u009b2Jback"_s), u"control character"_s},
        {withField(u"reply_summary"_s, u"they said\\u009f"_s), u"control character"_s},
        // And in the ids, which the app fills with UUIDs but a volunteer with psql may not.
        {u"[{\"uuid\":\"u\\u001b]0;x\\u0007\",\"profile_uuid\":\"p\",\"force_id\":\"kent\",\"channel\":\"post\","
         "\"contact_date\":\"2026-11-20\",\"status\":\"sent\",\"updated_at\":\"2026-11-20T10:00:00Z\"}]"_s,
         u"control character"_s},
        {u"[{\"uuid\":\"u2\",\"profile_uuid\":\"p\\u009b2J\",\"force_id\":\"kent\",\"channel\":\"post\","
         "\"contact_date\":\"2026-11-20\",\"status\":\"sent\",\"updated_at\":\"2026-11-20T10:00:00Z\"}]"_s,
         u"control character"_s},
    };
    for (const auto &[batch, says] : batches) {
        INFO(batch.toStdString());
        CHECK_FALSE(c.execParams(u"SELECT pcc.store_contacts($1::json)"_s, {batch}, u"store"_s));
        INFO(c.lastError().toStdString());
        CHECK(c.lastError().contains(says));
    }
    CHECK(rowCount(c) == u"0"_s);
    CHECK(c.execParams(u"SELECT pcc.store_contacts($1::json)"_s, {u"[%1]"_s.arg(row.arg(u"sent"_s))}, u"store"_s));
    CHECK(rowCount(c) == u"1"_s);
}

TEST_CASE("team door: a temporary table cannot pass a caller off as the schema's owner", "[team][security]")
{
    TeamServer team;
    TeamConnection admin = team.coordinator();
    REQUIRE(admin.exec(u"CREATE ROLE outsider LOGIN PASSWORD 'outsider-secret' IN ROLE pcc_volunteer"_s, u"create"_s));
    TeamConnection outsider = team.connectAs(u"outsider"_s, u"outsider-secret"_s);
    REQUIRE(outsider.exec(u"CREATE TEMP TABLE pg_namespace (nspowner oid, nspname name)"_s, u"temp"_s));
    REQUIRE(outsider.exec(u"INSERT INTO pg_temp.pg_namespace SELECT oid, 'pcc' FROM pg_roles WHERE rolname = 'outsider'"_s, u"fake"_s));
    const QString profile = newUuid();
    TeamSync::Result result;
    CHECK_FALSE(TeamSync::push(outsider, profile, {record(profile, u"O"_s, u"kent"_s, ContactStatus::Sent)}, &result));
    CHECK(outsider.lastError().contains(u"not one of the campaign's volunteers"_s));
    CHECK(column(admin, u"SELECT count(*) FROM pcc.contacts"_s) == QStringList{u"0"_s});
}

TEST_CASE("team door: a role that is not a volunteer of the campaign cannot store anything", "[team][security]")
{
    TeamServer team;
    TeamConnection admin = team.coordinator();
    // Someone the server lets in, given the group by hand but never added as a volunteer.
    REQUIRE(admin.exec(u"CREATE ROLE stranger LOGIN PASSWORD 'stranger-secret' IN ROLE pcc_volunteer"_s, u"create"_s));
    TeamConnection stranger = team.connectAs(u"stranger"_s, u"stranger-secret"_s);
    const QString profile = newUuid();
    TeamSync::Result result;
    CHECK_FALSE(TeamSync::push(stranger, profile, {record(profile, u"S"_s, u"kent"_s, ContactStatus::Sent)}, &result));
    CHECK(stranger.lastError().contains(u"not one of the campaign's volunteers"_s));
    CHECK(column(admin, u"SELECT count(*) FROM pcc.contacts"_s) == QStringList{u"0"_s});
}

TEST_CASE("team door: a refused batch with private notes, and a new volunteer's password, never reach the server's log", "[team][security]")
{
    TeamServer team;
    const QString password = team.addVolunteer(u"v_log"_s);
    CHECK_FALSE(team.server.log().contains(password));
    CHECK(team.server.log().contains(u"SCRAM-SHA-256$"_s)); // the log does record CREATE ROLE: only the verifier

    const QString profile = newUuid();
    TeamConnection c = team.connectAs(u"v_log"_s, password);
    const QString secret = u"my-abuser-lives-at-12-Secret-Lane"_s;
    QList<ContactRecord> records = {record(profile, u"Lou"_s, u"kent"_s, ContactStatus::Sent, secret),
                                    record(profile, u"Lou"_s, u"atlantis"_s, ContactStatus::Sent)};
    TeamSync::Result result;
    CHECK_FALSE(TeamSync::push(c, profile, records, &result));
    CHECK(c.lastError().contains(u"its force is not one of the 43"_s));
    const QString log = team.server.log();
    CHECK(log.contains(u"its force is not one of the 43"_s)); // the refusal was logged...
    CHECK_FALSE(log.contains(secret));                        // ...without the notes
    CHECK_FALSE(log.contains(u"Dear Commissioner"_s));
}

TEST_CASE("team door: a server at schema version 2 is brought to the current version by init, with counts mended from the rows", "[team][security]")
{
    PgTestServer server;
    TeamConnection admin = pcctest::startedAsCoordinator(server);
    pcctest::migrateTo(admin, 2);
    // Rows as version 2 had them, then a deletion its trigger did not count.
    for (const QString &force : {u"kent"_s, u"kent"_s, u"essex"_s})
        REQUIRE(admin.exec(u"INSERT INTO pcc.contacts (volunteer, uuid, profile_uuid, force_id, channel, contact_date, status, updated_at) "
                           "VALUES ('someone', gen_random_uuid()::text, 'p', '%1', 'post', '2026-11-20', 'sent', now())"_s.arg(force),
                           u"insert"_s));
    REQUIRE(admin.exec(u"DELETE FROM pcc.contacts WHERE force_id = 'essex'"_s, u"delete"_s));
    CHECK(column(admin, u"SELECT sent FROM pcc.coverage WHERE force_id = 'essex'"_s) == QStringList{u"1"_s}); // wrong, as it was

    TeamAdmin::InitResult result;
    INFO(admin.lastError().toStdString());
    REQUIRE(TeamAdmin::init(admin, &result));
    CHECK(result.fromVersion == 2);
    CHECK(result.toVersion == TeamSchema::Version);
    CHECK(column(admin, u"SELECT force_id || '=' || sent FROM pcc.coverage ORDER BY force_id"_s) == QStringList{u"kent=2"_s});
}

TEST_CASE("team door: a version 4 server took C1 controls, and brought to 5 by init it refuses them and still takes any letter", "[team][security]")
{
    PgTestServer server;
    TeamConnection admin = pcctest::startedAsCoordinator(server);
    pcctest::migrateTo(admin, 4);
    REQUIRE(admin.exec(u"CREATE ROLE v_c1 LOGIN PASSWORD 'c1-secret' IN ROLE pcc_volunteer"_s, u"role"_s));
    REQUIRE(admin.exec(u"INSERT INTO pcc.volunteers (role) VALUES ('v_c1')"_s, u"volunteer"_s));
    TeamConnection c(TeamServerAddress::parse(server.url(u"v_c1"_s)));
    REQUIRE(c.open(u"c1-secret"_s));
    const QString csi = withField(u"notes"_s, u"call \\u009b2Jback"_s);
    INFO(c.lastError().toStdString());
    CHECK(c.execParams(u"SELECT pcc.store_contacts($1::json)"_s, {csi}, u"store"_s)); // version 4 let it in
    CHECK(rowCount(admin) == u"1"_s);

    TeamAdmin::InitResult result;
    REQUIRE(TeamAdmin::init(admin, &result));
    CHECK(result.fromVersion == 4);
    CHECK(result.toVersion == 5);
    const QString again = QString(csi).replace(u"\"u1\""_s, u"\"u2\""_s);
    CHECK_FALSE(c.execParams(u"SELECT pcc.store_contacts($1::json)"_s, {again}, u"store"_s));
    CHECK(c.lastError().contains(u"control character"_s));
    // Just past the controls: a no-break space, and letters with accents, are text.
    const QString text = withField(u"notes"_s, u"Ms\\u00a0Jones, caf\\u00e9, \\u00ff"_s).replace(u"\"u1\""_s, u"\"u3\""_s);
    CHECK(c.execParams(u"SELECT pcc.store_contacts($1::json)"_s, {text}, u"store"_s));
    CHECK(column(admin, u"SELECT notes FROM pcc.contacts WHERE uuid = 'u3'"_s) == QStringList{u"Ms\u00a0Jones, caf\u00e9, \u00ff"_s});
    CHECK(rowCount(admin) == u"2"_s); // the row stored before stays as it was
}

TEST_CASE("team door: a profile deleted here with its team copy is removed from the server at the next sync, and only that", "[team][security]")
{
    TeamServer team;
    const QString password = team.addVolunteer(u"v_gone"_s);
    TeamConnection other = team.newVolunteer(u"v_stays"_s);
    QTemporaryDir dir;
    ContactLog log;
    REQUIRE(log.open(dir.filePath(u"log.sqlite"_s)));
    Profile leaving;
    leaving.name = u"Gwen"_s;
    Profile staying;
    staying.name = u"Gwen at work"_s;
    REQUIRE(log.addProfile(&leaving));
    REQUIRE(log.addProfile(&staying));
    QList<ContactRecord> leavingRecords = {record(leaving.uuid, leaving.name, u"kent"_s, ContactStatus::Sent),
                                           record(leaving.uuid, leaving.name, u"essex"_s, ContactStatus::Sent)};
    QList<ContactRecord> stayingRecords = {record(staying.uuid, staying.name, u"kent"_s, ContactStatus::Sent)};
    ContactLog::ImportReport imported;
    REQUIRE(log.merge(leavingRecords + stayingRecords, &imported));

    TeamConnection gwen = team.connectAs(u"v_gone"_s, password);
    TeamSync::Result result;
    REQUIRE(TeamSync::push(gwen, leaving.uuid, leavingRecords, &result));
    REQUIRE(TeamSync::push(gwen, staying.uuid, stayingRecords, &result));
    // Another volunteer's contact with the very same id must not be touched.
    ContactRecord twin = record(u"theirs"_s, u"Other"_s, u"kent"_s, ContactStatus::Sent);
    twin.uuid = leavingRecords.at(0).uuid;
    REQUIRE(TeamSync::push(other, twin.profileUuid, {twin}, &result));

    // Another volunteer who learns a profile's id and calls the server by hand removes nothing of it.
    CHECK(column(other, u"SELECT pcc.remove_profile('%1')"_s.arg(staying.uuid)) == QStringList{u"0"_s});
    CHECK(column(other, u"SELECT pcc.remove_contacts('[\"%1\"]')"_s.arg(stayingRecords.at(0).uuid)) == QStringList{u"0"_s});
    CHECK(column(gwen, u"SELECT count(*) FROM pcc.contacts"_s) == QStringList{u"3"_s});

    // A new, empty computer syncing removes nothing: only deletions made here travel.
    int removed = -1;
    REQUIRE(TeamSync::remove(gwen, {}, &removed));
    CHECK(removed == 0);
    CHECK(column(gwen, u"SELECT count(*) FROM pcc.contacts"_s) == QStringList{u"3"_s});

    REQUIRE(log.deleteProfile(leaving.uuid, ContactLog::TeamCopy::Remove));
    REQUIRE(log.deleteContact(stayingRecords.at(0).uuid)); // Keep: stays on the server
    const auto pending = log.teamRemovals();
    REQUIRE(pending);
    REQUIRE(pending->size() == 1);
    CHECK(pending->at(0).kind == TeamRemoval::Kind::Profile);
    CHECK(pending->at(0).uuid == leaving.uuid);

    TeamSyncJob job{team.address(u"v_gone"_s), password, staying.uuid, {}, *pending, {}, {}};
    const TeamSyncJob::Outcome outcome = job.run();
    INFO(outcome.error.toStdString());
    REQUIRE(outcome.ok);
    CHECK(outcome.removed);
    CHECK(outcome.rowsRemoved == 2);
    REQUIRE(log.forgetTeamRemovals(*pending));
    CHECK(log.teamRemovals()->isEmpty());
    CHECK(column(gwen, u"SELECT profile_uuid FROM pcc.contacts"_s) == QStringList{staying.uuid});
    CHECK(column(other, u"SELECT count(*) FROM pcc.contacts"_s) == QStringList{u"1"_s});
    TeamCoverage coverage;
    REQUIRE(TeamCoverage::fetch(gwen, &coverage));
    CHECK(coverage.forForce(u"kent"_s).sent == 2);
    CHECK(coverage.forForce(u"essex"_s).sent == 0);

    // Removing a single contact by id reaches only this volunteer's row with that id.
    REQUIRE(TeamSync::remove(other, {{TeamRemoval::Kind::Contact, twin.uuid, QDateTime::currentDateTimeUtc()}}, &removed));
    CHECK(removed == 1);
    CHECK(column(gwen, u"SELECT count(*) FROM pcc.contacts"_s) == QStringList{u"1"_s});
}

TEST_CASE("team door: a function a volunteer puts in public never runs when the coordinator sets up the tables", "[team][security]")
{
    TeamServer team;
    TeamConnection admin = team.coordinator();
    // PostgreSQL 13 and 14 let every role create objects in public; the test server is newer.
    REQUIRE(admin.exec(u"GRANT CREATE ON SCHEMA public TO PUBLIC"_s, u"grant"_s));
    TeamConnection eve = team.newVolunteer(u"v_eve"_s);
    // For an untyped value PostgreSQL prefers a function that takes text to the system's
    // pg_advisory_xact_lock(bigint), which `team init` calls first.
    REQUIRE(eve.exec(u"CREATE FUNCTION public.pg_advisory_xact_lock(text) RETURNS void LANGUAGE sql "
                     "AS 'GRANT pcc_coordinator TO v_eve'"_s,
                     u"plant"_s));
    TeamAdmin::InitResult result;
    INFO(admin.lastError().toStdString());
    REQUIRE(TeamAdmin::init(admin, &result));
    CHECK(column(admin, u"SELECT pg_has_role('v_eve', 'pcc_coordinator', 'MEMBER')::int"_s) == QStringList{u"0"_s});
}

TEST_CASE("team door: an operator a volunteer put in public before version 5 leaves the coverage view at the upgrade", "[team][security]")
{
    PgTestServer server;
    TeamConnection admin = pcctest::startedAsCoordinator(server);
    // The tables up to version 3 as an earlier app made them, with `public` on its search path.
    REQUIRE(admin.exec(u"SET search_path = \"$user\", public"_s, u"path"_s));
    pcctest::migrateTo(admin, 3);
    REQUIRE(admin.exec(u"GRANT CREATE ON SCHEMA public TO PUBLIC"_s, u"grant"_s));
    REQUIRE(admin.exec(u"CREATE ROLE v_eve LOGIN PASSWORD 'eve-secret' IN ROLE pcc_volunteer"_s, u"role"_s));
    REQUIRE(admin.exec(u"INSERT INTO pcc.volunteers (role) VALUES ('v_eve')"_s, u"volunteer"_s));

    // Eve's operator for integer / numeric, the median's division, notes who runs it.
    TeamConnection eve(TeamServerAddress::parse(server.url(u"v_eve"_s)));
    REQUIRE(eve.open(u"eve-secret"_s));
    for (const QString &sql : {u"CREATE TABLE public.ran_as (who name)"_s, u"GRANT INSERT ON public.ran_as TO PUBLIC"_s,
                               u"CREATE FUNCTION public.halve(integer, numeric) RETURNS numeric LANGUAGE plpgsql AS "
                               "$$ BEGIN INSERT INTO public.ran_as VALUES (current_user); RETURN $1::numeric / $2; END $$"_s,
                               u"CREATE OPERATOR public./ (LEFTARG = integer, RIGHTARG = numeric, FUNCTION = public.halve)"_s})
        REQUIRE(eve.exec(sql, u"plant"_s));

    // The earlier app's upgrade to version 4 makes the coverage view with Eve's operator in it.
    pcctest::migrateTo(admin, 4, 3);
    REQUIRE(admin.exec(u"INSERT INTO pcc.force_volunteer VALUES ('kent', 'v_eve', 1, 1, 0)"_s, u"counts"_s));
    REQUIRE(admin.exec(u"INSERT INTO pcc.reply_days VALUES ('kent', 8, 1)"_s, u"days"_s));
    const QString readCoverage = u"SELECT median_days::text FROM pcc.coverage"_s;
    CHECK(column(admin, readCoverage) == QStringList{u"8.0000000000000000"_s});
    CHECK(column(admin, u"SELECT count(*) FROM public.ran_as"_s) == QStringList{u"1"_s}); // it ran, as the view's owner

    // This app's upgrade makes the view again with the system's operator.
    TeamConnection now(TeamServerAddress::parse(server.url(PgTestServer::adminRole())));
    REQUIRE(now.open(PgTestServer::adminPassword()));
    TeamAdmin::InitResult result;
    INFO(now.lastError().toStdString());
    REQUIRE(TeamAdmin::init(now, &result));
    CHECK(result.fromVersion == 4);
    CHECK(column(now, readCoverage) == QStringList{u"8.0000000000000000"_s});
    TeamConnection volunteerNow(TeamServerAddress::parse(server.url(u"v_eve"_s)));
    REQUIRE(volunteerNow.open(u"eve-secret"_s));
    CHECK(column(volunteerNow, readCoverage) == QStringList{u"8.0000000000000000"_s});
    CHECK(column(now, u"SELECT count(*) FROM public.ran_as"_s) == QStringList{u"1"_s}); // and never again
}

TEST_CASE("team door: the door's day is the moment of the call, never the start of a transaction held open since yesterday", "[team][security]")
{
    // PostgreSQL's current_date and now() are the transaction's start: a volunteer with psql who
    // began one before midnight would be counted against a day that had ended, and start a fresh
    // daily limit in every such session. The day cannot be moved in a test, so the text is read.
    const QString door = pcc::TeamSchemaVersions::storeContactsFunction(TeamSchema::Version);
    CHECK_FALSE(door.contains(u"current_date"_s));
    CHECK_FALSE(door.contains(u"now()"_s));
    CHECK(door.contains(u"today date := statement_timestamp()::date"_s));
    CHECK(door.contains(u"written_on = today"_s));
}
