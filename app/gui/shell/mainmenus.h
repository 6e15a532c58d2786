#pragma once

#include <QObject>

class QMainWindow;

namespace pcc {

class DirectoryController;
class ForceMapView;
class LogController;

// The main window's menu bar. Actions that belong to one controller go straight to it;
// the ones that need the window (its selection, its dialogs) are signals.
class MainMenus : public QObject
{
    Q_OBJECT
public:
    MainMenus(QMainWindow *window, LogController *log, DirectoryController *directory, ForceMapView *map);

signals:
    void exportMapRequested();
    void reportRequested();
    void settingsRequested();
    void writeLetterRequested();
    void followUpsRequested();
    void recordContactRequested();
    void recordReplyRequested();
    void syncRequested();
    void guideRequested();
    void aboutRequested();
};

} // namespace pcc
