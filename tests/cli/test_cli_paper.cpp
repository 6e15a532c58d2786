// Letters, envelopes and labels from the command line, written to PDF and read back with poppler:
// the options a volunteer gives are the ones used, and a contradiction or an office with no postal
// address stops the command before anything is written.
#include "catchcompat.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using pcctest::runApp;

namespace {

// A sandbox whose current profile is Sam Jones of 1 High Street.
struct Volunteer
{
    QTemporaryDir sandbox;

    Volunteer()
    {
        const auto r = run({u"profile"_s, u"add"_s, u"Sam Jones"_s, u"--address"_s, u"1 High Street"_s, u"--address"_s, u"Portishead"_s,
                            u"--postcode"_s, u"BS20 8JJ"_s});
        REQUIRE(r.exitCode == 0);
    }
    pcctest::RunResult run(const QStringList &args) const { return runApp(args, sandbox.path()); }
    QString file(const QString &name) const { return sandbox.filePath(name); }
};

// The page's width and height in millimetres, the longer first.
std::pair<int, int> pageMm(const pcctest::PdfPage &page)
{
    const double a = page.size.width() / pcctest::pointsPerMm;
    const double b = page.size.height() / pcctest::pointsPerMm;
    return {int(std::lround(std::max(a, b))), int(std::lround(std::min(a, b)))};
}

} // namespace

TEST_CASE("cli: letter --template follow-up names the day of the letter it follows, from the log", "[cli][letters]")
{
    Volunteer v;
    // No letter yet: nothing is written, and the volunteer is told what to do.
    auto r = v.run({u"letter"_s, u"--force"_s, u"kent"_s, u"--template"_s, u"follow-up"_s, u"--text"_s});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"kent: no letter from Sam Jones to this office is in the log"_s));
    CHECK(r.out.isEmpty());
    // A phone call is not a letter a follow-up follows; the newest letter sent is.
    REQUIRE(v.run({u"log"_s, u"add"_s, u"--profile"_s, u"Sam Jones"_s, u"--force"_s, u"kent"_s, u"--channel"_s, u"phone"_s, u"--date"_s, u"2026-11-20"_s}).exitCode == 0);
    REQUIRE(v.run({u"log"_s, u"add"_s, u"--profile"_s, u"Sam Jones"_s, u"--force"_s, u"kent"_s, u"--channel"_s, u"post"_s, u"--date"_s, u"2026-10-01"_s}).exitCode == 0);
    const QString second = v.run({u"log"_s, u"add"_s, u"--profile"_s, u"Sam Jones"_s, u"--force"_s, u"kent"_s, u"--channel"_s, u"email"_s, u"--date"_s,
                                  u"2026-11-02"_s}).out.trimmed();
    REQUIRE_FALSE(second.isEmpty());
    r = v.run({u"letter"_s, u"--force"_s, u"kent"_s, u"--template"_s, u"follow-up"_s, u"--text"_s});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"I wrote to you on 2 November 2026 about"_s));
    // Once its reply is recorded, a follow-up would say none came: refused.
    REQUIRE(v.run({u"log"_s, u"reply"_s, second, u"--date"_s, u"2026-11-20"_s, u"--outcome"_s, u"acknowledgement"_s}).exitCode == 0);
    r = v.run({u"letter"_s, u"--force"_s, u"kent"_s, u"--template"_s, u"follow-up"_s, u"--text"_s});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"has its reply recorded"_s));
}

TEST_CASE("cli: letter --date puts that date on the letter, and without a sender nothing is written", "[cli][letters]")
{
    Volunteer v;
    auto r = v.run({u"letter"_s, u"--force"_s, u"kent"_s, u"--text"_s, u"--date"_s, u"2026-01-15"_s});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"15 January 2026"_s));
    r = v.run({u"letter"_s, u"--force"_s, u"kent"_s, u"--text"_s, u"--date"_s, u"2026-01-15x"_s});
    CHECK(r.exitCode == 2);
    CHECK(r.out.isEmpty());

    QTemporaryDir nobody;
    const QString pdf = nobody.filePath(u"letter.pdf"_s);
    r = runApp({u"letter"_s, u"--force"_s, u"kent"_s, u"--pdf"_s, pdf}, nobody.path());
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"no current profile: create one with `pcc-campaigner profile add NAME` or give --profile"_s));
    CHECK_FALSE(QFile::exists(pdf));
}

TEST_CASE("cli: envelopes at the size asked for, with the sender's address on the backs from the current profile", "[cli][letters]")
{
    PCC_REQUIRE_TOOL(PCC_PDFTOTEXT, "pdftotext (poppler-utils)");
    Volunteer v;
    const QString dl = v.file(u"dl.pdf"_s);
    REQUIRE(v.run({u"envelope"_s, u"--force"_s, u"kent"_s, u"--pdf"_s, dl}).exitCode == 0);
    auto pages = pcctest::pdfPages(dl);
    REQUIRE(pages.size() == 1);
    CHECK(pageMm(pages.first()) == std::pair{220, 110});
    CHECK(pages.first().text().contains(u"Maidstone"_s));

    const QString c5 = v.file(u"c5.pdf"_s);
    REQUIRE(v.run({u"envelope"_s, u"--force"_s, u"kent"_s, u"--size"_s, u"C5"_s, u"--pdf"_s, c5}).exitCode == 0);
    pages = pcctest::pdfPages(c5);
    REQUIRE(pages.size() == 1);
    CHECK(pageMm(pages.first()) == std::pair{229, 162});

    // No --profile: the current profile's address goes on the backs, after the fronts.
    const QString backs = v.file(u"backs.pdf"_s);
    const auto r = v.run({u"envelope"_s, u"--force"_s, u"kent"_s, u"--force"_s, u"gwent"_s, u"--return-address"_s, u"--pdf"_s, backs});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    pages = pcctest::pdfPages(backs);
    REQUIRE(pages.size() == 4);
    CHECK(pages.at(1).text().contains(u"Gwent"_s));
    for (int back : {2, 3}) {
        CHECK(pages.at(back).text().contains(u"1 High Street"_s));
        CHECK_FALSE(pages.at(back).text().contains(u"Maidstone"_s));
    }
}

TEST_CASE("cli: envelope and labels refuse a contradiction, or no choice of output, and write nothing", "[cli][letters]")
{
    Volunteer v;
    const QString pdf = v.file(u"out.pdf"_s);
    const QList<QStringList> contradictions{
        {u"envelope"_s, u"--all"_s, u"--pdf"_s, pdf, u"--print"_s},
        {u"labels"_s, u"--all"_s, u"--pdf"_s, pdf, u"--print"_s},
        {u"labels"_s, u"--all"_s, u"--force"_s, u"kent"_s, u"--pdf"_s, pdf},
        {u"envelope"_s, u"--all"_s, u"--force"_s, u"kent"_s, u"--pdf"_s, pdf},
        {u"labels"_s, u"--pdf"_s, pdf},
        {u"labels"_s, u"--all"_s},
        {u"envelope"_s, u"--force"_s, u"kent"_s},
    };
    for (const QStringList &args : contradictions) {
        INFO(args.join(u' ').toStdString());
        const auto r = v.run(args);
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QRegularExpression(u"give (exactly one of --pdf OUT or --print|--force ID or --all)"_s)));
        CHECK_FALSE(QFile::exists(pdf));
    }
    // The same choices, made once each, are taken.
    CHECK(v.run({u"labels"_s, u"--force"_s, u"kent"_s, u"--pdf"_s, pdf}).exitCode == 0);
    CHECK(QFile::exists(pdf));
}

TEST_CASE("cli: an office with no postal address stops envelopes, labels and letters, naming it, and nothing is written", "[cli][letters]")
{
    Volunteer v;
    pcctest::writeFile(v.file(u"override/policing_bodies.json"_s), pcctest::shippedWithField(u"kent"_s, u"address"_s, QJsonValue::Null));
    const QString pdf = v.file(u"out.pdf"_s);
    for (const QString &command : {u"envelope"_s, u"labels"_s}) {
        INFO(command.toStdString());
        const auto r = v.run({u"--data"_s, v.file(u"override"_s), command, u"--force"_s, u"gwent"_s, u"--force"_s, u"kent"_s,
                              u"--pdf"_s, pdf});
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(u"kent: No verified postal address for Office of the Kent Police and Crime Commissioner"_s));
        CHECK(r.err.contains(u"nothing was written: an office above has no postal address"_s));
        CHECK_FALSE(QFile::exists(pdf));
    }
    // A letter's only problem is enough to stop it.
    const auto letter = v.run({u"--data"_s, v.file(u"override"_s), u"letter"_s, u"--force"_s, u"kent"_s, u"--pdf"_s, pdf});
    INFO(letter.err.toStdString());
    CHECK(letter.exitCode == 1);
    CHECK(letter.err.contains(u"nothing was written: fix the problems above first"_s));
    CHECK(letter.err.contains(u"kent: No verified postal address"_s));
    CHECK_FALSE(QFile::exists(pdf));
}

TEST_CASE("cli: data check refuses an address too long for the envelope window, naming the office", "[cli]")
{
    QTemporaryDir sandbox;
    const QString file = sandbox.filePath(u"long.json"_s);
    QJsonArray lines;
    for (int i = 1; i <= 9; ++i)
        lines.append(u"Line %1 of a long address"_s.arg(i));
    pcctest::writeFile(file, pcctest::shippedWithField(u"kent"_s, u"address"_s, QJsonObject{{u"lines"_s, lines}, {u"postcode"_s, u"ME15 9BZ"_s}}));
    const auto r = runApp({u"data"_s, u"check"_s, file}, sandbox.path());
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QRegularExpression(u"forces\\[kent\\]\\.address: the recipient's block takes \\d+ lines at 10 pt and the "
                                            u"envelope window holds \\d+: shorten it"_s)));
    CHECK_FALSE(r.out.contains(u"valid"_s));
}
