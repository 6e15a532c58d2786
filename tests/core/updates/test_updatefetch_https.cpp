// Fetching a signed directory update over HTTPS, from a TLS server started here on 127.0.0.1
// with a test certificate: refused while this computer does not trust it; once trusted, the
// redirects a real host makes are followed, up to three.
#include "catchcompat.h"
#include "publisherfixture.h"
#include "testhttpserver.h"
#include "testsupport.h"

#include "dataversion.h"
#include "shippeddata.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;
using namespace pcc;
using pcctest::fetchAndInstall;
using pcctest::Publisher;
using pcctest::TestServer;

// Linux only: there Qt's TLS is OpenSSL's on both sides. Windows' and macOS's own TLS (Schannel,
// Secure Transport) check a server's certificate by the system's rules (macOS refuses one valid
// for more than 825 days), which a test certificate made once for a century cannot meet.
#ifdef Q_OS_LINUX

namespace {

// The signed update on the server at /update.json (and its signature beside it).
void serveUpdate(TestServer &server, Publisher &publisher, const QString &version)
{
    const QByteArray update = Publisher::update(version);
    const QByteArray signature = pcctest::readFile(publisher.signedFile(u"update.json"_s, update) + u".sig"_s);
    server.routes.insert(u"/update.json"_s, TestServer::Route{200, update, {}, TestServer::Mode::Normal});
    server.routes.insert(u"/update.json.sig"_s, TestServer::Route{200, signature, {}, TestServer::Mode::Normal});
}

// /hopsN/update.json (and .sig) redirect N times before reaching /update.json: each hop is
// relative, as hosts write them, and the last names the whole address.
QString redirectChain(TestServer &server, int hops)
{
    for (const QString &file : {u"update.json"_s, u"update.json.sig"_s}) {
        for (int hop = 0; hop < hops; ++hop) {
            const QString from = u"/hops%1/%2/%3"_s.arg(hops).arg(hop).arg(file);
            const QByteArray to = hop + 1 == hops ? server.url(u"/"_s + file).toLatin1()
                                                 : u"/hops%1/%2/%3"_s.arg(hops).arg(hop + 1).arg(file).toLatin1();
            server.routes.insert(from, TestServer::Route{hop % 2 ? 301 : 302, {}, to, TestServer::Mode::Normal});
        }
    }
    return server.url(u"/hops%1/0/update.json"_s.arg(hops));
}

// This computer trusts the test certificate while it lives, as it would a real host's.
class TrustedTestCertificate
{
public:
    TrustedTestCertificate()
        : m_before(QSslConfiguration::defaultConfiguration())
    {
        QSslConfiguration trusting = m_before;
        trusting.addCaCertificate(TestServer::certificate());
        QSslConfiguration::setDefaultConfiguration(trusting);
    }
    ~TrustedTestCertificate() { QSslConfiguration::setDefaultConfiguration(m_before); }
    TrustedTestCertificate(const TrustedTestCertificate &) = delete;
    TrustedTestCertificate &operator=(const TrustedTestCertificate &) = delete;

private:
    QSslConfiguration m_before;
};

} // namespace

TEST_CASE("updates: an HTTPS server whose certificate this computer does not trust is refused", "[updates][network]")
{
    Publisher publisher;
    TestServer server(TestServer::Scheme::Https);
    serveUpdate(server, publisher, u"2026-12-01"_s);
    const QByteArray before = pcctest::inUseBytes();
    const QString error = fetchAndInstall(server.url(u"/update.json"_s));
    INFO(error.toStdString());
    CHECK(error.startsWith(u"Could not download "_s));
    CHECK(error.contains(u"certificate"_s)); // refused for the certificate, not for any failure
    CHECK(pcctest::inUseBytes() == before);
    CHECK(ShippedData::loadDirectory().directory.dataVersion() != u"2026-12-01"_s);
}

TEST_CASE("updates: over HTTPS, three redirects are followed and a fourth is refused", "[updates][network]")
{
    Publisher publisher;
    const TrustedTestCertificate trusted;
    TestServer server(TestServer::Scheme::Https);
    serveUpdate(server, publisher, u"2026-12-01"_s);
    const QString direct = server.url(u"/update.json"_s);
    const QString threeHops = redirectChain(server, 3);
    const QString fourHops = redirectChain(server, 4);
    // Back to plain HTTP, even on this computer: a redirect must stay on HTTPS.
    server.routes.insert(u"/downgrade.json"_s,
                         TestServer::Route{302, {}, QString(direct).replace(u"https:"_s, u"http:"_s).toLatin1(), TestServer::Mode::Normal});
    const QByteArray before = pcctest::inUseBytes();

    const QString tooMany = fetchAndInstall(fourHops);
    INFO(tooMany.toStdString());
    CHECK(tooMany == u"%1 redirects too many times: refused."_s.arg(server.url(u"/hops4/3/update.json"_s)));
    const QString downgraded = fetchAndInstall(server.url(u"/downgrade.json"_s));
    INFO(downgraded.toStdString());
    CHECK(downgraded.contains(u"which is not HTTPS: refused."_s));
    CHECK(pcctest::inUseBytes() == before);

    const QString followed = fetchAndInstall(threeHops);
    INFO(followed.toStdString());
    CHECK(followed.isEmpty());
    CHECK(ShippedData::loadDirectory().directory.dataVersion() == u"2026-12-01"_s);
}
#endif
