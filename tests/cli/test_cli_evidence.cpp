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
        for (const char *key : {"force_id", "status", "summary", "service_or_provider", "funder", "years", "sources", "confidence"})
            CHECK(o.contains(QLatin1String(key)));
        CHECK(o.value(u"sources"_s).isArray());
        ++byStatus[o.value(u"status"_s).toString()];
    }
    // The research's counts (SOURCES.md, "Stalking support by force").
    CHECK(byStatus.value(u"funds_specialist_service"_s) == 24);
    CHECK(byStatus.value(u"general_victim_services_only"_s) == 17);
    CHECK(byStatus.value(u"pledge_only"_s) == 1);
    CHECK(byStatus.value(u"unknown"_s) == 1);

    const auto plain = pcctest::runApp({u"evidence"_s}, sandbox.path());
    REQUIRE(plain.exitCode == 0);
    CHECK(plain.out.count(u'\n') == 43);
    CHECK(plain.out.contains(u"cleveland\tfunds_specialist_service\tmedium\t2023-2025\tMarch 2025\t"_s));
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
    CHECK(sussex.out.contains(u"Thank you."_s));
    CHECK(sussex.out.contains(u"Veritas Justice"_s));
    const auto gwent = pcctest::runApp({u"--db"_s, db, u"letter"_s, u"--force"_s, u"gwent"_s, u"--template"_s,
                                        u"campaign-2026"_s, u"--text"_s},
                                       sandbox.path());
    REQUIRE(gwent.exitCode == 0);
    CHECK_FALSE(gwent.out.contains(u"Thank"_s, Qt::CaseInsensitive));
    CHECK(gwent.out.contains(u"I ask you to fund specialist stalking advocacy in Gwent"_s));
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
