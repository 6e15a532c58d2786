#pragma once

#include <QLocale>
#include <QString>

class QCommandLineParser;

namespace pcc {

// Application identity and the options every mode (GUI or subcommand) accepts.
namespace AppInfo {

void initialise(); // application name and version, before any QStandardPaths use
QString version();
QLocale interfaceLocale(); // the user's interface language (not their regional format)
QString aboutDataCredits(); // data sources to credit, plain text

} // namespace AppInfo

class GlobalOptions
{
public:
    static void addTo(QCommandLineParser *parser);
    static GlobalOptions from(const QCommandLineParser &parser);
    void apply() const; // installs --db / --data into AppPaths

    QString database;
    QString dataDir;
    bool exitAfterStartup = false;
};

} // namespace pcc
