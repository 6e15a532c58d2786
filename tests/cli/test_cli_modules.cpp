// The optional parts of the program (pcc-network, pcc-signing, pcc-svg, pcc-keychain): not loaded at start,
// loaded when needed, and named when missing, with nothing changed.
#include "catchcompat.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

#ifdef Q_OS_LINUX
// The shared libraries the program loaded, as glibc's loader reports them (LD_DEBUG=files).
QString librariesLoadedBy(const QString &program, const QStringList &args, const QString &sandbox)
{
    QProcess p;
    QProcessEnvironment env = pcctest::sandboxEnvironment(sandbox);
    env.insert(u"LD_DEBUG"_s, u"files"_s);
    p.setProcessEnvironment(env);
    p.start(program, args);
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    QStringList loaded;
    for (const QString &line : QString::fromUtf8(p.readAllStandardError()).split(u'\n')) {
        const qsizetype at = line.indexOf(u"file="_s);
        if (at >= 0 && line.contains(u"generating link map"_s))
            loaded << line.mid(at + 5).section(u' ', 0, 0);
    }
    return loaded.join(u'\n');
}
#endif

} // namespace

#ifdef Q_OS_LINUX
TEST_CASE("modules: the window and a command start without Qt Network, libsodium, Qt Svg or QtKeychain", "[cli][platform]")
{
    QTemporaryDir sandbox;
    const QString atStart = librariesLoadedBy(QStringLiteral(PCC_EXECUTABLE),
                                              {u"--db"_s, sandbox.filePath(u"log.sqlite"_s), u"--exit-after-startup"_s}, sandbox.path());
    const QString command = librariesLoadedBy(QStringLiteral(PCC_CLI_EXECUTABLE), {u"forces"_s}, sandbox.path());
    for (const QString &loaded : {atStart, command}) {
        CHECK(loaded.contains(u"libQt6Core"_s)); // the loader did report what it loaded
        CHECK_FALSE(loaded.contains(u"libQt6Network"_s));
        CHECK_FALSE(loaded.contains(u"libsodium"_s));
        CHECK_FALSE(loaded.contains(u"libQt6Svg"_s));
        CHECK_FALSE(loaded.contains(u"keychain"_s));
    }
    CHECK(atStart.contains(u"libQt6Widgets"_s));

    // Each is loaded when its work is asked for.
    const QString svg = librariesLoadedBy(QStringLiteral(PCC_CLI_EXECUTABLE), {u"map"_s, u"--svg"_s, sandbox.filePath(u"m.svg"_s)},
                                          sandbox.path());
    CHECK(svg.contains(u"libQt6Svg"_s));
    CHECK_FALSE(svg.contains(u"libsodium"_s));
    const QString keys = librariesLoadedBy(QStringLiteral(PCC_CLI_EXECUTABLE),
                                           {u"data"_s, u"keygen"_s, sandbox.filePath(u"k.secret"_s), sandbox.filePath(u"k.pub"_s)},
                                           sandbox.path());
    CHECK(keys.contains(u"libsodium"_s));
    CHECK_FALSE(keys.contains(u"libQt6Svg"_s));
}
#endif

TEST_CASE("modules: a program whose modules are missing names the missing part and changes nothing", "[cli][platform]")
{
    // The console program alone in a folder, without the modules the build puts beside it.
    QTemporaryDir sandbox;
    const QString alone = sandbox.filePath(QFileInfo(QStringLiteral(PCC_CLI_EXECUTABLE)).fileName());
    REQUIRE(QFile::copy(QStringLiteral(PCC_CLI_EXECUTABLE), alone));

    const QString svg = sandbox.filePath(u"map.svg"_s);
    const auto map = pcctest::runProgram(alone, {u"map"_s, u"--svg"_s, svg}, sandbox.path());
    CHECK(map.exitCode == 1);
    CHECK(map.err.contains(u"(pcc-svg) is missing"_s));
    CHECK(map.err.contains(u"PNG and PDF still work"_s));
    CHECK_FALSE(QFile::exists(svg));
    // The other pictures need no module.
    CHECK(pcctest::runProgram(alone, {u"map"_s, u"--png"_s, sandbox.filePath(u"map.png"_s), u"--width"_s, u"200"_s}, sandbox.path())
              .exitCode
          == 0);

    const QString secret = sandbox.filePath(u"k.secret"_s);
    const auto keygen = pcctest::runProgram(alone, {u"data"_s, u"keygen"_s, secret, sandbox.filePath(u"k.pub"_s)}, sandbox.path());
    CHECK(keygen.exitCode == 1);
    CHECK(keygen.err.contains(u"(pcc-signing) is missing"_s));
    CHECK_FALSE(QFile::exists(secret));

    // An update cannot be checked, so it is refused with that reason and the directory stays as it was.
    const QString key = sandbox.filePath(u"real.pub"_s);
    REQUIRE(pcctest::runCli({u"data"_s, u"keygen"_s, sandbox.filePath(u"real.secret"_s), key}, sandbox.path()).exitCode == 0);
    REQUIRE(pcctest::runCli({u"data"_s, u"trust"_s, key}, sandbox.path()).exitCode == 0);
    const QString update = sandbox.filePath(u"policing_bodies.json"_s);
    pcctest::writeFile(update, pcctest::shippedPolicingBodies());
    REQUIRE(pcctest::runCli({u"data"_s, u"sign"_s, update, u"--key"_s, sandbox.filePath(u"real.secret"_s)}, sandbox.path()).exitCode
            == 0);
    const auto install = pcctest::runProgram(alone, {u"data"_s, u"install"_s, update}, sandbox.path());
    CHECK(install.exitCode != 0);
    CHECK(install.err.contains(u"(pcc-signing) is missing"_s));
    QDirIterator installed(sandbox.filePath(u"data"_s), {u"policing_bodies*"_s}, QDir::Files, QDirIterator::Subdirectories);
    CHECK_FALSE(installed.hasNext());
}
