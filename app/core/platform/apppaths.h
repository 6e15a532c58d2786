#pragma once

#include <QString>

namespace pcc {

// Every file location the app uses, from QStandardPaths unless overridden on the
// command line (--db, --data). Never relative to the working directory.
class AppPaths
{
public:
    static void setDatabaseOverride(const QString &file);
    static void setDataDirOverride(const QString &dir);
    static QString databaseOverride();
    static QString dataDirOverride();

    static QString dataDir();        // user-writable data: override files, drafts, templates
    // Moves the folder `from` to `to` when only `from` exists (Windows: Roaming to Local, once);
    // returns the folder to use, which stays `from` if it could not be moved.
    static QString moveDataFolderOnce(const QString &from, const QString &to, QString *warning);
    static QString databaseFile();   // the contact log
    static QString draftsDir();
    static QString templatesDir();   // the user's own letter templates
    static QString settingsFile();
    static void setSettingsFileOverride(const QString &file); // tests: settings of their own

    static QString bundledPolicingBodies() { return QStringLiteral(":/pcc_data/policing_bodies.json"); }
    static QString bundledForceAreas() { return QStringLiteral(":/pcc_data/force_areas.geojson"); }
    static QString bundledPostcodeDistricts() { return QStringLiteral(":/pcc_data/postcode_districts.csv"); }
};

} // namespace pcc
