// The optional parts of the program (pcc-network, pcc-signing, pcc-svg, pcc-keychain, pcc-spelling, pcc-printing): not loaded at start,
// loaded when needed, and named when missing, with nothing changed.
#include "catchcompat.h"
#include "testsupport.h"

#include <QDir>
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
TEST_CASE("modules: the window and a command start without Qt Network, libsodium, Qt Svg, QtKeychain or Hunspell", "[cli][platform]")
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
        CHECK_FALSE(loaded.contains(u"hunspell"_s));
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
    const QFileInfo program(QStringLiteral(PCC_CLI_EXECUTABLE));
    const QString alone = sandbox.filePath(program.fileName());
    REQUIRE(QFile::copy(program.filePath(), alone));
#ifdef Q_OS_WIN
    // Windows finds a program's DLLs beside it: those copied beside the build's programs come too.
    for (const QFileInfo &dll : program.dir().entryInfoList({u"*.dll"_s}, QDir::Files)) {
        if (!dll.fileName().startsWith(u"pcc-"_s))
            REQUIRE(QFile::copy(dll.filePath(), sandbox.filePath(dll.fileName())));
    }
#endif

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

    // Without pcc-printing the printer list is not "none": the command fails and says why.
    const auto printers = pcctest::runProgram(alone, {u"printers"_s}, sandbox.path());
    CHECK(printers.exitCode == 1);
    CHECK(printers.err.contains(u"(pcc-printing) is missing"_s));
    CHECK(printers.out.isEmpty());

    const QString secret = sandbox.filePath(u"k.secret"_s);
    const auto keygen = pcctest::runProgram(alone, {u"data"_s, u"keygen"_s, secret, sandbox.filePath(u"k.pub"_s)}, sandbox.path());
    CHECK(keygen.exitCode == 1);
    CHECK(keygen.err.contains(u"(pcc-signing) is missing"_s));
    CHECK_FALSE(QFile::exists(secret));

    // With the modules, two signed updates are installed (the second keeps the first to go back to).
    const QString secretKey = sandbox.filePath(u"real.secret"_s);
    const QString key = sandbox.filePath(u"real.pub"_s);
    REQUIRE(pcctest::runCli({u"data"_s, u"keygen"_s, secretKey, key}, sandbox.path()).exitCode == 0);
    REQUIRE(pcctest::runCli({u"data"_s, u"trust"_s, key}, sandbox.path()).exitCode == 0);
    auto signedUpdate = [&](const QString &version, const QString &kentEmail) {
        const QString path = sandbox.filePath(u"update-%1.json"_s.arg(version));
        pcctest::writeFile(path, pcctest::policingBodiesUpdate(version, kentEmail));
        REQUIRE(pcctest::runCli({u"data"_s, u"sign"_s, path, u"--key"_s, secretKey}, sandbox.path()).exitCode == 0);
        return path;
    };
    REQUIRE(pcctest::runCli({u"data"_s, u"install"_s, signedUpdate(u"2099-01-01"_s, u"first@kent.example"_s)}, sandbox.path()).exitCode == 0);
    REQUIRE(pcctest::runCli({u"data"_s, u"install"_s, signedUpdate(u"2099-02-01"_s, u"second@kent.example"_s)}, sandbox.path()).exitCode
            == 0);

    // Without pcc-signing nothing can be checked: a third update and going back are both refused
    // with that reason (not as a bad signature), and the update in use stays in use.
    const auto install = pcctest::runProgram(alone, {u"data"_s, u"install"_s, signedUpdate(u"2099-03-01"_s, u"third@kent.example"_s)},
                                             sandbox.path());
    CHECK(install.exitCode != 0);
    CHECK(install.err.contains(u"(pcc-signing) is missing"_s));
    const auto revert = pcctest::runProgram(alone, {u"data"_s, u"revert"_s}, sandbox.path());
    CHECK(revert.exitCode != 0);
    CHECK(revert.err.contains(u"(pcc-signing) is missing"_s));
    CHECK_FALSE(revert.err.contains(u"carries no signature"_s));
    CHECK(pcctest::runProgram(alone, {u"forces"_s}, sandbox.path()).out.contains(u"second@kent.example"_s));
    // And with the module, going back still works.
    CHECK(pcctest::runCli({u"data"_s, u"revert"_s}, sandbox.path()).exitCode == 0);
    CHECK(pcctest::runCli({u"forces"_s}, sandbox.path()).out.contains(u"first@kent.example"_s));
}
