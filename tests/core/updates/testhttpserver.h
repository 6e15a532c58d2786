#pragma once

// For the update tests: a tiny HTTP/1.1 server on 127.0.0.1, plain or over TLS with the test
// certificate in tests/fixtures/tls (made for these tests only, self-signed, RSA 2048, for
// 127.0.0.1 and localhost, valid 2025 to 2125; the app never trusts it), and fetchAndInstall,
// which fetches and installs an update as `data fetch` does.

#include "catchcompat.h"

#include "directoryupdate.h"
#include "updatefetcher.h"

#include <QEventLoop>
#include <QFile>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace pcctest {

using namespace Qt::StringLiterals;

// A tiny HTTP/1.1 server: each path answers as told (or never, or with half its body).
class TestServer : public QObject
{
public:
    // Endless: no length, and data for as long as the client reads. Drip: a length, then one
    // byte every 100 ms (never idle long enough for a transfer timeout).
    enum class Mode { Normal, Hang, CutShort, Endless, Drip };
    struct Route
    {
        int status = 200;
        QByteArray body;
        QByteArray location;
        Mode mode = Mode::Normal;
    };
    QHash<QString, Route> routes;

    enum class Scheme { Http, Https };

    explicit TestServer(Scheme scheme = Scheme::Http)
        : m_scheme(scheme)
    {
        if (scheme == Scheme::Https) {
            auto tls = std::make_unique<QSslServer>();
            QSslConfiguration config = QSslConfiguration::defaultConfiguration();
            config.setLocalCertificate(certificate());
            config.setPrivateKey(QSslKey(fixture(u"localhost.key"_s), QSsl::Rsa));
            REQUIRE_FALSE(config.privateKey().isNull());
            tls->setSslConfiguration(config);
            m_server = std::move(tls);
        } else {
            m_server = std::make_unique<QTcpServer>();
        }
        REQUIRE(m_server->listen(QHostAddress::LocalHost));
        // A TLS connection is pending only once its handshake is done, after newConnection.
        connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { answer(socket); });
                if (socket->bytesAvailable() > 0)
                    answer(socket);
            }
        });
    }
    QString url(const QString &path) const
    {
        return u"%1://127.0.0.1:%2%3"_s.arg(m_scheme == Scheme::Https ? u"https"_s : u"http"_s).arg(m_server->serverPort()).arg(path);
    }

    // The certificate the HTTPS server shows: trusted by nothing until a test trusts it.
    static QSslCertificate certificate()
    {
        const auto certificates = QSslCertificate::fromData(fixture(u"localhost.pem"_s));
        REQUIRE(certificates.size() == 1);
        return certificates.first();
    }

private:
    void answer(QTcpSocket *socket)
    {
        m_buffers[socket] += socket->readAll();
        if (!m_buffers[socket].contains("\r\n\r\n"))
            return;
        const QByteArray path = m_buffers[socket].split(' ').value(1);
        const Route route = routes.value(QString::fromLatin1(path), Route{404, "not found", {}, Mode::Normal});
        if (route.mode == Mode::Hang)
            return; // the request is read; no answer ever comes
        if (route.mode == Mode::Endless || route.mode == Mode::Drip) {
            const bool endless = route.mode == Mode::Endless;
            socket->write(endless ? QByteArray("HTTP/1.1 200 X\r\nConnection: close\r\n\r\n")
                                  : QByteArray("HTTP/1.1 200 X\r\nContent-Length: 100000\r\nConnection: close\r\n\r\n"));
            auto *timer = new QTimer(socket);
            connect(timer, &QTimer::timeout, socket, [socket, endless] {
                if (socket->state() != QAbstractSocket::ConnectedState)
                    return;
                if (!endless || socket->bytesToWrite() < 1024 * 1024)
                    socket->write(endless ? QByteArray(64 * 1024, ' ') : QByteArray(" "));
            });
            timer->start(endless ? 1 : 100);
            return;
        }
        QByteArray head = "HTTP/1.1 " + QByteArray::number(route.status) + " X\r\nContent-Length: "
            + QByteArray::number(route.body.size()) + "\r\nConnection: close\r\n";
        if (!route.location.isEmpty())
            head += "Location: " + route.location + "\r\n";
        socket->write(head + "\r\n");
        socket->write(route.mode == Mode::CutShort ? route.body.left(route.body.size() / 2) : route.body);
        socket->disconnectFromHost();
    }

    static QByteArray fixture(const QString &name)
    {
        QFile file(QStringLiteral(PCC_SOURCE_DIR "/tests/fixtures/tls/") + name);
        REQUIRE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    }

    Scheme m_scheme;
    std::unique_ptr<QTcpServer> m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

// Fetches and installs as `data fetch` does; the error, or empty when installed.
inline QString fetchAndInstall(const QString &url, int timeoutMs = 10000)
{
    pcc::UpdateFetcher fetcher;
    QEventLoop loop;
    QString error;
    QByteArray data, signature;
    bool done = false;
    QObject::connect(&fetcher, &pcc::UpdateFetcher::fetched, &loop, [&](const QByteArray &d, const QByteArray &s) {
        data = d;
        signature = s;
        done = true;
        loop.quit();
    });
    QObject::connect(&fetcher, &pcc::UpdateFetcher::failed, &loop, [&](const QString &reason) {
        error = reason;
        done = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs + 20000, &loop, &QEventLoop::quit); // the test never hangs
    fetcher.fetch(QUrl(url), timeoutMs);
    if (!done)
        loop.exec();
    REQUIRE(done);
    if (!error.isEmpty())
        return error;
    pcc::DirectoryUpdate::Installed result;
    return pcc::DirectoryUpdate::install(data, signature, &result, &error) ? QString() : error;
}

} // namespace pcctest
