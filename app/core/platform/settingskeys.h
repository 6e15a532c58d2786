#pragma once

#include <QString>

namespace pcc {

// Every key the app keeps in settings.ini, in one list, so that no two parts of the app
// can take the same name for different things.
namespace SettingsKey {
// The main window
inline const QString TeamView = QStringLiteral("map/teamView");
inline const QString Geometry = QStringLiteral("window/geometry");
inline const QString LetterGeometry = QStringLiteral("letterWindow/geometry");
inline const QString ExportFolder = QStringLiteral("export/lastFolder");
inline const QString UpdateUrl = QStringLiteral("data/updateUrl");
inline const QString OnlineLookup = QStringLiteral("network/onlineLookup");
inline const QString TeamServer = QStringLiteral("team/server");
inline const QString SyncOnStart = QStringLiteral("team/syncOnStart");
inline const QString GuideSeen = QStringLiteral("guide/seen");
inline const QString SpellCheck = QStringLiteral("letters/spellCheck");
// The letter's page setup (LetterLayout)
inline const QString PageSize = QStringLiteral("letter/pageSize");
inline const QString WindowLeft = QStringLiteral("letter/windowLeftMm");
inline const QString WindowTop = QStringLiteral("letter/windowTopMm");
inline const QString WindowWidth = QStringLiteral("letter/windowWidthMm");
inline const QString WindowHeight = QStringLiteral("letter/windowHeightMm");
inline const QString FoldMarks = QStringLiteral("letter/foldMarks");
inline const QString FontFamily = QStringLiteral("letter/fontFamily");
} // namespace SettingsKey

} // namespace pcc
