#include "settings.h"

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
const QString ExportFolder = u"export/lastFolder"_s;
const QString UpdateUrl = u"data/updateUrl"_s;
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

QString Settings::updateUrl()
{
    return store().value(Key::UpdateUrl).toString();
}

void Settings::setUpdateUrl(const QString &url)
{
    store().setValue(Key::UpdateUrl, url);
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
