#include "isodates.h"

namespace pcc::IsoDates {

namespace {
char *put(char *p, int value, int digits)
{
    for (int i = digits - 1; i >= 0; --i) {
        p[i] = char('0' + value % 10);
        value /= 10;
    }
    return p + digits;
}

// The value of `count` ASCII digits at `from`, or -1.
int digits(QStringView text, qsizetype from, int count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}
} // namespace

QDate parseDate(QStringView text)
{
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-')
        return {};
    const int y = digits(text, 0, 4), m = digits(text, 5, 2), d = digits(text, 8, 2);
    if (y < 0 || m < 0 || d < 0)
        return {};
    return QDate(y, m, d); // invalid for a day or month out of range
}

QDateTime parseDateTime(QStringView text)
{
    if (text.size() == 24 && text[10] == u'T' && text[13] == u':' && text[16] == u':' && text[19] == u'.' && text[23] == u'Z') {
        const QDate d = parseDate(text.first(10));
        const int h = digits(text, 11, 2), mi = digits(text, 14, 2), s = digits(text, 17, 2), ms = digits(text, 20, 3);
        const QTime t = (h < 0 || mi < 0 || s < 0 || ms < 0) ? QTime() : QTime(h, mi, s, ms);
        if (d.isValid() && t.isValid())
            return QDateTime(d, t, Qt::UTC);
        return {};
    }
    return QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
}

QString date(const QDate &d)
{
    if (!d.isValid() || d.year() < 0 || d.year() > 9999)
        return d.isValid() ? d.toString(Qt::ISODate) : QString();
    char buf[10];
    char *p = put(buf, d.year(), 4);
    *p++ = '-';
    p = put(p, d.month(), 2);
    *p++ = '-';
    put(p, d.day(), 2);
    return QString::fromLatin1(buf, 10);
}

QString utcDateTime(const QDateTime &dt)
{
    if (!dt.isValid())
        return {};
    const QDateTime utc = dt.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    if (d.year() < 0 || d.year() > 9999)
        return utc.toString(Qt::ISODateWithMs);
    char buf[24];
    char *p = put(buf, d.year(), 4);
    *p++ = '-';
    p = put(p, d.month(), 2);
    *p++ = '-';
    p = put(p, d.day(), 2);
    *p++ = 'T';
    p = put(p, t.hour(), 2);
    *p++ = ':';
    p = put(p, t.minute(), 2);
    *p++ = ':';
    p = put(p, t.second(), 2);
    *p++ = '.';
    p = put(p, t.msec(), 3);
    *p = 'Z';
    return QString::fromLatin1(buf, 24);
}

} // namespace pcc::IsoDates
