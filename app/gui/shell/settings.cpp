#include "shell/settings.h"

#include "settingsstore.h"

using namespace Qt::StringLiterals;

namespace pcc {

namespace {

namespace Key {
const QString TeamView = u"map/teamView"_s;
const QString Geometry = u"window/geometry"_s;
const QString LetterGeometry = u"letterWindow/geometry"_s;
const QString ExportFolder = u"export/lastFolder"_s;
const QString UpdateUrl = u"data/updateUrl"_s;
const QString OnlineLookup = u"network/onlineLookup"_s;
const QString TeamServer = u"team/server"_s;
const QString SyncOnStart = u"team/syncOnStart"_s;
const QString GuideSeen = u"guide/seen"_s;
const QString SpellCheck = u"letters/spellCheck"_s;
} // namespace Key

} // namespace

bool Settings::teamView()
{
    return SettingsStore::value(Key::TeamView, false).toBool();
}

bool Settings::setTeamView(bool on)
{
    return SettingsStore::setValue(Key::TeamView, on);
}

QByteArray Settings::mainWindowGeometry()
{
    return SettingsStore::value(Key::Geometry).toByteArray();
}

bool Settings::setMainWindowGeometry(const QByteArray &geometry)
{
    return SettingsStore::setValue(Key::Geometry, geometry);
}

QByteArray Settings::letterWindowGeometry()
{
    return SettingsStore::value(Key::LetterGeometry).toByteArray();
}

bool Settings::setLetterWindowGeometry(const QByteArray &geometry)
{
    return SettingsStore::setValue(Key::LetterGeometry, geometry);
}

QString Settings::updateUrl()
{
    return SettingsStore::value(Key::UpdateUrl).toString();
}

bool Settings::setUpdateUrl(const QString &url)
{
    return SettingsStore::setValue(Key::UpdateUrl, url);
}

bool Settings::onlineLookupAllowed()
{
    return SettingsStore::value(Key::OnlineLookup, true).toBool();
}

bool Settings::setOnlineLookupAllowed(bool on)
{
    return SettingsStore::setValue(Key::OnlineLookup, on);
}

QString Settings::teamServer()
{
    return SettingsStore::value(Key::TeamServer).toString();
}

bool Settings::setTeamServer(const QString &url)
{
    return SettingsStore::setValue(Key::TeamServer, url);
}

bool Settings::syncOnStart()
{
    return SettingsStore::value(Key::SyncOnStart, false).toBool();
}

bool Settings::setSyncOnStart(bool on)
{
    return SettingsStore::setValue(Key::SyncOnStart, on);
}

bool Settings::spellCheck()
{
    return SettingsStore::value(Key::SpellCheck, true).toBool();
}

bool Settings::setSpellCheck(bool on)
{
    return SettingsStore::setValue(Key::SpellCheck, on);
}

bool Settings::firstRunGuideSeen()
{
    return SettingsStore::value(Key::GuideSeen, false).toBool();
}

bool Settings::setFirstRunGuideSeen(bool seen)
{
    return SettingsStore::setValue(Key::GuideSeen, seen);
}

QString Settings::lastExportFolder()
{
    return SettingsStore::value(Key::ExportFolder).toString();
}

bool Settings::setLastExportFolder(const QString &folder)
{
    return SettingsStore::setValue(Key::ExportFolder, folder);
}

} // namespace pcc
