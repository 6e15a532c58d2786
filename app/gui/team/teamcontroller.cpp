#include "team/teamcontroller.h"

#include "log/logcontroller.h"
#include "shell/settings.h"
#include "teamconnection.h"
#include "team/teampasswordstore.h"
#include "teamsyncjob.h"

#include <QInputDialog>
#include <QLocale>
#include <QThread>
#include <QWidget>

#include <memory>

using namespace Qt::StringLiterals;

namespace pcc {

TeamController::TeamController(LogController *log, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_log(log)
    , m_parent(dialogParent)
    , m_passwords(new TeamPasswordStore(this))
{
}

TeamController::~TeamController()
{
    if (m_thread)
        m_thread->wait(); // a sync in flight finishes (it is one transaction per batch) before the app goes
}

bool TeamController::isConfigured() const
{
    return TeamServerAddress::parse(Settings::teamServer()).isValid();
}

std::optional<TeamCoverage> TeamController::cachedCoverage() const
{
    const TeamServerAddress address = TeamServerAddress::parse(Settings::teamServer());
    if (!address.isValid())
        return std::nullopt;
    TeamCoverage coverage;
    QString error;
    if (!TeamCoverage::load(TeamCoverage::cacheFile(), &coverage, &error) || coverage.server != address.toString())
        return std::nullopt;
    return coverage;
}

void TeamController::configure(const QString &url, const QString &password)
{
    const TeamServerAddress address = TeamServerAddress::parse(url);
    Settings::setTeamServer(url.trimmed().isEmpty() ? QString() : address.isValid() ? address.toString() : url.trimmed());
    emit coverageChanged();
    if (!address.isValid() || password.isEmpty())
        return;
    m_sessionServer = address.toString();
    m_sessionPassword = password;
    m_passwords->write(address.toString(), password, [this](bool ok, const QString &error) {
        emit statusMessage(ok ? tr("The team server's password is saved in your system's keychain.")
                              : tr("Your system's keychain could not keep the password (%1); you will be asked for it "
                                   "once each time you open the app.").arg(error));
    });
}

// One request at a time: the window waits for it before it closes (see the destructor).
void TeamController::inBackground(std::function<void()> work, std::function<void()> done)
{
    if (m_busy) {
        emit failed(tr("The team server is still busy with the last request; try again in a moment."));
        return;
    }
    m_busy = true;
    emit busyChanged(true);
    QThread *thread = QThread::create(std::move(work));
    thread->setParent(this);
    m_thread = thread;
    connect(thread, &QThread::finished, this, [this, thread, done = std::move(done)] {
        thread->deleteLater();
        m_busy = false;
        emit busyChanged(false);
        done();
    });
    thread->start();
}

void TeamController::withPassword(const QString &url, bool ask, std::function<void(const QString &)> then)
{
    if (m_sessionServer == url && !m_sessionPassword.isEmpty()) {
        then(m_sessionPassword);
        return;
    }
    m_passwords->read(url, [this, url, ask, then = std::move(then)](bool ok, const QString &passwordOrError) {
        if (ok && !passwordOrError.isEmpty()) {
            then(passwordOrError);
            return;
        }
        if (!ask) {
            emit failed(tr("No password for the team server is saved on this computer: open Settings, Team, to enter it."));
            return;
        }
        bool entered = false;
        const QString password = QInputDialog::getText(m_parent, tr("Team server password"),
                                                       tr("Password for %1:").arg(url), QLineEdit::Password, QString(), &entered);
        if (!entered)
            return;
        m_sessionServer = url;
        m_sessionPassword = password;
        then(password);
    });
}

// The password typed in Settings, or else the saved one (asking when there is none).
void TeamController::withTypedOrSavedPassword(const TeamServerAddress &address, const QString &typed,
                                              std::function<void(const QString &)> then)
{
    if (typed.isEmpty())
        withPassword(address.toString(), true, std::move(then));
    else
        then(typed);
}

void TeamController::test(const QString &url, const QString &typedPassword)
{
    const TeamServerAddress address = TeamServerAddress::parse(url);
    if (!address.isValid()) {
        emit tested(false, address.error(), false);
        return;
    }
    withTypedOrSavedPassword(address, typedPassword, [this, address](const QString &password) { testWith(address, password); });
}

void TeamController::testWith(const TeamServerAddress &address, const QString &password)
{
    struct Answer { bool ok = false; bool coordinator = false; QString message; };
    auto answer = std::make_shared<Answer>();
    auto work = [address, password, answer] {
        TeamConnection c(address);
        if (!c.open(password) || !c.checkSchema()) {
            answer->message = c.lastError();
            return;
        }
        QList<TeamMember> members;
        answer->coordinator = TeamRoster::fetch(c, &members);
        answer->ok = true;
        if (answer->coordinator)
            answer->message = tr("Connected as %1, a coordinator: you can see the volunteers' counts.").arg(address.role());
        else if (c.problem() == TeamConnection::Problem::NoPermission)
            answer->message = tr("Connected as %1. Your contacts are seen by you and the coordinator only.").arg(address.role());
        else // a coordinator whose server gave a list this app refuses, or failed giving it
            answer->message = tr("Connected as %1, but the list of volunteers could not be read: %2").arg(address.role(), c.lastError());
    };
    inBackground(work, [this, answer] { emit tested(answer->ok, answer->message, answer->coordinator); });
}

void TeamController::syncNow(bool askForPassword)
{
    const TeamServerAddress address = TeamServerAddress::parse(Settings::teamServer());
    if (!address.isValid()) {
        emit failed(address.error());
        return;
    }
    const auto profile = m_log->currentProfile();
    if (!profile || !m_log->log()) {
        emit failed(tr("Create your profile first: a sync sends the contacts of the profile in use."));
        return;
    }
    const auto records = m_log->log()->contacts(profile->uuid);
    const auto removals = m_log->log()->teamRemovals();
    const auto shared = m_log->log()->sharedReplies(profile->uuid);
    if (!records || !removals || !shared) {
        emit failed(m_log->log()->lastError());
        return;
    }
    const QString name = profile->name;
    TeamSyncJob job{address, QString(), profile->uuid, *records, *removals, TeamCoverage::cacheFile(), *shared};
    withPassword(address.toString(), askForPassword, [this, job, name](const QString &password) mutable {
        job.password = password;
        auto outcome = std::make_shared<TeamSyncJob::Outcome>();
        inBackground([job, outcome] { *outcome = job.run(); }, [this, outcome, name, removals = job.removals] {
            if (outcome->removed && !removals.isEmpty() && m_log->log() && !m_log->log()->forgetTeamRemovals(removals))
                emit failed(m_log->log()->lastError());
            if (!outcome->ok) {
                emit failed(outcome->error);
                return;
            }
            emit coverageChanged();
            emit synced(tr("Synced %1 with the team: %2 sent, %3 already there; the team's coverage as of %4.")
                            .arg(name)
                            .arg(outcome->result.pushed)
                            .arg(outcome->result.unchanged)
                            .arg(QLocale().toString(outcome->coverage.fetchedAt.toLocalTime(), QLocale::ShortFormat)));
        });
    });
}

void TeamController::fetchMembers(const QString &url, const QString &typedPassword)
{
    const TeamServerAddress address = TeamServerAddress::parse(url);
    if (!address.isValid()) {
        emit failed(address.error());
        return;
    }
    withTypedOrSavedPassword(address, typedPassword,
                             [this, address](const QString &password) { fetchMembersWith(address, password); });
}

void TeamController::fetchMembersWith(const TeamServerAddress &address, const QString &password)
{
    struct Answer { bool ok = false; QList<TeamMember> members; QString error; };
    auto answer = std::make_shared<Answer>();
    inBackground(
        [address, password, answer] {
            TeamConnection c(address);
            answer->ok = c.open(password) && TeamRoster::fetch(c, &answer->members);
            answer->error = c.lastError();
        },
        [this, answer] {
            if (answer->ok)
                emit membersFetched(answer->members);
            else
                emit failed(answer->error);
        });
}

} // namespace pcc
