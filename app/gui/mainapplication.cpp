#include "mainapplication.h"

#include "appinfo.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace pcc {

int MainApplication::run(int argc, char **argv)
{
    QApplication app(argc, argv);
    AppInfo::initialise();
    QApplication::setApplicationDisplayName(QApplication::translate("pcc", "PCC Campaigner"));
    QApplication::setWindowIcon(QIcon(u":/icons/pcc-campaigner.svg"_s));
    QApplication::setDesktopFileName(u"org.pcccampaigner.PccCampaigner"_s);

    QTranslator translator;
    if (translator.load(QLocale(), u"pcc-campaigner"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    GlobalOptions::addTo(&parser);
    parser.process(app);
    const GlobalOptions options = GlobalOptions::from(parser);
    options.apply();

    MainWindow window;
    if (options.exitAfterStartup) {
        QObject::connect(&window, &MainWindow::firstPainted, &app, [] {
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        });
    }
    window.show();
    return QApplication::exec();
}

} // namespace pcc
