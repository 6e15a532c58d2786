#include "teamconnection.h"

#include "libpq.h"
#include "plaintext.h"
#include "teamschema.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <vector>

using namespace Qt::StringLiterals;

namespace pcc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pcc::TeamConnection)
};

// SQLSTATE codes (PostgreSQL appendix A) that say something the user can act on.
const QString kInsufficientPrivilege = u"42501"_s;
const QString kUndefinedTable = u"42P01"_s;
const QString kInvalidSchema = u"3F000"_s;

} // namespace

TeamConnection::TeamConnection(const TeamServerAddress &address)
    : m_address(address)
    , m_connection(u"pcc-team-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

TeamConnection::TeamConnection(TeamConnection &&other) noexcept
    : m_address(other.m_address)
    , m_connection(other.m_connection)
    , m_db(other.m_db)
    , m_problem(other.m_problem)
    , m_error(other.m_error)
    , m_schemaChecked(other.m_schemaChecked)
{
    other.m_db = QSqlDatabase(); // the connection is ours now; the moved-from one removes nothing
}

TeamConnection::~TeamConnection()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool TeamConnection::fail(Problem problem, const QString &message)
{
    m_problem = problem;
    m_error = PlainText::printable(message); // a server's words go to a terminal too
    return false;
}

bool TeamConnection::failSql(const QString &what, const QSqlError &error)
{
    const QString detail = error.databaseText().trimmed().isEmpty() ? error.text() : error.databaseText().trimmed();
    return failServer(what, error.nativeErrorCode(), detail);
}

bool TeamConnection::failServer(const QString &what, const QString &code, const QString &detail)
{
    if (code.startsWith(u"PCC"_s)) // the server's own door refused the batch, and says why
        return fail(Problem::Refused, Tr::tr("The team server refused to %1: %2").arg(what, detail));
    if (code == kInsufficientPrivilege)
        return fail(Problem::NoPermission,
                    Tr::tr("The team server does not let %1 %2: %3").arg(m_address.role(), what, detail));
    if (code == kUndefinedTable || code == kInvalidSchema)
        return failNotInitialised();
    if (code == u"55P03"_s) // lock_not_available: lock_timeout passed
        return fail(Problem::Failed, Tr::tr("The team server is busy: another session has held a lock for more than %n second(s), "
                                            "so it could not %1. Nothing was changed; try again later.",
                                            nullptr, LockTimeoutMs / 1000)
                                         .arg(what));
    if (code == u"57014"_s) // query_canceled: statement_timeout passed
        return fail(Problem::Failed, Tr::tr("The team server took more than %n second(s) to %1, so it was stopped. Nothing was "
                                            "changed; try again later.", nullptr, StatementTimeoutMs / 1000)
                                         .arg(what));
    return fail(Problem::Failed, Tr::tr("The team server could not %1: %2").arg(what, detail));
}

bool TeamConnection::failNotInitialised()
{
    return fail(Problem::NotInitialised,
                Tr::tr("The team server has no campaign tables yet: the coordinator runs 'team init' first."));
}

bool TeamConnection::failTooNew(int serverVersion)
{
    return fail(Problem::TooNew, Tr::tr("The team server's tables are version %1, newer than this app knows (%2): "
                                        "update PCC Campaigner. Nothing was changed.")
                                     .arg(serverVersion)
                                     .arg(TeamSchema::Version));
}

bool TeamConnection::open(const QString &password)
{
    if (!m_address.isValid())
        return fail(Problem::BadAddress, m_address.error());
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
        return fail(Problem::NoDriver,
                    Tr::tr("Qt's PostgreSQL driver (QPSQL) is not installed, so the team server cannot be reached. "
                       "On Debian and Ubuntu it is the package libqt6sql6-psql."));
    m_db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_connection);
    // The plugin is there but did not load: its client library (libpq, with OpenSSL on
    // Windows and macOS) is missing. That is a broken installation, not an unreachable server.
    if (!m_db.isValid())
        return fail(Problem::NoDriver,
                    Tr::tr("Qt's PostgreSQL driver (QPSQL) is installed but could not be loaded: the PostgreSQL client "
                           "library (libpq) or the OpenSSL libraries it needs are missing. Reinstall PCC Campaigner, or on "
                           "Linux install libpq5."));
    m_db.setHostName(m_address.host());
    m_db.setPort(m_address.port());
    m_db.setDatabaseName(m_address.database());
    m_db.setUserName(m_address.role());
    if (!password.isEmpty())
        m_db.setPassword(password);
    m_db.setConnectOptions(m_address.connectOptions());
    if (m_db.open()) {
        // No volunteer can freeze another's sync: a lock held elsewhere (LOCK TABLE, an advisory
        // lock) or a statement that never ends fails after a few seconds with a message.
        QSqlQuery limits(m_db);
        // Only the system's own functions and operators, never `public`'s: where any role may
        // create objects there (PostgreSQL 13 and 14 let it), a volunteer could put a function
        // named like a system one that PostgreSQL prefers for an untyped value, and it would run
        // with the rights of whoever calls it next, the coordinator setting up the tables included.
        // Everything of the campaign's is named with its schema, pcc.
        if (!limits.exec(u"SET search_path = pg_catalog, pg_temp"_s)
            || !limits.exec(u"SET lock_timeout = '%1ms'"_s.arg(LockTimeoutMs))
            || !limits.exec(u"SET statement_timeout = '%1ms'"_s.arg(StatementTimeoutMs))
            || !limits.exec(u"SET idle_in_transaction_session_timeout = '%1ms'"_s.arg(StatementTimeoutMs))) {
            const QString why = limits.lastError().databaseText().trimmed();
            m_db.close();
            return fail(Problem::Refused, Tr::tr("The team server refused this app's session settings: %1").arg(why));
        }
        return true;
    }

    const QString text = m_db.lastError().driverText() + u' ' + m_db.lastError().databaseText();
    const QString where = u"%1:%2"_s.arg(m_address.host()).arg(m_address.port());
    if (text.contains(u"password authentication failed"_s) || text.contains(u"no password supplied"_s)
        || text.contains(u"fe_sendauth"_s))
        return fail(Problem::Refused, Tr::tr("The team server at %1 refused the password for %2.").arg(where, m_address.role()));
    if (text.contains(u"does not exist"_s) || text.contains(u"no pg_hba.conf entry"_s))
        return fail(Problem::Refused, Tr::tr("The team server at %1 does not let %2 into '%3': %4")
                                          .arg(where, m_address.role(), m_address.database(), m_db.lastError().databaseText().trimmed()));
    if (text.contains(u"SSL"_s) || text.contains(u"certificate"_s) || text.contains(u"channel binding"_s))
        return fail(Problem::Refused, Tr::tr("Could not make an encrypted connection to the team server at %1: %2")
                                          .arg(where, m_db.lastError().databaseText().trimmed()));
    return fail(Problem::Unreachable, Tr::tr("Could not reach the team server at %1 (is it running, and is the address right?): %2")
                                          .arg(where, m_db.lastError().databaseText().trimmed()));
}

QSqlQuery TeamConnection::query() const
{
    return QSqlQuery(m_db);
}

namespace {

PGconn *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    // QPSQL hands out its libpq connection under the struct's own name (PGconn is a typedef).
    if (!handle.isValid() || (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

} // namespace

bool TeamConnection::libpqConnection(const QString &closedMessage, const LibPq **pq, pg_conn **conn)
{
    QString problem;
    *pq = LibPq::get(&problem);
    if (!*pq)
        return fail(Problem::NoDriver, problem);
    *conn = handleOf(m_db);
    if (!*conn)
        return fail(Problem::Failed, closedMessage);
    return true;
}

bool TeamConnection::execParams(const QString &sql, const QStringList &values, const QString &what, Rows *rows)
{
    const LibPq *pq = nullptr;
    PGconn *conn = nullptr;
    if (!libpqConnection(Tr::tr("The connection to the team server is not open, so it could not %1.").arg(what), &pq, &conn))
        return false;

    QList<QByteArray> utf8;
    utf8.reserve(values.size());
    std::vector<const char *> pointers;
    for (const QString &value : values) {
        utf8.append(value.toUtf8());
        pointers.push_back(utf8.last().constData());
    }
    PGresult *result = pq->execParams(conn, sql.toUtf8().constData(), int(pointers.size()), nullptr, pointers.data(), nullptr,
                                      nullptr, 0);
    const ExecStatusType status = result ? pq->resultStatus(result) : PGRES_FATAL_ERROR;
    bool ok = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
    if (!ok) {
        const char *state = result ? pq->resultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
        const char *message = result ? pq->resultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
        failServer(what, QString::fromUtf8(state ? state : ""),
                   QString::fromUtf8(message ? message : pq->errorMessage(conn)).trimmed());
    } else if (rows) {
        rows->clear();
        const int columns = pq->nfields(result);
        for (int r = 0, n = pq->ntuples(result); r < n; ++r) {
            QStringList row;
            for (int c = 0; c < columns; ++c)
                row << (pq->getisnull(result, r, c) ? QString() : QString::fromUtf8(pq->getvalue(result, r, c)));
            rows->append(row);
        }
    }
    if (result)
        pq->clear(result);
    return ok;
}

bool TeamConnection::scramVerifier(const QString &role, const QString &password, QString *verifier)
{
    const LibPq *pq = nullptr;
    PGconn *conn = nullptr;
    if (!libpqConnection(Tr::tr("The connection to the team server is not open."), &pq, &conn))
        return false;
    char *encrypted = pq->encryptPasswordConn(conn, password.toUtf8().constData(), role.toUtf8().constData(), "scram-sha-256");
    if (!encrypted)
        return fail(Problem::Failed, Tr::tr("Could not compute the password's SCRAM verifier: %1")
                                         .arg(QString::fromUtf8(pq->errorMessage(conn)).trimmed()));
    *verifier = QString::fromUtf8(encrypted);
    pq->freemem(encrypted);
    return true;
}

bool TeamConnection::exec(QSqlQuery &q, const QString &what)
{
    // A prepare that failed (a lock timeout while the server planned it, say) left its error:
    // report that one, not the meaningless "EXECUTE ()" that executing it would give.
    if (q.lastError().isValid())
        return failSql(what, q.lastError());
    if (q.exec())
        return true;
    return failSql(what, q.lastError());
}

bool TeamConnection::readToEnd(const QSqlQuery &q, const QString &what)
{
    return !q.lastError().isValid() || failSql(what, q.lastError());
}

bool TeamConnection::exec(const QString &sql, const QString &what)
{
    QSqlQuery q(m_db);
    if (q.exec(sql))
        return true;
    return failSql(what, q.lastError());
}

int TeamConnection::schemaVersion()
{
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT to_regclass('pcc.schema_version') IS NOT NULL"_s) || !q.next()) {
        failSql(Tr::tr("read its schema version"), q.lastError());
        return -1;
    }
    if (!q.value(0).toBool())
        return 0;
    if (!q.exec(u"SELECT version FROM pcc.schema_version"_s) || !q.next()) {
        failSql(Tr::tr("read its schema version"), q.lastError());
        return -1;
    }
    return q.value(0).toInt();
}

bool TeamConnection::checkSchema()
{
    if (m_schemaChecked)
        return true;
    const int version = schemaVersion();
    if (version < 0)
        return false;
    if (version == 0)
        return failNotInitialised();
    if (version > TeamSchema::Version)
        return failTooNew(version);
    if (version < TeamSchema::Version)
        return fail(Problem::NotInitialised, Tr::tr("The team server's tables are version %1; the coordinator runs "
                                                    "'team init' to bring them to version %2.").arg(version).arg(TeamSchema::Version));
    m_schemaChecked = true;
    return true;
}

bool TeamConnection::transaction(const std::function<bool()> &body)
{
    if (!m_db.transaction())
        return failSql(Tr::tr("start a transaction"), m_db.lastError());
    if (!body()) {
        m_db.rollback();
        return false;
    }
    if (!m_db.commit()) {
        const QSqlError error = m_db.lastError();
        m_db.rollback();
        return failSql(Tr::tr("save the changes"), error);
    }
    return true;
}

} // namespace pcc
