#include "catchcompat.h"
#include "testsupport.h"

#include "apppaths.h"
#include "forceids.h"
#include "onlinepostcodelookup.h"
#include "postcode.h"
#include "postcodedistricts.h"

#include <QSet>
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
    // The last two letters of a postcode are never C, I, K, M, O or V: a mistyped one is no postcode.
    for (const QString &typo : {u"SW1A 0AO"_s, u"SW1A 1AC"_s, u"BS20 8IJ"_s, u"BS20 8JV"_s}) {
        INFO(typo.toStdString());
        CHECK_FALSE(Postcode::parse(typo).isValid());
    }
    CHECK(Postcode::parse(u"BS20 8ZZ"_s).isFull());
    // The area is the letters before the first digit, and only those.
    CHECK(Postcode::parse(u"W1D 4FA"_s).area() == u"W"_s);
    CHECK(Postcode::parse(u"SW1A 1AA"_s).area() == u"SW"_s);
    CHECK(Postcode::parse(u"EC2P"_s).area() == u"EC"_s);
}

TEST_CASE("postcodes: the offline table marks boundary districts as uncertain", "[lookup]")
{
    const PostcodeDistricts table = PostcodeDistricts::loadDefault();
    REQUIRE(table.size() > 2500);
    auto m = table.find(Postcode::parse(u"GL50 1AA"_s));
    CHECK(m.found);
    CHECK(m.forceIds == QStringList{u"gloucestershire"_s});
    CHECK(m.certainty == PostcodeDistricts::Certainty::High);
    m = table.find(Postcode::parse(u"E1"_s));
    CHECK(m.straddles);
    CHECK(m.forceIds.size() >= 2);
    CHECK(table.find(Postcode::parse(u"BT7 2JA"_s)).forceIds == QStringList{u"northern-ireland"_s});
}

TEST_CASE("postcodes: two bases, merged: agreement, one basis only, disagreement", "[lookup][districts]")
{
    const PostcodeDistricts table = PostcodeDistricts::loadDefault();
    // Both bases agree: sure.
    auto m = table.find(Postcode::parse(u"SW1A 1AA"_s));
    CHECK(m.basis == u"both"_s);
    CHECK(m.forceIds == QStringList{u"metropolitan"_s});
    CHECK(m.certainty == PostcodeDistricts::Certainty::High);
    // Only the centroids know these (the council list misfiled them): one force, less sure.
    for (const QString &district : {u"BN1"_s, u"L7"_s, u"CH41"_s, u"LA1"_s, u"LA9"_s, u"LD1"_s, u"LL11"_s, u"LE15"_s}) {
        INFO(district.toStdString());
        m = table.find(Postcode::parse(district));
        CHECK(m.found);
        CHECK(m.basis == u"centroid"_s);
        CHECK(m.certainty == PostcodeDistricts::Certainty::Medium);
        CHECK(m.forceIds.size() == 1);
    }
    CHECK(table.find(Postcode::parse(u"BN1 1JE"_s)).forceIds == QStringList{u"sussex"_s});
    CHECK(table.find(Postcode::parse(u"L7"_s)).forceIds == QStringList{u"merseyside"_s});
    CHECK(table.find(Postcode::parse(u"LA9"_s)).forceIds == QStringList{u"cumbria"_s});
    CHECK(table.find(Postcode::parse(u"LL11"_s)).forceIds == QStringList{u"north-wales"_s});
    // Only the council list knows this one (the Isles of Scilly are off the map).
    m = table.find(Postcode::parse(u"TR21"_s));
    CHECK(m.basis == u"authorities"_s);
    CHECK(m.forceIds == QStringList{u"devon-and-cornwall"_s});
    CHECK(m.certainty == PostcodeDistricts::Certainty::Medium);
    // The bases disagree: both forces, the centroid's first, marked as crossing a boundary.
    m = table.find(Postcode::parse(u"B45"_s));
    CHECK(m.basis == u"disagree"_s);
    CHECK(m.straddles);
    CHECK(m.forceIds.contains(u"west-midlands"_s));
    CHECK(m.forceIds.size() >= 2);
    CHECK(table.homeForceOf(u"B45 9AA"_s).isEmpty()); // nobody is told one commissioner here
}

TEST_CASE("postcodes: the Crown Dependencies have no commissioner, by name", "[lookup][districts]")
{
    const PostcodeDistricts table = PostcodeDistricts::loadDefault();
    for (const auto &[postcode, id] : {std::pair{u"GY1 1AA"_s, u"guernsey"_s}, std::pair{u"JE2 3AB"_s, u"jersey"_s},
                                       std::pair{u"IM1 1AA"_s, u"isle-of-man"_s}, std::pair{u"JE5"_s, u"jersey"_s}}) {
        const auto m = table.find(Postcode::parse(postcode));
        CHECK(m.forceIds == QStringList{id});
        CHECK(ForceIds::isNoPccArea(id));
    }
    CHECK(ForceIds::noPccAreaName(u"isle-of-man"_s).contains(u"Isle of Man"_s));
}

TEST_CASE("postcodes: every postcode area of England and Wales answers, even for a newer district", "[lookup][districts]")
{
    const PostcodeDistricts table = PostcodeDistricts::loadDefault();
    // Every area that has a district of England and Wales in the shipped table.
    QSet<QString> areas;
    QSet<QString> districts;
    const QList<QByteArray> lines = pcctest::readFile(pcctest::sourcePath(u"pcc_data/postcode_districts.csv"_s)).split('\n');
    for (const QByteArray &line : lines.mid(1)) {
        const QList<QByteArray> fields = line.split(',');
        districts.insert(QString::fromLatin1(fields.at(0)));
        if (fields.size() >= 2 && ForceIds::isForce(QString::fromLatin1(fields.at(1).split(';').first())))
            areas.insert(Postcode::parse(QString::fromLatin1(fields.at(0))).area());
    }
    REQUIRE(areas.size() > 100);
    for (const QString &area : std::as_const(areas)) {
        INFO(area.toStdString());
        int n = 90; // a district number the table does not have: the area's forces answer
        while (n < 100 && districts.contains(area + QString::number(n)))
            ++n;
        if (n == 100)
            continue; // every district number is taken (B): nothing new to fall back for
        const auto m = table.find(Postcode::parse(area + QString::number(n)));
        REQUIRE(m.found);
        CHECK(m.areaFallback);
        CHECK(m.certainty == PostcodeDistricts::Certainty::Low);
        CHECK_FALSE(m.forceIds.isEmpty());
    }
    const auto gl = table.find(Postcode::parse(u"GL97"_s));
    CHECK(gl.forceIds.contains(u"gloucestershire"_s));
    CHECK(gl.forceIds.first() == u"gloucestershire"_s); // the area's usual force first
}

TEST_CASE("postcodes: a bad postcode table in the data folder is reported, and the bundled one used", "[lookup][districts]")
{
    QTemporaryDir dir;
    const pcctest::ScopedAppPaths paths(dir.path());
    pcctest::writeFile(dir.filePath(u"postcode_districts.csv"_s), "outcode,forces,straddles,certainty\nGL50,atlantis,no,high\n");
    QString warning;
    const PostcodeDistricts table = PostcodeDistricts::loadDefault(&warning);
    CHECK(warning.contains(u"was not used"_s));
    CHECK(warning.contains(u"atlantis"_s));
    CHECK(table.find(Postcode::parse(u"GL50 1AA"_s)).forceIds == QStringList{u"gloucestershire"_s});

    // A certainty the app does not know is reported too (the words are lower case).
    DataIssues issues;
    PostcodeDistricts::fromCsv("outcode,forces,straddles,certainty\nGL50,gloucestershire,no,High\nGL51,gloucestershire,no,low\n", &issues);
    REQUIRE(issues.size() == 1);
    CHECK(issues.first().path == u"line 2"_s);
    CHECK(issues.first().message.contains(u"certainty 'High' is not high, medium or low"_s));
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
    CHECK(r.err.contains(u"crosses a force boundary"_s));
    for (const auto &[postcode, id] : {std::pair{u"JE2 3AB"_s, u"jersey"_s}, std::pair{u"GY1 1AA"_s, u"guernsey"_s},
                                       std::pair{u"IM1 1AA"_s, u"isle-of-man"_s}}) {
        r = pcctest::runApp({u"lookup"_s, postcode}, sandbox.path());
        CHECK(r.exitCode == 3);
        CHECK(r.out.startsWith(id + u'\t'));
    }
    r = pcctest::runApp({u"lookup"_s, u"BN1 1JE"_s}, sandbox.path());
    CHECK(r.exitCode == 0);
    CHECK(r.out.startsWith(u"sussex\t"_s));
    r = pcctest::runApp({u"lookup"_s, u"GL97 1AA"_s}, sandbox.path());
    CHECK(r.exitCode == 0);
    CHECK(r.err.contains(u"not in the offline table"_s));
}

TEST_CASE("cli: a district shared with Scotland exits 3 only when Scotland is the likelier", "[lookup][cli]")
{
    QTemporaryDir sandbox;
    // A table in the data folder given with --data: two border districts, each way round.
    const QString data = sandbox.filePath(u"override"_s);
    pcctest::writeFile(data + u"/postcode_districts.csv"_s,
                       "outcode,forces,straddles,certainty,basis\n"
                       "TD15,northumbria;scotland,yes,high,both\n"
                       "TD9,scotland;northumbria,yes,high,both\n");
    auto r = pcctest::runApp({u"--data"_s, data, u"lookup"_s, u"TD15 1AA"_s}, sandbox.path());
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.out.startsWith(u"northumbria\t"_s));
    CHECK(r.out.contains(u"\nscotland\t"_s));
    r = pcctest::runApp({u"--data"_s, data, u"lookup"_s, u"TD9 7AA"_s}, sandbox.path());
    CHECK(r.exitCode == 3);
    CHECK(r.out.startsWith(u"scotland\t"_s));
    CHECK(r.out.contains(u"\nnorthumbria\t"_s));
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
    // Northern Ireland's police area is none of the 43: the country says it has no commissioner.
    CHECK(lookup.forceFromResponse(R"({"status":200,"result":{"country":"Northern Ireland","pfa":"Police Service of Northern Ireland"}})",
                                   &error)
          == u"northern-ireland"_s);
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
    CHECK(down.first().first().toString().contains(u"could not reach postcodes.io"_s));
}
