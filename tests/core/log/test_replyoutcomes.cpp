// What a reply says: its outcome and the letter's, a commitment and the evidence it suggests,
// the map coloured by replies.
#include "catchcompat.h"
#include "replysandbox.h"
#include "testsupport.h"

#include "commitmentcorrections.h"
#include "contactlog.h"
#include "mapcolouring.h"
#include "replyrecorder.h"
#include "responsiveness.h"

#include <QFile>
#include <QHash>
#include <QSet>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace Qt::StringLiterals;
using namespace pcc;

namespace {
using Sandbox = pcctest::ReplySandbox;
using pcctest::pdfBytes;
using pcctest::sha256;
} // namespace

TEST_CASE("replies: two replies to one letter: the first one's date counts for responsiveness, the strongest outcome for the letter", "[replies][responsiveness]")
{
    Sandbox s;
    const QString uuid = s.letter();
    REQUIRE(s.run({u"log"_s, u"reply"_s, uuid, u"--date"_s, u"2026-11-05"_s, u"--outcome"_s, u"acknowledgement"_s}).exitCode == 0);
    CHECK(s.show(uuid).value(u"status"_s).toString() == u"acknowledged"_s);
    const auto r = s.run({u"log"_s, u"reply"_s, uuid, u"--date"_s, u"2026-11-25"_s, u"--outcome"_s, u"commitment"_s, u"--what"_s,
                          u"an independent stalking advocate"_s, u"--amount"_s, u"£40,000 a year"_s, u"--from"_s, u"2027-04-01"_s,
                          u"--until"_s, u"2030-03-31"_s, u"--quote"_s, u"We will fund an ISAC post for three years."_s});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject shown = s.show(uuid);
    CHECK(shown.value(u"status"_s).toString() == u"replied"_s);
    CHECK(shown.value(u"reply_outcome"_s).toString() == u"commitment"_s);
    CHECK(shown.value(u"reply_date"_s).toString() == u"2026-11-05"_s);
    const QJsonArray replies = shown.value(u"replies"_s).toArray();
    REQUIRE(replies.size() == 2);
    const QJsonObject commitment = replies.at(1).toObject().value(u"commitment"_s).toObject();
    CHECK(commitment.value(u"amount"_s).toString() == u"£40,000 a year"_s);
    CHECK(commitment.value(u"until"_s).toString() == u"2030-03-31"_s);

    const auto figures = s.run({u"responsiveness"_s, u"--json"_s});
    REQUIRE(figures.exitCode == 0);
    const QJsonObject sussex = QJsonDocument::fromJson(figures.out.toUtf8()).object().value(u"forces"_s).toArray().at(0).toObject();
    CHECK(sussex.value(u"sent"_s).toInt() == 1); // one letter, however many replies
    CHECK(sussex.value(u"replied"_s).toInt() == 1);
    CHECK(sussex.value(u"median_days_to_reply"_s).toDouble() == 4.0);
    CHECK(sussex.value(u"commitments"_s).toInt() == 1);

    // Commitment details with another outcome make no sense.
    CHECK(s.run({u"log"_s, u"reply"_s, uuid, u"--date"_s, u"2026-11-26"_s, u"--outcome"_s, u"declined"_s, u"--amount"_s, u"£1"_s})
              .exitCode == 2);
}

TEST_CASE("replies: commitments become suggested evidence corrections that data merge takes", "[replies][cli][corrections]")
{
    Sandbox s;
    const QString kent = s.letter(u"Ann"_s, u"kent"_s);
    const QString essex = s.letter(u"Ann"_s, u"essex"_s);
    const QString out = s.dir.filePath(u"suggested.json"_s);
    auto r = s.run({u"log"_s, u"suggest-corrections"_s, u"--out"_s, out});
    REQUIRE(r.exitCode == 0);
    CHECK_FALSE(QFile::exists(out)); // nothing to suggest yet

    REQUIRE(s.run({u"log"_s, u"reply"_s, kent, u"--date"_s, u"2026-11-20"_s, u"--outcome"_s, u"commitment"_s, u"--from"_s,
                   u"2027-04-01"_s, u"--quote"_s, u"We will commission an independent stalking advocate from April."_s})
                .exitCode == 0);
    REQUIRE(s.run({u"log"_s, u"reply"_s, essex, u"--date"_s, u"2026-11-21"_s, u"--outcome"_s, u"commitment"_s, u"--from"_s,
                   u"2026-06-01"_s, u"--quote"_s, u"Our stalking advocate has been in post since June."_s})
                .exitCode == 0);
    r = s.run({u"log"_s, u"suggest-corrections"_s, u"--out"_s, out});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonArray items = QJsonDocument::fromJson(pcctest::readFile(out)).object().value(u"corrections"_s).toArray();
    REQUIRE(items.size() == 2);
    QHash<QString, QJsonObject> byForce;
    for (const QJsonValue &v : items)
        byForce.insert(v.toObject().value(u"force_id"_s).toString(), v.toObject());
    CHECK(byForce.value(u"kent"_s).value(u"value"_s).toString() == u"commissioning"_s); // funding still to start
    CHECK(byForce.value(u"kent"_s).value(u"source"_s).toString() == u"reply of 2026-11-20"_s);
    CHECK(byForce.value(u"kent"_s).value(u"quotation"_s).toString().startsWith(u"We will commission"_s));
    CHECK(byForce.value(u"essex"_s).value(u"value"_s).toString() == u"funds_advocacy"_s); // started

    const QString merged = s.dir.filePath(u"merged.json"_s);
    r = pcctest::runApp({u"data"_s, u"merge"_s, QStringLiteral(PCC_SOURCE_DIR "/pcc_data/policing_bodies.json"), out, u"--out"_s, merged},
                        s.dir.path());
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"2 corrections applied"_s));
    const QJsonDocument directory = QJsonDocument::fromJson(pcctest::readFile(merged));
    QString kentStatus;
    for (const QJsonValue &f : directory.object().value(u"forces"_s).toArray()) {
        if (f.toObject().value(u"force_id"_s).toString() == u"kent"_s)
            kentStatus = f.toObject().value(u"stalking_support"_s).toObject().value(u"advocacy_status"_s).toString();
    }
    CHECK(kentStatus == u"commissioning"_s);
}

TEST_CASE("replies: a commitment is suggested as funding only between its start and its end", "[replies][corrections]")
{
    const QDate today(2026, 12, 5);
    auto statusFor = [&](const QDate &from, const QDate &until) {
        Reply r;
        r.outcome = ReplyOutcome::Commitment;
        r.forceId = u"kent"_s;
        r.date = QDate(2026, 11, 1);
        r.commitment.from = from;
        r.commitment.until = until;
        const Corrections c = CommitmentCorrections::suggest({r}, today);
        const Correction *found = c.find(u"kent"_s, u"evidence_status"_s, Correction::Kind::Correction);
        return found ? found->value : u"(none)"_s;
    };
    CHECK(statusFor({}, {}) == u"commissioning"_s);
    CHECK(statusFor(today.addDays(1), {}) == u"commissioning"_s); // starts tomorrow
    CHECK(statusFor(today, {}) == u"funds_advocacy"_s);             // starts today
    CHECK(statusFor(QDate(2023, 4, 1), today) == u"funds_advocacy"_s); // its last day
    // Ended yesterday: the next letters must not thank the office for it as current.
    CHECK(statusFor(QDate(2023, 4, 1), today.addDays(-1)) == u"funded_may_have_ended"_s);
    CHECK(statusFor({}, QDate(2025, 3, 31)) == u"funded_may_have_ended"_s);
}

TEST_CASE("replies: the map coloured by replies puts each office in its class and the legend counts them", "[replies][map]")
{
    QList<ForceResponsiveness> figures = {
        {u"kent"_s, 2, 0, std::nullopt, 0, {}},     // no reply yet
        {u"essex"_s, 3, 1, 10.0, 0, {}},           // some answered
        {u"surrey"_s, 2, 2, 5.0, 0, {}},           // every letter answered
        {u"sussex"_s, 1, 1, 5.0, 1, {}},           // a commitment
        {u"atlantis"_s, 5, 5, 1.0, 1, {}},         // not a force: ignored
    };
    const MapColouring c = MapColouring::byReplies(figures, u"everyone"_s, false);
    REQUIRE(c.legend.size() == 5);
    CHECK(c.legend.at(0).count == 39); // not written to
    for (int i = 1; i < 5; ++i)
        CHECK(c.legend.at(i).count == 1);
    CHECK(c.fillFor(u"kent"_s) == c.legend.at(1).colour);
    CHECK(c.fillFor(u"essex"_s) == c.legend.at(2).colour);
    CHECK(c.fillFor(u"surrey"_s) == c.legend.at(3).colour);
    CHECK(c.fillFor(u"sussex"_s) == c.legend.at(4).colour);
    CHECK(c.fillFor(u"dorset"_s) == c.legend.at(0).colour);
    CHECK(c.title == u"3 of 4 offices written to have answered"_s);
    QSet<QRgb> distinct;
    for (const auto &entry : c.legend)
        distinct.insert(entry.colour.rgb());
    CHECK(distinct.size() == 5);
}

TEST_CASE("cli: map --colour replies draws the replies picture", "[replies][map][cli]")
{
    Sandbox s;
    const QString uuid = s.letter();
    REQUIRE(s.run({u"log"_s, u"reply"_s, uuid, u"--date"_s, u"2026-11-05"_s, u"--outcome"_s, u"substantive"_s}).exitCode == 0);
    const QString svg = s.dir.filePath(u"map.svg"_s);
    const auto r = s.run({u"map"_s, u"--svg"_s, svg, u"--colour"_s, u"replies"_s});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QByteArray bytes = pcctest::readFile(svg);
    CHECK(bytes.contains("Answered every letter"));
    CHECK(bytes.contains("1 of 1 offices written to have answered"));
    CHECK(s.run({u"map"_s, u"--svg"_s, svg, u"--colour"_s, u"rainbow"_s}).exitCode == 2);
}

TEST_CASE("replies: recording an acknowledgement never lowers what the letter already said", "[replies]")
{
    QTemporaryDir dir;
    ContactLog log;
    REQUIRE(log.open(dir.filePath(u"log.sqlite"_s)));
    Profile p;
    p.name = u"Ann"_s;
    REQUIRE(log.addProfile(&p));
    ContactRecord letter;
    letter.profileUuid = p.uuid;
    letter.forceId = u"kent"_s;
    letter.date = QDate(2026, 11, 1);
    letter.status = ContactStatus::Replied;
    letter.replyOutcome = ReplyOutcome::Commitment; // set by hand in the edit dialog, before any reply was kept
    letter.replyDate = QDate(2026, 11, 8);
    REQUIRE(log.addContact(&letter));
    Reply ack;
    ack.contactUuid = letter.uuid;
    ack.date = QDate(2026, 11, 20);
    ack.outcome = ReplyOutcome::Acknowledgement;
    REQUIRE(log.addReply(&ack));
    const auto after = log.contact(letter.uuid);
    CHECK(after->replyOutcome == ReplyOutcome::Commitment);
    CHECK(after->status == ContactStatus::Replied);
    CHECK(after->replyDate == QDate(2026, 11, 8)); // the first reply is still the first
}

TEST_CASE("replies: a reply from an office goes to the volunteer's newest letter to it that went out", "[replies]")
{
    QTemporaryDir dir;
    ContactLog log;
    REQUIRE(log.open(dir.filePath(u"log.sqlite"_s)));
    Profile jane, sam;
    jane.name = u"Jane"_s;
    sam.name = u"Sam"_s;
    REQUIRE(log.addProfile(&jane));
    REQUIRE(log.addProfile(&sam));
    auto letter = [&log](const Profile &p, const QString &forceId, const QDate &date, ContactStatus status) {
        ContactRecord r;
        r.profileUuid = p.uuid;
        r.forceId = forceId;
        r.date = date;
        r.status = status;
        REQUIRE(log.addContact(&r));
        return r.uuid;
    };
    ReplyRecorder recorder(log);
    CHECK(recorder.letterAnsweredBy(jane.uuid, u"kent"_s).isEmpty()); // nothing sent yet
    CHECK(recorder.lastError().contains(u"No letter to this office is recorded yet"_s));
    const QString older = letter(jane, u"kent"_s, QDate(2026, 9, 1), ContactStatus::Sent);
    const QString newer = letter(jane, u"kent"_s, QDate(2026, 10, 1), ContactStatus::Acknowledged);
    letter(jane, u"kent"_s, QDate(2026, 11, 1), ContactStatus::Drafted);  // never sent
    letter(sam, u"kent"_s, QDate(2026, 11, 2), ContactStatus::Sent);      // someone else's
    letter(jane, u"sussex"_s, QDate(2026, 11, 3), ContactStatus::Sent);   // another office
    {
        ContactRecord call; // a later phone call: not what a letter in the post answers
        call.profileUuid = jane.uuid;
        call.forceId = u"kent"_s;
        call.date = QDate(2026, 11, 4);
        call.channel = Channel::Phone;
        REQUIRE(log.addContact(&call));
    }
    CHECK(recorder.letterAnsweredBy(jane.uuid, u"kent"_s) == newer);
    CHECK(recorder.lastError().isEmpty());
    CHECK(recorder.letterAnsweredBy(jane.uuid, u"surrey"_s).isEmpty());
    // An empty id is refused, not read as "any office" or "anyone's".
    CHECK(recorder.letterAnsweredBy(jane.uuid, QString()).isEmpty());
    CHECK(recorder.letterAnsweredBy(QString(), u"kent"_s).isEmpty());
    CHECK_FALSE(recorder.lastError().isEmpty());
    CHECK(older != newer);
}

TEST_CASE("replies: a commitment that says nothing is refused, and what, the office's words or a summary is enough", "[replies][cli]")
{
    Sandbox s;
    const QString letter = s.letter();
    const QStringList base{u"log"_s, u"reply"_s, letter, u"--date"_s, u"2026-11-20"_s, u"--outcome"_s, u"commitment"_s};
    auto r = s.run(base);
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"committed to"_s));
    r = s.run(base + QStringList{u"--what"_s, u"   "_s, u"--from"_s, u"2027-04-01"_s});
    CHECK(r.exitCode == 1);
    CHECK(s.show(letter).value(u"replies"_s).toArray().isEmpty());
    CHECK(s.show(letter).value(u"status"_s).toString() == u"sent"_s);
    for (const QString &option : {u"--what"_s, u"--quote"_s, u"--summary"_s}) {
        r = s.run(base + QStringList{option, u"an independent stalking advocate"_s});
        INFO(option.toStdString() << " " << r.err.toStdString());
        CHECK(r.exitCode == 0);
    }
    CHECK(s.show(letter).value(u"replies"_s).toArray().size() == 3);
}
