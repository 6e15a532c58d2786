#pragma once

#include "letterlayout.h"

#include <QByteArray>
#include <QString>

namespace pcc {

// The app's preferences: one typed wrapper, every key and default in this file. Stored in
// an INI file under AppConfigLocation (QSettings writes it atomically).
class Settings
{
public:
    static LetterLayout letterLayout();
    static void setLetterLayout(const LetterLayout &layout);

    static bool teamView();
    static void setTeamView(bool on);

    static QByteArray mainWindowGeometry();
    static void setMainWindowGeometry(const QByteArray &geometry);

    static QString lastExportFolder();
    static void setLastExportFolder(const QString &folder);
};

} // namespace pcc
