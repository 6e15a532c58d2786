#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace pcc {

// Fast ISO 8601 formatting for the log's hot paths (import and export of 100,000 rows):
// Qt's own toString() goes through a printf-style formatter that dominates those loops.
namespace IsoDates {

QString date(const QDate &d);                // "2026-11-28", or empty when invalid
QString utcDateTime(const QDateTime &dt);    // "2026-11-28T14:03:54.713Z", or empty when invalid

QDate parseDate(QStringView text);           // exactly "YYYY-MM-DD"; invalid otherwise
QDateTime parseDateTime(QStringView text);   // utcDateTime()'s form fast; other ISO forms through Qt

} // namespace IsoDates
} // namespace pcc
