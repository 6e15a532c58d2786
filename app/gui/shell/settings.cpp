#include "shell/settings.h"

#include "settingskeys.h"
#include "settingsstore.h"

using namespace Qt::StringLiterals;

namespace pcc {

bool Settings::teamView()
{
    return SettingsStore::value(SettingsKey::TeamView, false).toBool();
}

bool Settings::setTeamView(bool on)
{
    return SettingsStore::setValue(SettingsKey::TeamView, on);
}

QByteArray Settings::mainWindowGeometry()
{
    return SettingsStore::value(SettingsKey::Geometry).toByteArray();
}

bool Settings::setMainWindowGeometry(const QByteArray &geometry)
{
    return SettingsStore::setValue(SettingsKey::Geometry, geometry);
}

QByteArray Settings::letterWindowGeometry()
{
    return SettingsStore::value(SettingsKey::LetterGeometry).toByteArray();
}

bool Settings::setLetterWindowGeometry(const QByteArray &geometry)
{
    return SettingsStore::setValue(SettingsKey::LetterGeometry, geometry);
}

QString Settings::updateUrl()
{
    return SettingsStore::value(SettingsKey::UpdateUrl).toString();
}

bool Settings::setUpdateUrl(const QString &url)
{
    return SettingsStore::setValue(SettingsKey::UpdateUrl, url);
}

bool Settings::onlineLookupAllowed()
{
    return SettingsStore::value(SettingsKey::OnlineLookup, true).toBool();
}

bool Settings::setOnlineLookupAllowed(bool on)
{
    return SettingsStore::setValue(SettingsKey::OnlineLookup, on);
}

QString Settings::teamServer()
{
    return SettingsStore::value(SettingsKey::TeamServer).toString();
}

bool Settings::setTeamServer(const QString &url)
{
    return SettingsStore::setValue(SettingsKey::TeamServer, url);
}

bool Settings::syncOnStart()
{
    return SettingsStore::value(SettingsKey::SyncOnStart, false).toBool();
}

bool Settings::setSyncOnStart(bool on)
{
    return SettingsStore::setValue(SettingsKey::SyncOnStart, on);
}

bool Settings::spellCheck()
{
    return SettingsStore::value(SettingsKey::SpellCheck, true).toBool();
}

bool Settings::setSpellCheck(bool on)
{
    return SettingsStore::setValue(SettingsKey::SpellCheck, on);
}

bool Settings::firstRunGuideSeen()
{
    return SettingsStore::value(SettingsKey::GuideSeen, false).toBool();
}

bool Settings::setFirstRunGuideSeen(bool seen)
{
    return SettingsStore::setValue(SettingsKey::GuideSeen, seen);
}

QString Settings::lastExportFolder()
{
    return SettingsStore::value(SettingsKey::ExportFolder).toString();
}

bool Settings::setLastExportFolder(const QString &folder)
{
    return SettingsStore::setValue(SettingsKey::ExportFolder, folder);
}

} // namespace pcc
