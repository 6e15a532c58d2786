#include "shell/settings.h"

#include "apppaths.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace pcc {

namespace {

QSettings store()
{
    return QSettings(AppPaths::settingsFile(), QSettings::IniFormat);
}

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
    return store().value(Key::TeamView, false).toBool();
}

void Settings::setTeamView(bool on)
{
    store().setValue(Key::TeamView, on);
}

QByteArray Settings::mainWindowGeometry()
{
    return store().value(Key::Geometry).toByteArray();
}

void Settings::setMainWindowGeometry(const QByteArray &geometry)
{
    store().setValue(Key::Geometry, geometry);
}

QByteArray Settings::letterWindowGeometry()
{
    return store().value(Key::LetterGeometry).toByteArray();
}

void Settings::setLetterWindowGeometry(const QByteArray &geometry)
{
    store().setValue(Key::LetterGeometry, geometry);
}

QString Settings::updateUrl()
{
    return store().value(Key::UpdateUrl).toString();
}

void Settings::setUpdateUrl(const QString &url)
{
    store().setValue(Key::UpdateUrl, url);
}

bool Settings::onlineLookupAllowed()
{
    return store().value(Key::OnlineLookup, true).toBool();
}

void Settings::setOnlineLookupAllowed(bool on)
{
    store().setValue(Key::OnlineLookup, on);
}

QString Settings::teamServer()
{
    return store().value(Key::TeamServer).toString();
}

void Settings::setTeamServer(const QString &url)
{
    store().setValue(Key::TeamServer, url);
}

bool Settings::syncOnStart()
{
    return store().value(Key::SyncOnStart, false).toBool();
}

void Settings::setSyncOnStart(bool on)
{
    store().setValue(Key::SyncOnStart, on);
}

bool Settings::spellCheck()
{
    return store().value(Key::SpellCheck, true).toBool();
}

void Settings::setSpellCheck(bool on)
{
    store().setValue(Key::SpellCheck, on);
}

bool Settings::firstRunGuideSeen()
{
    return store().value(Key::GuideSeen, false).toBool();
}

void Settings::setFirstRunGuideSeen(bool seen)
{
    store().setValue(Key::GuideSeen, seen);
}

QString Settings::lastExportFolder()
{
    return store().value(Key::ExportFolder).toString();
}

void Settings::setLastExportFolder(const QString &folder)
{
    store().setValue(Key::ExportFolder, folder);
}

} // namespace pcc
