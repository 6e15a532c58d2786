#pragma once

#include <QString>
#include <QStringList>

namespace pcc {

// While one lives, the files of the contact log at `logPath` are in ProtectedFiles: the
// database, SQLite's -wal, -shm and -journal files beside the real log (a log opened through a
// link is followed to it), and the folder of reply documents (beside the log and beside the link). WholeFile then refuses to write
// over any of them. An open ContactLog holds one; so does a command line run, for the log it
// was pointed at, whether or not the command opens it.
class ProtectedLogFiles
{
public:
    explicit ProtectedLogFiles(const QString &logPath);
    ~ProtectedLogFiles();
    ProtectedLogFiles(const ProtectedLogFiles &) = delete;
    ProtectedLogFiles &operator=(const ProtectedLogFiles &) = delete;

    // The log's own file, through any link: SQLite keeps its -wal and -shm files beside it.
    QString realLogPath() const { return m_real; }
    // The folder of reply documents: beside the real log, so that copying or syncing its folder
    // takes them along. A log opened through a link whose documents an earlier version put beside
    // the link keeps using that folder while it is the only one.
    QString attachmentsFolder() const;

private:
    QString m_given;
    QString m_real;
    QStringList m_files;
    QStringList m_folders;
};

} // namespace pcc
