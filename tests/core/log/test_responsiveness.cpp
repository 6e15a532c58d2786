#include "catchcompat.h"
#include "testsupport.h"

#include "contactlog.h"
#include "followuppolicy.h"
#include "responsiveness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTemporaryDir>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace pcc;

namespace {

LetterOutcome letter(const QString &force, ContactStatus status, int daysToReply = -1, ReplyOutcome outcome = ReplyOutcome::None)
{
    LetterOutcome l;
    l.forceId = force;
    l.status = status;
    l.outcome = outcome;
    if (daysToReply >= 0) {
        l.daysToReply = daysToReply;
        l.repliedOn = QDate(2026, 10, 1).addDays(daysToReply);
    }
    return l;
}

const ForceResponsiveness *find(const QList<ForceResponsiveness> &figures, const QString &force)
{
    for (const ForceResponsiveness &f : figures) {
        if (f.forceId == force)
            return &f;
    }
    return nullptr;
}

} // namespace

TEST_CASE("responsiveness: letters sent, answered, the median days and commitments per office, drafts left out", "[responsiveness]")
{
    const QList<LetterOutcome> letters = {
        letter(u"sussex"_s, ContactStatus::Acknowledged, 10, ReplyOutcome::Acknowledgement),
        letter(u"sussex"_s, ContactStatus::Replied, 16, ReplyOutcome::Substantive),
        letter(u"sussex"_s, ContactStatus::Replied, 20, ReplyOutcome::Commitment),
        letter(u"sussex"_s, ContactStatus::Sent),
        letter(u"kent"_s, ContactStatus::Drafted, 3, ReplyOutcome::Commitment), // a draft had no reply
        letter(u"essex"_s, ContactStatus::Sent, -1, ReplyOutcome::NoReply),
        letter(u"surrey"_s, ContactStatus::Replied, 10, ReplyOutcome::Declined),
        letter(u"surrey"_s, ContactStatus::Replied, 21, ReplyOutcome::Substantive),
        letter(u"dorset"_s, ContactStatus::Replied, 0, ReplyOutcome::Substantive), // answered the same day
        letter(u"gwent"_s, ContactStatus::Replied, -1, ReplyOutcome::Substantive), // no reply date: answered, no days
    };
    const QList<ForceResponsiveness> figures = Responsiveness::compute(letters);
    QStringList forces;
    for (const ForceResponsiveness &f : figures)
        forces << f.forceId;
    CHECK(forces == QStringList{u"dorset"_s, u"essex"_s, u"gwent"_s, u"surrey"_s, u"sussex"_s}); // by id; no Kent

    const ForceResponsiveness *sussex = find(figures, u"sussex"_s);
    REQUIRE(sussex);
    CHECK(sussex->sent == 4);
    CHECK(sussex->replied == 3);
    CHECK(sussex->replyRate() == Approx(0.75));
    REQUIRE(sussex->medianDaysToReply);
    CHECK(*sussex->medianDaysToReply == 16.0);
    CHECK(sussex->commitments == 1);
    CHECK(sussex->lastReply == QDate(2026, 10, 21));

    const ForceResponsiveness *essex = find(figures, u"essex"_s);
    REQUIRE(essex);
    CHECK(essex->sent == 1);
    CHECK(essex->replied == 0); // "no reply" is not an answer
    CHECK_FALSE(essex->medianDaysToReply);
    CHECK_FALSE(essex->lastReply.isValid());
    CHECK(essex->replyRate() == 0.0);

    CHECK(*find(figures, u"surrey"_s)->medianDaysToReply == 15.5); // an even count: the mean of the middle two
    CHECK(*find(figures, u"dorset"_s)->medianDaysToReply == 0.0);
    CHECK(find(figures, u"gwent"_s)->replied == 1);
    CHECK_FALSE(find(figures, u"gwent"_s)->medianDaysToReply);
}

TEST_CASE("responsiveness: a reply dated before its letter counts as an answer but not in the days", "[responsiveness]")
{
    LetterOutcome early = letter(u"kent"_s, ContactStatus::Replied, 0, ReplyOutcome::Substantive);
    early.daysToReply = -2;
    const QList<ForceResponsiveness> figures = Responsiveness::compute({early, letter(u"kent"_s, ContactStatus::Replied, 8)});
    REQUIRE(figures.size() == 1);
    CHECK(figures.at(0).replied == 2);
    CHECK(*figures.at(0).medianDaysToReply == 8.0);
}

TEST_CASE("responsiveness: letters grouped by the log count as many letters, in the sums and the median", "[responsiveness]")
{
    LetterOutcome quick = letter(u"kent"_s, ContactStatus::Replied, 5, ReplyOutcome::Substantive);
    quick.letters = 3;
    LetterOutcome slow = letter(u"kent"_s, ContactStatus::Replied, 30, ReplyOutcome::Commitment);
    slow.letters = 2;
    LetterOutcome waiting = letter(u"kent"_s, ContactStatus::Sent);
    waiting.letters = 5;
    const QList<ForceResponsiveness> figures = Responsiveness::compute({slow, quick, waiting});
    REQUIRE(figures.size() == 1);
    CHECK(figures.at(0).sent == 10);
    CHECK(figures.at(0).replied == 5);
    CHECK(figures.at(0).commitments == 2);
    CHECK(*figures.at(0).medianDaysToReply == 5.0); // 5, 5, 5, 30, 30
    slow.letters = 3;
    CHECK(*Responsiveness::compute({slow, quick}).at(0).medianDaysToReply == 17.5); // 5, 5, 5, 30, 30, 30
}

TEST_CASE("cli: responsiveness --json reads the log, for everyone or one profile", "[responsiveness][cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"log.sqlite"_s);
    {
        ContactLog log;
        REQUIRE(log.open(db));
        Profile ann;
        ann.name = u"Ann"_s;
        Profile bob;
        bob.name = u"Bob"_s;
        REQUIRE(log.addProfile(&ann));
        REQUIRE(log.addProfile(&bob));
        QList<ContactRecord> records;
        auto add = [&](const Profile &p, const QString &force, ContactStatus status, int days, ReplyOutcome outcome) {
            ContactRecord r;
            r.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            r.profileUuid = p.uuid;
            r.profileName = p.name;
            r.forceId = force;
            r.date = QDate(2026, 9, 1);
            r.status = status;
            r.replyOutcome = outcome;
            if (days >= 0)
                r.replyDate = r.date.addDays(days);
            r.updatedAt = QDateTime::currentDateTimeUtc();
            records << r;
        };
        add(ann, u"sussex"_s, ContactStatus::Replied, 12, ReplyOutcome::Commitment);
        add(bob, u"sussex"_s, ContactStatus::Sent, -1, ReplyOutcome::None);
        add(bob, u"kent"_s, ContactStatus::Drafted, -1, ReplyOutcome::None);
        ContactLog::ImportReport report;
        REQUIRE(log.merge(records, &report));
    }
    auto r = pcctest::runApp({u"--db"_s, db, u"responsiveness"_s, u"--json"_s}, dir.path());
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonArray forces = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"forces"_s).toArray();
    REQUIRE(forces.size() == 1);
    const QJsonObject sussex = forces.at(0).toObject();
    CHECK(sussex.value(u"force_id"_s).toString() == u"sussex"_s);
    CHECK(sussex.value(u"sent"_s).toInt() == 2);
    CHECK(sussex.value(u"replied"_s).toInt() == 1);
    CHECK(sussex.value(u"reply_rate"_s).toDouble() == Approx(0.5));
    CHECK(sussex.value(u"median_days_to_reply"_s).toDouble() == 12.0);
    CHECK(sussex.value(u"commitments"_s).toInt() == 1);
    CHECK(sussex.value(u"last_reply"_s).toString() == u"2026-09-13"_s);

    r = pcctest::runApp({u"--db"_s, db, u"responsiveness"_s, u"--json"_s, u"--profile"_s, u"Bob"_s}, dir.path());
    REQUIRE(r.exitCode == 0);
    const QJsonObject bobs = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"forces"_s).toArray().at(0).toObject();
    CHECK(bobs.value(u"sent"_s).toInt() == 1);
    CHECK(bobs.value(u"replied"_s).toInt() == 0);
    CHECK(bobs.value(u"median_days_to_reply"_s).isNull());
    CHECK(bobs.value(u"last_reply"_s).isNull());

    r = pcctest::runApp({u"--db"_s, db, u"responsiveness"_s, u"--profile"_s, u"Nobody"_s}, dir.path());
    CHECK(r.exitCode == 1);
    r = pcctest::runApp({u"--db"_s, db, u"responsiveness"_s}, dir.path());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"sussex\t2\t1\t0.50\t12\t1\t2026-09-13"_s));
}

TEST_CASE("responsiveness: the office's sentence says letters answered of letters sent and the median days", "[responsiveness]")
{
    ForceResponsiveness f;
    f.forceId = u"sussex"_s;
    CHECK(Responsiveness::sentence(f).isEmpty()); // nothing sent: nothing to say
    f.sent = 4;
    CHECK(Responsiveness::sentence(f) == u"No reply yet to the 4 letters sent from this computer."_s);
    f.replied = 3;
    f.medianDaysToReply = 16;
    CHECK(Responsiveness::sentence(f) == u"This office has answered 3 of the 4 letters sent from this computer, half of the replies within 16 days."_s);
    f.medianDaysToReply = 10.5;
    CHECK(Responsiveness::sentence(f).endsWith(u", half of the replies within 10.5 days."_s));
    f.medianDaysToReply = 1;
    CHECK(Responsiveness::sentence(f).endsWith(u", half of the replies within 1 day."_s));
    f.medianDaysToReply = 0;
    CHECK(Responsiveness::sentence(f).endsWith(u", half of the replies on the day the letter was sent."_s));
    f.medianDaysToReply = std::nullopt;
    f.commitments = 1;
    CHECK(Responsiveness::sentence(f)
          == u"This office has answered 3 of the 4 letters sent from this computer. 1 reply made a commitment to fund."_s);
    f.commitments = 0;
    // One letter, or every letter, answered: said as such, not "1 of the 1 letter".
    f.replied = 4;
    f.medianDaysToReply = 16;
    CHECK(Responsiveness::sentence(f) == u"This office has answered all 4 letters sent from this computer, half of the replies within 16 days."_s);
    f.sent = 1;
    f.replied = 1;
    f.medianDaysToReply = 0;
    CHECK(Responsiveness::sentence(f) == u"This office has answered the letter sent from this computer, the same day it was sent."_s);
    f.medianDaysToReply = 1;
    CHECK(Responsiveness::sentence(f) == u"This office has answered the letter sent from this computer, 1 day after it was sent."_s);
    f.medianDaysToReply = 12;
    CHECK(Responsiveness::teamSentence(f) == u"This office has answered the letter a campaign volunteer sent, 12 days after it was sent."_s);
    // The team's sentence says when the last reply was dated, before any commitment.
    f.lastReply = QDate(2026, 11, 20);
    f.commitments = 1;
    CHECK(Responsiveness::teamSentence(f)
          == u"This office has answered the letter a campaign volunteer sent, 12 days after it was sent. The last reply was dated "_s
                 + QLocale().toString(QDate(2026, 11, 20), QLocale::LongFormat) + u". 1 reply made a commitment to fund."_s);
    CHECK_FALSE(Responsiveness::sentence(f).contains(u"last reply"_s));
    f.lastReply = QDate();
    f.commitments = 0;

    ContactRecord r;
    r.forceId = u"kent"_s;
    r.status = ContactStatus::Replied;
    r.date = QDate(2026, 11, 1);
    r.replyDate = QDate(2026, 11, 12);
    const LetterOutcome o = Responsiveness::outcomeOf(r);
    CHECK(o.daysToReply == 11);
    CHECK(o.letters == 1);
}

TEST_CASE("responsiveness: from the log, an answer with no reply date counts as answered but not in the days", "[responsiveness]")
{
    QTemporaryDir dir;
    ContactLog log;
    REQUIRE(log.open(dir.filePath(u"log.sqlite"_s)));
    Profile p;
    p.name = u"Alice"_s;
    REQUIRE(log.addProfile(&p));
    const auto record = [&](ContactStatus status, ReplyOutcome outcome, const QDate &replyDate) {
        ContactRecord r;
        r.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        r.setSender(p);
        r.forceId = u"kent"_s;
        r.date = QDate(2026, 11, 1);
        r.status = status;
        r.replyOutcome = outcome;
        r.replyDate = replyDate;
        r.updatedAt = QDateTime::currentDateTimeUtc();
        return r;
    };
    ContactRecord gwent = record(ContactStatus::Sent, ReplyOutcome::None, QDate());
    gwent.forceId = u"gwent"_s;
    ContactRecord gwentAgain = gwent;
    gwentAgain.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    ContactLog::ImportReport report;
    REQUIRE(log.merge({record(ContactStatus::Replied, ReplyOutcome::Substantive, QDate(2026, 11, 11)),
                       record(ContactStatus::Acknowledged, ReplyOutcome::Acknowledgement, QDate()), gwent, gwentAgain},
                      &report));
    const auto outcomes = log.letterOutcomes(QString());
    REQUIRE(outcomes);
    const QList<ForceResponsiveness> figures = Responsiveness::compute(*outcomes);
    REQUIRE(figures.size() == 2);
    CHECK(figures.at(0).forceId == u"gwent"_s);
    CHECK(figures.at(0).sent == 2); // two letters alike are read as one group of two
    CHECK(figures.at(0).replied == 0);
    CHECK(figures.at(1).sent == 2);
    CHECK(figures.at(1).replied == 2);
    REQUIRE(figures.at(1).medianDaysToReply.has_value());
    CHECK(*figures.at(1).medianDaysToReply == 10.0); // not 5: the undated answer has no days

    // A phone call and a meeting with Kent are not letters it has left unanswered.
    for (const Channel channel : {Channel::Phone, Channel::Meeting}) {
        ContactRecord call = record(ContactStatus::Sent, ReplyOutcome::None, QDate());
        call.channel = channel;
        REQUIRE(log.merge({call}, &report));
        CHECK(report.added == 1);
        CHECK_FALSE(FollowUpPolicy::firstReminder(call).isValid()); // and no reminder to follow a letter up
    }
    ContactRecord emailed = record(ContactStatus::Sent, ReplyOutcome::None, QDate());
    emailed.channel = Channel::Email;
    CHECK(FollowUpPolicy::firstReminder(emailed) == QDate(2026, 11, 15));
    const QList<ForceResponsiveness> withCalls = Responsiveness::compute(*log.letterOutcomes(QString()));
    REQUIRE(withCalls.size() == 2);
    CHECK(withCalls.at(1).forceId == u"kent"_s);
    CHECK(withCalls.at(1).sent == 2);
    CHECK(withCalls.at(1).replied == 2);
}
