// Fetching a signed directory update over HTTP, from a real server started here on 127.0.0.1:
// a good update, and each way a server can fail (refusal, lies, a download that never ends).
#include "catchcompat.h"
#include "publisherfixture.h"
#include "testhttpserver.h"
#include "testsupport.h"

#include "corrections.h"
#include "dataversion.h"
#include "directorydiff.h"
#include "directoryupdate.h"
#include "shippeddata.h"
#include "signingkeys.h"
#include "trustedkeys.h"
#include "updatefetcher.h"

#include <QElapsedTimer>
#include <QRegularExpression>

using namespace Qt::StringLiterals;
using namespace pcc;
using pcctest::inUseBytes;
using pcctest::fetchAndInstall;
using pcctest::Publisher;
using pcctest::TestServer;

TEST_CASE("updates: fetched over HTTP from this computer: good, and each way a server can fail", "[updates][network]")
{
    Publisher publisher;
    const QByteArray good = Publisher::update(u"2026-12-01"_s);
    const QByteArray goodSig = pcctest::readFile(publisher.signedFile(u"good.json"_s, good) + u".sig"_s);
    const QByteArray newer = Publisher::update(u"2026-12-05"_s);
    const QByteArray newerSig = pcctest::readFile(publisher.signedFile(u"newer.json"_s, newer) + u".sig"_s);
    TestServer server;
    using R = TestServer::Route;
    using M = TestServer::Mode;
    server.routes.insert(u"/good.json"_s, R{200, good, {}, M::Normal});
    server.routes.insert(u"/good.json.sig"_s, R{200, goodSig, {}, M::Normal});
    server.routes.insert(u"/tampered.json"_s, R{200, QByteArray(newer).replace("newpcc@kent.example", "attacker@evil.example"), {}, M::Normal});
    server.routes.insert(u"/tampered.json.sig"_s, R{200, newerSig, {}, M::Normal});
    server.routes.insert(u"/nosig.json"_s, R{200, Publisher::update(u"2026-12-06"_s), {}, M::Normal});
    server.routes.insert(u"/short.json"_s, R{200, Publisher::update(u"2026-12-07"_s), {}, M::CutShort});
    server.routes.insert(u"/short.json.sig"_s, R{200, newerSig, {}, M::Normal});
    server.routes.insert(u"/huge.json"_s, R{200, QByteArray(Directory::MaxFileBytes + 100, ' '), {}, M::Normal});
    server.routes.insert(u"/moved.json"_s, R{302, {}, server.url(u"/good.json"_s).toLatin1(), M::Normal});
    server.routes.insert(u"/silent.json"_s, R{200, {}, {}, M::Hang});
    server.routes.insert(u"/endless.json"_s, R{200, {}, {}, M::Endless});
    server.routes.insert(u"/drip.json"_s, R{200, {}, {}, M::Drip});

    REQUIRE(fetchAndInstall(server.url(u"/good.json"_s)).isEmpty());
    CHECK(ShippedData::loadDirectory().directory.dataVersion() == u"2026-12-01"_s);
    const QByteArray before = inUseBytes();

    const QList<std::pair<QString, QString>> refusals{
        {u"/tampered.json"_s, u"signature does not match"_s},
        {u"/nosig.json"_s, u"no signature"_s},
        // A body cut short is an error to Qt, or (when the server's close races the read) a
        // partial file whose signature cannot match: refused either way.
        {u"/short.json"_s, u"Could not download|signature does not match"_s},
        {u"/huge.json"_s, u"larger than an update can be"_s},
        {u"/moved.json"_s, u"not HTTPS"_s},
        {u"/silent.json"_s, u"Could not download"_s},
        {u"/endless.json"_s, u"larger than an update can be .* the download was stopped"_s},
        {u"/drip.json"_s, u"no complete answer within"_s},
    };
    for (const auto &[path, reason] : refusals) {
        INFO(path.toStdString());
        const bool slow = path == u"/silent.json"_s || path == u"/drip.json"_s;
        QElapsedTimer took;
        took.start();
        // The endless answer must be stopped by the size limit, as it arrives: its deadline is
        // long, so that on a slow machine (a sanitizer build, a busy CI) the limit still comes first.
        const int deadline = slow ? 1500 : path == u"/endless.json"_s ? 120000 : 10000;
        const QString error = fetchAndInstall(server.url(path), deadline);
        if (path == u"/drip.json"_s)
            CHECK(took.elapsed() < 8000); // the deadline is for the whole answer, not for each byte
        INFO(error.toStdString());
        CHECK(error.contains(QRegularExpression(reason)));
        CHECK(inUseBytes() == before);
    }
    // Not HTTPS and not this computer: refused before any request.
    QString why;
    CHECK_FALSE(UpdateFetcher::isAllowedUrl(QUrl(u"http://example.org/update.json"_s), &why));
    CHECK(UpdateFetcher::isAllowedUrl(QUrl(u"https://example.org/update.json"_s), &why));
}

TEST_CASE("updates: a download of exactly the largest size an update can be is taken, one byte more is refused", "[updates][network]")
{
    Publisher publisher;
    TestServer server;
    using R = TestServer::Route;
    server.routes.insert(u"/exact.json"_s, R{200, QByteArray(Directory::MaxFileBytes, ' '), {}, TestServer::Mode::Normal});
    server.routes.insert(u"/over.json"_s, R{200, QByteArray(Directory::MaxFileBytes + 1, ' '), {}, TestServer::Mode::Normal});
    const QByteArray before = inUseBytes();
    // Taken whole, so the signature is asked for next (and is missing).
    const QString exact = fetchAndInstall(server.url(u"/exact.json"_s));
    INFO(exact.toStdString());
    CHECK(exact.contains(u"no signature"_s));
    const QString over = fetchAndInstall(server.url(u"/over.json"_s));
    INFO(over.toStdString());
    CHECK(over.contains(u"larger than an update can be"_s));
    CHECK(inUseBytes() == before);
}
