#include "protectedfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QList>
#include <QMutex>

namespace pcc::ProtectedFiles {

namespace {

struct Entry
{
    QString path; // absolute, with its folder's links resolved
    bool folder;
};

QMutex &mutex()
{
    static QMutex m;
    return m;
}

QList<Entry> &entries()
{
    static QList<Entry> list;
    return list;
}

// Where a path really is: a link followed to its target, and a file that does not exist yet
// placed in its folder's real location (SQLite's -wal file lies beside the real log, not beside
// a link to it).
QString located(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists()) {
        const QString canonical = info.canonicalFilePath();
        if (!canonical.isEmpty())
            return canonical;
    }
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return QDir::cleanPath((folder.isEmpty() ? info.absolutePath() : folder) + u'/' + info.fileName());
}

Qt::CaseSensitivity caseOfDisk()
{
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    return Qt::CaseInsensitive; // the default volumes of both ignore case
#else
    return Qt::CaseSensitive;
#endif
}

bool same(const QString &a, const QString &b)
{
    return a.compare(b, caseOfDisk()) == 0;
}

} // namespace

void protect(const QString &path, bool folder)
{
    const QMutexLocker lock(&mutex());
    entries().append({located(path), folder});
}

void release(const QString &path, bool folder)
{
    const QMutexLocker lock(&mutex());
    const QString where = located(path);
    for (qsizetype i = 0; i < entries().size(); ++i) {
        if (entries().at(i).folder == folder && same(entries().at(i).path, where)) {
            entries().removeAt(i);
            return;
        }
    }
}

bool covers(const QString &path)
{
    const QString where = located(path);
    const QMutexLocker lock(&mutex());
    for (const Entry &e : std::as_const(entries())) {
        if (same(e.path, where) || (e.folder && where.startsWith(e.path + u'/', caseOfDisk())))
            return true;
    }
    return false;
}

} // namespace pcc::ProtectedFiles
