#include "wholefile.h"

#include "owneronly.h"
#include "protectedfiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QThread>

namespace pcc::WholeFile {

namespace {

constexpr int Attempts = 5; // waits of 50, 100, 200 and 400 ms between them

bool writeOnce(const QString &path, const QByteArray &bytes, QString *reason, bool *worthRetrying)
{
    QSaveFile file(path);
    *worthRetrying = false;
    // Unbuffered: a write the disk cuts short is seen here, before the old file is replaced; a
    // buffered one was cut short in commit()'s flush, which Qt 6.4 reports as success.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered) || file.write(bytes) != bytes.size()) {
        *reason = file.errorString();
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        // The temporary file was complete: only the step that replaces the old file failed.
        *reason = file.errorString();
        *worthRetrying = true;
        return false;
    }
    return true;
}

bool writeWithRetries(const QString &path, const QByteArray &bytes, QString *error)
{
    QString reason;
    bool retry = false;
    for (int attempt = 0; attempt < Attempts; ++attempt) {
        if (attempt > 0)
            QThread::msleep(50UL << (attempt - 1));
        if (writeOnce(path, bytes, &reason, &retry))
            return true;
        if (!retry)
            break;
    }
    const QString where = QFileInfo(path).absoluteFilePath();
    *error = retry ? QCoreApplication::translate("pcc::WholeFile",
                                                 "Cannot write %1: %2. Another program (an antivirus scanner, the search "
                                                 "indexer or a sync service such as OneDrive) may be holding the file; try "
                                                 "again in a moment. The old file was not changed.")
                         .arg(where, reason)
                   : QCoreApplication::translate("pcc::WholeFile", "Cannot write %1: %2").arg(where, reason);
    return false;
}

bool refusedAsProtected(const QString &path, QString *error)
{
    if (!ProtectedFiles::covers(path))
        return false;
    *error = QCoreApplication::translate("pcc::WholeFile", "Cannot write %1: PCC Campaigner keeps its data in it (the "
                                                           "contact log, or a file beside it). Choose another name.")
                 .arg(QFileInfo(path).absoluteFilePath());
    return true;
}

// Saving replaces the file by renaming a new one over it: a pipe, a device or a folder would be
// replaced by a plain file, so such a name is refused and left as it is.
bool refusedAsNotAFile(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists() || info.isFile()) // a link is asked of what it points to
        return false;
    *error = QCoreApplication::translate("pcc::WholeFile", "Cannot write %1: it is not a file but a folder, a device or a "
                                                           "pipe. Choose a file name.")
                 .arg(info.absoluteFilePath());
    return true;
}

} // namespace

bool write(const QString &path, const QByteArray &bytes, QString *error)
{
    if (refusedAsProtected(path, error) || refusedAsNotAFile(path, error))
        return false;
    return writeWithRetries(path, bytes, error);
}

bool writePrivate(const QString &path, const QByteArray &bytes, QString *error)
{
    if (refusedAsProtected(path, error))
        return false;
    return writePrivateAppData(path, bytes, error);
}

bool writePrivateAppData(const QString &path, const QByteArray &bytes, QString *error)
{
    const QFileInfo info(path);
    if (info.isSymLink()) {
        *error = QCoreApplication::translate("pcc::WholeFile", "Cannot write %1: it is a symbolic link, and a private file is "
                                                               "never written through one.")
                     .arg(info.absoluteFilePath());
        return false;
    }
    if (refusedAsNotAFile(path, error))
        return false;
    bool placeholder = false; // the empty file made here, taken away again if the writing fails
    if (!info.exists()) {
        // Created private and empty first: QSaveFile then gives its temporary file the existing
        // file's permissions, so the content is never readable by others, even for a moment.
        // Another copy of the app may create it between the check and here (two windows, or two
        // commands, saving the same file): that file is as private as this one would have been.
        QFile create(path);
        const bool created = create.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QFileInfo now(path);
        if (!created && (!now.exists() || now.isSymLink())) {
            *error = QCoreApplication::translate("pcc::WholeFile", "Cannot write %1: %2").arg(info.absoluteFilePath(), create.errorString());
            return false;
        }
        create.close();
        placeholder = created;
    }
    if (!writeWithRetries(path, bytes, error)) {
        if (placeholder && QFileInfo(path).size() == 0) // still ours: another copy may have saved it since
            QFile::remove(path);
        return false;
    }
    QString ignored; // a file system without Unix permissions (FAT, a network share) still gets the data
    OwnerOnly::restrictFile(path, &ignored);
    return true;
}

} // namespace pcc::WholeFile
