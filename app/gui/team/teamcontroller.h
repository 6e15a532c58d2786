#pragma once

#include "teamcoverage.h"
#include "teamroster.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

class QThread;
class QWidget;

namespace pcc {

class LogController;
class TeamPasswordStore;
class TeamServerAddress;

// The window's side of team mode: the server address (settings.ini), its password (the
// system keychain, or asked once per session when there is none), and the slow work (test,
// sync, the coordinator's list) on a worker thread so the window never freezes. The rules
// are the core's: TeamSyncJob, TeamRoster, TeamCoverage.
class TeamController : public QObject
{
    Q_OBJECT
public:
    TeamController(LogController *log, QWidget *dialogParent);
    ~TeamController() override;

    bool isConfigured() const; // a valid server address is set

    // The coverage last fetched from the configured server, for the map's team view.
    std::optional<TeamCoverage> cachedCoverage() const;

    // Saves the address, and the password in the keychain when one is given.
    void configure(const QString &url, const QString &password);
    void test(const QString &url, const QString &password);
    void syncNow(bool askForPassword = true);
    void fetchMembers(const QString &url, const QString &password);
    bool isBusy() const { return m_busy; } // a test, sync or fetch is under way

signals:
    void tested(bool ok, const QString &message, bool coordinator);
    void synced(const QString &summary);
    void failed(const QString &message);
    void membersFetched(const QList<TeamMember> &members);
    void busyChanged(bool busy);
    void coverageChanged();
    void statusMessage(const QString &message);

private:
    void withPassword(const QString &url, bool ask, std::function<void(const QString &)> then);
    void withTypedOrSavedPassword(const TeamServerAddress &address, const QString &typed,
                                  std::function<void(const QString &)> then);
    void testWith(const TeamServerAddress &address, const QString &password);
    void fetchMembersWith(const TeamServerAddress &address, const QString &password);
    void inBackground(std::function<void()> work, std::function<void()> done);

    LogController *m_log;
    QWidget *m_parent;
    TeamPasswordStore *m_passwords;
    QString m_sessionPassword; // when the keychain cannot keep it
    QString m_sessionServer;
    bool m_busy = false;
    QPointer<QThread> m_thread;
};

} // namespace pcc
