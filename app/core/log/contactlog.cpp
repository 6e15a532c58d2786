#include "contactlog.h"

#include "isodates.h"
#include "logschema.h"
#include "owneronly.h"
#include "protectedlogfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>
#include <QVariant>
#include <QtEndian>

#include <atomic>

using namespace Qt::StringLiterals;

namespace pcc {

namespace {

std::atomic<int> g_connectionCounter{0};

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pcc::ContactLog)
};

// SQLite's primary result codes (sqlite3.h), as Qt reports them in nativeErrorCode().
enum SqliteCode { Busy = 5, Locked = 6, ReadOnly = 8, IoError = 10, Corrupt = 11, Full = 13, CantOpen = 14, NotADb = 26 };

int sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

} // namespace

ContactLog::ContactLog()
    : m_connection(u"pcc-log-%1"_s.arg(++g_connectionCounter))
{
}

ContactLog::~ContactLog()
{
    m_insertContact.reset();
    m_updateContact.reset();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool ContactLog::fail(Problem problem, const QString &message)
{
    m_problem = problem;
    m_error = message;
    return false;
}

bool ContactLog::failSql(const QString &what, const QSqlError &error)
{
    switch (sqliteCode(error)) {
    case Busy:
    case Locked:
        return fail(Problem::Busy, Tr::tr("%1: the contact log is in use by another program (%2). Nothing was changed; "
                                      "close the other program and try again.").arg(what, m_path));
    case Full:
        return fail(Problem::Failed, Tr::tr("%1: the disk is full, so nothing was saved. Free some space and try again.").arg(what));
    case ReadOnly:
        return fail(Problem::Failed, Tr::tr("%1: the contact log is read-only here, so nothing was saved.").arg(what));
    case Corrupt:
    case NotADb:
        return fail(Problem::Damaged, Tr::tr("%1: the contact log is damaged (%2).").arg(what, error.databaseText()));
    case IoError:
    case CantOpen:
        return fail(Problem::Failed, Tr::tr("%1: the contact log could not be read or written (%2).").arg(what, error.databaseText()));
    default:
        return fail(Problem::Failed, u"%1: %2"_s.arg(what, error.text()));
    }
}

ContactLog::Ownership ContactLog::inspect(const QString &path)
{
    QFile file(path);
    if (file.size() == 0)
        return Ownership::Empty;
    if (!file.open(QIODevice::ReadOnly))
        return Ownership::NotOurs;
    // The 100-byte SQLite header, read without SQLite so that nothing is created beside a
    // file that is not ours: magic string, user_version at 60, application_id at 68.
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return Ownership::NotOurs;
    const qint32 applicationId = qFromBigEndian<qint32>(header.constData() + 68);
    if (applicationId == ApplicationId)
        return Ownership::Ours;
    if (applicationId == 0 && isFirstReleaseLog(path))
        return Ownership::FirstRelease;
    return Ownership::NotOurs;
}

// The first release did not mark its files. Its schema is recognised by reading the file as
// immutable: no lock is taken and no -wal or -shm file is created.
bool ContactLog::isFirstReleaseLog(const QString &path)
{
    const QString probe = m_connection + u"-probe"_s;
    bool firstRelease = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, probe);
        db.setConnectOptions(u"QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"_s);
        db.setDatabaseName(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded)
                           + u"?immutable=1"_s);
        if (db.open()) {
            QSqlQuery q(db);
            QSet<QString> tables;
            if (q.exec(u"SELECT name FROM sqlite_master WHERE type = 'table'"_s)) {
                while (q.next())
                    tables.insert(q.value(0).toString());
            }
            const QSet<QString> expected{u"schema_version"_s, u"profiles"_s, u"contacts"_s, u"force_progress"_s, u"app_state"_s};
            firstRelease = tables.contains(expected) && q.exec(u"SELECT version FROM schema_version"_s) && q.next()
                && q.value(0).toInt() == 1;
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(probe);
    return firstRelease;
}

namespace {
QString notALogMessage(const QString &path)
{
    return Tr::tr("%1 is not a PCC Campaigner contact log (or cannot be read). It was left exactly as it was. "
              "Choose another file, or move this one away.").arg(path);
}
} // namespace

bool ContactLog::isUsablePath(const QString &path, QString *reason)
{
    const QFileInfo info(path);
    if (!info.exists())
        return true;
    ContactLog probe;
    if (info.isFile() && probe.inspect(path) != Ownership::NotOurs)
        return true;
    if (reason)
        *reason = info.isFile() ? notALogMessage(path) : Tr::tr("%1 is not a file.").arg(path);
    return false;
}

bool ContactLog::open(const QString &path, Check checkLevel)
{
    m_kept.reset(); // opened again: the files of the log before are no longer this one's
    m_path = path;
    m_error.clear();
    m_notice.clear();
    m_warnings.clear();
    m_problem = Problem::None;
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return fail(Problem::NotALog, Tr::tr("%1 is not a file.").arg(path));

    const Ownership ownership = info.exists() ? inspect(path) : Ownership::Empty;
    if (ownership == Ownership::NotOurs)
        return fail(Problem::NotALog, notALogMessage(path));
    if (!info.exists() && !QDir().mkpath(info.absolutePath())) {
        return fail(Problem::Failed, Tr::tr("Cannot create the folder for the contact log (%1). Check that it is writable, "
                                        "or choose another file with --db.").arg(info.absolutePath()));
    }
    if (!connect())
        return false;

    if (ownership == Ownership::Empty) {
        if (!markAsOurs(Tr::tr("Cannot create the contact log")))
            return false;
    } else if (!check(checkLevel)) {
        // Only a log of ours that fails the check is kept aside; busy or unreadable is reported.
        return m_problem == Problem::Damaged && moveAsideAndStartFresh();
    }
    if (!migrate())
        return false;
    guardFiles();
    return true;
}

bool ContactLog::connect()
{
    if (!m_db.isValid())
        m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(m_busyTimeoutMs));
    if (!m_db.open())
        return failSql(Tr::tr("Cannot open the contact log %1").arg(m_path), m_db.lastError());
    QSqlQuery q(m_db);
    for (const QString &pragma : {u"PRAGMA foreign_keys=ON"_s, u"PRAGMA secure_delete=ON"_s, u"PRAGMA cache_size=-16000"_s}) {
        if (!q.exec(pragma))
            return failSql(Tr::tr("Cannot open the contact log %1").arg(m_path), q.lastError());
    }
    return true;
}

// Reading the schema fails at once on a damaged header and waits (busy timeout) for a file
// another program holds locked; the full check reads every page.
bool ContactLog::check(Check checkLevel)
{
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT count(*) FROM sqlite_master"_s) || !q.next())
        return failSql(Tr::tr("Cannot read the contact log"), q.lastError());
    if (checkLevel == Check::Full)
        return verify();
    return true;
}

bool ContactLog::verify()
{
    QSqlQuery q(m_db);
    if (!q.exec(u"PRAGMA quick_check"_s) || !q.next())
        return failSql(Tr::tr("The contact log could not be checked"), q.lastError());
    if (q.value(0).toString() != u"ok"_s)
        return fail(Problem::Damaged, Tr::tr("The contact log is damaged: %1").arg(q.value(0).toString()));
    return true;
}

int ContactLog::schemaVersion()
{
    QSqlQuery q(m_db);
    if (q.exec(u"PRAGMA user_version"_s) && q.next() && q.value(0).toInt() > 0)
        return q.value(0).toInt();
    // The first release kept its version in a table.
    if (q.exec(u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"_s) && q.next()
        && q.value(0).toInt() == 1 && q.exec(u"SELECT version FROM schema_version"_s) && q.next())
        return q.value(0).toInt();
    return 0;
}

bool ContactLog::migrate()
{
    // Asked before anything is set: a newer version's log is left exactly as it was, journal
    // mode included.
    const int version = schemaVersion();
    if (version > SchemaVersion) {
        return fail(Problem::TooNew, Tr::tr("This contact log was written by a newer version of PCC Campaigner (schema %1); "
                                        "please update the app. The log was not changed.").arg(version));
    }
    QSqlQuery q(m_db);
    // SQLite answers with the mode it actually set: a log on a network share, or a file
    // system without shared memory, keeps a rollback journal, which is as safe, only slower.
    // PCC_LOG_JOURNAL=delete asks for that on purpose (a log kept on a share; the tests).
    const bool rollbackAsked = qgetenv("PCC_LOG_JOURNAL") == "delete";
    if (!q.exec(rollbackAsked ? u"PRAGMA journal_mode=DELETE"_s : u"PRAGMA journal_mode=WAL"_s) || !q.next())
        return failSql(Tr::tr("Cannot set up the contact log"), q.lastError());
    m_journalMode = q.value(0).toString().toLower();
    q.finish();
    if (m_journalMode != u"wal"_s) {
        if (!q.exec(u"PRAGMA journal_mode=DELETE"_s) || !q.next())
            return failSql(Tr::tr("Cannot set up the contact log"), q.lastError());
        m_journalMode = q.value(0).toString().toLower();
        q.finish();
        if (!rollbackAsked)
            m_warnings << Tr::tr("The contact log's folder does not allow SQLite's write-ahead log (is it on a network "
                                 "share?); it uses a rollback journal instead, which keeps everything as safely but is slower.");
    }
    // synchronous=FULL keeps the last commits through a power cut in either mode.
    if (!q.exec(u"PRAGMA synchronous=FULL"_s))
        return failSql(Tr::tr("Cannot set up the contact log"), q.lastError());

    bool migrated = false;
    for (const LogSchema::Migration &migration : LogSchema::migrations()) {
        if (migration.version <= version)
            continue;
        const bool ok = writeTransaction(Tr::tr("Cannot update the contact log to version %1").arg(migration.version), [&] {
            QSqlQuery m(m_db);
            for (const QString &sql : migration.statements) {
                if (!m.exec(sql))
                    return failSql(Tr::tr("Cannot update the contact log to version %1").arg(migration.version), m.lastError());
            }
            if (!m.exec(u"PRAGMA user_version = %1"_s.arg(migration.version)))
                return failSql(Tr::tr("Cannot update the contact log to version %1").arg(migration.version), m.lastError());
            return true;
        });
        if (!ok)
            return false;
        migrated = true;
    }
    if (migrated) // the new header (application_id, user_version) into the main file now
        q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    return true;
}

void ContactLog::guardFiles()
{
    m_kept = std::make_unique<ProtectedLogFiles>(m_path);
    // The log holds personal data: readable by its owner only, with its -wal and -shm files.
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s}) {
        QString warning;
        if (!OwnerOnly::restrictFileLike(m_kept->realLogPath() + suffix, m_kept->realLogPath(), &warning))
            m_warnings << warning;
    }
}

// A new log is marked as ours before anything else is written, so that even a crash during
// its first setup leaves a file this app recognises.
bool ContactLog::markAsOurs(const QString &what)
{
    QSqlQuery q(m_db);
    if (!q.exec(u"PRAGMA application_id = %1"_s.arg(ApplicationId)))
        return failSql(what, q.lastError());
    return true;
}

bool ContactLog::moveAsideAndStartFresh()
{
    m_insertContact.reset();
    m_updateContact.reset();
    m_db.close();
    if (!moveAside())
        return false;
    const QString notice = m_notice;
    if (!connect() || !markAsOurs(Tr::tr("Cannot start a fresh contact log")))
        return false;
    if (!migrate())
        return false;
    guardFiles(); // the fresh log is as much the volunteer's as the one before
    m_notice = notice;
    m_problem = Problem::None;
    m_error.clear();
    return true;
}

bool ContactLog::moveAside()
{
    const QString stamp = QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    QString target = m_path + u".damaged-"_s + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = m_path + u".damaged-"_s + stamp + u'-' + QString::number(n);
    // The -wal and -shm files go first: left behind, the old write-ahead log would be replayed
    // into the fresh log. If any move fails, the ones already moved go back and nothing changes.
    QStringList moved;
    auto undo = [&] {
        for (const QString &suffix : std::as_const(moved))
            QFile::rename(target + suffix, m_path + suffix);
    };
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s, QString()}) {
        if (!QFileInfo::exists(m_path + suffix))
            continue;
        if (!QFile::rename(m_path + suffix, target + suffix)) {
            undo();
            return fail(Problem::Damaged, Tr::tr("The contact log %1 is damaged and could not be moved aside; it was left untouched.")
                                              .arg(m_path + suffix));
        }
        moved << suffix;
    }
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s}) {
        QString warning;
        if (!OwnerOnly::restrictFile(target + suffix, &warning))
            m_warnings << warning;
    }
    m_notice = Tr::tr("The contact log was damaged. It has been kept as %1 and a new, empty log was started.").arg(target);
    return true;
}

bool ContactLog::writeTransaction(const QString &what, const std::function<bool()> &body)
{
    m_problem = Problem::None;
    m_error.clear();
    QSqlQuery q(m_db);
    // IMMEDIATE takes the write lock up front (waiting up to the busy timeout), so a change
    // never fails half-way because another writer got there first.
    if (!q.exec(u"BEGIN IMMEDIATE"_s))
        return failSql(what, q.lastError());
    if (!body()) {
        QSqlQuery(m_db).exec(u"ROLLBACK"_s);
        return false;
    }
    if (!q.exec(u"COMMIT"_s)) {
        const QSqlError error = q.lastError();
        QSqlQuery(m_db).exec(u"ROLLBACK"_s);
        return failSql(what, error);
    }
    return true;
}

QString ContactLog::integrityCheck()
{
    QSqlQuery q(m_db);
    if (!q.exec(u"PRAGMA integrity_check"_s) || !q.next())
        return q.lastError().text();
    return q.value(0).toString();
}

void ContactLog::setSizeLimit(qint64 bytes)
{
    QSqlQuery q(m_db);
    q.exec(u"PRAGMA page_size"_s);
    const qint64 pageSize = q.next() ? q.value(0).toLongLong() : 4096;
    q.exec(u"PRAGMA max_page_count = %1"_s.arg(std::max<qint64>(1, bytes / pageSize)));
}

} // namespace pcc
