#include "shell/mainapplication.h"

#include "appinfo.h"
#include "apppaths.h"
#include "contactlog.h"
#include "map/forcemapaccessible.h"
#include "shell/deferrediconstyle.h"
#include "shell/mainwindow.h"

#include <QAccessible>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QMessageBox>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>

#include <cstdio>
#include <future>

using namespace Qt::StringLiterals;

namespace pcc {

int MainApplication::run(int argc, char **argv)
{
    QApplication app(argc, argv);
    AppInfo::initialise();
    QApplication::setApplicationDisplayName(QApplication::translate("pcc", "PCC Campaigner"));
    QApplication::setDesktopFileName(u"org.pcccampaigner.PccCampaigner"_s);

    QCommandLineParser parser;
    GlobalOptions::addTo(&parser);
    parser.process(app);
    const GlobalOptions options = GlobalOptions::from(parser);
    options.apply();

    QAccessible::installFactory(&ForceMapAccessible::factory);
    // The same style as before (the platform's, or one named with -style), by name.
    QApplication::setStyle(new DeferredIconStyle(QApplication::style()->name()));

    // A file that is not a log of ours gets nothing written beside it, not even the lock.
    QString refusal;
    if (!ContactLog::isUsablePath(AppPaths::databaseFile(), &refusal)) {
        qWarning().noquote() << refusal;
        if (!options.exitAfterStartup)
            QMessageBox::warning(nullptr, QApplication::applicationDisplayName(), refusal);
        return 1;
    }
    // One running app per contact log: two windows writing one log would confuse the user. The
    // lock is taken while the window is built, which writes nothing: QLockFile waits for its file
    // to reach the disk, which on a slow disk takes longer than building the window.
    QDir().mkpath(QFileInfo(AppPaths::databaseFile()).absolutePath());
    QLockFile lock(AppPaths::databaseFile() + u".lock"_s);
    std::future<bool> locking = std::async(std::launch::async, [&lock] { return lock.tryLock(100); });
    MainWindow window;
    if (!locking.get()) {
        const QString message = QApplication::translate("pcc", "PCC Campaigner is already running with this contact log (%1). "
                                                               "Switch to the open window.").arg(QDir::toNativeSeparators(AppPaths::databaseFile()));
        qWarning().noquote() << message;
        if (!options.exitAfterStartup)
            QMessageBox::information(nullptr, QApplication::applicationDisplayName(), message);
        return 1;
    }
    if (options.exitAfterStartup) {
        // Leave as soon as control returns to the event loop, with the whole first frame drawn
        // (the window paints before its children): the data loading queued after the first
        // paint is not part of "startup to first paint".
        QObject::connect(&window, &MainWindow::firstPainted, &app, [] { QCoreApplication::exit(0); });
    }
    // The icon is drawn from SVG: the SVG icon engine and image plugins load only after the
    // first paint, which does not need them.
    QObject::connect(&window, &MainWindow::firstPainted, &app, [] {
        QTimer::singleShot(0, qApp, [] { QApplication::setWindowIcon(QIcon(u":/icons/pcc-campaigner.svg"_s)); });
    });
    window.show();
    const int code = QApplication::exec();
    if (options.exitAfterStartup) {
        // When the first frame was drawn, on the system's monotonic clock: pcc-bench measures
        // start to first paint with it, apart from the teardown that follows.
        std::printf("first paint: %lld\n", static_cast<long long>(QDeadlineTimer::current(Qt::PreciseTimer).deadlineNSecs()));
        std::fflush(stdout);
    }
    return code;
}

} // namespace pcc
