#pragma once

#include <QByteArray>
#include <QString>

namespace pcc {

// The window's preferences: one typed wrapper, every key and default in this file (the
// letter's page setup is LetterLayout's, shared with the command line). Stored in
// an INI file under AppConfigLocation (QSettings writes it atomically).
class Settings
{
public:
    static bool teamView();
    static void setTeamView(bool on);

    static QByteArray mainWindowGeometry();
    static void setMainWindowGeometry(const QByteArray &geometry);
    static QByteArray letterWindowGeometry();
    static void setLetterWindowGeometry(const QByteArray &geometry);

    static QString updateUrl(); // where the user last fetched a directory update; none by default
    static void setUpdateUrl(const QString &url);

    static bool onlineLookupAllowed(); // the finder's "Look up online…" (on by default)
    static void setOnlineLookupAllowed(bool on);

    static QString teamServer();       // postgresql://ROLE@HOST:PORT/DB; empty: no team mode
    static void setTeamServer(const QString &url);
    static bool syncOnStart();
    static void setSyncOnStart(bool on);

    static bool spellCheck(); // the letter editor underlines misspelt words (on by default)
    static void setSpellCheck(bool on);
    static bool firstRunGuideSeen();
    static void setFirstRunGuideSeen(bool seen);

    static QString lastExportFolder();
    static void setLastExportFolder(const QString &folder);
};

} // namespace pcc
