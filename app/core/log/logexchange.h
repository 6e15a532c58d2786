#pragma once

#include "contactrecord.h"
#include "dataissue.h"

#include <QByteArray>
#include <QList>

namespace pcc {

// Export and import of contact records as CSV or JSON, for a coordinator merging several
// volunteers' logs. The anonymous form keeps only uuid, force, date, channel and status.
class LogExchange
{
public:
    enum class Format { Csv, Json };
    static constexpr qint64 MaxImportBytes = 64 * 1024 * 1024;
    static inline const QString AnonymousProfile = QStringLiteral("Imported (anonymous)");

    static QByteArray write(const QList<ContactRecord> &records, Format format, bool anonymous);

    // Parses and validates every row. Rows with problems are left out of the result and
    // reported in `issues` ("line 7: date '2026-13-01' is not a date").
    static QList<ContactRecord> read(const QByteArray &data, Format format, DataIssues *issues);
    static Format formatForFile(const QString &fileName, const QByteArray &data);

    static QStringList csvHeader(bool anonymous);
};

} // namespace pcc
