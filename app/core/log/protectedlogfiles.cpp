#include "protectedlogfiles.h"

#include "attachmentstore.h"
#include "protectedfiles.h"

#include <QFileInfo>
#include <QSet>

using namespace Qt::StringLiterals;

namespace pcc {

ProtectedLogFiles::ProtectedLogFiles(const QString &logPath)
    : m_given(logPath)
    , m_real(QFileInfo::exists(logPath) ? QFileInfo(logPath).canonicalFilePath() : logPath)
{
    for (const QString &base : QSet<QString>{logPath, m_real}) {
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s})
            m_files << base + suffix;
        m_folders << AttachmentStore::folderBeside(base);
    }
    for (const QString &file : std::as_const(m_files))
        ProtectedFiles::protect(file);
    for (const QString &folder : std::as_const(m_folders))
        ProtectedFiles::protect(folder, true);
}

ProtectedLogFiles::~ProtectedLogFiles()
{
    for (const QString &file : std::as_const(m_files))
        ProtectedFiles::release(file);
    for (const QString &folder : std::as_const(m_folders))
        ProtectedFiles::release(folder, true);
}

QString ProtectedLogFiles::attachmentsFolder() const
{
    const QString besideLog = AttachmentStore::folderBeside(m_real);
    const QString besideLink = AttachmentStore::folderBeside(m_given);
    if (besideLink != besideLog && !QFileInfo::exists(besideLog) && QFileInfo::exists(besideLink))
        return besideLink;
    return besideLog;
}

} // namespace pcc
