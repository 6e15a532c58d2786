// What an import does to a letter that has replies: it learns of new ones, keeps what its own copy
// says, and refuses a reply that no longer fits it.
#include "catchcompat.h"
#include "testsupport.h"

#include "contactlog.h"
#include "logexchange.h"

#include <QDate>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace pcc;

namespace {

// A log with Ann's letter to Kent of 1 November 2026, sent and awaiting a reply.
struct LogWithLetter
{
    QTemporaryDir dir;
    ContactLog log;
    Profile ann;
    ContactRecord letter;

    LogWithLetter()
    {
        REQUIRE(log.open(dir.filePath(u"log.sqlite"_s)));
        ann.name = u"Ann"_s;
        REQUIRE(log.addProfile(&ann));
        letter.setSender(ann);
        letter.forceId = u"kent"_s;
        letter.date = QDate(2026, 11, 1);
        letter.followUpDue = QDate(2026, 11, 15);
        REQUIRE(log.addContact(&letter));
    }

    // The letter as another computer had it a day before this log's copy.
    ContactRecord olderCopy() const
    {
        ContactRecord copy = letter;
        copy.updatedAt = letter.updatedAt.addDays(-1);
        return copy;
    }

    Reply reply(const QString &uuid, const QDate &date, ReplyOutcome outcome) const
    {
        Reply r;
        r.uuid = uuid;
        r.contactUuid = letter.uuid;
        r.date = date;
        r.outcome = outcome;
        if (outcome == ReplyOutcome::Commitment)
            r.commitment.what = u"An independent stalking advocate"_s;
        return r;
    }
};

} // namespace

TEST_CASE("reply exchange: a letter the file does not replace learns of its new replies, and is a moment newer, no more", "[replies][exchange]")
{
    LogWithLetter here;
    ContactLog::ImportReport report;
    REQUIRE(here.log.merge({here.olderCopy()},
                           {here.reply(u"44444444-4444-4444-8444-000000000001"_s, QDate(2026, 11, 20), ReplyOutcome::Commitment)},
                           &report));
    CHECK(report.skipped == 1); // the log's copy is newer
    CHECK(report.repliesAdded == 1);
    const auto after = here.log.contact(here.letter.uuid);
    REQUIRE(after);
    CHECK(after->status == ContactStatus::Replied);
    CHECK(after->replyOutcome == ReplyOutcome::Commitment);
    CHECK(after->replyDate == QDate(2026, 11, 20));
    CHECK_FALSE(after->followUpDue.isValid()); // answered: no reminder
    // Newer than the copy the team server has, so a sync sends it; not newer than an edit made
    // on another computer since, so that edit still wins the next import.
    CHECK(after->updatedAt == here.letter.updatedAt.addMSecs(1));
    const auto progress = here.log.progressByForce();
    REQUIRE(progress);
    CHECK(progress->value(u"kent"_s) == ForceProgress(3)); // the map shows the commitment

    // Nothing new: nothing changes, not even the time.
    ContactLog::ImportReport again;
    REQUIRE(here.log.merge({here.olderCopy()},
                           {here.reply(u"44444444-4444-4444-8444-000000000001"_s, QDate(2026, 11, 20), ReplyOutcome::Commitment)},
                           &again));
    CHECK(again.repliesSkipped == 1);
    CHECK(here.log.contact(here.letter.uuid)->updatedAt == after->updatedAt);
}

TEST_CASE("reply exchange: a newer copy of a letter from a computer that never saw its replies does not unsay them", "[replies][exchange]")
{
    LogWithLetter here;
    Reply commitment = here.reply({}, QDate(2026, 11, 20), ReplyOutcome::Commitment);
    REQUIRE(here.log.addReply(&commitment));
    ContactRecord elsewhere = here.letter; // sent, awaiting a reply, with a reminder; edited later
    elsewhere.notes = u"Rang the office"_s;
    elsewhere.updatedAt = QDateTime::currentDateTimeUtc().addSecs(60);
    ContactLog::ImportReport report;
    REQUIRE(here.log.merge({elsewhere}, &report)); // a CSV, or a file with no replies
    CHECK(report.updated == 1);
    const auto after = here.log.contact(here.letter.uuid);
    REQUIRE(after);
    CHECK(after->notes == u"Rang the office"_s);
    CHECK(after->status == ContactStatus::Replied);
    CHECK(after->replyOutcome == ReplyOutcome::Commitment);
    CHECK(after->replyDate == QDate(2026, 11, 20));
    CHECK_FALSE(after->followUpDue.isValid());
    CHECK(after->updatedAt == elsewhere.updatedAt.addMSecs(1));

    // A newer copy that already says all its replies say is taken as it is, to the millisecond.
    ContactRecord knowing = *after;
    knowing.notes = u"Thanked them"_s;
    knowing.updatedAt = after->updatedAt.addSecs(60);
    ContactLog::ImportReport again;
    REQUIRE(here.log.merge({knowing}, &again));
    CHECK(again.updated == 1);
    CHECK(here.log.contact(here.letter.uuid)->updatedAt == knowing.updatedAt);

    // A newer copy that is a draft again stays one; its replies stay on record.
    ContactRecord draft = knowing;
    draft.status = ContactStatus::Drafted;
    draft.replyOutcome = ReplyOutcome::None;
    draft.replyDate = {};
    draft.updatedAt = knowing.updatedAt.addSecs(60);
    REQUIRE(here.log.merge({draft}, &again));
    const auto kept = here.log.contact(here.letter.uuid);
    CHECK(kept->status == ContactStatus::Drafted);
    CHECK(kept->replyOutcome == ReplyOutcome::None);
    CHECK(kept->updatedAt == draft.updatedAt);
    CHECK(here.log.replies(here.letter.uuid)->size() == 1);
}

TEST_CASE("reply exchange: a first reply date set by hand holds against replies that came later", "[replies][exchange]")
{
    LogWithLetter here;
    Reply late = here.reply({}, QDate(2026, 11, 28), ReplyOutcome::Acknowledgement); // only on this computer
    REQUIRE(here.log.addReply(&late));
    ContactRecord copy = *here.log.contact(here.letter.uuid); // from a computer with one earlier reply
    copy.status = ContactStatus::Replied;
    copy.replyOutcome = ReplyOutcome::Substantive;
    copy.replyDate = QDate(2026, 11, 25); // set by hand, later than that reply's own date
    copy.updatedAt = copy.updatedAt.addSecs(60);
    const Reply seen = here.reply(u"44444444-4444-4444-8444-000000000009"_s, QDate(2026, 11, 20), ReplyOutcome::Substantive);
    ContactLog::ImportReport report;
    REQUIRE(here.log.merge({copy}, {seen}, &report));
    CHECK(report.repliesAdded == 1);
    const auto after = here.log.contact(here.letter.uuid);
    REQUIRE(after);
    CHECK(after->replyDate == QDate(2026, 11, 25)); // the copy's, not the earliest reply's
    CHECK(after->replyOutcome == ReplyOutcome::Substantive);
    CHECK(after->updatedAt == copy.updatedAt); // the reply it had not seen changed nothing
}

TEST_CASE("reply exchange: a reply that cannot join the letter as the log holds it is refused and named, the rest imported", "[replies][exchange]")
{
    LogWithLetter here;
    SECTION("the log's newer copy is a draft again")
    {
        here.letter.status = ContactStatus::Drafted;
        REQUIRE(here.log.updateContact(&here.letter));
        ContactLog::ImportReport report;
        const Reply answer = here.reply(u"44444444-4444-4444-8444-000000000001"_s, QDate(2026, 11, 5), ReplyOutcome::Substantive);
        REQUIRE(here.log.merge({here.olderCopy()}, {answer}, &report));
        CHECK(report.repliesAdded == 0);
        REQUIRE(report.refusedReplies.size() == 1);
        CHECK(report.refusedReplies.first().uuid == answer.uuid);
        CHECK(report.refusedReplies.first().problem.contains(u"draft"_s));
        CHECK(here.log.replies(here.letter.uuid)->isEmpty());
        CHECK(here.log.contact(here.letter.uuid)->status == ContactStatus::Drafted);
    }
    SECTION("another letter's reply has the same id")
    {
        Reply first = here.reply(u"44444444-4444-4444-8444-000000000001"_s, QDate(2026, 11, 5), ReplyOutcome::Acknowledgement);
        REQUIRE(here.log.addReply(&first));
        ContactRecord other;
        other.setSender(here.ann);
        other.uuid = u"66666666-6666-4666-8666-666666666666"_s;
        other.forceId = u"essex"_s;
        other.date = QDate(2026, 11, 2);
        other.status = ContactStatus::Sent;
        other.updatedAt = QDateTime::currentDateTimeUtc();
        Reply clash = first;
        clash.contactUuid = other.uuid;
        clash.date = QDate(2026, 11, 9);
        ContactLog::ImportReport report;
        REQUIRE(here.log.merge({other}, {clash, first}, &report));
        CHECK(report.added == 1);
        CHECK(report.repliesSkipped == 1); // the same reply to the same letter
        REQUIRE(report.refusedReplies.size() == 1);
        CHECK(report.refusedReplies.first().contactUuid == other.uuid);
        CHECK(here.log.replies(other.uuid)->isEmpty());
        CHECK(here.log.replies(here.letter.uuid)->size() == 1);
    }
}

TEST_CASE("reply exchange: an outcome lowered by hand stays lowered, through a later reply and through an import", "[replies][exchange]")
{
    LogWithLetter here;
    Reply mistaken = here.reply({}, QDate(2026, 11, 20), ReplyOutcome::Commitment); // recorded by mistake
    REQUIRE(here.log.addReply(&mistaken));
    auto letter = here.log.contact(here.letter.uuid);
    REQUIRE(letter);
    letter->replyOutcome = ReplyOutcome::Substantive; // the volunteer corrects the letter
    REQUIRE(here.log.updateContact(&*letter));
    Reply later = here.reply({}, QDate(2026, 11, 22), ReplyOutcome::Acknowledgement);
    REQUIRE(here.log.addReply(&later));
    CHECK(here.log.contact(here.letter.uuid)->replyOutcome == ReplyOutcome::Substantive);

    // The corrected copy, exported with the replies it knew, replaces an older copy elsewhere that
    // still says commitment: the correction holds.
    const ContactRecord corrected = *here.log.contact(here.letter.uuid);
    const auto replies = here.log.replies(here.letter.uuid);
    REQUIRE(replies);
    LogWithLetter elsewhere;
    ContactRecord old = corrected;
    old.profileUuid = elsewhere.ann.uuid;
    old.replyOutcome = ReplyOutcome::Commitment;
    old.updatedAt = corrected.updatedAt.addSecs(-60);
    ContactLog::ImportReport first;
    REQUIRE(elsewhere.log.merge({old}, {mistaken}, &first));
    REQUIRE(elsewhere.log.contact(corrected.uuid)->replyOutcome == ReplyOutcome::Commitment);
    ContactLog::ImportReport second;
    REQUIRE(elsewhere.log.merge({corrected}, *replies, &second));
    CHECK(second.updated == 1);
    CHECK(second.repliesAdded == 1);
    CHECK(elsewhere.log.contact(corrected.uuid)->replyOutcome == ReplyOutcome::Substantive);
    CHECK(elsewhere.log.contact(corrected.uuid)->updatedAt == corrected.updatedAt); // as the file gives it
}
