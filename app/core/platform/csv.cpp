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
    return forEachRow(text, [rows](Row &&row) { rows->append(std::move(row)); }, errorLine);
}

// Unquoted fields (nearly all of them) are taken as one slice of the text; only quoted
// fields are built character by character.
bool forEachRow(const QString &text, const std::function<void(Row &&)> &take, int *errorLine)
{
    Row row;
    row.line = 1;
    int line = 1;
    const qsizetype n = text.size();
    const QChar *data = text.constData();
    qsizetype i = 0;
    bool rowHasContent = false;
    auto endRow = [&] {
        if (rowHasContent)
            take(std::move(row));
        row = Row();
        rowHasContent = false;
        ++line;
        row.line = line;
    };
    while (i < n) {
        // At the start of a field.
        if (data[i] == u'"') {
            rowHasContent = true;
            QString field;
            ++i;
            for (;;) {
                if (i >= n) {
                    if (errorLine)
                        *errorLine = row.line;
                    return false;
                }
                const QChar c = data[i];
                if (c == u'"') {
                    if (i + 1 < n && data[i + 1] == u'"') {
                        field += u'"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                if (c == u'\n')
                    ++line;
                field += c;
                ++i;
            }
            // Anything after the closing quote up to the separator belongs to the field.
            const qsizetype start = i;
            while (i < n && data[i] != u',' && data[i] != u'\n' && data[i] != u'\r')
                ++i;
            field += QStringView(data + start, i - start);
            row.fields.append(field);
        } else {
            const qsizetype start = i;
            while (i < n && data[i] != u',' && data[i] != u'\n' && data[i] != u'\r' && data[i] != u'"')
                ++i;
            if (i < n && data[i] == u'"') {
                // A quote inside an unquoted field is kept as it is.
                while (i < n && data[i] != u',' && data[i] != u'\n' && data[i] != u'\r')
                    ++i;
            }
            if (i > start)
                rowHasContent = true;
            row.fields.append(QString(data + start, i - start));
        }
        // After a field: a separator, a line end, or the end of the text. A line ends with LF,
        // CRLF, or a CR alone (Excel's "CSV (Macintosh)"); CRs before an LF are one line end.
        const auto atLineEnd = [&] {
            if (i >= n || (data[i] != u'\n' && data[i] != u'\r'))
                return false;
            while (i < n && data[i] == u'\r')
                ++i;
            if (i < n && data[i] == u'\n')
                ++i;
            return true;
        };
        if (atLineEnd()) {
            endRow();
            continue;
        }
        if (i >= n) {
            if (!rowHasContent && row.fields.size() == 1)
                row.fields.clear();
            break;
        }
        if (data[i] == u',') {
            rowHasContent = true;
            ++i;
            if (i >= n) {
                row.fields.append(QString());
                break;
            }
            if (atLineEnd()) {
                row.fields.append(QString());
                endRow();
            }
        }
    }
    if (rowHasContent)
        take(std::move(row));
    return true;
}

QString decodeWindows1252(const QByteArray &bytes)
{
    // 0x80 to 0x9F; 0 where Windows-1252 leaves the byte undefined (kept as the C1 control).
    static constexpr char16_t high[32] = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                          0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                                          0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                          0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};
    QString out;
    out.reserve(bytes.size());
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        if (b >= 0x80 && b <= 0x9F && high[b - 0x80] != 0)
            out += QChar(high[b - 0x80]);
        else
            out += QChar(char16_t(b));
    }
    return out;
}

} // namespace pcc::Csv
