#include "catchcompat.h"
#include "testsupport.h"

#include "forceids.h"

#include <QFile>
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
        INFO(line.toStdString());
        CHECK_FALSE(fields.contains(QString())); // what is not known is '-', so the columns stay in step for cut and awk
    }
    CHECK(ids == pcc::ForceIds::all());
    CHECK(r.out.contains(u"cumbria\tCumbria Constabulary\tPFCC\t"_s));
    // Avon and Somerset's office has no email in the data.
    CHECK(lines.first().split(u'\t').at(5) == u"-"_s);
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

namespace {
// The command names in --help's "Commands" list, in order.
QStringList commandsInHelp(const QString &help)
{
    QStringList names;
    const QStringList lines = help.split(u'\n');
    qsizetype i = lines.indexOf(u"Commands (each has --help):"_s);
    REQUIRE(i >= 0);
    for (++i; i < lines.size() && !lines.at(i).isEmpty(); ++i) {
        const QString &line = lines.at(i);
        if (line.startsWith(u"  "_s) && line.at(2).isLower())
            names << line.mid(2).section(u' ', 0, 0);
    }
    return names;
}

// The command names of the manual page's COMMANDS section, in order.
QStringList commandsInManualPage(const QString &page)
{
    QStringList names;
    const QStringList lines = page.split(u'\n');
    qsizetype i = lines.indexOf(u".SH COMMANDS"_s);
    REQUIRE(i >= 0);
    for (++i; i < lines.size() && !lines.at(i).startsWith(u".SH"_s); ++i) {
        if (lines.at(i) == u".TP"_s && i + 1 < lines.size()) {
            QString entry = lines.at(i + 1).section(u' ', 1);
            entry.remove(u'"');
            names << entry.section(u' ', 0, 0);
        }
    }
    return names;
}
} // namespace

TEST_CASE("cli: every command in --help runs its own --help, and the manual page lists the same commands", "[cli]")
{
    QTemporaryDir sandbox;
    const auto help = runApp({u"--help"_s}, sandbox.path());
    REQUIRE(help.exitCode == 0);
    const QStringList commands = commandsInHelp(help.out);
    CHECK(commands.size() == 15);
    for (const QString &command : commands) {
        INFO(command.toStdString());
        const auto r = runApp({command, u"--help"_s}, sandbox.path());
        CHECK(r.exitCode == 0);
        CHECK(r.out.contains(u"Usage:"_s));
    }
    QFile page(QStringLiteral(PCC_SOURCE_DIR "/packaging/linux/pcc-campaigner.1"));
    REQUIRE(page.open(QIODevice::ReadOnly));
    CHECK(commandsInManualPage(QString::fromUtf8(page.readAll())) == commands);
}

TEST_CASE("gui: --exit-after-startup opens the window and exits cleanly", "[cli][gui]")
{
    QTemporaryDir sandbox;
    const auto r = runApp({u"--exit-after-startup"_s}, sandbox.path());
    CHECK(r.exitCode == 0);
}
