// The coordinator's limits on what a volunteer writes (a day's contacts, commitments per force),
// the coordinator's view and removal of one volunteer's rows, and newer-wins against a hand-made batch.
#include "catchcompat.h"
#include "teamfixture.h"

#include "contactlog.h"
#include "teamcleanup.h"
#include "teamcoverage.h"
#include "teamlimits.h"
#include "teamschema.h"
#include "teamsync.h"
#include "teamsyncjob.h"


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

TEST_CASE("team door: the coordinator's daily limit and commitment cap hold, and raising them lets the batch in", "[team][security]")
{
    TeamServer team;
    TeamConnection c = team.newVolunteer(u"v_many"_s);
    const QString profile = newUuid();
    TeamConnection admin = team.coordinator();

    TeamLimitValues limits;
    REQUIRE(TeamLimits::fetch(c, u"v_many"_s, &limits));
    CHECK(limits.rowsPerDay == TeamSchema::DefaultRowsPerDay);
    CHECK(limits.commitmentsPerForce == TeamSchema::DefaultCommitmentsPerForce);
    CHECK_FALSE(TeamLimits::set(c, u"v_many"_s, 1000000, std::nullopt)); // a volunteer cannot raise their own
    CHECK(c.problem() == TeamConnection::Problem::NoPermission);

    REQUIRE(TeamLimits::set(admin, u"v_many"_s, 5, std::nullopt));
    QList<ContactRecord> five;
    for (int i = 0; i < 5; ++i)
        five << record(profile, u"Max"_s, u"kent"_s, ContactStatus::Sent);
    TeamSync::Result result;
    REQUIRE(TeamSync::push(c, profile, five, &result)); // exactly the limit
    ContactRecord sixth = record(profile, u"Max"_s, u"essex"_s, ContactStatus::Sent);
    five << sixth;
    CHECK_FALSE(TeamSync::push(c, profile, five, &result));
    CHECK(c.lastError().contains(u"limit of 5 a day"_s));
    CHECK(rowCount(c) == u"5"_s);
    REQUIRE(TeamLimits::set(admin, u"v_many"_s, 6, std::nullopt));
    REQUIRE(TeamSync::push(c, profile, five, &result));
    CHECK(rowCount(c) == u"6"_s);

    // Commitments: the campaign's cap of 3 per force; a fourth for Kent is refused whole.
    REQUIRE(TeamLimits::set(admin, u"v_many"_s, 100, std::nullopt));
    QList<ContactRecord> commitments;
    for (int i = 0; i < TeamSchema::DefaultCommitmentsPerForce + 1; ++i) {
        ContactRecord r = record(profile, u"Max"_s, u"kent"_s, ContactStatus::Replied);
        r.replyOutcome = ReplyOutcome::Commitment;
        commitments << r;
    }
    CHECK_FALSE(TeamSync::push(c, profile, commitments, &result));
    CHECK(c.lastError().contains(u"more than 3 commitments for one force"_s));
    TeamCoverage coverage;
    REQUIRE(TeamCoverage::fetch(c, &coverage));
    CHECK(coverage.forForce(u"kent"_s).commitments == 0);
    commitments.removeLast();
    REQUIRE(TeamSync::push(c, profile, commitments, &result)); // exactly the cap
    REQUIRE(TeamCoverage::fetch(c, &coverage));
    CHECK(coverage.forForce(u"kent"_s).commitments == 3);

    // A session's time zone does not give a new day: "today" is the server's UTC day.
    REQUIRE(TeamLimits::set(admin, u"v_many"_s, 1, std::nullopt));
    QSqlQuery zone = c.query();
    REQUIRE(zone.exec(u"SET TimeZone = 'Etc/GMT-14'"_s));
    CHECK_FALSE(TeamSync::push(c, profile, {record(profile, u"Max"_s, u"dorset"_s, ContactStatus::Sent)}, &result));
    REQUIRE(zone.exec(u"SET TimeZone = 'Etc/GMT+12'"_s));
    CHECK_FALSE(TeamSync::push(c, profile, {record(profile, u"Max"_s, u"dorset"_s, ContactStatus::Sent)}, &result));
    CHECK(c.lastError().contains(u"limit of 1 a day"_s));

    // Over the cap already (the coordinator lowered it): a batch bringing no commitment still syncs.
    REQUIRE(TeamLimits::set(admin, u"v_many"_s, 1000, 1));
    REQUIRE(TeamSync::push(c, profile, {record(profile, u"Max"_s, u"gwent"_s, ContactStatus::Sent)}, &result));

    // The campaign's own limit, for everyone without their own.
    REQUIRE(TeamLimits::set(admin, {}, 10, 1));
    REQUIRE(TeamLimits::fetch(admin, {}, &limits));
    CHECK(limits.rowsPerDay == 10);
    CHECK(limits.commitmentsPerForce == 1);
}

TEST_CASE("team door: the coordinator sees one volunteer's rows by force and removes them, and the counts follow", "[team][security]")
{
    TeamServer team;
    TeamConnection eve = team.newVolunteer(u"v_eve"_s);
    TeamConnection amy = team.newVolunteer(u"v_amy"_s);
    const QString eveProfile = newUuid();
    const QString amyProfile = newUuid();
    TeamSync::Result result;
    ContactRecord eveCommitment = record(eveProfile, u"Eve"_s, u"kent"_s, ContactStatus::Replied);
    eveCommitment.replyOutcome = ReplyOutcome::Commitment;
    REQUIRE(TeamSync::push(eve, eveProfile,
                           {eveCommitment, record(eveProfile, u"Eve"_s, u"kent"_s, ContactStatus::Sent),
                            record(eveProfile, u"Eve"_s, u"essex"_s, ContactStatus::Sent)},
                           &result));
    REQUIRE(TeamSync::push(amy, amyProfile, {record(amyProfile, u"Amy"_s, u"kent"_s, ContactStatus::Sent)}, &result));

    TeamConnection admin = team.coordinator();
    QList<VolunteerForceRows> rows;
    REQUIRE(TeamCleanup::rowsByForce(admin, u"v_eve"_s, &rows));
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(0).forceId == u"essex"_s);
    CHECK(rows.at(1).forceId == u"kent"_s);
    CHECK(rows.at(1).rows == 2);
    CHECK(rows.at(1).commitments == 1);
    const bool amyRead = TeamCleanup::rowsByForce(amy, u"v_eve"_s, &rows);
    CHECK_FALSE((amyRead && !rows.isEmpty())); // a volunteer sees nobody's

    int removed = 0;
    CHECK_FALSE(TeamCleanup::removeRows(amy, u"v_eve"_s, {}, &removed));
    CHECK(amy.problem() == TeamConnection::Problem::NoPermission);

    REQUIRE(TeamCleanup::removeRows(admin, u"v_eve"_s, u"kent"_s, &removed));
    CHECK(removed == 2);
    TeamCoverage coverage;
    REQUIRE(TeamCoverage::fetch(amy, &coverage));
    CHECK(coverage.forForce(u"kent"_s).sent == 1); // Amy's letter only
    CHECK(coverage.forForce(u"kent"_s).volunteers == 1);
    CHECK(coverage.forForce(u"kent"_s).commitments == 0);
    CHECK(coverage.forForce(u"essex"_s).sent == 1); // another force is left alone

    REQUIRE(TeamCleanup::removeRows(admin, u"v_eve"_s, {}, &removed));
    CHECK(removed == 1);
    REQUIRE(TeamCoverage::fetch(amy, &coverage));
    CHECK(coverage.forForce(u"essex"_s).sent == 0);
    CHECK(column(admin, u"SELECT force_id FROM pcc.coverage"_s) == QStringList{u"kent"_s});

    // Counted again from scratch, the summary agrees with what the trigger kept.
    CHECK(column(admin, u"SELECT sum(sent) FROM pcc.force_volunteer"_s)
          == column(admin, u"SELECT count(*) FROM pcc.contacts WHERE status <> 'drafted'"_s));
}

TEST_CASE("team door: the daily limit counts every batch of the day and starts again the next day", "[team][security]")
{
    TeamServer team;
    TeamConnection c = team.newVolunteer(u"v_daily"_s);
    const QString profile = newUuid();
    TeamConnection admin = team.coordinator();
    REQUIRE(TeamLimits::set(admin, u"v_daily"_s, 5, std::nullopt));
    auto two = [&](const QString &force) {
        return QList<ContactRecord>{record(profile, u"Dee"_s, force, ContactStatus::Sent), record(profile, u"Dee"_s, force, ContactStatus::Sent)};
    };
    TeamSync::Result result;
    REQUIRE(TeamSync::push(c, profile, two(u"kent"_s), &result));
    REQUIRE(TeamSync::push(c, profile, two(u"essex"_s), &result));
    const QList<ContactRecord> third = two(u"surrey"_s);
    CHECK_FALSE(TeamSync::push(c, profile, third, &result));
    CHECK(c.lastError().contains(u"4 contacts today and 2 more would pass the limit of 5 a day"_s));
    CHECK(rowCount(c) == u"4"_s);

    // The server's count was written yesterday: today starts again from nothing.
    REQUIRE(admin.exec(u"UPDATE pcc.volunteers SET written_on = current_date - 1 WHERE role = 'v_daily'"_s, u"yesterday"_s));
    INFO(c.lastError().toStdString());
    REQUIRE(TeamSync::push(c, profile, third, &result));
    CHECK(rowCount(c) == u"6"_s);

    // A misspelt volunteer is not "done": the coordinator is told, and nobody's limit moves.
    CHECK_FALSE(TeamLimits::set(admin, u"v_dialy"_s, 1, std::nullopt));
    CHECK(admin.lastError().contains(u"v_dialy is not one of the campaign's volunteers"_s));
    TeamLimitValues limits;
    REQUIRE(TeamLimits::fetch(admin, u"v_daily"_s, &limits));
    CHECK(limits.rowsPerDay == 5);
}

TEST_CASE("team door: an older or same-time copy sent by hand does not replace the server's newer one", "[team][security]")
{
    TeamServer team;
    TeamConnection c = team.newVolunteer(u"v_two_computers"_s);
    const QString row = u"[{\"uuid\":\"u1\",\"profile_uuid\":\"p\",\"force_id\":\"kent\",\"channel\":\"post\","
                        "\"contact_date\":\"2026-11-20\",\"status\":\"%1\",\"reply_outcome\":\"%2\",\"reply_date\":%3,"
                        "\"updated_at\":\"%4\"}]"_s;
    const QString newer = row.arg(u"replied"_s, u"substantive"_s, u"\"2026-11-25\""_s, u"2026-11-26T10:00:00.500Z"_s);
    const QString older = row.arg(u"sent"_s, QString(), u"null"_s, u"2026-11-26T10:00:00.499Z"_s);
    const QString sameTime = row.arg(u"sent"_s, QString(), u"null"_s, u"2026-11-26T10:00:00.500Z"_s);
    TeamConnection::Rows stored;
    REQUIRE(c.execParams(u"SELECT pcc.store_contacts($1::json)"_s, {newer}, u"store"_s, &stored));
    CHECK(stored.value(0).value(0) == u"1"_s);
    for (const QString &copy : {older, sameTime}) {
        INFO(copy.toStdString());
        REQUIRE(c.execParams(u"SELECT pcc.store_contacts($1::json)"_s, {copy}, u"store"_s, &stored));
        CHECK(stored.value(0).value(0) == u"0"_s);
        CHECK(column(c, u"SELECT status || '|' || reply_outcome FROM pcc.contacts"_s) == QStringList{u"replied|substantive"_s});
    }
}

TEST_CASE("team door: drafts marked as commitments do not use up the commitment cap", "[team][security]")
{
    TeamServer team;
    TeamConnection c = team.newVolunteer(u"v_drafts"_s);
    const QString profile = newUuid();
    TeamConnection admin = team.coordinator();
    REQUIRE(TeamLimits::set(admin, u"v_drafts"_s, 100, 1));
    ContactRecord draft = record(profile, u"Dan"_s, u"kent"_s, ContactStatus::Drafted);
    draft.replyOutcome = ReplyOutcome::Commitment;
    ContactRecord sent = record(profile, u"Dan"_s, u"kent"_s, ContactStatus::Replied);
    sent.replyOutcome = ReplyOutcome::Commitment;
    TeamSync::Result result;
    REQUIRE(TeamSync::push(c, profile, {draft}, &result));
    INFO(c.lastError().toStdString());
    REQUIRE(TeamSync::push(c, profile, {sent}, &result)); // the one real commitment, within a cap of 1
    ContactRecord second = record(profile, u"Dan"_s, u"kent"_s, ContactStatus::Replied);
    second.replyOutcome = ReplyOutcome::Commitment;
    CHECK_FALSE(TeamSync::push(c, profile, {second}, &result));
    CHECK(c.lastError().contains(u"more than 1 commitments for one force"_s));
}
