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
} // namespace

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
