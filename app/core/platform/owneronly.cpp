#include "owneronly.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace pcc {

namespace {

bool restrict(const QString &path, QFileDevice::Permissions permissions, QString *error)
{
#ifdef Q_OS_UNIX
    if (!QFileInfo::exists(path))
        return true;
    constexpr auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    if (QFile::setPermissions(path, permissions) && !(QFileInfo(path).permissions() & others))
        return true;
    if (error) {
        *error = QCoreApplication::translate("pcc::OwnerOnly", "Could not make %1 private to you (readable by its owner only); "
                                                               "other users of this computer may be able to read it.")
                     .arg(path);
    }
    return false;
#else
    Q_UNUSED(path);
    Q_UNUSED(permissions);
    Q_UNUSED(error);
    return true;
#endif
}

} // namespace

bool OwnerOnly::restrictFile(const QString &path, QString *error)
{
    return restrictFileLike(path, path, error);
}

bool OwnerOnly::restrictFileLike(const QString &path, const QString &model, QString *error)
{
    // The owner keeps what they had (a log they made read-only stays read-only), and reading.
    const QFileDevice::Permissions owner = QFileInfo(model).permissions() & QFileDevice::WriteOwner;
    return restrict(path, owner | QFileDevice::ReadOwner, error);
}

bool OwnerOnly::restrictFolder(const QString &path, QString *error)
{
    return restrict(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner, error);
}

} // namespace pcc
