#include "apppaths.h"

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

QString AppPaths::dataDir()
{
    if (!g_dataDirOverride.isEmpty())
        return g_dataDirOverride;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString AppPaths::databaseFile()
{
    if (!g_databaseOverride.isEmpty())
        return g_databaseOverride;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/contact-log.sqlite"_s;
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
