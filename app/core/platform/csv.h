#pragma once

#include <QList>
#include <QString>
#include <QStringList>

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

} // namespace Csv
} // namespace pcc
