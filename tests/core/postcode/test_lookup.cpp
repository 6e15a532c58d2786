#include "catchcompat.h"
#include "testsupport.h"

#include "apppaths.h"
#include "onlinepostcodelookup.h"
#include "postcode.h"
#include "postcodedistricts.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace pcc;

TEST_CASE("postcodes: parsing and normalising", "[lookup]")
{
    CHECK(Postcode::parse(u" bs208jj "_s).toString() == u"BS20 8JJ"_s);
    CHECK(Postcode::parse(u"SW1A 1AA"_s).outward() == u"SW1A"_s);
    CHECK(Postcode::parse(u"m1"_s).isValid());
    CHECK_FALSE(Postcode::parse(u"m1"_s).isFull());
    CHECK_FALSE(Postcode::parse(u"BS20 8JJJ"_s).isValid());
    CHECK_FALSE(Postcode::parse(u"hello"_s).isValid());
    CHECK_FALSE(Postcode::parse(u""_s).isValid());
    CHECK(Postcode::isValidFull(u"EC2P 2EJ"_s));
    CHECK_FALSE(Postcode::isValidFull(u"ec2p2ej"_s)); // stored data must be normalised
}

TEST_CASE("postcodes: the offline table marks boundary districts as uncertain", "[lookup]")
{
    const PostcodeDistricts table = PostcodeDistricts::loadDefault();
    REQUIRE(table.size() > 2500);
    auto m = table.find(Postcode::parse(u"GL50 1AA"_s));
    CHECK(m.found);
    CHECK(m.forceIds == QStringList{u"gloucestershire"_s});
    CHECK(m.certainty == u"high"_s);
    m = table.find(Postcode::parse(u"E1"_s));
    CHECK(m.straddles);
    CHECK(m.forceIds.size() >= 2);
    CHECK(table.find(Postcode::parse(u"BT7 2JA"_s)).forceIds == QStringList{u"northern-ireland"_s});
    CHECK_FALSE(table.find(Postcode::parse(u"LA1 1AA"_s)).found); // left out: misfiled in the source
}

TEST_CASE("cli: lookup exit codes follow the contract", "[lookup][cli]")
{
    QTemporaryDir sandbox;
    auto r = pcctest::runApp({u"lookup"_s, u"BS20 8JJ"_s}, sandbox.path());
    CHECK(r.exitCode == 0);
    CHECK(r.out.startsWith(u"avon-and-somerset\tAvon and Somerset Police\tOffice of the Police and Crime Commissioner for Avon and Somerset\n"_s));
    r = pcctest::runApp({u"lookup"_s, u"EH1 1AA"_s}, sandbox.path());
    CHECK(r.exitCode == 3);
    CHECK(r.out.startsWith(u"scotland\t"_s));
    r = pcctest::runApp({u"lookup"_s, u"BT1 1AA"_s}, sandbox.path());
    CHECK(r.exitCode == 3);
    CHECK(r.out.startsWith(u"northern-ireland\t"_s));
    r = pcctest::runApp({u"lookup"_s, u"not a postcode"_s}, sandbox.path());
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(u"is not a UK postcode"_s));
    r = pcctest::runApp({u"lookup"_s, u"E1 6AN"_s}, sandbox.path());
    CHECK(r.exitCode == 0);
    CHECK(r.out.split(u'\n', Qt::SkipEmptyParts).size() >= 2);
    CHECK(r.err.contains(u"more than one force area"_s));
}

TEST_CASE("online lookup: answers are checked, lies are rejected", "[lookup][network]")
{
    const Directory dir = Directory::fromFile(AppPaths::bundledPolicingBodies(), nullptr);
    OnlinePostcodeLookup lookup(dir);
    QString error;
    CHECK(lookup.forceFromResponse(R"({"status":200,"result":{"country":"England","pfa":"Avon and Somerset"}})", &error)
          == u"avon-and-somerset"_s);
    CHECK(lookup.forceFromResponse(R"({"status":200,"result":{"country":"England","pfa":"Devon & Cornwall"}})", &error)
          == u"devon-and-cornwall"_s);
    CHECK(lookup.forceFromResponse(R"({"status":200,"result":{"country":"England","pfa":"Metropolitan Police"}})", &error)
          == u"metropolitan"_s);
    CHECK(lookup.forceFromResponse(R"({"status":200,"result":{"country":"Scotland","pfa":"Scotland"}})", &error)
          == u"scotland"_s);
    CHECK(lookup.forceFromResponse(R"({"status":200,"result":{"country":"England","pfa":"Gotham"}})", &error).isEmpty());
    CHECK(error.contains(u"Gotham"_s));
    CHECK(lookup.forceFromResponse("<html>captive portal</html>", &error).isEmpty());
    CHECK(error.contains(u"does not understand"_s));
}

TEST_CASE("online lookup: a server that lies or is down gives a clear message", "[lookup][network]")
{
    const Directory dir = Directory::fromFile(AppPaths::bundledPolicingBodies(), nullptr);
    QTcpServer server;
    REQUIRE(server.listen(QHostAddress::LocalHost));
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&server] {
        QTcpSocket *s = server.nextPendingConnection();
        QObject::connect(s, &QTcpSocket::readyRead, s, [s] {
            s->readAll();
            s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 11\r\nConnection: close\r\n\r\nnot json!!!");
            s->disconnectFromHost();
        });
    });
    OnlinePostcodeLookup lookup(dir);
    lookup.setBaseUrl(u"http://127.0.0.1:%1"_s.arg(server.serverPort()));
    QSignalSpy failed(&lookup, &OnlinePostcodeLookup::failed);
    lookup.lookup(u"BS20 8JJ"_s);
    REQUIRE(failed.wait(10000));
    CHECK(failed.first().first().toString().contains(u"does not understand"_s));

    const quint16 port = server.serverPort();
    server.close();
    lookup.setBaseUrl(u"http://127.0.0.1:%1"_s.arg(port));
    QSignalSpy down(&lookup, &OnlinePostcodeLookup::failed);
    lookup.lookup(u"BS20 8JJ"_s);
    REQUIRE(down.wait(15000));
    CHECK(down.first().first().toString().contains(u"online lookup failed"_s));
}
