// The console program, pcc-campaigner-cli: every subcommand, on every system.
#include "catchcompat.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

TEST_CASE("cli program: pcc-campaigner-cli runs every subcommand the GUI program runs", "[cli][platform]")
{
    QTemporaryDir sandbox;
    const QString db = sandbox.filePath(u"log.sqlite"_s);

    const auto help = pcctest::runCli({}, sandbox.path());
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(u"Commands"_s));

    for (const QString &command : {u"lookup"_s, u"forces"_s, u"letter"_s, u"templates"_s, u"evidence"_s, u"map"_s,
                                   u"report"_s, u"profile"_s, u"log"_s, u"data"_s, u"team"_s}) {
        INFO(command.toStdString());
        const auto r = pcctest::runCli({command, u"--help"_s}, sandbox.path());
        CHECK(r.exitCode == 0);
        CHECK(r.out.contains(u"Usage:"_s));
    }

    const auto forces = pcctest::runCli({u"forces"_s}, sandbox.path());
    CHECK(forces.exitCode == 0);
    CHECK(forces.out.count(u'\n') == 43);
    CHECK(pcctest::runCli({u"lookup"_s, u"BS20 8JJ"_s}, sandbox.path()).out.startsWith(u"avon-and-somerset\t"_s));
    const auto edinburgh = pcctest::runCli({u"lookup"_s, u"EH1 1YZ"_s}, sandbox.path());
    CHECK(edinburgh.exitCode == 3);
    CHECK(edinburgh.out == u"scotland\tScotland\tScottish Police Authority (no police and crime commissioner in Scotland)\n"_s);
    CHECK(pcctest::runCli({u"lookup"_s, u"not a postcode"_s}, sandbox.path()).exitCode == 2);
    REQUIRE(pcctest::runCli({u"--db"_s, db, u"profile"_s, u"add"_s, u"Jane Volunteer"_s, u"--postcode"_s, u"GL50 1AA"_s},
                            sandbox.path())
                .exitCode
            == 0);
    const auto added = pcctest::runCli({u"--db"_s, db, u"log"_s, u"add"_s, u"--profile"_s, u"Jane Volunteer"_s, u"--force"_s,
                                        u"kent"_s, u"--channel"_s, u"post"_s},
                                       sandbox.path());
    CHECK(added.exitCode == 0);
    CHECK(pcctest::runCli({u"--db"_s, db, u"log"_s, u"list"_s}, sandbox.path()).out.contains(u"kent"_s));
    const auto letter = pcctest::runCli({u"--db"_s, db, u"letter"_s, u"--force"_s, u"kent"_s, u"--text"_s}, sandbox.path());
    CHECK(letter.exitCode == 0);
    CHECK(letter.out.contains(u"Jane Volunteer"_s));
    const QString png = sandbox.filePath(u"map.png"_s);
    CHECK(pcctest::runCli({u"map"_s, u"--png"_s, png, u"--width"_s, u"300"_s}, sandbox.path()).exitCode == 0);
    CHECK(QFile(png).size() > 1000);
    const QString pdf = sandbox.filePath(u"report.pdf"_s);
    CHECK(pcctest::runCli({u"--db"_s, db, u"report"_s, u"--pdf"_s, pdf}, sandbox.path()).exitCode == 0);
    CHECK(QFile(pdf).size() > 1000);
    CHECK(pcctest::runCli({u"data"_s, u"check"_s, QStringLiteral(PCC_SOURCE_DIR "/pcc_data/policing_bodies.json")}, sandbox.path())
              .exitCode
          == 0);
    CHECK(pcctest::runCli({u"evidence"_s}, sandbox.path()).out.count(u'\n') == 43);
    CHECK(pcctest::runCli({u"templates"_s}, sandbox.path()).out.contains(u"campaign-2026\t"_s));
    // A team command against nothing fails with a message, not a crash.
    const auto team = pcctest::runCli({u"team"_s, u"coverage"_s, u"postgresql://nobody@127.0.0.1:9/none"_s}, sandbox.path());
    CHECK(team.exitCode != 0);
    CHECK(team.exitCode != -1);
    CHECK_FALSE(team.err.isEmpty());
}

TEST_CASE("cli program: Welsh letters in arguments and paths come back as they went in", "[cli][platform][i18n]")
{
    QTemporaryDir sandbox;
    // A folder and a name with ŵ and ŷ (no code page holds them besides UTF-8).
    const QString folder = sandbox.filePath(u"Gwŷr Ŵyn"_s);
    REQUIRE(QDir().mkpath(folder));
    const QString db = folder + u"/log ŵŷ.sqlite"_s;
    const QString name = u"Siân Ŵŷnne"_s;
    const QString street = u"1 Heol Ŵŷ"_s;
    for (const auto &run : {&pcctest::runCli, &pcctest::runApp}) {
        QFile::remove(db);
        const auto added = (*run)({u"--db"_s, db, u"profile"_s, u"add"_s, name, u"--address"_s, street}, sandbox.path(), {});
        INFO(added.err.toStdString());
        REQUIRE(added.exitCode == 0);
        CHECK(QFile::exists(db));
        const auto listed = (*run)({u"--db"_s, db, u"profile"_s, u"list"_s, u"--json"_s}, sandbox.path(), {});
        CHECK(listed.out.contains(name));
        CHECK(listed.out.contains(street));
    }
}
