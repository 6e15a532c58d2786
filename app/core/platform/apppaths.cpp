#include "apppaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace pcc {

namespace {
QString g_databaseOverride;
QString g_dataDirOverride;
} // namespace

void AppPaths::setDatabaseOverride(const QString &file)
{
    g_databaseOverride = file.isEmpty() ? QString() : QFileInfo(file).absoluteFilePath();
}

void AppPaths::setDataDirOverride(const QString &dir)
{
    g_dataDirOverride = dir.isEmpty() ? QString() : QDir(dir).absolutePath();
}

QString AppPaths::databaseOverride()
{
    return g_databaseOverride;
}

QString AppPaths::dataDirOverride()
{
    return g_dataDirOverride;
}

namespace {

// The log, drafts and attachments live on this computer, not in a roaming profile: on Windows
// AppDataLocation is Roaming (sometimes a network share, where SQLite's locking is unsafe) and
// AppLocalDataLocation is Local. Elsewhere the two are the same folder.
QString localDataDir()
{
    const QString local = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    const QString roaming = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return local == roaming ? local : AppPaths::moveDataFolderOnce(roaming, local, nullptr);
}

} // namespace

QString AppPaths::moveDataFolderOnce(const QString &from, const QString &to, QString *warning)
{
    if (from == to || !QFileInfo(from).isDir() || QFileInfo::exists(to))
        return to;
    QDir().mkpath(QFileInfo(to).absolutePath());
    if (QDir().rename(from, to))
        return to;
    // Not moved (another drive, a file held open): keep using the old folder rather than
    // start an empty log beside the volunteer's real one.
    if (warning)
        *warning = QCoreApplication::translate("pcc::AppPaths", "Your data could not be moved from %1 to %2; it stays where it is.")
                       .arg(QDir::toNativeSeparators(from), QDir::toNativeSeparators(to));
    return from;
}

QString AppPaths::dataDir()
{
    if (!g_dataDirOverride.isEmpty())
        return g_dataDirOverride;
    return localDataDir();
}

QString AppPaths::databaseFile()
{
    if (!g_databaseOverride.isEmpty())
        return g_databaseOverride;
    return localDataDir() + u"/contact-log.sqlite"_s;
}

QString AppPaths::draftsDir()
{
    return dataDir() + u"/drafts"_s;
}

QString AppPaths::templatesDir()
{
    return dataDir() + u"/templates"_s;
}

namespace {
QString g_settingsOverride;
} // namespace

void AppPaths::setSettingsFileOverride(const QString &file)
{
    g_settingsOverride = file;
}

QString AppPaths::settingsFile()
{
    if (!g_settingsOverride.isEmpty())
        return g_settingsOverride;
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + u"/settings.ini"_s;
}

} // namespace pcc
