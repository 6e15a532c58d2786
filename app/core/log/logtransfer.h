#pragma once

#include "contactlog.h"
#include "logexchange.h"

#include <QString>

namespace pcc {

// Export to and import from files, the whole job, for the window and the command line alike:
// size limits, validation, atomic writing (QSaveFile), owner-only permissions on exports.
class LogTransfer
{
public:
    struct Export
    {
        int count = 0;
        int replies = 0;          // written with the contacts
        int repliesLeftOut = 0;   // in the log, but not in a full CSV export (the anonymous forms hold none by design)
        int documentsLeftOut = 0; // documents of the replies written: they stay in the log's folder
        QString error;   // empty when written
        QString warning; // written, but e.g. could not be made private
    };
    // Every contact (or one profile's, by uuid) to `path`.
    static Export exportTo(ContactLog &log, const QString &path, LogExchange::Format format, LogExchange::Privacy privacy,
                           const QString &profileUuid = {});

    struct Parsed
    {
        QList<ContactRecord> records; // the good rows
        QList<Reply> replies;         // a JSON file's good replies, each to one of those rows
        DataIssues issues;            // one per bad row, with its line or JSON path
        QString error;                // the file could not be read at all
        QString notice;               // how it was read, when that needs saying (Windows-1252)
    };
    static Parsed read(const QString &path);
};

} // namespace pcc
