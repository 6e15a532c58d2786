#pragma once

#include <QString>
#include <QTemporaryDir>

namespace pcctest {

// A real PostgreSQL server for one test: initdb in a temporary folder, listening on a free
// port on 127.0.0.1 only, with password (SCRAM) authentication for every login. PostgreSQL
// refuses to run as root, so under root it runs as the unprivileged user "nobody". Stopped
// and deleted when this object goes.
class PgTestServer
{
public:
    PgTestServer();
    ~PgTestServer();
    PgTestServer(const PgTestServer &) = delete;
    PgTestServer &operator=(const PgTestServer &) = delete;

    // False with error() when the server could not be made or started. With a certificate and
    // its key (PEM files), the server also speaks TLS.
    bool start(const QString &certificateFile = {}, const QString &keyFile = {});
    bool stop();       // as if it went down: the next connection is refused
    QString error() const { return m_error; }

    int port() const { return m_port; }
    QString log() const; // everything the server wrote to its log so far
    static QString adminRole() { return QStringLiteral("pcc_admin"); }
    static QString adminPassword() { return QStringLiteral("admin-secret"); }
    QString url(const QString &role, const QString &database = QStringLiteral("postgres")) const;

private:
    bool run(const QString &program, const QStringList &args, QString *output = nullptr);

    QTemporaryDir m_dir;
    QString m_binDir;
    int m_port = 0;
    bool m_running = false;
    QString m_error;
};

} // namespace pcctest
