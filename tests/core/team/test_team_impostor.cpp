// An impostor "team server": a small local server that speaks just enough of the PostgreSQL
// protocol to ask for the password in cleartext. Addressed by a name that is not this
// computer's, the app must never send it one: not without TLS, and not over TLS with a
// certificate nobody trusts.
#include "catchcompat.h"
#include "testsupport.h"

#include "teamconnection.h"
#include "teamserveraddress.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>
#include <QtEndian>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace pcc;

namespace {

// Runs in its own thread (the client blocks in libpq): answers the SSL request with 'N' (no
// TLS) or 'S' and a self-signed certificate, then asks for a cleartext password and records
// whether one arrives.
class Impostor : public QTcpServer
{
public:
    Impostor(bool tls, QSslCertificate certificate, QSslKey key)
        : m_tls(tls), m_certificate(std::move(certificate)), m_key(std::move(key))
    {
    }
    std::atomic<bool> sawConnection{false};
    std::atomic<bool> gotPassword{false};

protected:
    void incomingConnection(qintptr descriptor) override
    {
        sawConnection = true;
        auto *socket = new QSslSocket(this);
        socket->setSocketDescriptor(descriptor);
        socket->setLocalCertificate(m_certificate);
        socket->setPrivateKey(m_key);
        auto buffer = std::make_shared<QByteArray>();
        auto stage = std::make_shared<int>(0); // 0 SSL request, 1 startup, 2 waiting for the password
        connect(socket, &QSslSocket::readyRead, this, [this, socket, buffer, stage] {
            *buffer += socket->readAll();
            if (*stage == 0 && buffer->size() >= 8) {
                buffer->remove(0, 8); // SSLRequest (or GSSENCRequest): length 8, a code
                if (m_tls) {
                    socket->write("S");
                    socket->flush();
                    socket->startServerEncryption();
                } else {
                    socket->write("N");
                }
                *stage = 1;
                return;
            }
            if (*stage == 1 && buffer->size() >= 4) {
                const quint32 length = qFromBigEndian<quint32>(buffer->constData());
                if (quint32(buffer->size()) < length)
                    return;
                buffer->remove(0, int(length));
                // AuthenticationCleartextPassword: 'R', length 8, code 3.
                socket->write(QByteArray("R\0\0\0\x08\0\0\0\x03", 9));
                *stage = 2;
                return;
            }
            if (*stage == 2 && buffer->startsWith('p'))
                gotPassword = true;
        });
    }

private:
    bool m_tls;
    QSslCertificate m_certificate;
    QSslKey m_key;
};

} // namespace

TEST_CASE("team: an impostor server asking for a cleartext password never gets one", "[team][security]")
{
    QTemporaryDir dir;
    // A self-signed certificate for the name the volunteer typed (openssl, as a coordinator would).
    const QString certFile = dir.filePath(u"impostor.crt"_s);
    const QString keyFile = dir.filePath(u"impostor.key"_s);
    QProcess openssl;
    openssl.start(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"2"_s,
                                 u"-subj"_s, u"/CN=team.campaign.example"_s, u"-keyout"_s, keyFile, u"-out"_s, certFile});
    REQUIRE(openssl.waitForFinished(60000));
    INFO(openssl.readAllStandardError().toStdString());
    REQUIRE(openssl.exitCode() == 0);
    QFile cf(certFile);
    QFile kf(keyFile);
    REQUIRE(cf.open(QIODevice::ReadOnly));
    REQUIRE(kf.open(QIODevice::ReadOnly));
    const QSslCertificate certificate(cf.readAll());
    const QSslKey key(kf.readAll(), QSsl::Rsa);
    REQUIRE_FALSE(certificate.isNull());
    REQUIRE_FALSE(key.isNull());

    for (const bool tls : {false, true}) {
        INFO((tls ? "over TLS with a self-signed certificate" : "without TLS"));
        QThread thread;
        Impostor impostor(tls, certificate, key);
        REQUIRE(impostor.listen(QHostAddress::LocalHost));
        impostor.moveToThread(&thread);
        thread.start();
        // A name that is not this computer's, reached at this computer's address.
        const TeamServerAddress address = TeamServerAddress::parse(
            u"postgresql://sam@team.campaign.example:%1/campaign?hostaddr=127.0.0.1"_s.arg(impostor.serverPort()));
        REQUIRE(address.isValid());
        REQUIRE_FALSE(address.isLoopback());
        TeamConnection connection(address);
        CHECK_FALSE(connection.open(u"the volunteer's password"_s));
        thread.quit();
        thread.wait();
        CHECK(impostor.sawConnection);  // the client did come to the impostor...
        CHECK_FALSE(impostor.gotPassword); // ...and left without sending the password
        CHECK(connection.problem() == TeamConnection::Problem::Refused);
    }
}
