#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace pcc {

// RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks.
namespace Csv {

QString escapeField(const QString &field);
QString formatRow(const QStringList &fields); // without the line ending

struct Row
{
    int line = 0; // 1-based line where the row starts
    QStringList fields;
};
// Returns false (and the line) on an unterminated quoted field.
bool parse(const QString &text, QList<Row> *rows, int *errorLine);
// The same reading, handing each row over as soon as it is read, so that a large file is never
// held twice (as text and as rows). On an unterminated quoted field it returns false after
// the rows before it were handed over: the caller throws away what it made of them.
bool forEachRow(const QString &text, const std::function<void(Row &&)> &take, int *errorLine);

// Excel on Windows saves "CSV" in the system's code page, Windows-1252 in the UK: Latin-1
// except for 0x80-0x9F (€, curly quotes, dashes…).
QString decodeWindows1252(const QByteArray &bytes);
// What a CSV export starts with so that Excel reads it as UTF-8 (else "Siân" shows as "SiÃ¢n").
inline constexpr char Utf8ByteOrderMark[] = "\xEF\xBB\xBF";

} // namespace Csv
} // namespace pcc
