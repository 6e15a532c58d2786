#include "pgtestserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTcpServer>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace pcctest {

namespace {

int freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

#ifdef Q_OS_UNIX
bool isRoot()
{
    return ::geteuid() == 0;
}

// Gives the folder to "nobody" so that the server, which will not run as root, may use it.
bool handToNobody(const QString &path)
{
    const passwd *nobody = ::getpwnam("nobody");
    return nobody && ::chown(QFile::encodeName(path).constData(), nobody->pw_uid, nobody->pw_gid) == 0;
}
#else
bool isRoot()
{
    return false;
}
bool handToNobody(const QString &)
{
    return true;
}
#endif

} // namespace

PgTestServer::PgTestServer()
    : m_binDir(QFileInfo(QStringLiteral(PCC_PG_CTL)).absolutePath())
{
}

PgTestServer::~PgTestServer()
{
    stop();
}

bool PgTestServer::run(const QString &program, const QStringList &args, QString *output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setWorkingDirectory(m_dir.path());
    const QString path = QDir(m_binDir).filePath(program);
    if (isRoot())
        p.start(u"runuser"_s, QStringList{u"-u"_s, u"nobody"_s, u"--"_s, path} + args);
    else
        p.start(path, args);
    const bool finished = p.waitForFinished(60000);
    const QString text = QString::fromLocal8Bit(p.readAll());
    if (output)
        *output = text;
    if (!finished || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        m_error = u"%1 failed: %2"_s.arg(program, text.isEmpty() ? p.errorString() : text);
        return false;
    }
    return true;
}

bool PgTestServer::start(const QString &certificateFile, const QString &keyFile)
{
    if (QString(QStringLiteral(PCC_PG_CTL)).isEmpty() || !QFileInfo::exists(QStringLiteral(PCC_PG_CTL))) {
        m_error = u"PostgreSQL's server programs (pg_ctl, initdb) were not found when the tests were configured; "
                  "packaging/setup-deps.sh installs them (Debian: postgresql)."_s;
        return false;
    }
    if (!m_dir.isValid() || (isRoot() && !handToNobody(m_dir.path()))) {
        m_error = u"cannot prepare a folder for the test server"_s;
        return false;
    }
    const QString data = m_dir.filePath(u"data"_s);
    const QString pwfile = m_dir.filePath(u"pw"_s);
    {
        QFile f(pwfile);
        if (!f.open(QIODevice::WriteOnly) || f.write(adminPassword().toUtf8() + '\n') < 0) {
            m_error = u"cannot write the password file"_s;
            return false;
        }
    }
    if (isRoot() && !handToNobody(pwfile)) {
        m_error = u"cannot hand the password file to nobody"_s;
        return false;
    }
    if (!run(u"initdb"_s, {u"-D"_s, data, u"-U"_s, adminRole(), u"--auth=scram-sha-256"_s, u"--pwfile"_s, pwfile,
                           u"-E"_s, u"UTF8"_s, u"--locale=C"_s, u"--no-sync"_s}))
        return false;
    QString tls;
    if (!certificateFile.isEmpty()) {
        // The server reads its key only when it owns it and nobody else can read it.
        const QString cert = m_dir.filePath(u"server.crt"_s);
        const QString key = m_dir.filePath(u"server.key"_s);
        if (!QFile::copy(certificateFile, cert) || !QFile::copy(keyFile, key)
            || !QFile::setPermissions(key, QFile::ReadOwner | QFile::WriteOwner) || (isRoot() && (!handToNobody(cert) || !handToNobody(key)))) {
            m_error = u"cannot give the test server its certificate"_s;
            return false;
        }
        tls = u" -c ssl=on -c ssl_cert_file=%1 -c ssl_key_file=%2"_s.arg(cert, key);
    }
    for (int attempt = 0; attempt < 5; ++attempt) {
        m_port = freePort();
        // log_statement=ddl: a CREATE ROLE is written to the log as sent, so a test can see
        // whether a password ever reached the server.
        const QString options = u"-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60 "
                                "-c log_statement=ddl"_s
                                    .arg(m_port).arg(m_dir.path())
                                + tls;
        if (run(u"pg_ctl"_s, {u"-D"_s, data, u"-o"_s, options, u"-l"_s, m_dir.filePath(u"server.log"_s), u"-w"_s, u"start"_s})) {
            m_running = true;
            m_error.clear();
            return true;
        }
    }
    return false;
}

bool PgTestServer::stop()
{
    if (!m_running)
        return true;
    m_running = false;
    return run(u"pg_ctl"_s, {u"-D"_s, m_dir.filePath(u"data"_s), u"-m"_s, u"immediate"_s, u"-w"_s, u"stop"_s});
}

QString PgTestServer::log() const
{
    QFile f(m_dir.filePath(u"server.log"_s));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QString PgTestServer::url(const QString &role, const QString &database) const
{
    return u"postgresql://%1@127.0.0.1:%2/%3"_s.arg(role).arg(m_port).arg(database);
}

} // namespace pcctest
