#include "protectedlogfiles.h"

#include "attachmentstore.h"
#include "protectedfiles.h"

#include <QFileInfo>
#include <QSet>

using namespace Qt::StringLiterals;

namespace pcc {

ProtectedLogFiles::ProtectedLogFiles(const QString &logPath)
    : m_real(QFileInfo::exists(logPath) ? QFileInfo(logPath).canonicalFilePath() : logPath)
    , m_folder(AttachmentStore::folderBeside(logPath))
{
    for (const QString &base : QSet<QString>{logPath, m_real}) {
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s})
            m_files << base + suffix;
    }
    for (const QString &file : std::as_const(m_files))
        ProtectedFiles::protect(file);
    ProtectedFiles::protect(m_folder, true);
}

ProtectedLogFiles::~ProtectedLogFiles()
{
    for (const QString &file : std::as_const(m_files))
        ProtectedFiles::release(file);
    ProtectedFiles::release(m_folder, true);
}

} // namespace pcc
