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
        QString error;   // empty when written
        QString warning; // written, but e.g. could not be made private
    };
    // Every contact (or one profile's, by uuid) to `path`.
    static Export exportTo(ContactLog &log, const QString &path, LogExchange::Format format, LogExchange::Privacy privacy,
                           const QString &profileUuid = {});

    // Any file made from the log (an export, a calendar, a copy of a document, suggested
    // corrections): owner-only, whole or not at all, never through a symbolic link and never
    // over one of the log's own files. False, with the reason, when it cannot be written.
    static bool writeFrom(const ContactLog &log, const QString &path, const QByteArray &data, QString *error);

    struct Parsed
    {
        QList<ContactRecord> records; // the good rows
        DataIssues issues;            // one per bad row, with its line or JSON path
        QString error;                // the file could not be read at all
        QString notice;               // how it was read, when that needs saying (Windows-1252)
    };
    static Parsed read(const QString &path);
};

} // namespace pcc
