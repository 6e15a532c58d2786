#include "csv.h"

using namespace Qt::StringLiterals;

namespace pcc::Csv {

QString escapeField(const QString &field)
{
    if (!field.contains(u',') && !field.contains(u'"') && !field.contains(u'\n') && !field.contains(u'\r'))
        return field;
    QString quoted = field;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString formatRow(const QStringList &fields)
{
    QStringList escaped;
    escaped.reserve(fields.size());
    for (const QString &f : fields)
        escaped.append(escapeField(f));
    return escaped.join(u',');
}

bool parse(const QString &text, QList<Row> *rows, int *errorLine)
{
    Row row;
    QString field;
    bool inQuotes = false;
    bool rowHasContent = false;
    int line = 1;
    row.line = 1;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u'"') {
            inQuotes = true;
            rowHasContent = true;
        } else if (c == u',') {
            row.fields.append(field);
            field.clear();
            rowHasContent = true;
        } else if (c == u'\r') {
            continue;
        } else if (c == u'\n') {
            if (rowHasContent || !field.isEmpty()) {
                row.fields.append(field);
                rows->append(row);
            }
            row = Row();
            field.clear();
            rowHasContent = false;
            ++line;
            row.line = line;
        } else {
            field += c;
            rowHasContent = true;
        }
    }
    if (inQuotes) {
        if (errorLine)
            *errorLine = row.line;
        return false;
    }
    if (rowHasContent || !field.isEmpty()) {
        row.fields.append(field);
        rows->append(row);
    }
    return true;
}

} // namespace pcc::Csv
