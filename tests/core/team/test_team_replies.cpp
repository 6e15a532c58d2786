// Issue 26: a letter's reply travels to the team server (its commitment, and its summary only when
// shared), and the team's coverage says who answers and how fast by the same rule as this computer.
#include "catchcompat.h"
#include "teamfixture.h"

#include "contactlog.h"
#include "responsiveness.h"
#include "teamcoverage.h"
#include "teamschema.h"
#include "teamsync.h"
#include "teamsyncjob.h"

#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace pcc;
using pcctest::column;
using pcctest::newUuid;
using pcctest::PgTestServer;
using pcctest::record;
using pcctest::TeamServer;

namespace {

ContactRecord answered(const QString &profile, const QString &force, QDate sent, ContactStatus status, QDate replied,
                       ReplyOutcome outcome = ReplyOutcome::None)
{
    ContactRecord r = record(profile, u"Rae"_s, force, status);
    r.date = sent;
    r.replyDate = replied;
    r.replyOutcome = outcome;
    return r;
}

} // namespace

TEST_CASE("team replies: a commitment's details and a shared summary reach the server, an unshared summary does not", "[team][replies]")
{
    TeamServer team;
    const QString password = team.addVolunteer(u"v_rae"_s);
    QTemporaryDir dir;
    ContactLog log;
    REQUIRE(log.open(dir.filePath(u"log.sqlite"_s)));
    Profile rae;
    rae.name = u"Rae"_s;
    REQUIRE(log.addProfile(&rae));

    auto letterTo = [&](const QString &force) {
        ContactRecord letter;
        letter.profileUuid = rae.uuid;
        letter.forceId = force;
        letter.date = QDate(2026, 11, 2);
        letter.status = ContactStatus::Sent;
        REQUIRE(log.addContact(&letter));
        return letter.uuid;
    };
    auto reply = [&](const QString &contact, ReplyOutcome outcome, const QString &summary, bool share, const Commitment &c = {}) {
        Reply r;
        r.contactUuid = contact;
        r.date = QDate(2026, 11, 16);
        r.outcome = outcome;
        r.summary = summary;
        r.shareSummary = share;
        r.commitment = c;
        REQUIRE(log.addReply(&r));
    };
    const Commitment promise{u"a stalking advocate for two years"_s, u"£45,000 a year"_s, QDate(2027, 4, 1), QDate(2029, 3, 31),
                             u"We will fund an independent stalking advocate."_s};
    const QString kent = letterTo(u"kent"_s);
    reply(kent, ReplyOutcome::Acknowledgement, u"They will answer in a fortnight."_s, false);
    reply(kent, ReplyOutcome::Commitment, u"Funding agreed, call Jo at the office."_s, true, promise);
    const QString essex = letterTo(u"essex"_s);
    reply(essex, ReplyOutcome::Substantive, u"Private: my own case is mentioned."_s, false);
    // A commitment whose letter was later marked declined by hand: its details stay here.
    const QString surrey = letterTo(u"surrey"_s);
    reply(surrey, ReplyOutcome::Commitment, {}, false, promise);
    ContactRecord changed = *log.contact(surrey);
    changed.replyOutcome = ReplyOutcome::Declined;
    REQUIRE(log.updateContact(&changed));

    const auto records = log.contacts(rae.uuid);
    const auto shared = log.sharedReplies(rae.uuid);
    REQUIRE(records);
    REQUIRE(shared);
    TeamSyncJob job{team.address(u"v_rae"_s), password, rae.uuid, *records, {}, {}, *shared};
    const TeamSyncJob::Outcome outcome = job.run();
    INFO(outcome.error.toStdString());
    REQUIRE(outcome.ok);
    CHECK(outcome.result.pushed == 3);

    TeamConnection admin = team.coordinator();
    CHECK(column(admin, u"SELECT commitment_what || '|' || commitment_amount || '|' || commitment_from || '|' || commitment_until "
                        "|| '|' || commitment_quote || '|' || reply_summary FROM pcc.contacts WHERE force_id = 'kent'"_s)
          == QStringList{u"a stalking advocate for two years|£45,000 a year|2027-04-01|2029-03-31|"
                         "We will fund an independent stalking advocate.|Funding agreed, call Jo at the office."_s});
    CHECK(column(admin, u"SELECT reply_outcome || '|' || reply_summary FROM pcc.contacts WHERE force_id = 'essex'"_s)
          == QStringList{u"substantive|"_s});
    CHECK(column(admin, u"SELECT reply_outcome || '|' || commitment_what || '|' || coalesce(commitment_from::text, 'none') "
                        "FROM pcc.contacts WHERE force_id = 'surrey'"_s)
          == QStringList{u"declined||none"_s});
    CHECK(column(admin, u"SELECT count(*) FROM pcc.contacts WHERE reply_summary LIKE '%fortnight%' OR reply_summary LIKE '%Private%'"_s)
          == QStringList{u"0"_s});

    // Sharing is the volunteer's choice, letter by letter: a later shared reply goes with the next sync.
    reply(essex, ReplyOutcome::Substantive, u"The office will look again in April."_s, true);
    const auto again = log.contacts(rae.uuid);
    const auto sharedAgain = log.sharedReplies(rae.uuid);
    TeamSyncJob second{team.address(u"v_rae"_s), password, rae.uuid, *again, {}, {}, *sharedAgain};
    REQUIRE(second.run().ok);
    CHECK(column(admin, u"SELECT reply_summary FROM pcc.contacts WHERE force_id = 'essex'"_s)
          == QStringList{u"The office will look again in April."_s});

    // The office raises its promise in a later reply: the team sees the latest commitment.
    const Commitment raised{u"two stalking advocates"_s, u"£90,000 a year"_s, QDate(2027, 4, 1), QDate(2030, 3, 31),
                            u"We will fund two advocates."_s};
    reply(kent, ReplyOutcome::Commitment, {}, false, raised);
    const auto third = log.contacts(rae.uuid);
    const auto sharedThird = log.sharedReplies(rae.uuid);
    TeamSyncJob raise{team.address(u"v_rae"_s), password, rae.uuid, *third, {}, {}, *sharedThird};
    REQUIRE(raise.run().ok);
    CHECK(column(admin, u"SELECT commitment_what || '|' || commitment_amount || '|' || commitment_until FROM pcc.contacts "
                        "WHERE force_id = 'kent'"_s)
          == QStringList{u"two stalking advocates|£90,000 a year|2030-03-31"_s});
}

TEST_CASE("team replies: the team's coverage answers as this computer does, and follows edits and deletions", "[team][replies]")
{
    TeamServer team;
    TeamConnection c = team.newVolunteer(u"v_fig"_s);
    const QString p = newUuid();
    QList<ContactRecord> records = {
        // Kent: an acknowledgement after 10 days (an answer), a reply after 4, one letter unanswered.
        // (marked "acknowledged" with no outcome, as logs before replies were kept have it)
        answered(p, u"kent"_s, QDate(2026, 11, 2), ContactStatus::Acknowledged, QDate(2026, 11, 12)),
        answered(p, u"kent"_s, QDate(2026, 11, 2), ContactStatus::Replied, QDate(2026, 11, 6), ReplyOutcome::Substantive),
        answered(p, u"kent"_s, QDate(2026, 11, 2), ContactStatus::Sent, {}),
        // Essex: a reply dated before its letter counts as an answer but not in the days.
        answered(p, u"essex"_s, QDate(2026, 11, 20), ContactStatus::Replied, QDate(2026, 11, 19), ReplyOutcome::Commitment),
        // Surrey: a letter marked "no reply" after a follow-up, and a draft.
        answered(p, u"surrey"_s, QDate(2026, 10, 1), ContactStatus::Sent, QDate(2026, 11, 1), ReplyOutcome::NoReply),
        answered(p, u"surrey"_s, QDate(2026, 10, 1), ContactStatus::Drafted, {}),
    };
    auto serverAgreesWithThisComputer = [&](const QList<ContactRecord> &now) {
        TeamCoverage coverage;
        REQUIRE(TeamCoverage::fetch(c, &coverage));
        QList<LetterOutcome> letters;
        for (const ContactRecord &r : now)
            letters << Responsiveness::outcomeOf(r);
        const QList<ForceResponsiveness> here = Responsiveness::compute(letters);
        REQUIRE(coverage.forces.size() == here.size());
        for (qsizetype i = 0; i < here.size(); ++i) {
            const ForceResponsiveness server = coverage.forces.at(i).responsiveness();
            INFO(here.at(i).forceId.toStdString());
            CHECK(server.forceId == here.at(i).forceId);
            CHECK(server.sent == here.at(i).sent);
            CHECK(server.replied == here.at(i).replied);
            CHECK(server.medianDaysToReply == here.at(i).medianDaysToReply);
            CHECK(server.commitments == here.at(i).commitments);
            CHECK(server.lastReply == here.at(i).lastReply);
        }
        return coverage;
    };
    TeamSync::Result result;
    REQUIRE(TeamSync::push(c, p, records, &result));
    TeamCoverage coverage = serverAgreesWithThisComputer(records);
    CHECK(coverage.forForce(u"kent"_s).replied == 2);
    CHECK(coverage.forForce(u"kent"_s).medianDaysToReply == 7.0); // 4 and 10
    CHECK(coverage.forForce(u"kent"_s).lastReply == QDate(2026, 11, 12));
    CHECK(coverage.forForce(u"essex"_s).replied == 1);
    CHECK_FALSE(coverage.forForce(u"essex"_s).medianDaysToReply.has_value());
    CHECK(coverage.forForce(u"surrey"_s).sent == 1);
    CHECK(coverage.forForce(u"surrey"_s).replied == 0);

    // A third answer after 20 days: the middle of three is 10.
    records[2].status = ContactStatus::Replied;
    records[2].replyDate = QDate(2026, 11, 22);
    records[2].replyOutcome = ReplyOutcome::Declined;
    records[2].updatedAt = records[2].updatedAt.addSecs(60);
    REQUIRE(TeamSync::push(c, p, records, &result));
    coverage = serverAgreesWithThisComputer(records);
    CHECK(coverage.forForce(u"kent"_s).medianDaysToReply == 10.0);
    CHECK(coverage.forForce(u"kent"_s).lastReply == QDate(2026, 11, 22));

    // Deleted here and removed from the server: the figures go back.
    int removed = 0;
    REQUIRE(TeamSync::remove(c, {{TeamRemoval::Kind::Contact, records[0].uuid, QDateTime::currentDateTimeUtc()}}, &removed));
    CHECK(removed == 1);
    records.removeAt(0);
    coverage = serverAgreesWithThisComputer(records);
    CHECK(coverage.forForce(u"kent"_s).medianDaysToReply == 12.0); // 4 and 20
    CHECK(coverage.forForce(u"kent"_s).lastReply == QDate(2026, 11, 22));

    // The cached copy keeps the new figures for the offline map.
    QTemporaryDir dir;
    QString error;
    REQUIRE(coverage.save(dir.filePath(u"coverage.json"_s), &error));
    TeamCoverage loaded;
    REQUIRE(TeamCoverage::load(dir.filePath(u"coverage.json"_s), &loaded, &error));
    CHECK(loaded.forces == coverage.forces);
}

TEST_CASE("team replies: a letter the server would refuse for its length stays here with its reason, and the rest are sent", "[team][replies]")
{
    TeamServer team;
    TeamConnection c = team.newVolunteer(u"v_long"_s);
    const QString p = newUuid();
    QList<ContactRecord> records = {record(p, u"Lyn"_s, u"kent"_s, ContactStatus::Sent, QString(TeamSchema::MaxNotesLength + 1, u'n')),
                                    record(p, u"Lyn"_s, u"essex"_s, ContactStatus::Sent, QString(TeamSchema::MaxNotesLength, u'n')),
                                    record(p, u"Lyn"_s, u"surrey"_s, ContactStatus::Sent),
                                    answered(p, u"sussex"_s, QDate(2026, 11, 2), ContactStatus::Replied, QDate(2026, 11, 9),
                                             ReplyOutcome::Commitment),
                                    record(p, u"Lyn"_s, u"dorset"_s, ContactStatus::Sent),
                                    record(p, u"Lyn"_s, u"norfolk"_s, ContactStatus::Sent),
                                    record(p, u"Lyn"_s, u"suffolk"_s, ContactStatus::Sent)};
    records[2].date = QDate(1999, 12, 31); // a mistyped year
    records[4].holderName = QString(TeamSchema::MaxNameLength + 1, u'h');
    // A time of change a moment before 2000 (a clock reset), and one at its first moment.
    records[5].updatedAt = QDateTime(QDate(1999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC);
    records[6].updatedAt = QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC);
    // A commitment "until 2040", past what the server keeps.
    Reply promise;
    promise.contactUuid = records[3].uuid;
    promise.outcome = ReplyOutcome::Commitment;
    promise.commitment = {u"an advocate"_s, {}, QDate(2027, 4, 1), QDate::currentDate().addYears(14), {}};
    TeamSync::Result result;
    REQUIRE(TeamSync::push(c, p, records, &result, {promise}));
    CHECK(result.pushed == 2);
    REQUIRE(result.refused.size() == 5);
    CHECK(result.refused.at(0).contains(u"kent"_s));
    CHECK(result.refused.at(0).contains(u"notes"_s));
    CHECK(result.refused.at(1).contains(u"surrey"_s));
    CHECK(result.refused.at(2).contains(u"sussex"_s));
    CHECK(result.refused.at(2).contains(u"commitment"_s));
    CHECK(result.refused.at(3).contains(u"dorset"_s));
    CHECK(result.refused.at(4).contains(u"norfolk"_s));
    CHECK(result.refused.at(4).contains(u"before 2000"_s));
    CHECK(column(c, u"SELECT force_id FROM pcc.contacts ORDER BY force_id"_s) == QStringList{u"essex"_s, u"suffolk"_s});

    // The same promise with dates the server keeps goes.
    promise.commitment.until = QDate(2029, 3, 31);
    records[3].updatedAt = records[3].updatedAt.addSecs(1);
    REQUIRE(TeamSync::push(c, p, records, &result, {promise}));
    CHECK(result.pushed == 1);
    CHECK(column(c, u"SELECT commitment_until::text FROM pcc.contacts WHERE force_id = 'sussex'"_s) == QStringList{u"2029-03-31"_s});
}

TEST_CASE("team replies: a version 3 server brought to 4 counts its acknowledgements and their days", "[team][replies]")
{
    PgTestServer server;
    TeamConnection admin = pcctest::startedAsCoordinator(server);
    pcctest::migrateTo(admin, 3);
    REQUIRE(admin.exec(u"CREATE ROLE v_old LOGIN PASSWORD 'old-secret' IN ROLE pcc_volunteer"_s, u"role"_s));
    REQUIRE(admin.exec(u"INSERT INTO pcc.volunteers (role) VALUES ('v_old')"_s, u"volunteer"_s));
    REQUIRE(admin.exec(u"INSERT INTO pcc.contacts (volunteer, uuid, profile_uuid, force_id, channel, contact_date, status, reply_date, "
                       "reply_outcome, updated_at) VALUES ('v_old', 'a', 'p', 'kent', 'post', '2026-11-01', 'acknowledged', "
                       "'2026-11-09', 'acknowledgement', '2026-11-20 10:00:00.123+00')"_s,
                       u"insert"_s));
    CHECK(column(admin, u"SELECT replied FROM pcc.coverage"_s) == QStringList{u"0"_s}); // version 3 left it out

    // Before the coordinator's init, a volunteer's sync is refused with what to do, and sends nothing.
    {
        TeamConnection early(TeamServerAddress::parse(server.url(u"v_old"_s)));
        REQUIRE(early.open(u"old-secret"_s));
        ContactRecord later = answered(u"p"_s, u"essex"_s, QDate(2026, 11, 1), ContactStatus::Sent, QDate());
        TeamSync::Result refused;
        CHECK_FALSE(TeamSync::push(early, u"p"_s, {later}, &refused));
        CHECK(early.problem() == TeamConnection::Problem::NotInitialised);
        CHECK(early.lastError().contains(u"version 3"_s));
        CHECK(early.lastError().contains(u"'team init'"_s));
        CHECK(column(admin, u"SELECT count(*) FROM pcc.contacts"_s) == QStringList{u"1"_s});
    }

    TeamAdmin::InitResult result;
    INFO(admin.lastError().toStdString());
    REQUIRE(TeamAdmin::init(admin, &result));
    CHECK(result.fromVersion == 3);
    CHECK(result.toVersion == TeamSchema::Version);
    CHECK(column(admin, u"SELECT replied || '|' || median_days || '|' || last_reply FROM pcc.coverage"_s)
          == QStringList{u"1|8.0000000000000000|2026-11-09"_s});

    // The letter as its volunteer's computer has it, with a summary shared since: the next sync
    // sends it again (the upgrade made the server's copy older), so the summary reaches the server.
    TeamConnection old(TeamServerAddress::parse(server.url(u"v_old"_s)));
    REQUIRE(old.open(u"old-secret"_s));
    ContactRecord same = answered(u"p"_s, u"kent"_s, QDate(2026, 11, 1), ContactStatus::Acknowledged, QDate(2026, 11, 9),
                                  ReplyOutcome::Acknowledgement);
    same.uuid = u"a"_s;
    same.updatedAt = QDateTime(QDate(2026, 11, 20), QTime(10, 0, 0, 123), Qt::UTC);
    Reply shared;
    shared.contactUuid = u"a"_s;
    shared.outcome = ReplyOutcome::Acknowledgement;
    shared.summary = u"They will write again in January."_s;
    shared.shareSummary = true;
    TeamSync::Result pushed;
    REQUIRE(TeamSync::push(old, u"p"_s, {same}, &pushed, {shared}));
    CHECK(pushed.pushed == 1);
    CHECK(column(admin, u"SELECT reply_summary FROM pcc.contacts WHERE uuid = 'a'"_s) == QStringList{u"They will write again in January."_s});
}
