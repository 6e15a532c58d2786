#include "catchcompat.h"
#include "testsupport.h"

#include "contactlog.h"
#include "followupcalendar.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace pcc;

namespace {

ContactRecord letter(const Profile &p, const QString &force, const QString &office, ContactStatus status, const QDate &due)
{
    ContactRecord r;
    r.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.profileUuid = p.uuid;
    r.profileName = p.name;
    r.forceId = force;
    r.bodyName = office;
    r.date = QDate(2026, 11, 2);
    r.status = status;
    r.followUpDue = due;
    r.notes = u"private note about my case"_s;
    r.updatedAt = QDateTime(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC);
    return r;
}

} // namespace

TEST_CASE("calendar: follow-ups of letters awaiting a reply, as an .ics a strict parser reads, with nothing personal", "[calendar][cli]")
{
    PCC_REQUIRE_TOOL(PCC_PYTHON3, "python3");
    QTemporaryDir dir;
    const QString db = dir.filePath(u"log.sqlite"_s);
    QStringList due;
    {
        ContactLog log;
        REQUIRE(log.open(db));
        Profile p;
        p.name = u"Zoë Private-Name"_s;
        REQUIRE(log.addProfile(&p));
        // A long office name with accents, commas and a semicolon: escaped and folded, never cut
        // inside a character.
        const QString longOffice = u"Office of the Police, Fire and Crime Commissioner; North Yorkshire — Swyddfa Comisiynydd é"_s;
        const QList<ContactRecord> records = {
            letter(p, u"north-yorkshire"_s, longOffice, ContactStatus::Sent, QDate(2026, 11, 30)),
            letter(p, u"kent"_s, u"Office of the Kent Police and Crime Commissioner"_s, ContactStatus::Acknowledged, QDate(2026, 12, 14)),
            letter(p, u"essex"_s, u"Essex"_s, ContactStatus::Replied, QDate(2026, 12, 1)),   // answered: no follow-up
            letter(p, u"surrey"_s, u"Surrey"_s, ContactStatus::Drafted, QDate(2026, 12, 1)), // never sent
            letter(p, u"dorset"_s, u"Dorset"_s, ContactStatus::Sent, QDate()),              // no date set
        };
        due << records.at(0).uuid << records.at(1).uuid;
        ContactLog::ImportReport report;
        REQUIRE(log.merge(records, &report));
    }
    const QString ics = dir.filePath(u"follow-ups.ics"_s);
    const auto r = pcctest::runApp({u"--db"_s, db, u"log"_s, u"calendar"_s, u"--ics"_s, ics}, dir.path());
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"2 follow-up dates written"_s));

    QFile f(ics);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    CHECK(bytes.endsWith("\r\n"));
    CHECK(bytes.count("\n") == bytes.count("\r\n")); // every line ends in CRLF
    for (const QByteArray &line : bytes.split('\n'))
        CHECK(line.size() <= 76); // 75 octets and the CR
    CHECK_FALSE(bytes.contains("Private-Name"));
    CHECK_FALSE(bytes.contains("private note"));

    // Python's icalendar, strict: the events, their all-day dates and unique UIDs.
    const QString script = uR"(
import sys
from icalendar import Calendar
data = open(sys.argv[1], 'rb').read()
cal = Calendar.from_ical(data)
events = cal.walk('VEVENT')
uids = [str(e['UID']) for e in events]
assert len(uids) == len(set(uids)), 'UIDs repeat'
for e in sorted(events, key=lambda e: e.decoded('DTSTART')):
    start = e.decoded('DTSTART'); end = e.decoded('DTEND')
    assert type(start).__name__ == 'date', 'not an all-day event'
    print(uids[events.index(e)].split('@')[0], start.isoformat(), (end - start).days, str(e['SUMMARY']))
)"_s;
    QProcess py;
    py.start(QStringLiteral(PCC_PYTHON3), {u"-c"_s, script, ics});
    REQUIRE(py.waitForFinished(30000));
    INFO(QString::fromUtf8(py.readAllStandardError()).toStdString());
    REQUIRE(py.exitCode() == 0);
    const QStringList lines = QString::fromUtf8(py.readAllStandardOutput()).trimmed().split(u'\n');
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(0) == due.at(0) + u" 2026-11-30 1 Follow up your letter to Office of the Police, Fire and Crime Commissioner; "
                                      "North Yorkshire — Swyddfa Comisiynydd é"_s);
    CHECK(lines.at(1).startsWith(due.at(1) + u" 2026-12-14 1 "_s));

    // The same log gives the same file: importing it again updates the same events.
    const auto again = pcctest::runApp({u"--db"_s, db, u"log"_s, u"calendar"_s, u"--ics"_s, ics}, dir.path());
    REQUIRE(again.exitCode == 0);
    QFile f2(ics);
    REQUIRE(f2.open(QIODevice::ReadOnly));
    CHECK(f2.readAll() == bytes);

    CHECK(pcctest::runApp({u"--db"_s, db, u"log"_s, u"calendar"_s}, dir.path()).exitCode == 2);
}

TEST_CASE("calendar: a long line folds at 75 octets, every piece whole UTF-8, and unfolds to the same text", "[calendar]")
{
    Profile p;
    p.name = u"Alice"_s;
    // "SUMMARY:Follow up your letter to " is 33 octets: after 40 more, a dash (three octets)
    // takes octets 74 to 76, so the first fold falls on its last octet. Then dashes and é (two)
    // at many offsets.
    QString office = QString(40, u'a') + u"—"_s;
    for (int i = 0; i < 40; ++i)
        office += (i % 3 == 0 ? u" —"_s : i % 3 == 1 ? u" é—"_s : u" ab—é"_s);
    const QByteArray ics = FollowUpCalendar::ics({letter(p, u"kent"_s, office, ContactStatus::Sent, QDate(2026, 12, 1))});
    const QList<QByteArray> lines = ics.split('\n');
    int continuations = 0;
    for (QByteArray line : lines) {
        if (line.isEmpty())
            continue; // after the last CRLF
        REQUIRE(line.endsWith('\r'));
        line.chop(1);
        INFO(line.toStdString());
        CHECK(line.size() <= 75);
        CHECK(QString::fromUtf8(line).toUtf8() == line); // a character cut in two would come back as U+FFFD
        continuations += line.startsWith(' ') ? 1 : 0;
    }
    CHECK(continuations >= 3);
    const QByteArray unfolded = QByteArray(ics).replace("\r\n ", "");
    CHECK(unfolded.contains((u"SUMMARY:Follow up your letter to "_s + office + u"\r\n"_s).toUtf8()));
}
