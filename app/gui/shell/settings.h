#pragma once

#include <QByteArray>
#include <QString>

namespace pcc {

// The window's preferences: one typed wrapper, every key and default in this file (the
// letter's page setup is LetterLayout's, shared with the command line). Stored in
// an INI file under AppConfigLocation, through SettingsStore. A setter returns false when the
// file could not be written; SettingsStore::lastError() says why.
class Settings
{
public:
    static bool teamView();
    static bool setTeamView(bool on);

    static QByteArray mainWindowGeometry();
    static bool setMainWindowGeometry(const QByteArray &geometry);
    static QByteArray letterWindowGeometry();
    static bool setLetterWindowGeometry(const QByteArray &geometry);

    static QString updateUrl(); // where the user last fetched a directory update; none by default
    static bool setUpdateUrl(const QString &url);

    static bool onlineLookupAllowed(); // the finder's "Look up online…" (on by default)
    static bool setOnlineLookupAllowed(bool on);

    static QString teamServer();       // postgresql://ROLE@HOST:PORT/DB; empty: no team mode
    static bool setTeamServer(const QString &url);
    static bool syncOnStart();
    static bool setSyncOnStart(bool on);

    static bool spellCheck(); // the letter editor underlines misspelt words (on by default)
    static bool setSpellCheck(bool on);
    static bool firstRunGuideSeen();
    static bool setFirstRunGuideSeen(bool seen);

    static QString lastExportFolder();
    static bool setLastExportFolder(const QString &folder);
};

} // namespace pcc
