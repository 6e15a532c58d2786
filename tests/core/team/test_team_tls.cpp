// Issue 24: a team server that is not this computer is reached with verify-full and channel
// binding. The positive half: a real PostgreSQL server with a certificate from the campaign's
// own authority is reached, and syncs; one whose certificate another authority signed, or that
// names another host, is refused before any password is sent.
#include "catchcompat.h"
#include "teamfixture.h"

#include "teamcoverage.h"
#include "teamsync.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace pcc;
using pcctest::PgTestServer;
using pcctest::record;

namespace {

void openssl(const QStringList &args, const QString &dir)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(u"openssl"_s, args);
    REQUIRE(p.waitForFinished(60000));
    INFO(QString::fromLocal8Bit(p.readAll()).toStdString());
    REQUIRE(p.exitCode() == 0);
}

// A certificate authority, and a server certificate it signs for `host`.
void makeAuthority(const QString &dir, const QString &name)
{
    openssl({u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s,
             u"-keyout"_s, name + u".key"_s, u"-out"_s, name + u".crt"_s, u"-days"_s, u"2"_s, u"-subj"_s, u"/CN="_s + name},
            dir);
}

void makeServerCertificate(const QString &dir, const QString &authority, const QString &host, const QString &name)
{
    openssl({u"req"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-keyout"_s,
             name + u".key"_s, u"-out"_s, name + u".csr"_s, u"-subj"_s, u"/CN="_s + host},
            dir);
    QFile ext(dir + u"/"_s + name + u".ext"_s);
    REQUIRE(ext.open(QIODevice::WriteOnly));
    ext.write("subjectAltName=DNS:" + host.toUtf8() + "\n");
    ext.close();
    openssl({u"x509"_s, u"-req"_s, u"-in"_s, name + u".csr"_s, u"-CA"_s, authority + u".crt"_s, u"-CAkey"_s, authority + u".key"_s,
             u"-CAcreateserial"_s, u"-out"_s, name + u".crt"_s, u"-days"_s, u"2"_s, u"-extfile"_s, name + u".ext"_s},
            dir);
}

QString tlsUrl(const PgTestServer &server, const QString &role, const QString &host, const QString &authorityFile)
{
    return u"postgresql://%1@%2:%3/postgres?hostaddr=127.0.0.1&sslrootcert=%4"_s.arg(role, host).arg(server.port()).arg(authorityFile);
}

} // namespace

TEST_CASE("team tls: a server with the campaign's certificate is reached with verify-full and a volunteer syncs", "[team][security]")
{
    QTemporaryDir dir;
    const QString host = u"team.campaign.example"_s;
    makeAuthority(dir.path(), u"campaign-ca"_s);
    makeAuthority(dir.path(), u"other-ca"_s);
    makeServerCertificate(dir.path(), u"campaign-ca"_s, host, u"server"_s);

    PgTestServer server;
    INFO(server.error().toStdString());
    REQUIRE(server.start(dir.filePath(u"server.crt"_s), dir.filePath(u"server.key"_s)));
    {
        TeamConnection admin(TeamServerAddress::parse(server.url(PgTestServer::adminRole())));
        REQUIRE(admin.open(PgTestServer::adminPassword()));
        TeamAdmin::InitResult init;
        REQUIRE(TeamAdmin::init(admin, &init));
        QString password;
        REQUIRE(TeamAdmin::addMember(admin, u"v_tls"_s, TeamAdmin::Kind::Volunteer, &password));
        REQUIRE(admin.exec(u"ALTER ROLE v_tls PASSWORD 'tls-secret'"_s, u"password"_s));
    }

    const TeamServerAddress address = TeamServerAddress::parse(tlsUrl(server, u"v_tls"_s, host, dir.filePath(u"campaign-ca.crt"_s)));
    REQUIRE(address.isValid());
    CHECK(address.connectOptions().contains(u"sslmode=verify-full"_s));
    CHECK(address.connectOptions().contains(u"channel_binding=require"_s));
    TeamConnection c(address);
    INFO(c.lastError().toStdString());
    REQUIRE(c.open(u"tls-secret"_s));
    CHECK(pcctest::column(c, u"SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"_s) == QStringList{u"true"_s});
    const QString profile = QUuid::createUuid().toString(QUuid::WithoutBraces);
    TeamSync::Result result;
    REQUIRE(TeamSync::push(c, profile, {record(profile, u"Tia"_s, u"kent"_s, ContactStatus::Sent)}, &result));
    CHECK(result.pushed == 1);

    // Signed by another authority: refused, and the server never saw a password attempt.
    const QString before = server.log();
    TeamConnection impostor(TeamServerAddress::parse(tlsUrl(server, u"v_tls"_s, host, dir.filePath(u"other-ca.crt"_s))));
    CHECK_FALSE(impostor.open(u"tls-secret"_s));
    CHECK(impostor.problem() == TeamConnection::Problem::Refused);
    CHECK(impostor.lastError().contains(u"encrypted connection"_s));

    // The right authority, but a name the certificate was not made for.
    TeamConnection wrongName(TeamServerAddress::parse(tlsUrl(server, u"v_tls"_s, u"other.campaign.example"_s,
                                                              dir.filePath(u"campaign-ca.crt"_s))));
    CHECK_FALSE(wrongName.open(u"tls-secret"_s));
    CHECK(wrongName.problem() == TeamConnection::Problem::Refused);
    CHECK(wrongName.lastError().contains(u"does not match"_s)); // libpq's own reason, passed on
    CHECK_FALSE(server.log().mid(before.size()).contains(u"password authentication failed"_s));
}
