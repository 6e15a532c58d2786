#include "catchcompat.h"
#include "testsupport.h"

#include "forceids.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using pcctest::runApp;

TEST_CASE("cli: forces lists the 43 forces with canonical ids", "[cli]")
{
    QTemporaryDir sandbox;
    const auto r = runApp({u"forces"_s}, sandbox.path());
    REQUIRE(r.exitCode == 0);
    QStringList ids;
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QStringList fields = line.split(u'\t');
        REQUIRE(fields.size() == 8);
        ids << fields.at(0);
    }
    CHECK(ids == pcc::ForceIds::all());
    CHECK(r.out.contains(u"cumbria\tCumbria Constabulary\tPFCC\t"_s));
}

TEST_CASE("cli: forces --json uses the data file's keys", "[cli]")
{
    QTemporaryDir sandbox;
    const auto r = runApp({u"forces"_s, u"--json"_s}, sandbox.path());
    REQUIRE(r.exitCode == 0);
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(root.value(u"schema_version"_s).toInt() == 2);
    const QJsonArray forces = root.value(u"forces"_s).toArray();
    REQUIRE(forces.size() == 43);
    const QJsonObject first = forces.at(0).toObject();
    for (const QString &key : {u"force_id"_s, u"force_name"_s, u"country"_s, u"body_kind"_s, u"office_name"_s,
                               u"holder"_s, u"deputy"_s, u"address"_s, u"email"_s, u"phone"_s, u"website"_s,
                               u"contact_url"_s, u"provenance"_s})
        CHECK(first.contains(key));
    CHECK(first.value(u"email"_s).isNull());
}

TEST_CASE("cli: data check accepts the shipped file and rejects bad ones field by field", "[cli]")
{
    QTemporaryDir sandbox;
    const QString shipped = pcctest::sourcePath(u"pcc_data/policing_bodies.json"_s);
    auto ok = runApp({u"data"_s, u"check"_s, shipped}, sandbox.path());
    CHECK(ok.exitCode == 0);
    CHECK(ok.out.contains(u"valid (43 forces"_s));

    QByteArray bad = pcctest::shippedPolicingBodies();
    bad.replace("\"BS20 8JJ\"", "\"BS20 8JJJ\"");
    const QString badFile = sandbox.filePath(u"bad.json"_s);
    pcctest::writeFile(badFile, bad);
    auto r = runApp({u"data"_s, u"check"_s, badFile}, sandbox.path());
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"forces[0].address.postcode: 'BS20 8JJJ' is not a UK postcode"_s));

    pcctest::writeFile(badFile, "");
    r = runApp({u"data"_s, u"check"_s, badFile}, sandbox.path());
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"empty"_s));

    r = runApp({u"data"_s, u"check"_s, sandbox.filePath(u"does-not-exist.json"_s)}, sandbox.path());
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"cannot read"_s));

    r = runApp({u"data"_s, u"check"_s}, sandbox.path());
    CHECK(r.exitCode == 2);
}

TEST_CASE("cli: a bad override data file falls back to the bundled data with a warning", "[cli]")
{
    QTemporaryDir sandbox;
    pcctest::writeFile(sandbox.filePath(u"override/policing_bodies.json"_s), "{\"schema_version\": 9}");
    const auto r = runApp({u"--data"_s, sandbox.filePath(u"override"_s), u"forces"_s}, sandbox.path());
    CHECK(r.exitCode == 0);
    CHECK(r.out.split(u'\n', Qt::SkipEmptyParts).size() == 43);
    CHECK(r.err.contains(u"unsupported schema version 9"_s));
}

TEST_CASE("cli: version, help and unknown commands", "[cli]")
{
    QTemporaryDir sandbox;
    auto r = runApp({u"--version"_s}, sandbox.path());
    CHECK(r.exitCode == 0);
    CHECK(r.out.startsWith(u"pcc-campaigner "_s));
    r = runApp({u"--help"_s}, sandbox.path());
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(u"lookup POSTCODE"_s));
    r = runApp({u"frobnicate"_s}, sandbox.path());
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(u"unknown command 'frobnicate'"_s));
}

TEST_CASE("gui: --exit-after-startup opens the window and exits cleanly", "[cli][gui]")
{
    QTemporaryDir sandbox;
    const auto r = runApp({u"--exit-after-startup"_s}, sandbox.path());
    CHECK(r.exitCode == 0);
}
