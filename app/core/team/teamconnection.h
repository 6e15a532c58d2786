#pragma once

#include "teamserveraddress.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>

struct pg_conn;

class QSqlError;
class QSqlQuery;

namespace pcc {

struct LibPq;

// One connection to the team server (Qt Sql's QPSQL driver, libpq underneath). Like every
// QSqlDatabase it belongs to the thread that opened it. Every failure is kept as a problem
// the user can act on and a sentence that says so.
class TeamConnection
{
public:
    enum class Problem {
        None,
        BadAddress,     // the URL is not one we accept
        NoDriver,       // Qt's PostgreSQL driver is not installed
        Unreachable,    // no server answered (down, wrong host or port, no network)
        Refused,        // the server answered but would not let this role in (password, role, database)
        NotInitialised, // no team schema: the coordinator has not run `team init`
        TooNew,         // the server's schema is newer than this app
        NoPermission,   // the role may not do this
        Failed,         // anything else the server said
    };

    // Every session waits at most this long for a lock, and runs a statement at most this long.
    static constexpr int LockTimeoutMs = 15000; // eight volunteers syncing at once on a busy server stay well inside it
    static constexpr int StatementTimeoutMs = 120000;

    explicit TeamConnection(const TeamServerAddress &address);
    ~TeamConnection();
    TeamConnection(const TeamConnection &) = delete;
    TeamConnection &operator=(const TeamConnection &) = delete;
    TeamConnection(TeamConnection &&other) noexcept;
    TeamConnection &operator=(TeamConnection &&) = delete;

    // An empty password leaves it to libpq (PGPASSWORD, ~/.pgpass).
    bool open(const QString &password);
    // Reads pcc.schema_version (once per connection): fails NotInitialised or TooNew unless it is ours.
    bool checkSchema();
    int schemaVersion(); // 0 when the team schema is missing, -1 on error

    // Runs `body` in one transaction: committed when it returns true, rolled back otherwise.
    bool transaction(const std::function<bool()> &body);
    bool exec(QSqlQuery &query, const QString &what); // a prepared query
    // After next() returned false: fails with the server's words when the rows stopped on an
    // error (the connection lost, or the server failing, part-way through them).
    bool readToEnd(const QSqlQuery &query, const QString &what);
    bool exec(const QString &sql, const QString &what);
    QSqlQuery query() const;

    // A statement whose values travel as protocol parameters ($1, $2...), never in the SQL text,
    // so nothing private reaches the server's log when it fails. Rows come back as text.
    using Rows = QList<QStringList>;
    bool execParams(const QString &sql, const QStringList &values, const QString &what, Rows *rows = nullptr);
    // The SCRAM-SHA-256 verifier of a new role's password, computed here: the server never sees the password.
    bool scramVerifier(const QString &role, const QString &password, QString *verifier);

    const TeamServerAddress &address() const { return m_address; }
    QString role() const { return m_address.role(); }
    Problem problem() const { return m_problem; }
    QString lastError() const { return m_error; }

    bool fail(Problem problem, const QString &message);
    bool failSql(const QString &what, const QSqlError &error);
    bool failServer(const QString &what, const QString &sqlState, const QString &message);
    bool failNotInitialised();
    bool failTooNew(int serverVersion);

private:
    // libpq and this connection's handle, for what QPSQL cannot do; false (the failure set,
    // closedMessage when the connection is not open) when either is missing.
    bool libpqConnection(const QString &closedMessage, const LibPq **pq, pg_conn **conn);

    TeamServerAddress m_address;
    QString m_connection;
    QSqlDatabase m_db;
    Problem m_problem = Problem::None;
    QString m_error;
    bool m_schemaChecked = false; // checkSchema() asks the server once per connection
};

} // namespace pcc
