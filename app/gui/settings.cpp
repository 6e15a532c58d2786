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
const QString PageSize = u"letter/pageSize"_s;
const QString WindowLeft = u"letter/windowLeftMm"_s;
const QString WindowTop = u"letter/windowTopMm"_s;
const QString WindowWidth = u"letter/windowWidthMm"_s;
const QString WindowHeight = u"letter/windowHeightMm"_s;
const QString FoldMarks = u"letter/foldMarks"_s;
const QString TeamView = u"map/teamView"_s;
const QString Geometry = u"window/geometry"_s;
const QString ExportFolder = u"export/lastFolder"_s;
} // namespace Key

} // namespace

LetterLayout Settings::letterLayout()
{
    const QSettings s = store();
    LetterLayout l = LetterLayout::dlPreset();
    l.pageSize = s.value(Key::PageSize, u"A4"_s).toString() == u"Letter"_s ? QPageSize::Letter : QPageSize::A4;
    l.windowMm = QRectF(s.value(Key::WindowLeft, l.windowMm.left()).toDouble(),
                        s.value(Key::WindowTop, l.windowMm.top()).toDouble(),
                        s.value(Key::WindowWidth, l.windowMm.width()).toDouble(),
                        s.value(Key::WindowHeight, l.windowMm.height()).toDouble());
    l.foldMarks = s.value(Key::FoldMarks, l.foldMarks).toBool();
    return l;
}

void Settings::setLetterLayout(const LetterLayout &l)
{
    QSettings s = store();
    s.setValue(Key::PageSize, l.pageSize == QPageSize::Letter ? u"Letter"_s : u"A4"_s);
    s.setValue(Key::WindowLeft, l.windowMm.left());
    s.setValue(Key::WindowTop, l.windowMm.top());
    s.setValue(Key::WindowWidth, l.windowMm.width());
    s.setValue(Key::WindowHeight, l.windowMm.height());
    s.setValue(Key::FoldMarks, l.foldMarks);
}

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

QString Settings::lastExportFolder()
{
    return store().value(Key::ExportFolder).toString();
}

void Settings::setLastExportFolder(const QString &folder)
{
    store().setValue(Key::ExportFolder, folder);
}

} // namespace pcc
