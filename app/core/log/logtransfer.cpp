#include "logtransfer.h"

#include "wholefile.h"

#include "owneronly.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace pcc {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pcc::LogTransfer)
};
} // namespace

LogTransfer::Export LogTransfer::exportTo(ContactLog &log, const QString &path, LogExchange::Format format,
                                          LogExchange::Privacy privacy, const QString &profileUuid)
{
    Export result;
    const auto records = log.contacts(profileUuid);
    if (!records) {
        result.error = log.lastError();
        return result;
    }
    const auto replies = log.allReplies(profileUuid);
    if (!replies) {
        result.error = log.lastError();
        return result;
    }
    const bool carried = LogExchange::carriesReplies(format, privacy);
    const QByteArray data = LogExchange::write(*records, format, privacy, carried ? *replies : QList<Reply>());
    if (!WholeFile::writePrivate(path, data, &result.error)) // never over the log: see ProtectedFiles
        return result;
    result.count = int(records->size());
    if (carried) {
        result.replies = int(replies->size());
        for (const Reply &r : *replies)
            result.documentsLeftOut += int(r.attachments.size());
    } else if (privacy == LogExchange::Privacy::Full) { // the anonymous forms are meant to hold no reply
        result.repliesLeftOut = int(replies->size());
    }
    return result;
}

LogTransfer::Parsed LogTransfer::read(const QString &path)
{
    Parsed parsed;
    // A device or a pipe has no size to check against the limit and may never end.
    if (const QFileInfo info(path); info.exists() && !info.isFile()) {
        parsed.error = Tr::tr("Cannot import %1: it is not a file.").arg(path);
        return parsed;
    }
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        parsed.error = Tr::tr("Cannot read %1: %2").arg(path, in.errorString());
        return parsed;
    }
    if (in.size() > LogExchange::MaxImportBytes) {
        parsed.error = Tr::tr("%1 is too large to import (the limit is %2 MB).").arg(path).arg(LogExchange::MaxImportBytes / (1024 * 1024));
        return parsed;
    }
    const QByteArray data = in.readAll();
    parsed.records = LogExchange::read(data, LogExchange::formatForFile(path, data), &parsed.issues, &parsed.notice, &parsed.replies);
    return parsed;
}

} // namespace pcc
