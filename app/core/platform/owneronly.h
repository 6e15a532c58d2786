#pragma once

#include <QString>

namespace pcc {

// Personal files (the log and its -wal/-shm, kept-aside copies, drafts, exports) are made
// readable by their owner only. On Unix this is chmod 600, or 400 for a file its owner made
// read-only (700 for folders); elsewhere the user's profile folder already has per-user access
// control and nothing is changed.
class OwnerOnly
{
public:
    // False, with a message naming the file, when the permissions could not be set.
    static bool restrictFile(const QString &path, QString *error);
    // The same, with the owner's write permission as `model` has it: SQLite's -wal and -shm
    // files follow their log, so that a log made writable again is writable through them too.
    static bool restrictFileLike(const QString &path, const QString &model, QString *error);
    static bool restrictFolder(const QString &path, QString *error);
};

} // namespace pcc
