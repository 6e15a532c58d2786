// Custom Catch2 main: a QApplication must exist for widget and text-layout tests.
#if __has_include(<catch2/catch_all.hpp>)
#include <catch2/catch_session.hpp>
#else
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>
#endif

#include "appinfo.h"
#include "apppaths.h"
#include "optionalmodule.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTemporaryDir>

int main(int argc, char *argv[])
{
    // catch_discover_tests runs this binary at build time, maybe without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    pcc::AppInfo::initialise();
    QStandardPaths::setTestModeEnabled(true);
    // Each test runs in a process of its own (ctest): so do its settings, so that tests
    // running side by side never see each other's.
    QTemporaryDir settingsDir;
    pcc::AppPaths::setSettingsFileOverride(settingsDir.filePath(QStringLiteral("settings.ini")));
    pcc::OptionalModule::setSearchDirectory(QStringLiteral(PCC_MODULE_DIR));
    return Catch::Session().run(argc, argv);
}
