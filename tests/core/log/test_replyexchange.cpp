// Replies travel with a full JSON export: a volunteer moving to a new computer, or a coordinator
// merging logs, keeps what the offices answered. Checked through the whole commands.
#include "catchcompat.h"
#include "testsupport.h"

#include "contactlog.h"
#include "logexchange.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace pcc;

namespace {

// One computer: its own folder and log.
struct Computer
{
    QTemporaryDir dir;

    pcctest::RunResult run(const QStringList &args) const
    {
        const auto r = pcctest::runApp(QStringList{u"--db"_s, dir.filePath(u"log.sqlite"_s)} + args, dir.path());
        INFO(r.err.toStdString());
        return r;
    }

    QJsonObject json(const QStringList &args) const
    {
        const auto r = run(args);
        REQUIRE(r.exitCode == 0);
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

    // Each reply as `log show` prints it, without its documents.
    QJsonArray replies(const QString &contact) const
    {
        QJsonArray out;
        for (const QJsonValue &v : json({u"log"_s, u"show"_s, contact, u"--json"_s}).value(u"replies"_s).toArray()) {
            QJsonObject o = v.toObject();
            o.remove(u"attachments"_s);
            out.append(o);
        }
        return out;
    }
};

QJsonObject contactIn(const QJsonObject &exported, const QString &uuid)
{
    for (const QJsonValue &v : exported.value(u"contacts"_s).toArray()) {
        if (v.toObject().value(u"uuid"_s).toString() == uuid)
            return v.toObject();
    }
    return {};
}

} // namespace

TEST_CASE("reply exchange: a full JSON export carries the replies, and importing it gives them back as recorded", "[replies][exchange][cli]")
{
    Computer old;
    REQUIRE(old.run({u"profile"_s, u"add"_s, u"Ann"_s}).exitCode == 0);
    auto r = old.run({u"log"_s, u"add"_s, u"--profile"_s, u"Ann"_s, u"--force"_s, u"sussex"_s, u"--channel"_s, u"post"_s,
                      u"--date"_s, u"2026-11-01"_s});
    REQUIRE(r.exitCode == 0);
    const QString letter = r.out.trimmed();
    const QString pdf = old.dir.filePath(u"answer.pdf"_s);
    pcctest::writeFile(pdf, "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");
    REQUIRE(old.run({u"log"_s, u"reply"_s, letter, u"--date"_s, u"2026-11-05"_s, u"--outcome"_s, u"acknowledgement"_s,
                     u"--summary"_s, u"Their office rang; a fuller answer is coming"_s, u"--attach"_s, pdf})
                .exitCode == 0);
    REQUIRE(old.run({u"log"_s, u"reply"_s, letter, u"--date"_s, u"2026-11-20"_s, u"--outcome"_s, u"commitment"_s, u"--what"_s,
                     u"An independent stalking advocate"_s, u"--amount"_s, u"£45,000 a year"_s, u"--from"_s, u"2027-04-01"_s,
                     u"--until"_s, u"2028-03-31"_s, u"--quote"_s, u"We will fund a dedicated advocate from April."_s,
                     u"--share-summary"_s, u"--summary"_s, u"A yes"_s})
                .exitCode == 0);
    const QJsonArray recorded = old.replies(letter);
    REQUIRE(recorded.size() == 2);
    CHECK(recorded.at(0).toObject().value(u"share_summary"_s) == QJsonValue(false));
    CHECK(recorded.at(1).toObject().value(u"share_summary"_s) == QJsonValue(true)); // --share-summary

    const QString file = old.dir.filePath(u"everything.json"_s);
    r = old.run({u"log"_s, u"export"_s, u"--json"_s, file});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"2 replies exported with them"_s));
    CHECK(r.err.contains(u"the 1 document that came with the replies is not in the file"_s)); // said, not silently dropped
    const QJsonObject exported = QJsonDocument::fromJson(pcctest::readFile(file)).object();
    CHECK(exported.value(u"version"_s).toInt() == 3);
    const QString updatedBefore = contactIn(exported, letter).value(u"updated_at"_s).toString();
    REQUIRE_FALSE(updatedBefore.isEmpty());

    Computer fresh;
    r = fresh.run({u"log"_s, u"import"_s, file});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out == u"added 1\nupdated 0\nskipped 0\nreplies added 2\nreplies skipped 0\n"_s);
    CHECK(fresh.replies(letter) == recorded); // ids, dates, outcomes, summaries, shared or not, the commitment
    const QJsonObject shown = fresh.json({u"log"_s, u"show"_s, letter, u"--json"_s});
    CHECK(shown.value(u"status"_s).toString() == u"replied"_s);
    CHECK(shown.value(u"reply_outcome"_s).toString() == u"commitment"_s);
    // The letter is as the file gives it: importing its replies does not make it look newer than
    // the volunteer's copy, so their next export still updates it.
    const QString copy = fresh.dir.filePath(u"copy.json"_s);
    REQUIRE(fresh.run({u"log"_s, u"export"_s, u"--json"_s, copy}).exitCode == 0);
    CHECK(contactIn(QJsonDocument::fromJson(pcctest::readFile(copy)).object(), letter).value(u"updated_at"_s).toString()
          == updatedBefore);

    // Again: nothing twice.
    r = fresh.run({u"log"_s, u"import"_s, file});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out == u"added 0\nupdated 0\nskipped 1\nreplies added 0\nreplies skipped 2\n"_s);
    CHECK(fresh.replies(letter).size() == 2);

    // A full CSV says how many replies stayed behind; an export for a coordinator holds none by
    // design, and says nothing that would send a volunteer to the personal one.
    r = old.run({u"log"_s, u"export"_s, u"--csv"_s, old.dir.filePath(u"contacts.csv"_s)});
    REQUIRE(r.exitCode == 0);
    CHECK(r.err.contains(u"2 replies in the log are not in this file"_s));
    r = old.run({u"log"_s, u"export"_s, u"--json"_s, old.dir.filePath(u"anonymous.json"_s), u"--anonymous"_s});
    REQUIRE(r.exitCode == 0);
    CHECK(r.err.isEmpty());
    const QByteArray anonymous = pcctest::readFile(old.dir.filePath(u"anonymous.json"_s));
    CHECK_FALSE(anonymous.contains("replies"));
    CHECK_FALSE(anonymous.contains("fuller answer"));
}

TEST_CASE("reply exchange: a reply in a file meets the rule a recorded reply meets, one by one", "[replies][exchange]")
{
    const QString sent = u"11111111-1111-4111-8111-111111111111"_s;
    const QString draft = u"22222222-2222-4222-8222-222222222222"_s;
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const QString tomorrow = QDate::currentDate().addDays(1).toString(Qt::ISODate);
    const auto contact = [](const QString &uuid, const QString &status) {
        return QJsonObject{{u"uuid"_s, uuid}, {u"profile_uuid"_s, u"33333333-3333-4333-8333-333333333333"_s}, {u"profile"_s, u"Ann"_s},
                           {u"force_id"_s, u"kent"_s}, {u"channel"_s, u"post"_s}, {u"date"_s, u"2026-11-01"_s},
                           {u"status"_s, status}, {u"updated_at"_s, u"2026-11-02T10:00:00.000Z"_s}};
    };
    int n = 0;
    const auto reply = [&n, &sent](const QString &date, const QString &outcome, const QJsonObject &more = {}) {
        QJsonObject o{{u"uuid"_s, u"44444444-4444-4444-8444-%1"_s.arg(++n, 12, 10, QChar(u'0'))}, {u"contact_uuid"_s, sent},
                      {u"date"_s, date}, {u"outcome"_s, outcome}};
        for (auto it = more.begin(); it != more.end(); ++it)
            o.insert(it.key(), it.value());
        return QJsonValue(o);
    };
    const QJsonArray replies{
        reply(u"2026-11-05"_s, u"acknowledgement"_s),                                               // 0: good
        reply(u"2026-11-01"_s, u"substantive"_s),                                                   // 1: good, the letter's own day
        reply(today, u"commitment"_s, {{u"commitment_what"_s, u"An advocate"_s}}),                   // 2: good, today
        reply(u"2026-11-05"_s, u"maybe"_s),                                                         // 3: no such outcome
        reply(u"2026-10-31"_s, u"substantive"_s),                                                   // 4: before the letter
        reply(tomorrow, u"substantive"_s),                                                          // 5: a day still to come
        reply(u"2026-11-05"_s, u"commitment"_s),                                                    // 6: good; says nothing of what (see below)
        reply(u"2026-11-05"_s, u"substantive"_s, {{u"share_summary"_s, u"yes"_s}}),                 // 7: not true or false
        reply(u"2026-11-05"_s, u"substantive"_s, {{u"contact_uuid"_s, draft}}),                     // 8: answers a draft
        reply(u"2026-11-05"_s, u"substantive"_s, {{u"contact_uuid"_s, u"55555555-5555-4555-8555-555555555555"_s}}), // 9: no such letter
        reply(u"2026-11-05"_s, u"commitment"_s, {{u"commitment_what"_s, u"x"_s}, {u"commitment_from"_s, u"2027-04-01"_s},
                                                 {u"commitment_until"_s, u"2027-03-31"_s}}),        // 10: ends before it starts
        reply(u"2026-11-05"_s, u"substantive"_s, {{u"summary"_s, QJsonArray{u"a"_s}}}),             // 11: a list, not text
        QJsonValue(u"a reply"_s),                                                                   // 12: not an object
        reply(u"2026-11-05"_s, u"acknowledgement"_s, {{u"commitment_what"_s, u"An advocate"_s}}),   // 13: commits, but is not a commitment
        reply(u"5 November"_s, u"substantive"_s),                                                   // 14: not a date
        reply(u"2026-11-05"_s, u"substantive"_s, {{u"contact_uuid"_s, QJsonValue()}}),              // 15: answers nothing
        reply(u"2026-11-06"_s, u"substantive"_s, {{u"attachments"_s, QJsonArray{QJsonObject{{u"name"_s, u"a.pdf"_s}}}},
                                                  {u"summary"_s, u"  They will reply in full  "_s},
                                                  {u"share_summary"_s, true}}),                     // 16: good; a field it does not know
        reply(u"2026-11-06"_s, u"substantive"_s, {{u"share_summary"_s, true}}),                     // 17: good; nothing to share
    };
    QJsonArray withDuplicate = replies;
    withDuplicate.append(replies.at(0)); // 18: the same reply twice
    const QJsonObject file{{u"version"_s, 3},
                           {u"contacts"_s, QJsonArray{contact(sent, u"sent"_s), contact(draft, u"drafted"_s)}},
                           {u"replies"_s, withDuplicate}};
    DataIssues issues;
    QList<Reply> read;
    const auto records = LogExchange::read(QJsonDocument(file).toJson(), LogExchange::Format::Json, &issues, nullptr, &read);
    CHECK(records.size() == 2);
    // Read: the good ones, and the two that fit the file but not their letter (4 and 8): whether
    // a reply fits its letter is asked on import, of the letter as the log then holds it. A
    // commitment that says nothing of what (6) is read: a log upgraded from before replies holds
    // its letters' commitments so, and its own export must read back.
    REQUIRE(read.size() == 8);
    CHECK(read.at(0).date == QDate(2026, 11, 5));
    CHECK(read.at(1).date == QDate(2026, 11, 1));
    CHECK(read.at(2).commitment.what == u"An advocate"_s);
    CHECK(read.at(2).forceId == u"kent"_s);
    CHECK(read.at(4).outcome == ReplyOutcome::Commitment);
    CHECK(read.at(4).commitment.isEmpty());
    CHECK(read.at(6).summary == u"They will reply in full"_s); // trimmed, as the window keeps a summary
    CHECK(read.at(6).shareSummary);
    CHECK_FALSE(read.at(7).shareSummary); // no summary: nothing is shared
    QStringList where;
    for (const DataIssue &issue : issues)
        where << issue.toString().section(u':', 0, 0).section(u'.', 0, 0);
    CHECK(where == QStringList{u"replies[3]"_s, u"replies[5]"_s, u"replies[7]"_s, u"replies[9]"_s,
                               u"replies[10]"_s, u"replies[11]"_s, u"replies[12]"_s, u"replies[13]"_s, u"replies[14]"_s,
                               u"replies[15]"_s, u"replies[18]"_s});
    {
        QTemporaryDir dir;
        ContactLog log;
        REQUIRE(log.open(dir.filePath(u"log.sqlite"_s)));
        ContactLog::ImportReport report;
        REQUIRE(log.merge(records, read, &report));
        CHECK(report.added == 2);
        CHECK(report.repliesAdded == 6);
        REQUIRE(report.refusedReplies.size() == 2);
        CHECK(report.refusedReplies.at(0).date == QDate(2026, 10, 31));
        CHECK(report.refusedReplies.at(0).problem.contains(u"before the letter"_s));
        CHECK(report.refusedReplies.at(1).contactUuid == draft);
        CHECK(report.refusedReplies.at(1).problem.contains(u"draft"_s));
    }
    const QString all = [&issues] {
        QStringList lines;
        for (const DataIssue &issue : issues)
            lines << issue.toString();
        return lines.join(u'\n');
    }();
    CHECK(all.contains(u"replies[14].date: '5 November' is not a YYYY-MM-DD date"_s));
    CHECK(all.contains(u"replies[15].contact_uuid: missing"_s));

    // A replies field that is not a list is reported, and the contacts still read.
    QJsonObject broken = file;
    broken.insert(u"replies"_s, u"none"_s);
    DataIssues brokenIssues;
    QList<Reply> none;
    CHECK(LogExchange::read(QJsonDocument(broken).toJson(), LogExchange::Format::Json, &brokenIssues, nullptr, &none).size() == 2);
    CHECK(none.isEmpty());
    REQUIRE(brokenIssues.size() == 1);
    CHECK(brokenIssues.first().toString().contains(u"expected an array of replies"_s));

    // Files of contacts alone read as before: "replies": null, or a bare list of contacts.
    for (const QByteArray &contactsOnly : {QJsonDocument(QJsonObject{{u"contacts"_s, file.value(u"contacts"_s)},
                                                                     {u"replies"_s, QJsonValue()}}).toJson(),
                                           QJsonDocument(file.value(u"contacts"_s).toArray()).toJson()}) {
        DataIssues plainIssues;
        QList<Reply> noReplies;
        CHECK(LogExchange::read(contactsOnly, LogExchange::Format::Json, &plainIssues, nullptr, &noReplies).size() == 2);
        CHECK(plainIssues.isEmpty());
        CHECK(noReplies.isEmpty());
    }
}

TEST_CASE("reply exchange: a bad reply stops the import unless told to skip it, and one that does not fit its letter is named and left out", "[replies][exchange][cli]")
{
    Computer volunteer;
    REQUIRE(volunteer.run({u"profile"_s, u"add"_s, u"Ann"_s}).exitCode == 0);
    auto r = volunteer.run({u"log"_s, u"add"_s, u"--profile"_s, u"Ann"_s, u"--force"_s, u"kent"_s, u"--channel"_s, u"email"_s,
                            u"--date"_s, u"2026-11-01"_s});
    REQUIRE(r.exitCode == 0);
    const QString letter = r.out.trimmed();
    REQUIRE(volunteer.run({u"log"_s, u"reply"_s, letter, u"--date"_s, u"2026-11-03"_s, u"--outcome"_s, u"declined"_s}).exitCode == 0);
    REQUIRE(volunteer.run({u"log"_s, u"reply"_s, letter, u"--date"_s, u"2026-11-04"_s, u"--outcome"_s, u"substantive"_s}).exitCode == 0);
    const QString file = volunteer.dir.filePath(u"log.json"_s);
    REQUIRE(volunteer.run({u"log"_s, u"export"_s, u"--json"_s, file}).exitCode == 0);
    const QJsonObject root = QJsonDocument::fromJson(pcctest::readFile(file)).object();
    const auto withSecond = [&root, &volunteer](const QString &key, const QString &value) {
        QJsonObject changed = root;
        QJsonArray replies = changed.value(u"replies"_s).toArray();
        QJsonObject second = replies.at(1).toObject();
        second.insert(key, value);
        replies.replace(1, second);
        changed.insert(u"replies"_s, replies);
        const QString path = volunteer.dir.filePath(key + u".json"_s);
        pcctest::writeFile(path, QJsonDocument(changed).toJson());
        return path;
    };

    // A reply no letter could have: the file is bad.
    const QString badOutcome = withSecond(u"outcome"_s, u"maybe"_s);
    Computer coordinator;
    r = coordinator.run({u"log"_s, u"import"_s, badOutcome});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"replies[1]"_s));
    CHECK(coordinator.run({u"log"_s, u"list"_s}).out.trimmed().isEmpty()); // nothing, not even the letter
    r = coordinator.run({u"log"_s, u"import"_s, badOutcome, u"--skip-bad"_s});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out == u"added 1\nupdated 0\nskipped 0\nreplies added 1\nreplies skipped 0\nrejected 1\n"_s);
    const QJsonArray kept = coordinator.replies(letter);
    REQUIRE(kept.size() == 1);
    CHECK(kept.at(0).toObject().value(u"outcome"_s).toString() == u"declined"_s);

    // A reply that does not fit its letter (a log where the letter's date was moved after it can
    // export one): the rest of the file is imported, and the reply is named.
    Computer other;
    const QString early = withSecond(u"date"_s, u"2026-10-01"_s);
    r = other.run({u"log"_s, u"import"_s, early});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out == u"added 1\nupdated 0\nskipped 0\nreplies added 1\nreplies skipped 0\nreplies refused 1\n"_s);
    const QString refusedId = root.value(u"replies"_s).toArray().at(1).toObject().value(u"uuid"_s).toString();
    CHECK(r.err.contains(u"reply %1 to %2 was not imported: The reply's date"_s.arg(refusedId, letter)));
    CHECK(other.replies(letter).size() == 1);
}
