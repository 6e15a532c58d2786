#pragma once

#include "contactrecord.h"
#include "dataissue.h"
#include "reply.h"

#include <QByteArray>
#include <QList>

namespace pcc {

// Export and import of contact records as CSV or JSON, for a coordinator merging several
// volunteers' logs. The anonymous form keeps only uuid, force, date, channel and status: no
// name, address, postcode, email, phone, notes or letter text. CSV cells that a spreadsheet
// would run as a formula are written with a leading apostrophe (OWASP's advice) and read back
// without it, so a file round-trips exactly.
//
// A full JSON export also carries the replies (version 3: a "replies" list beside "contacts",
// which older readers pass over), with the volunteer's summaries: the file is theirs. The
// documents that came with a reply stay in the log's folder. CSV and the anonymous form carry
// contacts only.
class LogExchange
{
public:
    enum class Format { Csv, Json };
    static constexpr qint64 MaxImportBytes = 64 * 1024 * 1024;
    // Contacts from an anonymous file belong to one profile with this fixed uuid.
    static inline const QString AnonymousProfileUuid = QStringLiteral("00000000-0000-4000-8000-00000000a707");
    static inline const QString AnonymousProfileName = QStringLiteral("Imported (anonymous)");

    enum class Privacy { Full, Anonymous };

    static QByteArray write(const QList<ContactRecord> &records, Format format, Privacy privacy, const QList<Reply> &replies = {});
    // Whether write() puts replies in a file of this kind.
    static bool carriesReplies(Format format, Privacy privacy);

    // Parses and validates every row. Rows with problems are left out of the result and
    // reported in `issues` ("line 7: date '2026-13-01' is not a date").
    // `notice`, when given, says how the file was read if that needs saying (a Windows-1252 CSV).
    // `replies`, when given, receives a JSON file's replies: each answers a good contact of the
    // file and meets the part of ReplyRecorder's rule that needs no letter; the others are
    // reported in `issues` ("replies[2]"). The letter's part is checked on import.
    static QList<ContactRecord> read(const QByteArray &data, Format format, DataIssues *issues, QString *notice = nullptr,
                                     QList<Reply> *replies = nullptr);
    static Format formatForFile(const QString &fileName, const QByteArray &data);

    static QStringList csvHeader(Privacy privacy);

    // A cell as written to CSV, and back.
    static QString neutraliseFormula(const QString &cell);
    static QString restoreFormula(const QString &cell);
};

} // namespace pcc
