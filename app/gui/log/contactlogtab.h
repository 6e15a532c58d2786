#pragma once

#include "profile.h"

#include <QWidget>

namespace pcc {

class ContactLogModel;
class ContactLogPanel;
class Directory;
class LogController;

// The "Contact log" tab. Its table is built the first time the tab is shown and filled only
// while it is shown: a long log never slows down startup or the other tabs.
class ContactLogTab : public QWidget
{
    Q_OBJECT
public:
    ContactLogTab(LogController *log, const Directory &directory, QWidget *parent);

    void setProfiles(const QList<Profile> &profiles);
    void refresh();        // the log read again now if the tab is shown, else when it is next shown
    void shown();          // the tab became the current one
    bool isShown() const;  // the current tab

signals:
    void readFailed(const QString &message);

private:
    LogController *m_log;
    const Directory &m_directory;
    ContactLogModel *m_model;
    ContactLogPanel *m_panel = nullptr;
    bool m_stale = true;
};

} // namespace pcc
