#include "followupcalendar.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace pcc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pcc::FollowUpCalendar)
};

// RFC 5545 3.3.11: backslash, semicolon and comma are escaped; a line break becomes \n.
QString escaped(QString text)
{
    text.replace(u'\\', u"\\\\"_s).replace(u';', u"\\;"_s).replace(u',', u"\\,"_s);
    text.replace(u"\r\n"_s, u"\\n"_s).replace(u'\n', u"\\n"_s).replace(u'\r', u"\\n"_s);
    return text;
}

// RFC 5545 3.1: lines end in CRLF and are folded at 75 octets, never inside a UTF-8 character.
void appendLine(QByteArray *out, const QString &line)
{
    const QByteArray utf8 = line.toUtf8();
    qsizetype start = 0;
    int limit = 75;
    while (utf8.size() - start > limit) {
        qsizetype end = start + limit;
        while (end > start && (uchar(utf8.at(end)) & 0xC0) == 0x80) // a continuation byte: step back
            --end;
        out->append(utf8.mid(start, end - start));
        out->append("\r\n ");
        start = end;
        limit = 74; // the leading space of a continuation line counts
    }
    out->append(utf8.mid(start));
    out->append("\r\n");
}

QString basicDate(const QDate &d)
{
    return d.toString(u"yyyyMMdd"_s);
}

} // namespace

bool FollowUpCalendar::isDue(const ContactRecord &r)
{
    return r.followUpDue.isValid() && (r.status == ContactStatus::Sent || r.status == ContactStatus::Acknowledged)
           && r.replyOutcome != ReplyOutcome::Substantive && r.replyOutcome != ReplyOutcome::Commitment
           && r.replyOutcome != ReplyOutcome::Declined;
}

QByteArray FollowUpCalendar::ics(const QList<ContactRecord> &records)
{
    QByteArray out;
    appendLine(&out, u"BEGIN:VCALENDAR"_s);
    appendLine(&out, u"VERSION:2.0"_s);
    appendLine(&out, u"PRODID:-//PCC Campaigner//Follow-ups//EN"_s);
    appendLine(&out, u"CALSCALE:GREGORIAN"_s);
    for (const ContactRecord &r : records) {
        if (!isDue(r))
            continue;
        const QString office = r.bodyName.isEmpty() ? r.forceId : r.bodyName;
        appendLine(&out, u"BEGIN:VEVENT"_s);
        appendLine(&out, u"UID:%1@followup.pcc-campaigner"_s.arg(r.uuid));
        // The time of the contact's last change, so the same log gives the same file.
        const QDateTime stamp = r.updatedAt.isValid() ? r.updatedAt.toUTC() : QDateTime(r.date, QTime(0, 0), Qt::UTC);
        appendLine(&out, u"DTSTAMP:%1"_s.arg(stamp.toString(u"yyyyMMdd'T'HHmmss'Z'"_s)));
        appendLine(&out, u"DTSTART;VALUE=DATE:%1"_s.arg(basicDate(r.followUpDue)));
        appendLine(&out, u"DTEND;VALUE=DATE:%1"_s.arg(basicDate(r.followUpDue.addDays(1))));
        appendLine(&out, u"SUMMARY:%1"_s.arg(escaped(Tr::tr("Follow up your letter to %1").arg(office))));
        appendLine(&out, u"DESCRIPTION:%1"_s.arg(escaped(Tr::tr("Letter sent on %1 with no reply recorded yet. Did the office reply?")
                                                             .arg(QLocale().toString(r.date, QLocale::LongFormat)))));
        appendLine(&out, u"TRANSP:TRANSPARENT"_s);
        appendLine(&out, u"END:VEVENT"_s);
    }
    appendLine(&out, u"END:VCALENDAR"_s);
    return out;
}

} // namespace pcc
