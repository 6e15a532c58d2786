#include "catchcompat.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

TEST_CASE("cli: evidence --json has one entry per force with the research's keys", "[cli][evidence]")
{
    QTemporaryDir sandbox;
    const auto r = pcctest::runApp({u"evidence"_s, u"--json"_s}, sandbox.path());
    REQUIRE(r.exitCode == 0);
    QJsonParseError error;
    const QJsonArray all = QJsonDocument::fromJson(r.out.toUtf8(), &error).array();
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(all.size() == 43);
    QHash<QString, int> byStatus;
    for (const QJsonValue &v : all) {
        const QJsonObject o = v.toObject();
        for (const char *key : {"force_id", "status", "evidence_as_of", "letter_clause", "confirm_question", "summary",
                                "service_or_provider", "funder", "years", "sources", "confidence", "thanked_in_letters"})
            CHECK(o.contains(QLatin1String(key)));
        CHECK(o.value(u"sources"_s).isArray());
        ++byStatus[o.value(u"status"_s).toString()];
    }
    // The strict reading's counts (SOURCES.md, "stalking_advocacy_2026.csv").
    CHECK(byStatus.value(u"funds_advocacy"_s) == 6);
    CHECK(byStatus.value(u"commissioning"_s) == 2);
    CHECK(byStatus.value(u"funded_may_have_ended"_s) == 11);
    CHECK(byStatus.value(u"police_led_or_other_only"_s) == 9);
    CHECK(byStatus.value(u"general_services_only"_s) == 13);
    CHECK(byStatus.value(u"nothing_found"_s) == 2);
    int thanked = 0;
    for (const QJsonValue &v : all)
        thanked += v.toObject().value(u"thanked_in_letters"_s).toBool() ? 1 : 0;
    CHECK(thanked == 17); // funds_advocacy and funded_may_have_ended only

    const auto plain = pcctest::runApp({u"evidence"_s}, sandbox.path());
    REQUIRE(plain.exitCode == 0);
    CHECK(plain.out.count(u'\n') == 43);
    CHECK(plain.out.contains(u"cleveland\tfunded_may_have_ended\t2025\t2023-2025\tMarch 2025\t"_s));
}

TEST_CASE("cli: templates lists the bundled ids, and letter --template takes one", "[cli][evidence]")
{
    QTemporaryDir sandbox;
    const auto list = pcctest::runApp({u"templates"_s}, sandbox.path());
    REQUIRE(list.exitCode == 0);
    for (const QString &id : {u"campaign"_s, u"campaign-2017"_s, u"campaign-2026"_s, u"follow-up"_s})
        CHECK(list.out.contains(id + u'\t'));

    const QString db = sandbox.filePath(u"log.sqlite"_s);
    REQUIRE(pcctest::runApp({u"--db"_s, db, u"profile"_s, u"add"_s, u"Jane Volunteer"_s, u"--postcode"_s, u"GL50 1AA"_s}, sandbox.path())
                .exitCode
            == 0);
    const auto sussex = pcctest::runApp({u"--db"_s, db, u"letter"_s, u"--force"_s, u"sussex"_s, u"--template"_s,
                                         u"campaign-2026"_s, u"--text"_s},
                                        sandbox.path());
    INFO(sussex.err.toStdString());
    REQUIRE(sussex.exitCode == 0);
    CHECK(sussex.out.contains(u"Thank you for funding Veritas Justice"_s));
    CHECK(sussex.out.contains(u"sustain"_s));
    const auto gwent = pcctest::runApp({u"--db"_s, db, u"letter"_s, u"--force"_s, u"gwent"_s, u"--template"_s,
                                        u"campaign-2026"_s, u"--text"_s},
                                       sandbox.path());
    REQUIRE(gwent.exitCode == 0);
    CHECK_FALSE(gwent.out.contains(u"Thank"_s, Qt::CaseInsensitive));
    CHECK(gwent.out.contains(u"did not find independent stalking advocacy funded by your office"_s));
    CHECK(gwent.out.contains(u"independent stalking advocates are funded for victims in Gwent"_s));
}

TEST_CASE("cli: a template with a broken condition is refused and nothing is written", "[cli][evidence]")
{
    QTemporaryDir sandbox;
    const QString db = sandbox.filePath(u"log.sqlite"_s);
    REQUIRE(pcctest::runApp({u"--db"_s, db, u"profile"_s, u"add"_s, u"Jane Volunteer"_s}, sandbox.path()).exitCode == 0);
    const QString tmpl = sandbox.filePath(u"broken.html"_s);
    QFile f(tmpl);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("<p>{{salutation}}</p>{{#if funds_specialist_service}}<p>Thank you.</p><p>{{sign_off}}</p>");
    f.close();
    const QString pdf = sandbox.filePath(u"out.pdf"_s);
    const auto r = pcctest::runApp({u"--db"_s, db, u"letter"_s, u"--force"_s, u"kent"_s, u"--template"_s, tmpl, u"--pdf"_s, pdf},
                                   sandbox.path());
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"never closed"_s));
    CHECK_FALSE(QFile::exists(pdf));
}
