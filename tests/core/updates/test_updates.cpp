// Signed directory updates: only a complete, signed (by a trusted key), valid and newer file is
// installed; every refusal leaves the directory in use byte for byte as it was. Fetching over
// HTTP is in test_updatefetch.cpp.
#include "catchcompat.h"
#include "publisherfixture.h"
#include "testsupport.h"

#include "corrections.h"
#include "dataversion.h"
#include "directorydiff.h"
#include "directoryupdate.h"
#include "shippeddata.h"
#include "signingkeys.h"
#include "trustedkeys.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;
using namespace pcc;
using pcctest::inUseBytes;
using pcctest::Publisher;

TEST_CASE("updates: data versions compare number by number", "[updates]")
{
    CHECK(DataVersion::compare(u"2026-12-01"_s, u"2026-11-28"_s) > 0);
    CHECK(DataVersion::compare(u"2026-11-28.2"_s, u"2026-11-28"_s) > 0);
    CHECK(DataVersion::compare(u"2026-11-28.10"_s, u"2026-11-28.9"_s) > 0);
    CHECK(DataVersion::compare(u"2026-11-28"_s, u"2026-11-28"_s) == 0);
    CHECK(DataVersion::next(u"2026-11-28"_s, u"2026-11-28"_s) == u"2026-11-28.1"_s);
    CHECK(DataVersion::next(u"2026-11-28.1"_s, u"2026-11-28"_s) == u"2026-11-28.2"_s);
    CHECK(DataVersion::next(u"2026-11-28"_s, u"2026-12-03"_s) == u"2026-12-03"_s);
}

TEST_CASE("updates: keys are made owner-only and never overwritten", "[updates]")
{
    Publisher publisher(false);
    CHECK((QFile::permissions(publisher.secret) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther)) == 0);
    const QByteArray before = pcctest::readFile(publisher.secret);
    QString error;
    CHECK_FALSE(SigningKeys::generate(publisher.secret, publisher.dir.filePath(u"other.pub"_s), &error));
    CHECK(error.contains(u"already exists"_s));
    CHECK(pcctest::readFile(publisher.secret) == before);
}

TEST_CASE("updates: a good signed update installs, and revert brings the old one back", "[updates]")
{
    Publisher publisher;
    const QString file = publisher.signedFile(u"update.json"_s, Publisher::update(u"2026-12-01"_s));
    DirectoryUpdate::Installed result;
    QString error;
    REQUIRE(DirectoryUpdate::installFile(file, &result, &error));
    CHECK(result.fromVersion == u"2026-11-28.1"_s);
    CHECK(result.toVersion == u"2026-12-01"_s);
    CHECK(ShippedData::loadDirectory().directory.force(u"kent"_s)->email == u"newpcc@kent.example"_s);
    QString message;
    REQUIRE(DirectoryUpdate::revert(&message, &error));
    CHECK(ShippedData::loadDirectory().directory.dataVersion() == u"2026-11-28.1"_s);
    CHECK(ShippedData::loadDirectory().directory.force(u"kent"_s)->email != u"newpcc@kent.example"_s);
}

TEST_CASE("updates: every refusal says why and leaves the directory in use unchanged", "[updates]")
{
    Publisher publisher;
    // Something already installed, so "unchanged" is about real bytes.
    DirectoryUpdate::Installed ok;
    QString error;
    REQUIRE(DirectoryUpdate::installFile(publisher.signedFile(u"first.json"_s, Publisher::update(u"2026-12-01"_s)), &ok, &error));
    const QByteArray before = inUseBytes();

    struct Case
    {
        const char *what;
        std::function<QString()> file;
        QString reason;
    };
    const QList<Case> cases{
        {"changed after signing",
         [&] {
             const QString f = publisher.signedFile(u"tampered.json"_s, Publisher::update(u"2026-12-02"_s));
             pcctest::writeFile(f, Publisher::update(u"2026-12-02"_s, u"attacker@evil.example"_s));
             return f;
         },
         u"signature does not match"_s},
        {"signed by a key not trusted",
         [&] {
             QTemporaryDir other;
             const QString sec = other.filePath(u"s.key"_s);
             QString e;
             REQUIRE(SigningKeys::generate(sec, other.filePath(u"p.key"_s), &e));
             const QString f = publisher.dir.filePath(u"stranger.json"_s);
             pcctest::writeFile(f, Publisher::update(u"2026-12-02"_s));
             REQUIRE(SigningKeys::sign(f, sec, &e));
             return f;
         },
         u"signature does not match"_s},
        {"no signature",
         [&] {
             const QString f = publisher.dir.filePath(u"unsigned.json"_s);
             pcctest::writeFile(f, Publisher::update(u"2026-12-02"_s));
             return f;
         },
         u".sig is missing"_s},
        {"an older data_version",
         [&] { return publisher.signedFile(u"older.json"_s, Publisher::update(u"2026-11-30"_s)); },
         u"not newer"_s},
        {"the same data_version as the one in use",
         [&] { return publisher.signedFile(u"same.json"_s, Publisher::update(u"2026-12-01"_s, u"other@kent.example"_s)); },
         u"not newer"_s},
        {"signed but invalid",
         [&] { return publisher.signedFile(u"invalid.json"_s, Publisher::update(u"2026-12-02"_s, u"not an email"_s)); },
         u"does not pass the data check"_s},
        {"cut short",
         [&] { return publisher.signedFile(u"short.json"_s, Publisher::update(u"2026-12-02"_s).left(5000)); },
         u"does not pass the data check"_s},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        DirectoryUpdate::Installed result;
        QString reason;
        CHECK_FALSE(DirectoryUpdate::installFile(c.file(), &result, &reason));
        CHECK(reason.contains(c.reason));
        CHECK(inUseBytes() == before);
    }
}

TEST_CASE("updates: the command line installs and refuses with the right exit codes", "[updates][cli]")
{
    QTemporaryDir sandbox;
    const QString data = sandbox.filePath(u"data"_s);
    auto run = [&](const QStringList &args) { return pcctest::runApp(QStringList{u"--data"_s, data} + args, sandbox.path()); };
    REQUIRE(run({u"data"_s, u"keygen"_s, sandbox.filePath(u"s.key"_s), sandbox.filePath(u"p.key"_s)}).exitCode == 0);
    const QString file = sandbox.filePath(u"update.json"_s);
    pcctest::writeFile(file, Publisher::update(u"2026-12-01"_s));
    const auto unsignedRun = run({u"data"_s, u"install"_s, file});
    CHECK(unsignedRun.exitCode == 1);
    CHECK(unsignedRun.err.contains(u".sig is missing"_s));
    REQUIRE(run({u"data"_s, u"sign"_s, file, u"--key"_s, sandbox.filePath(u"s.key"_s)}).exitCode == 0);
    const auto untrusted = run({u"data"_s, u"install"_s, file});
    CHECK(untrusted.exitCode == 1);
    CHECK(untrusted.err.contains(u"No publisher key is trusted"_s));
    REQUIRE(run({u"data"_s, u"trust"_s, sandbox.filePath(u"p.key"_s)}).exitCode == 0);
    const auto installed = run({u"data"_s, u"install"_s, file});
    INFO(installed.err.toStdString());
    CHECK(installed.exitCode == 0);
    CHECK(run({u"forces"_s}).out.contains(u"newpcc@kent.example"_s));
    CHECK(run({u"data"_s, u"revert"_s}).exitCode == 0);
    CHECK_FALSE(run({u"forces"_s}).out.contains(u"newpcc@kent.example"_s));
}

TEST_CASE("updates: hostile files are refused before they are read whole, and nothing changes", "[updates][security]")
{
    Publisher publisher;
    DirectoryUpdate::Installed ok;
    QString error;
    REQUIRE(DirectoryUpdate::installFile(publisher.signedFile(u"first.json"_s, Publisher::update(u"2026-12-01"_s)), &ok, &error));
    const QByteArray before = inUseBytes();
#ifdef Q_OS_LINUX
    // A device that never ends, as the update or as its signature.
    DirectoryUpdate::Installed result;
    CHECK_FALSE(DirectoryUpdate::installFile(u"/dev/zero"_s, &result, &error));
    CHECK(error.contains(u"not a regular file"_s));
    const QString good = publisher.signedFile(u"good.json"_s, Publisher::update(u"2026-12-02"_s));
    QFile::remove(good + u".sig"_s);
    REQUIRE(QFile::link(u"/dev/zero"_s, good + u".sig"_s));
    CHECK_FALSE(DirectoryUpdate::installFile(good, &result, &error));
    CHECK(error.contains(u"not a regular file"_s));
    CHECK(inUseBytes() == before);
#endif
    // A signed file with a key twice: the signature covers both, the parser would keep one.
    QByteArray twice = Publisher::update(u"2026-12-03"_s);
    twice.replace("\"data_version\": \"2026-12-03\"", "\"data_version\": \"2026-12-03\", \"data_version\": \"2099-01-01\"");
    REQUIRE(twice.count("data_version") == 2);
    DirectoryUpdate::Installed result2;
    CHECK_FALSE(DirectoryUpdate::installFile(publisher.signedFile(u"twice.json"_s, twice), &result2, &error));
    CHECK(error.contains(u"appears twice"_s));
    // The same key written with an escape is the same key.
    QByteArray escaped = Publisher::update(u"2026-12-03"_s);
    escaped.replace("\"data_version\": \"2026-12-03\"", "\"data_version\": \"2026-12-03\", \"data\\u005fversion\": \"2099-01-01\"");
    CHECK_FALSE(DirectoryUpdate::installFile(publisher.signedFile(u"escaped.json"_s, escaped), &result2, &error));
    CHECK(error.contains(u"appears twice"_s));
    CHECK(inUseBytes() == before);
    // Equal keys in different objects are fine (every force has a force_id).
    CHECK(DirectoryUpdate::installFile(publisher.signedFile(u"fine.json"_s, Publisher::update(u"2026-12-04"_s)), &result2, &error));
}

TEST_CASE("updates: never written through a link, private on disk, and revert puts back only what was signed", "[updates][security]")
{
    Publisher publisher;
    DirectoryUpdate::Installed result;
    QString error;
    REQUIRE(DirectoryUpdate::installFile(publisher.signedFile(u"first.json"_s, Publisher::update(u"2026-12-01"_s)), &result, &error));
#ifdef Q_OS_UNIX
    CHECK((QFile::permissions(DirectoryUpdate::inUsePath()) & (QFile::ReadGroup | QFile::ReadOther)) == 0);
    CHECK((QFile::permissions(QFileInfo(DirectoryUpdate::inUsePath()).absolutePath())
           & (QFile::ReadGroup | QFile::ReadOther | QFile::ExeGroup | QFile::ExeOther))
          == 0);
    // The in-use file replaced by a link to a file outside the data folder: the next install
    // refuses to write through it, and the outside file is untouched.
    const QString outside = publisher.dir.filePath(u"outside.txt"_s);
    pcctest::writeFile(outside, "not the app's");
    REQUIRE(QFile::remove(DirectoryUpdate::inUsePath()));
    REQUIRE(QFile::link(outside, DirectoryUpdate::inUsePath()));
    CHECK_FALSE(DirectoryUpdate::installFile(publisher.signedFile(u"second.json"_s, Publisher::update(u"2026-12-02"_s)), &result, &error));
    CHECK(pcctest::readFile(outside) == "not the app's");
    REQUIRE(QFile::remove(DirectoryUpdate::inUsePath()));
#endif
    // A good install keeps the previous file's signature with it, so revert can check it.
    REQUIRE(DirectoryUpdate::installFile(publisher.signedFile(u"third.json"_s, Publisher::update(u"2026-12-03"_s)), &result, &error));
    REQUIRE(DirectoryUpdate::installFile(publisher.signedFile(u"fourth.json"_s, Publisher::update(u"2026-12-04"_s)), &result, &error));
    CHECK(QFileInfo::exists(DirectoryUpdate::previousPath() + u".sig"_s));
    QString message;
    REQUIRE(DirectoryUpdate::revert(&message, &error));
    CHECK(ShippedData::loadDirectory().directory.dataVersion() == u"2026-12-03"_s);
    // A second revert undoes the first: the later directory comes back, with its own signature.
    INFO(error.toStdString());
    REQUIRE(DirectoryUpdate::revert(&message, &error));
    CHECK(ShippedData::loadDirectory().directory.dataVersion() == u"2026-12-04"_s);
    REQUIRE(DirectoryUpdate::revert(&message, &error));
    CHECK(ShippedData::loadDirectory().directory.dataVersion() == u"2026-12-03"_s);
    // Someone puts an unsigned file where the previous one lives: revert refuses it.
    pcctest::writeFile(DirectoryUpdate::previousPath(), Publisher::update(u"2026-12-09"_s, u"attacker@evil.example"_s));
    const QByteArray before = inUseBytes();
    CHECK_FALSE(DirectoryUpdate::revert(&message, &error));
    CHECK(error.contains(u"no signature"_s));
    CHECK(inUseBytes() == before);
}

TEST_CASE("updates: with two publishers trusted, each one's directory installs and comes back on revert", "[updates][security]")
{
    Publisher first;
    const QString secondSecret = first.dir.filePath(u"second-secret.key"_s);
    const QString secondPublic = first.dir.filePath(u"second-public.key"_s);
    QString error;
    REQUIRE(SigningKeys::generate(secondSecret, secondPublic, &error));
    SigningKeys::PublicKey secondKey;
    REQUIRE(TrustedKeys::add(secondPublic, &secondKey, &error));

    DirectoryUpdate::Installed result;
    REQUIRE(DirectoryUpdate::installFile(first.signedFile(u"by-first.json"_s, Publisher::update(u"2026-12-01"_s)), &result, &error));
    const QString bySecond = first.dir.filePath(u"by-second.json"_s);
    pcctest::writeFile(bySecond, Publisher::update(u"2026-12-02"_s));
    REQUIRE(SigningKeys::sign(bySecond, secondSecret, &error));
    INFO(error.toStdString());
    REQUIRE(DirectoryUpdate::installFile(bySecond, &result, &error));
    CHECK(ShippedData::loadDirectory().directory.dataVersion() == u"2026-12-02"_s);
    QString message;
    REQUIRE(DirectoryUpdate::revert(&message, &error)); // the first publisher's file, checked by its key
    CHECK(ShippedData::loadDirectory().directory.dataVersion() == u"2026-12-01"_s);
}

TEST_CASE("updates: the preview lists each field an update changes, with the old and the new value", "[updates]")
{
    const Directory before = Directory::fromJson(pcctest::shippedPolicingBodies(), nullptr);
    const Directory after = Directory::fromJson(Publisher::update(u"2026-12-01"_s), nullptr);
    REQUIRE(before.forces().size() == 43);
    REQUIRE(after.forces().size() == 43);
    const QList<DirectoryChange> changes = DirectoryDiff::between(before, after);
    REQUIRE(changes.size() == 1);
    CHECK(changes.first().forceId == u"kent"_s);
    CHECK(changes.first().field == u"Email"_s);
    CHECK(changes.first().oldValue == before.force(u"kent"_s)->email);
    CHECK(changes.first().newValue == u"newpcc@kent.example"_s);
    CHECK(DirectoryDiff::describe(changes).contains(u"newpcc@kent.example"_s));
    CHECK(DirectoryDiff::between(before, before).isEmpty());
    CHECK(DirectoryDiff::describe({}) == u"No contact details change."_s);
}
