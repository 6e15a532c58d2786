// A team server that lies (taken over, or set up by someone hostile): what the app shows of its
// figures stays within what a campaign can count, and none of its words can drive a terminal.
#include "catchcompat.h"
#include "teamfixture.h"
#include "testsupport.h"

#include "teamcleanup.h"
#include "teamcoverage.h"
#include "teamroster.h"
#include "teamsync.h"

#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace pcc;
using pcctest::column;
using pcctest::newUuid;
using pcctest::record;
using pcctest::TeamServer;

namespace {

// No character that a terminal obeys, or that turns text around for display, is left in `text`.
bool safeToPrint(const QString &text)
{
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if ((c < 0x20 && c != u'\n' && c != u'\t') || (c >= 0x7f && c <= 0x9f) || c == 0x202e)
            return false;
    }
    return true;
}

} // namespace

TEST_CASE("team lies: a server's refusal with terminal escapes in it reaches the volunteer without them", "[team][security]")
{
    TeamServer team;
    TeamConnection admin = team.coordinator();
    TeamConnection c = team.newVolunteer(u"v_reader"_s);
    // ESC [2J clears a terminal; U+009B is the same in one character; U+202E turns text around.
    REQUIRE(admin.exec(u"CREATE OR REPLACE FUNCTION pcc.store_contacts(batch json) RETURNS integer LANGUAGE plpgsql AS "
                       "$$ BEGIN RAISE EXCEPTION 'refused %', E'\\u001b[2J now \\u009b2J and \\u202Eevil'; END $$"_s,
                       u"lie"_s));
    const QString profile = newUuid();
    TeamSync::Result result;
    CHECK_FALSE(TeamSync::push(c, profile, {record(profile, u"Ria"_s, u"kent"_s, ContactStatus::Sent)}, &result));
    INFO(c.lastError().toStdString());
    CHECK(c.lastError().contains(u"refused"_s));
    CHECK(c.lastError().contains(u"now"_s));
    CHECK(c.lastError().contains(QChar(0xfffd)));
    CHECK(safeToPrint(c.lastError()));
}

TEST_CASE("team lies: the coverage a server gives is held to the 43 forces, once each, with counts a campaign can have", "[team][security]")
{
    TeamServer team;
    TeamConnection admin = team.coordinator();
    TeamConnection c = team.newVolunteer(u"v_reader"_s);
    REQUIRE(admin.exec(u"DROP VIEW pcc.coverage"_s, u"drop"_s));
    REQUIRE(admin.exec(u"CREATE VIEW pcc.coverage (force_id, volunteers, sent, replied, commitments, median_days, last_reply) AS "
                       "VALUES ('kent', 9000000000000000000::bigint, 9000000000000000000::bigint, 9000000000000000000::bigint, "
                       "9000000000000000000::bigint, 1e300::numeric, date '2026-11-01'), "
                       "('kent', 9000000000000000000::bigint, 9000000000000000000::bigint, 9000000000000000000::bigint, "
                       "9000000000000000000::bigint, 1e300::numeric, date '2026-11-01'), "
                       "('essex', -5, 2147483647, 10, 20, -1, NULL), "
                       "(E'\\u001b]0;x\\u0007', 1, 1, 1, 1, NULL, NULL), "
                       "('surrey', 2, 3, 2, 1, 8.5, date '2026-11-20')"_s,
                       u"lie"_s));
    REQUIRE(admin.exec(u"GRANT SELECT ON pcc.coverage TO pcc_volunteer, pcc_coordinator"_s, u"grant"_s));

    TeamCoverage coverage;
    INFO(c.lastError().toStdString());
    REQUIRE(TeamCoverage::fetch(c, &coverage));
    QStringList ids;
    for (const ForceCoverage &f : coverage.forces)
        ids << f.forceId;
    CHECK(ids == QStringList{u"essex"_s, u"kent"_s, u"surrey"_s}); // Kent once; no invented id
    const ForceCoverage kent = coverage.forForce(u"kent"_s);
    CHECK(kent.sent == 10000000);
    CHECK(kent.volunteers == 10000000);
    CHECK(kent.commitments == 10000000);
    CHECK_FALSE(kent.medianDaysToReply.has_value()); // 1e300 days is no median
    const ForceCoverage essex = coverage.forForce(u"essex"_s);
    CHECK(essex.volunteers == 0);
    CHECK(essex.sent == 10000000);
    CHECK(essex.replied == 10);
    CHECK(essex.commitments == 10); // no more commitments than replies
    CHECK_FALSE(essex.medianDaysToReply.has_value());
    const ForceCoverage surrey = coverage.forForce(u"surrey"_s);
    CHECK(surrey == ForceCoverage{u"surrey"_s, 2, 3, 2, 1, 8.5, QDate(2026, 11, 20)});
    // The figures a letter and the map read from it fit an int, whatever the server said.
    qint64 total = 0;
    for (const ForceCoverage &f : coverage.forces)
        total += f.sent;
    CHECK(total == 20000003);

    // The cache keeps only what was admitted, and reading a hand-edited one holds it the same way.
    QTemporaryDir dir;
    const QString cache = dir.filePath(u"team-coverage.json"_s);
    QString error;
    REQUIRE(coverage.save(cache, &error));
    QByteArray edited = pcctest::readFile(cache);
    REQUIRE(edited.contains("\"sent\": 3"));
    edited.replace("\"sent\": 3", "\"sent\": -3e40");
    pcctest::writeFile(cache, edited);
    TeamCoverage loaded;
    REQUIRE(TeamCoverage::load(cache, &loaded, &error));
    CHECK(loaded.forces.size() == 2); // Surrey, with no letter sent now, is dropped
    CHECK(loaded.forForce(u"kent"_s).sent == 10000000);
}

TEST_CASE("team lies: a volunteer's rows by force and the volunteer list are safe to print and never negative", "[team][security]")
{
    TeamServer team;
    TeamConnection admin = team.coordinator();
    team.addVolunteer(u"v_odd"_s);
    // A row put in by hand, around the door, with an escape for a force.
    REQUIRE(admin.exec(u"INSERT INTO pcc.contacts (volunteer, uuid, profile_uuid, force_id, channel, contact_date, status, updated_at) "
                       "VALUES ('v_odd', 'u1', 'p', E'\\u001b]0;owned\\u0007', 'post', '2026-11-20', 'sent', now())"_s,
                       u"insert"_s));
    QList<VolunteerForceRows> rows;
    REQUIRE(TeamCleanup::rowsByForce(admin, u"v_odd"_s, &rows));
    REQUIRE(rows.size() == 1);
    CHECK(safeToPrint(rows.first().forceId));
    CHECK(rows.first().forceId.contains(u"owned"_s));

    REQUIRE(admin.exec(u"CREATE OR REPLACE VIEW pcc.volunteer_counts AS SELECT E'v_\\u009b2J'::name AS role, now() AS added_at, "
                       "-7::bigint AS sent, 9000000000000000000::bigint AS replied, 500::bigint AS forces, NULL::timestamptz AS last_change"_s,
                       u"lie"_s));
    QList<TeamMember> members;
    INFO(admin.lastError().toStdString());
    REQUIRE(TeamRoster::fetch(admin, &members));
    REQUIRE(members.size() == 1);
    CHECK(safeToPrint(members.first().role));
    CHECK(members.first().sent == 0);
    CHECK(members.first().replied == 10000000);
    CHECK(members.first().forces == 43);
}

namespace {

// Every row a lying view makes takes a number from pcc.rows_made, so that a test can see how
// many rows the server was made to produce, whatever the app read of them.
void countRowsMade(TeamConnection &admin)
{
    REQUIRE(admin.exec(u"CREATE SEQUENCE pcc.rows_made"_s, u"sequence"_s));
    REQUIRE(admin.exec(u"GRANT USAGE ON SEQUENCE pcc.rows_made TO pcc_volunteer, pcc_coordinator"_s, u"grant"_s));
}

qint64 rowsMade(TeamConnection &admin)
{
    TeamConnection::Rows rows;
    REQUIRE(admin.execParams(u"SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM pcc.rows_made"_s, {}, u"count"_s, &rows));
    REQUIRE(admin.exec(u"ALTER SEQUENCE pcc.rows_made RESTART"_s, u"restart"_s));
    return rows.value(0).value(0).toLongLong();
}

} // namespace

TEST_CASE("team lies: a server sending endless coverage is made to produce no more than a thousand rows and one, and refused", "[team][security]")
{
    TeamServer team;
    TeamConnection admin = team.coordinator();
    TeamConnection c = team.newVolunteer(u"v_reader"_s);
    countRowsMade(admin);
    // Kent again and again; the row numbered `failing` divides by zero.
    const auto lieWithRows = [&](int rows, int failing = 0) {
        REQUIRE(admin.exec(u"DROP VIEW pcc.coverage"_s, u"drop"_s));
        REQUIRE(admin.exec(u"CREATE VIEW pcc.coverage (force_id, volunteers, sent, replied, commitments, median_days, last_reply) AS "
                           "SELECT 'kent', (pg_catalog.nextval('pcc.rows_made') * 0 + 1)::bigint, 2::bigint, 1::bigint, 0::bigint, "
                           "(CASE WHEN n = %2 THEN 1 / (n - n) ELSE 5 END)::numeric, NULL::date "
                           "FROM pg_catalog.generate_series(1, %1) AS n"_s.arg(rows).arg(failing),
                           u"lie"_s));
        REQUIRE(admin.exec(u"GRANT SELECT ON pcc.coverage TO pcc_volunteer, pcc_coordinator"_s, u"grant"_s));
    };
    TeamCoverage coverage;
    coverage.server = u"as it was"_s;

    lieWithRows(100000);
    CHECK_FALSE(TeamCoverage::fetch(c, &coverage));
    INFO(c.lastError().toStdString());
    CHECK(c.lastError().contains(u"more than 1000 rows"_s));
    CHECK(rowsMade(admin) <= 1001);
    CHECK(coverage.server == u"as it was"_s);
    CHECK(coverage.forces.isEmpty());

    lieWithRows(1001);
    CHECK_FALSE(TeamCoverage::fetch(c, &coverage));
    CHECK(coverage.forces.isEmpty());

    // A server failing part-way through its rows gives no coverage, not the rows before.
    lieWithRows(500, 300);
    CHECK_FALSE(TeamCoverage::fetch(c, &coverage));
    CHECK(c.lastError().contains(u"division by zero"_s));
    CHECK(coverage.forces.isEmpty());

    lieWithRows(1000);
    REQUIRE(TeamCoverage::fetch(c, &coverage));
    REQUIRE(coverage.forces.size() == 1);
    CHECK(coverage.forces.first().forceId == u"kent"_s);
    CHECK(coverage.forces.first().sent == 2);
}

TEST_CASE("team lies: a volunteer list longer than any campaign's is refused, and one as long is shown", "[team][security]")
{
    TeamServer team;
    TeamConnection admin = team.coordinator();
    countRowsMade(admin);
    const auto lieWithVolunteers = [&](int count, int failing = 0) {
        const bool made = admin.exec(u"CREATE OR REPLACE VIEW pcc.volunteer_counts AS SELECT ('v_' || n)::name COLLATE \"C\" AS role, now() AS added_at, "
                                     "(pg_catalog.nextval('pcc.rows_made') * 0 + CASE WHEN n = %2 THEN 1 / (n - n) ELSE 1 END)::bigint AS sent, "
                                     "0::bigint AS replied, 1::bigint AS forces, NULL::timestamptz AS last_change "
                                     "FROM pg_catalog.generate_series(1, %1) AS n"_s.arg(count).arg(failing),
                                     u"lie"_s);
        INFO(admin.lastError().toStdString());
        REQUIRE(made);
    };
    TeamMember before;
    before.role = u"as it was"_s;
    QList<TeamMember> members{before};

    lieWithVolunteers(100000);
    CHECK_FALSE(TeamRoster::fetch(admin, &members));
    INFO(admin.lastError().toStdString());
    CHECK(admin.lastError().contains(u"more than 10000 volunteers"_s));
    CHECK(rowsMade(admin) <= TeamRoster::MostMembers + 1);
    REQUIRE(members.size() == 1);
    CHECK(members.first().role == u"as it was"_s);

    lieWithVolunteers(TeamRoster::MostMembers + 1);
    CHECK_FALSE(TeamRoster::fetch(admin, &members));
    CHECK(members.size() == 1);

    lieWithVolunteers(20, 7); // failing part-way: no list, not the first six
    CHECK_FALSE(TeamRoster::fetch(admin, &members));
    CHECK(admin.lastError().contains(u"division by zero"_s));
    CHECK(members.size() == 1);

    lieWithVolunteers(TeamRoster::MostMembers);
    REQUIRE(TeamRoster::fetch(admin, &members));
    CHECK(members.size() == TeamRoster::MostMembers);
    CHECK(members.at(0).role == u"v_1"_s); // in order of names: v_1, v_10, v_100, ...
    CHECK(members.at(1).role == u"v_10"_s);
}
