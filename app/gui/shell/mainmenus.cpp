#include "shell/mainmenus.h"

#include "directory/directorycontroller.h"
#include "log/logcontroller.h"
#include "map/forcemapview.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QMainWindow>
#include <QMenuBar>

using namespace Qt::StringLiterals;

namespace pcc {

MainMenus::MainMenus(QMainWindow *window, LogController *log, DirectoryController *directory, ForceMapView *map)
    : QObject(window)
{
    QMenuBar *bar = window->menuBar();
    QMenu *file = bar->addMenu(tr("&File"));
    file->addAction(tr("Export for a &coordinator (no personal data)…"), log, [log] { log->exportLog(LogExchange::Privacy::Anonymous); });
    file->addAction(tr("&Export everything, with personal data…"), log, [log] { log->exportLog(LogExchange::Privacy::Full); });
    file->addAction(tr("&Import contact log…"), log, &LogController::importLog);
    file->addSeparator();
    file->addAction(tr("Export the &map as a picture…"), this, &MainMenus::exportMapRequested);
    file->addAction(tr("Campaign &report (PDF)…"), this, &MainMenus::reportRequested);
    file->addSeparator();
    file->addAction(tr("&Settings…"), QKeySequence::Preferences, this, &MainMenus::settingsRequested)->setMenuRole(QAction::PreferencesRole);
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);

    QMenu *profile = bar->addMenu(tr("&Profile"));
    profile->addAction(tr("&New profile…"), log, &LogController::newProfile);
    profile->addAction(tr("&Edit this profile…"), log, &LogController::editProfile);
    profile->addSeparator();
    profile->addAction(tr("&Delete this profile and all its data…"), log, &LogController::deleteProfile);

    QMenu *letters = bar->addMenu(tr("&Letters"));
    letters->addAction(tr("&Write a letter to the selected area…"), QKeySequence::New, this, &MainMenus::writeLetterRequested);
    letters->addAction(tr("Write &follow-ups…"), this, &MainMenus::followUpsRequested);
    letters->addAction(tr("&Record a contact…"), QKeySequence(u"Ctrl+R"_s), this, &MainMenus::recordContactRequested);
    letters->addAction(tr("Record a re&ply from the selected area…"), this, &MainMenus::recordReplyRequested);

    QMenu *data = bar->addMenu(tr("&Data"));
    data->addAction(tr("&Check for an updated directory…"), directory, &DirectoryController::checkForUpdate);
    data->addAction(tr("&Open an update file…"), directory, &DirectoryController::openUpdateFile);
    data->addAction(tr("&Revert to the previous directory…"), directory, &DirectoryController::revert);
    data->addSeparator();
    data->addAction(tr("&Send corrections to the coordinator…"), directory, &DirectoryController::exportCorrections);
    data->addSeparator();
    data->addAction(tr("Sync with the &team server"), this, &MainMenus::syncRequested);

    QMenu *view = bar->addMenu(tr("&View"));
    QMenu *colourBy = view->addMenu(tr("&Colour the map by"));
    auto *colourGroup = new QActionGroup(this);
    const QList<QPair<QString, ForceMapView::Colouring>> modes{
        {tr("Contact &status"), ForceMapView::Colouring::Status},
        {tr("What each office &funds for stalking victims"), ForceMapView::Colouring::Evidence},
        {tr("&Replies: how each office answers"), ForceMapView::Colouring::Replies}};
    for (const auto &[label, mode] : modes) {
        QAction *a = colourBy->addAction(label);
        a->setCheckable(true);
        a->setChecked(mode == map->colouringMode());
        colourGroup->addAction(a);
        const ForceMapView::Colouring chosen = mode; // a structured binding cannot be captured before C++20 in every compiler
        connect(a, &QAction::triggered, map, [map, chosen] { map->setColouringMode(chosen); });
    }
    view->addSeparator();
    view->addAction(tr("Zoom to &London"), map, &ForceMapView::zoomToLondon);
    view->addAction(tr("&Show all areas"), map, &ForceMapView::resetView);

    QMenu *help = bar->addMenu(tr("&Help"));
    help->addAction(tr("&First steps…"), this, &MainMenus::guideRequested);
    help->addAction(tr("&About PCC Campaigner"), this, &MainMenus::aboutRequested);
}

} // namespace pcc
