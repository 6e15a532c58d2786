// Export and import: the files a coordinator receives.
#include "catchcompat.h"
#include "sqliteconnection.h"
#include "testsupport.h"

#include "contactlog.h"
#include "contactrecorder.h"
#include "logexchange.h"
#include "logtransfer.h"
#include "replyrecorder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace pcc;

namespace {

struct LogWithAlice
{
    QTemporaryDir dir;
    ContactLog log;
    Profile alice;
    ContactRecord record;

    LogWithAlice()
    {
        REQUIRE(log.open(dir.filePath(u"log.sqlite"_s)));
        alice.name = u"Alice Private"_s;
        alice.address = {u"1 Secret Lane"_s, u"Bristol"_s};
        alice.postcode = u"BS1 1AA"_s;
        alice.email = u"alice@example.org"_s;
        alice.phone = u"0117 000 0000"_s;
        REQUIRE(log.addProfile(&alice));
        record.setSender(alice);
        record.forceId = u"kent"_s;
        record.date = QDate(2026, 11, 1);
        record.notes = u"Rang, said \"thanks\", will reply,\nsoon"_s;
        record.letterText = u"Dear Commissioner, my own story"_s;
        ContactRecorder recorder(log);
        REQUIRE(recorder.record(&record));
    }
    QList<ContactRecord> all()
    {
        const auto records = log.contacts();
        REQUIRE(records);
        return *records;
    }
};

} // namespace

TEST_CASE("exchange: export and import round-trip through CSV and JSON, profile by uuid", "[log][exchange]")
{
    LogWithAlice fixture;
    for (const auto format : {LogExchange::Format::Csv, LogExchange::Format::Json}) {
        const QByteArray data = LogExchange::write(fixture.all(), format, LogExchange::Privacy::Full);
        DataIssues issues;
        const QList<ContactRecord> back = LogExchange::read(data, format, &issues);
        INFO(data.toStdString());
        REQUIRE(issues.isEmpty());
        REQUIRE(back.size() == 1);
        CHECK(back.first().uuid == fixture.record.uuid);
        CHECK(back.first().notes == fixture.record.notes);
        CHECK(back.first().profileUuid == fixture.alice.uuid);
        CHECK(back.first().profileName == u"Alice Private"_s);
        CHECK(back.first().followUpDue == fixture.record.followUpDue);
    }
}

TEST_CASE("exchange: the anonymous export holds no personal data at all", "[log][exchange][privacy]")
{
    LogWithAlice fixture;
    for (const auto format : {LogExchange::Format::Csv, LogExchange::Format::Json}) {
        const QByteArray data = LogExchange::write(fixture.all(), format, LogExchange::Privacy::Anonymous);
        INFO(data.toStdString());
        const QByteArrayList personal = {"Alice", "Private", "Secret Lane", "BS1 1AA", "alice@example.org", "0117", "thanks",
                                         "my own story", fixture.alice.uuid.toLatin1()};
        for (const QByteArray &item : personal)
            CHECK_FALSE(data.contains(item));
        CHECK(data.contains("kent"));
        CHECK(data.contains(fixture.record.uuid.toLatin1()));
    }
    const QByteArray csv = LogExchange::write(fixture.all(), LogExchange::Format::Csv, LogExchange::Privacy::Anonymous);
    CHECK(csv.startsWith("\xEF\xBB\xBFuuid,force_id,date,channel,status\r\n"));

    // Imported, the rows belong to one fixed anonymous profile, never to a person here.
    DataIssues issues;
    const QList<ContactRecord> back = LogExchange::read(csv, LogExchange::Format::Csv, &issues);
    REQUIRE(back.size() == 1);
    CHECK(back.first().profileUuid == LogExchange::AnonymousProfileUuid);
}

TEST_CASE("exchange: cells a spreadsheet would run are neutralised, and come back exactly", "[log][exchange][safety]")
{
    LogWithAlice fixture;
    const QStringList hostile = {u"=HYPERLINK(\"https://evil.example\",\"click\")"_s, u"+1+1"_s, u"-2+3"_s, u"@SUM(A1)"_s,
                                 u"\tindented"_s, u"\rcarriage"_s, u"'=already quoted"_s, u"''two quotes"_s,
                                 u"'plain apostrophe"_s, u"ordinary note"_s};
    ContactRecorder recorder(fixture.log);
    for (const QString &text : hostile) {
        ContactRecord r;
        r.setSender(fixture.alice);
        r.forceId = u"essex"_s;
        r.notes = text;
        r.templateName = text;
        REQUIRE(recorder.record(&r));
    }
    const QByteArray csv = LogExchange::write(fixture.all(), LogExchange::Format::Csv, LogExchange::Privacy::Full);
    // No cell starts with a formula character (after the comma or quote that opens it).
    for (const QByteArray &line : csv.split('\n')) {
        for (const QByteArray &cell : line.split(',')) {
            const QByteArray bare = cell.startsWith('"') ? cell.mid(1) : cell;
            INFO(line.toStdString());
            CHECK_FALSE((bare.startsWith('=') || bare.startsWith('+') || bare.startsWith('@')));
        }
    }
    CHECK(csv.contains("'=HYPERLINK"));
    DataIssues issues;
    const QList<ContactRecord> back = LogExchange::read(csv, LogExchange::Format::Csv, &issues);
    REQUIRE(issues.isEmpty());
    QStringList notes;
    for (const ContactRecord &r : back) {
        notes << r.notes;
        CHECK(r.templateName == (r.forceId == u"kent"_s ? QString() : r.notes));
    }
    for (const QString &text : hostile)
        CHECK(notes.contains(text));
}

TEST_CASE("exchange: a row meets the dates a letter typed in meets: none still to come but a draft's, no reply before its letter",
          "[log][exchange]")
{
    const QString tomorrow = QDate::currentDate().addDays(1).toString(Qt::ISODate);
    const QString nextMonth = QDate::currentDate().addDays(30).toString(Qt::ISODate);
    const QString header = u"uuid,profile_uuid,profile,force_id,date,channel,status,reply_date,reply_outcome\n"_s;
    const auto row = [](int n, const QString &date, const QString &status, const QString &replyDate, const QString &outcome) {
        return u"%1-1111-4111-8111-111111111111,22222222-2222-4222-8222-222222222222,Gwen,kent,%2,post,%3,%4,%5\n"_s.arg(
            QString::number(10000000 + n), date, status, replyDate, outcome);
    };
    const QString csv = header + row(1, u"2026-11-01"_s, u"replied"_s, u"2026-11-05"_s, u"substantive"_s) // good
                        + row(2, nextMonth, u"drafted"_s, QString(), QString())                          // good: a draft
                        + row(3, nextMonth, u"sent"_s, QString(), QString())                             // sent next month
                        + row(6, tomorrow, u"sent"_s, QString(), QString())        // good: another computer's clock ahead
                        + row(4, u"2026-11-01"_s, u"replied"_s, u"2026-10-01"_s, u"substantive"_s)       // answered before
                        + row(5, u"2026-11-01"_s, u"replied"_s, u"2098-01-01"_s, u"substantive"_s);      // answered in 2098
    DataIssues issues;
    const QList<ContactRecord> read = LogExchange::read(csv.toUtf8(), LogExchange::Format::Csv, &issues);
    CHECK(read.size() == 3);
    QStringList lines;
    for (const DataIssue &issue : issues)
        lines << issue.toString();
    INFO(lines.join(u'\n').toStdString());
    REQUIRE(issues.size() == 3);
    CHECK(lines.at(0).contains(u"line 4"_s));
    CHECK(lines.at(0).contains(u"still to come"_s));
    CHECK(lines.at(1).contains(u"before the contact's"_s));
    CHECK(lines.at(2).contains(u"still to come"_s));
}

TEST_CASE("exchange: malformed imports report every bad row", "[log][exchange]")
{
    DataIssues issues;
    const QByteArray csv = "uuid,force_id,date,channel,status\r\n"
                           "0b0d9c1e-1111-4c1e-9d1e-000000000001,kent,2026-11-01,post,sent\r\n"
                           "0b0d9c1e-1111-4c1e-9d1e-000000000002,atlantis,2026-11-01,post,sent\r\n"
                           "0b0d9c1e-1111-4c1e-9d1e-000000000003,kent,2026-13-45,post,sent\r\n"
                           "0b0d9c1e-1111-4c1e-9d1e-000000000001,essex,2026-11-01,post,sent\r\n"
                           "0b0d9c1e-1111-4c1e-9d1e-000000000004,kent,2026-11-01\r\n"
                           "not-a-uuid,kent,2026-11-01,pigeon,sent\r\n";
    const QList<ContactRecord> good = LogExchange::read(csv, LogExchange::Format::Csv, &issues);
    CHECK(good.size() == 1);
    QStringList text;
    for (const DataIssue &i : issues)
        text << i.toString();
    const QString all = text.join(u'\n');
    INFO(all.toStdString());
    CHECK(all.contains(u"line 3: force id 'atlantis'"_s));
    CHECK(all.contains(u"line 4: date '2026-13-45'"_s));
    CHECK(all.contains(u"line 5: duplicate uuid"_s));
    CHECK(all.contains(u"line 6: 3 fields, but the header has 5"_s));
    CHECK(all.contains(u"line 7: uuid 'not-a-uuid'"_s));
    CHECK(all.contains(u"line 7: channel 'pigeon'"_s));

    issues.clear();
    LogExchange::read("name,when\nx,y\n", LogExchange::Format::Csv, &issues);
    CHECK(issues.first().message.contains(u"missing column 'uuid'"_s));

    // A column twice (a spreadsheet's copy): nothing is read, rather than one of the two guessed.
    issues.clear();
    const auto twice = LogExchange::read("uuid,force_id,date,channel,status,notes,notes\n"
                                         "3f0c1f8e-2d7a-4a51-9d49-5a0d7c0b9e11,sussex,2026-11-01,post,sent,first,second\n",
                                         LogExchange::Format::Csv, &issues);
    CHECK(twice.isEmpty());
    REQUIRE(issues.size() == 1);
    CHECK(issues.first().toString().contains(u"the column 'notes' appears more than once"_s));

    // A quoted field never closed, after good rows and bad ones: the file is refused whole,
    // with that one problem (the rows before it were read already and are thrown away).
    issues = {{u"earlier"_s, u"kept"_s}};
    const auto unclosed = LogExchange::read("uuid,force_id,date,channel,status,notes\n"
                                            "3f0c1f8e-2d7a-4a51-9d49-5a0d7c0b9e11,sussex,2026-11-01,post,sent,fine\n"
                                            "not-a-uuid,atlantis,2026-11-01,post,sent,bad\n"
                                            "4f0c1f8e-2d7a-4a51-9d49-5a0d7c0b9e11,kent,2026-11-02,post,sent,\"never closed\n",
                                            LogExchange::Format::Csv, &issues);
    CHECK(unclosed.isEmpty());
    REQUIRE(issues.size() == 2);
    CHECK(issues.at(0).message == u"kept"_s);
    CHECK(issues.at(1).toString() == u"line 4: a quoted field is never closed"_s);

    for (const QByteArray &nothing : {QByteArray(), QByteArray("\r\n\r\n"), QByteArray("\xEF\xBB\xBF\n")}) {
        INFO(nothing.toStdString());
        issues.clear();
        CHECK(LogExchange::read(nothing, LogExchange::Format::Csv, &issues).isEmpty());
        REQUIRE(issues.size() == 1);
        CHECK(issues.first().message == u"the file is empty"_s);
    }
    // A file whose last line has no line break (as many editors save it): that row counts too.
    issues.clear();
    const auto noFinalBreak = LogExchange::read("uuid,force_id,date,channel,status\r\n"
                                                "3f0c1f8e-2d7a-4a51-9d49-5a0d7c0b9e11,sussex,2026-11-01,post,sent\r\n"
                                                "4f0c1f8e-2d7a-4a51-9d49-5a0d7c0b9e11,kent,2026-11-02,email,sent",
                                                LogExchange::Format::Csv, &issues);
    CHECK(issues.isEmpty());
    REQUIRE(noFinalBreak.size() == 2);
    CHECK(noFinalBreak.at(1).forceId == u"kent"_s);
    // A header alone is an empty log, not a problem.
    issues.clear();
    CHECK(LogExchange::read("uuid,force_id,date,channel,status\r\n", LogExchange::Format::Csv, &issues).isEmpty());
    CHECK(issues.isEmpty());

    issues.clear();
    LogExchange::read(QByteArray(LogExchange::MaxImportBytes + 1, ' '), LogExchange::Format::Json, &issues);
    CHECK(issues.first().message.contains(u"limit"_s));

    issues.clear();
    LogExchange::read("{\"contacts\": [", LogExchange::Format::Json, &issues);
    CHECK(issues.first().message.contains(u"malformed JSON"_s));
}

TEST_CASE("exchange: a first-release export (profiles by name) merges into the same people", "[log][exchange][migration]")
{
    QTemporaryDir dir;
    ContactLog log;
    REQUIRE(log.open(dir.filePath(u"log.sqlite"_s)));
    Profile jane;
    jane.name = u"Jane Volunteer"_s;
    REQUIRE(log.addProfile(&jane));
    const LogTransfer::Parsed parsed = LogTransfer::read(pcctest::sourcePath(u"tests/fixtures/contact-log-release1.json"_s));
    REQUIRE(parsed.error.isEmpty());
    REQUIRE(parsed.issues.isEmpty());
    REQUIRE(parsed.records.size() == 5);
    ContactLog::ImportReport report;
    REQUIRE(log.merge(parsed.records, &report));
    CHECK(report.added == 5);
    CHECK(report.profilesCreated == 1); // Sam; Jane was matched by name
    CHECK(log.contacts(jane.uuid)->size() == 3);
    CHECK(log.profileByName(u"Sam O'Brien, Wales"_s).has_value());
}

TEST_CASE("exchange: an export file is private to its owner", "[log][exchange][privacy]")
{
    LogWithAlice fixture;
    const QString path = fixture.dir.filePath(u"export.csv"_s);
    const LogTransfer::Export result = LogTransfer::exportTo(fixture.log, path, LogExchange::Format::Csv, LogExchange::Privacy::Full);
    REQUIRE(result.error.isEmpty());
    CHECK(result.count == 1);
#ifdef Q_OS_UNIX
    CHECK((QFileInfo(path).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup)) == 0);
#endif
}

TEST_CASE("exchange: a CSV export opens in Excel as UTF-8, and a file Excel saved back imports", "[log][exchange][platform]")
{
    LogWithAlice fixture;
    ContactRecord welsh = fixture.record;
    welsh.notes = u"Siân Ŵŷnne rang back"_s;
    const QByteArray csv = LogExchange::write({welsh}, LogExchange::Format::Csv, LogExchange::Privacy::Full);
    CHECK(csv.startsWith("\xEF\xBB\xBF")); // the byte-order mark Excel needs to read UTF-8
    CHECK_FALSE(LogExchange::write({welsh}, LogExchange::Format::Json, LogExchange::Privacy::Full).startsWith("\xEF\xBB\xBF"));
    DataIssues issues;
    QString notice;
    const QList<ContactRecord> back = LogExchange::read(csv, LogExchange::Format::Csv, &issues, &notice);
    REQUIRE(issues.isEmpty());
    REQUIRE(back.size() == 1);
    CHECK(back.first().notes == welsh.notes);
    CHECK(notice.isEmpty());

    // Saved back by Excel on Windows: no mark, Windows-1252 (ŵ and ŷ cannot be in it; â and “ ” can).
    QString text = QString::fromUtf8(csv.mid(3));
    text.replace(u"Siân Ŵŷnne rang back"_s, u"Siân said “yes”"_s);
    QByteArray cp1252;
    for (const QChar c : text)
        cp1252 += c == u'“' ? '\x93' : c == u'”' ? '\x94' : char(c.unicode());
    const QList<ContactRecord> excel = LogExchange::read(cp1252, LogExchange::Format::Csv, &issues, &notice);
    REQUIRE(issues.isEmpty());
    REQUIRE(excel.size() == 1);
    CHECK(excel.first().notes == u"Siân said “yes”"_s);
    CHECK(notice.contains(u"Windows-1252"_s));
    // JSON is always UTF-8: anything else is refused, not guessed.
    CHECK(LogExchange::read("{\"contacts\": [\"\xe2\"]}", LogExchange::Format::Json, &issues).isEmpty());
    CHECK_FALSE(issues.isEmpty());
}

TEST_CASE("exchange: a quote inside a cell survives export and import, with or without a comma", "[log][exchange]")
{
    LogWithAlice fixture;
    for (const QString &notes : {u"\"Urgent\" call back"_s, u"said \"yes\""_s, u"\""_s, u"a \"quoted, and commaed\" note"_s,
                                 u"line one\nline \"two\""_s}) {
        INFO(notes.toStdString());
        ContactRecord r = fixture.record;
        r.notes = notes;
        const QByteArray csv = LogExchange::write({r}, LogExchange::Format::Csv, LogExchange::Privacy::Full);
        DataIssues issues;
        const QList<ContactRecord> back = LogExchange::read(csv, LogExchange::Format::Csv, &issues);
        REQUIRE(issues.isEmpty());
        REQUIRE(back.size() == 1);
        CHECK(back.first().notes == notes);
    }
}

TEST_CASE("exchange: re-importing an anonymous export adds nothing and changes no contact", "[log][exchange][privacy]")
{
    LogWithAlice fixture;
    // A letter dated after it was saved: a row without updated_at would once have been taken as
    // newer (the letter's date at midnight) and replaced the contact with its few fields.
    ContactRecord planned;
    planned.setSender(fixture.alice);
    planned.forceId = u"essex"_s;
    planned.date = QDate::currentDate().addDays(30);
    planned.status = ContactStatus::Drafted; // only a draft may carry a day still to come
    planned.notes = u"to post next month"_s;
    REQUIRE(ContactRecorder(fixture.log).record(&planned));
    const QList<ContactRecord> before = fixture.all();
    const QByteArray csv = LogExchange::write(before, LogExchange::Format::Csv, LogExchange::Privacy::Anonymous);
    DataIssues issues;
    const QList<ContactRecord> rows = LogExchange::read(csv, LogExchange::Format::Csv, &issues);
    REQUIRE(issues.isEmpty());
    REQUIRE(rows.size() == 2);
    ContactLog::ImportReport report;
    REQUIRE(fixture.log.merge(rows, &report));
    CHECK(report.added == 0);
    CHECK(report.updated == 0);
    CHECK(report.skipped == 2);
    const auto full = [](const QList<ContactRecord> &records) {
        return LogExchange::write(records, LogExchange::Format::Csv, LogExchange::Privacy::Full);
    };
    CHECK(full(fixture.all()) == full(before));
    CHECK(fixture.log.contacts(fixture.alice.uuid)->size() == 2);

    // The same rows into a log that lacks them are added, under the anonymous profile.
    QTemporaryDir other;
    ContactLog fresh;
    REQUIRE(fresh.open(other.filePath(u"log.sqlite"_s)));
    REQUIRE(fresh.merge(rows, &report));
    CHECK(report.added == 2);
}

TEST_CASE("exchange: a letter that comes back newer through a coordinator's anonymous copy keeps its volunteer and "
          "everything the copy never carried", "[log][exchange][privacy]")
{
    LogWithAlice volunteer;
    ContactRecord addressed = volunteer.all().first();
    addressed.bodyName = u"Office of the Kent Police and Crime Commissioner"_s;
    addressed.holderName = u"Matthew Scott"_s;
    REQUIRE(volunteer.log.updateContact(&addressed));
    const ContactRecord before = volunteer.all().first();
    REQUIRE_FALSE(before.bodyName.isEmpty());
    REQUIRE_FALSE(before.notes.isEmpty());
    REQUIRE_FALSE(before.letterText.isEmpty());
    DataIssues issues;
    const QList<ContactRecord> anonymous = LogExchange::read(
        LogExchange::write(volunteer.all(), LogExchange::Format::Json, LogExchange::Privacy::Anonymous), LogExchange::Format::Json, &issues);
    REQUIRE(issues.isEmpty());

    // The coordinator takes it in and records the acknowledgement that came to the campaign.
    QTemporaryDir coordinatorDir;
    ContactLog coordinator;
    REQUIRE(coordinator.open(coordinatorDir.filePath(u"log.sqlite"_s)));
    ContactLog::ImportReport report;
    REQUIRE(coordinator.merge(anonymous, &report));
    REQUIRE(report.added == 1);
    Reply ack;
    ack.contactUuid = before.uuid;
    ack.date = QDate(2026, 11, 20);
    ack.outcome = ReplyOutcome::Acknowledgement;
    ReplyRecorder recorder(coordinator);
    REQUIRE(recorder.record(&ack, {}));
    const QString back = coordinatorDir.filePath(u"back.json"_s);
    REQUIRE(LogTransfer::exportTo(coordinator, back, LogExchange::Format::Json, LogExchange::Privacy::Full).error.isEmpty());

    // Back on the volunteer's computer: newer, so it is taken, but only for what it says.
    const LogTransfer::Parsed parsed = LogTransfer::read(back);
    REQUIRE(parsed.error.isEmpty());
    REQUIRE(volunteer.log.merge(parsed.records, parsed.replies, &report));
    CHECK(report.updated == 1);
    CHECK(report.repliesAdded == 1);
    CHECK(report.profilesCreated == 0);
    const auto after = volunteer.log.contact(before.uuid);
    REQUIRE(after);
    CHECK(after->profileUuid == volunteer.alice.uuid);
    CHECK(after->notes == before.notes);
    CHECK(after->letterText == before.letterText);
    CHECK(after->bodyName == before.bodyName);
    CHECK(after->holderName == before.holderName);
    CHECK(after->status == ContactStatus::Acknowledged);
    CHECK(volunteer.log.contacts(volunteer.alice.uuid)->size() == 1);
    CHECK(volunteer.log.profiles()->size() == 1);

    // A spreadsheet of statuses, newer still, changes the status and blanks nothing.
    const QByteArray later = QDateTime::currentDateTimeUtc().addSecs(60).toString(Qt::ISODateWithMs).toUtf8();
    const QByteArray sheet = "uuid,force_id,date,channel,status,updated_at\r\n" + before.uuid.toUtf8()
                             + ",kent,2026-11-01,post,replied," + later + "\r\n";
    const QList<ContactRecord> rows = LogExchange::read(sheet, LogExchange::Format::Csv, &issues);
    REQUIRE(issues.isEmpty());
    REQUIRE(volunteer.log.merge(rows, &report));
    CHECK(report.updated == 1);
    const auto sheetAfter = volunteer.log.contact(before.uuid);
    CHECK(sheetAfter->status == ContactStatus::Replied);
    CHECK(sheetAfter->notes == before.notes);
    CHECK(sheetAfter->profileUuid == volunteer.alice.uuid);
}

TEST_CASE("exchange: a newer copy that says only sent keeps the reminder and the reply the log holds, and a named copy takes a "
          "letter back from the anonymous import", "[log][exchange][privacy]")
{
    LogWithAlice volunteer;
    const ContactRecord sent = volunteer.all().first();
    REQUIRE(sent.followUpDue.isValid());
    ContactRecord other; // a second letter, answered by hand in the contact dialog
    other.setSender(volunteer.alice);
    other.forceId = u"sussex"_s;
    other.date = QDate(2026, 11, 1);
    other.status = ContactStatus::Replied;
    other.replyOutcome = ReplyOutcome::Substantive;
    other.replyDate = QDate(2026, 11, 10);
    REQUIRE(ContactRecorder(volunteer.log).record(&other));
    DataIssues issues;
    QList<ContactRecord> anonymous = LogExchange::read(
        LogExchange::write(volunteer.all(), LogExchange::Format::Csv, LogExchange::Privacy::Anonymous), LogExchange::Format::Csv, &issues);
    REQUIRE(issues.isEmpty());
    REQUIRE(anonymous.size() == 2);
    for (ContactRecord &r : anonymous) {
        r.status = ContactStatus::Sent; // as the coordinator's copy had it, and newer
        r.updatedAt = QDateTime::currentDateTimeUtc().addSecs(60);
        r.updatedAtKnown = true;
    }
    ContactLog::ImportReport report;
    REQUIRE(volunteer.log.merge(anonymous, &report));
    CHECK(report.updated == 2);
    const auto kent = volunteer.log.contact(sent.uuid);
    CHECK(kent->followUpDue == sent.followUpDue);
    CHECK(kent->status == ContactStatus::Sent);
    const auto sussex = volunteer.log.contact(other.uuid);
    CHECK(sussex->status == ContactStatus::Replied);
    CHECK(sussex->replyOutcome == ReplyOutcome::Substantive);
    CHECK(sussex->replyDate == QDate(2026, 11, 10));

    // The coordinator took in the anonymous copy first; the volunteer's own, newer, names them.
    QTemporaryDir coordinatorDir;
    ContactLog coordinator;
    REQUIRE(coordinator.open(coordinatorDir.filePath(u"log.sqlite"_s)));
    QList<ContactRecord> older = anonymous;
    for (ContactRecord &r : older)
        r.updatedAt = r.updatedAt.addSecs(-3600);
    REQUIRE(coordinator.merge(older, &report));
    REQUIRE(coordinator.contact(sent.uuid)->profileUuid == LogExchange::AnonymousProfileUuid);
    const QList<ContactRecord> named = LogExchange::read(
        LogExchange::write(volunteer.all(), LogExchange::Format::Csv, LogExchange::Privacy::Full), LogExchange::Format::Csv, &issues);
    REQUIRE(issues.isEmpty());
    REQUIRE(coordinator.merge(named, &report));
    CHECK(report.updated == 2);
    CHECK(coordinator.contact(sent.uuid)->profileUuid == volunteer.alice.uuid);
    CHECK(coordinator.contact(sent.uuid)->notes == sent.notes);
}

TEST_CASE("exchange: an id in capitals or braces is the same id, so nobody is split in two", "[log][exchange]")
{
    LogWithAlice fixture;
    QByteArray csv = LogExchange::write(fixture.all(), LogExchange::Format::Csv, LogExchange::Privacy::Full);
    csv.replace(fixture.alice.uuid.toLatin1(), fixture.alice.uuid.toUpper().toLatin1());
    csv.replace(fixture.record.uuid.toLatin1(), "{" + fixture.record.uuid.toUpper().toLatin1() + "}");
    csv.replace("2026-11-01,", "2026-11-02,"); // changed, and saved later than the copy here
    DataIssues issues;
    QList<ContactRecord> rows = LogExchange::read(csv, LogExchange::Format::Csv, &issues);
    REQUIRE(issues.isEmpty());
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().uuid == fixture.record.uuid);
    CHECK(rows.first().profileUuid == fixture.alice.uuid);
    rows.first().updatedAt = QDateTime::currentDateTimeUtc().addSecs(60);
    ContactLog::ImportReport report;
    REQUIRE(fixture.log.merge(rows, &report));
    CHECK(report.added == 0);
    CHECK(report.updated == 1);
    CHECK(report.profilesCreated == 0);
    REQUIRE(fixture.all().size() == 1);
    CHECK(fixture.all().first().date == QDate(2026, 11, 2));
    CHECK(fixture.log.profiles()->size() == 1);
}

TEST_CASE("exchange: a JSON contact with a field that is not text is refused whole, never stored with it emptied", "[log][exchange]")
{
    LogWithAlice fixture;
    const QByteArray json = LogExchange::write(fixture.all(), LogExchange::Format::Json, LogExchange::Privacy::Full);
    QJsonObject doc = QJsonDocument::fromJson(json).object();
    QJsonArray contacts = doc.value(u"contacts"_s).toArray();
    QJsonObject bad = contacts.at(0).toObject();
    bad.insert(u"notes"_s, QJsonArray{u"important"_s});
    contacts.replace(0, bad);
    doc.insert(u"contacts"_s, contacts);
    DataIssues issues;
    const QList<ContactRecord> rows = LogExchange::read(QJsonDocument(doc).toJson(), LogExchange::Format::Json, &issues);
    CHECK(rows.isEmpty());
    REQUIRE(issues.size() == 1);
    CHECK(issues.first().path == u"contacts[0].notes"_s);
}

TEST_CASE("exchange: unnamed imported people are told apart as Imported, Imported (2)", "[log][exchange]")
{
    QTemporaryDir dir;
    ContactLog log;
    REQUIRE(log.open(dir.filePath(u"log.sqlite"_s)));
    QList<ContactRecord> rows;
    for (int i = 0; i < 3; ++i) {
        ContactRecord r;
        r.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        r.profileUuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        r.forceId = u"kent"_s;
        r.date = QDate(2026, 11, 1);
        r.updatedAt = QDateTime(r.date, QTime(12, 0), Qt::UTC);
        rows << r;
    }
    ContactLog::ImportReport report;
    REQUIRE(log.merge(rows, &report));
    CHECK(report.profilesCreated == 3);
    const auto profiles = log.profiles();
    REQUIRE(profiles);
    QStringList names;
    for (const Profile &p : *profiles)
        names << p.name;
    names.sort();
    CHECK(names == QStringList{u"Imported"_s, u"Imported (2)"_s, u"Imported (3)"_s});
}

TEST_CASE("exchange: ids an older version stored in capitals or braces are the same ids on the next import", "[log][exchange]")
{
    LogWithAlice fixture;
    const QString oldContactId = u"{"_s + fixture.record.uuid.toUpper() + u"}"_s;
    const QString oldProfileId = fixture.alice.uuid.toUpper();
    {
        const pcctest::SqliteConnection older(fixture.log.path());
        older.exec(u"UPDATE contacts SET uuid = '%1'"_s.arg(oldContactId));
        older.exec(u"UPDATE profiles SET uuid = '%1'"_s.arg(oldProfileId));
    }
    ContactRecord newer = fixture.record; // as a file written today names it: canonical ids
    newer.notes = u"rang again"_s;
    newer.updatedAt = QDateTime::currentDateTimeUtc().addSecs(60);
    ContactLog::ImportReport report;
    REQUIRE(fixture.log.merge({newer}, &report));
    CHECK(report.added == 0);
    CHECK(report.updated == 1);
    CHECK(report.profilesCreated == 0);
    const QList<ContactRecord> all = fixture.all();
    REQUIRE(all.size() == 1);
    CHECK(all.first().notes == u"rang again"_s);
    CHECK(all.first().uuid == oldContactId); // kept as stored: the team server knows it so
}
