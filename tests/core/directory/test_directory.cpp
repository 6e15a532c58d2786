#include "catchcompat.h"
#include "testsupport.h"

#include "directory.h"
#include "emailaddress.h"
#include "forcetablemodel.h"
#include "plainwords.h"
#include "forceids.h"
#include "shippeddata.h"
#include "apppaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace pcc;

namespace {

QJsonObject shippedRoot()
{
    return QJsonDocument::fromJson(pcctest::shippedPolicingBodies()).object();
}

// Applies `edit` to the first force of the shipped file and returns the issues found.
template<typename Edit>
DataIssues issuesAfterEditingForce(int index, Edit edit)
{
    QJsonObject root = shippedRoot();
    QJsonArray forces = root.value(u"forces"_s).toArray();
    QJsonObject force = forces.at(index).toObject();
    edit(force);
    forces.replace(index, force);
    root.insert(u"forces"_s, forces);
    DataIssues issues;
    const Directory dir = Directory::fromJson(QJsonDocument(root).toJson(), &issues);
    CHECK(dir.isEmpty());
    return issues;
}

bool hasIssue(const DataIssues &issues, const QString &path, const QString &fragment)
{
    for (const DataIssue &i : issues) {
        if (i.path == path && i.message.contains(fragment))
            return true;
    }
    return false;
}

QString describe(const DataIssues &issues)
{
    QStringList s;
    for (const DataIssue &i : issues)
        s << i.toString();
    return s.join(u" | "_s);
}

} // namespace

TEST_CASE("the shipped policing bodies file is valid and has the 43 canonical forces", "[directory]")
{
    DataIssues issues;
    const Directory dir = Directory::fromFile(AppPaths::bundledPolicingBodies(), &issues);
    INFO(describe(issues).toStdString());
    REQUIRE(issues.isEmpty());
    REQUIRE(dir.forces().size() == 43);
    QStringList ids;
    for (const ForceRecord &f : dir.forces())
        ids << f.id;
    CHECK(ids == ForceIds::all());
    const ForceRecord *avon = dir.force(u"avon-and-somerset"_s);
    REQUIRE(avon);
    CHECK(avon->address.postcode == u"BS20 8JJ"_s);
    CHECK(avon->email.isEmpty()); // the research found no email: it stays missing
    CHECK(avon->provenanceOf(u"email"_s).confidence == u"low"_s);
    CHECK(dir.force(u"metropolitan"_s)->bodyKind == BodyKind::Mayor);
    CHECK(dir.force(u"city-of-london"_s)->bodyKind == BodyKind::PoliceAuthority);
    CHECK(dir.force(u"essex"_s)->bodyKind == BodyKind::Pfcc);
    // Office names with commas stay on one address line.
    CHECK(dir.force(u"cumbria"_s)->address.lines.first() == u"Office of the Police, Fire and Crime Commissioner"_s);
    CHECK(dir.force(u"north-yorkshire"_s)->address.lines.first()
          == u"York and North Yorkshire Office for Policing, Fire, Crime and Commissioning"_s);
}

TEST_CASE("no email in the shipped data is a legacy pnn address", "[directory]")
{
    const Directory dir = Directory::fromFile(AppPaths::bundledPolicingBodies(), nullptr);
    for (const ForceRecord &f : dir.forces())
        CHECK_FALSE(f.email.contains(u"pnn"_s, Qt::CaseInsensitive));
}

TEST_CASE("a bad postcode is reported with its field path", "[directory]")
{
    const DataIssues issues = issuesAfterEditingForce(0, [](QJsonObject &f) {
        QJsonObject a = f.value(u"address"_s).toObject();
        a.insert(u"postcode"_s, u"BS20 8JJJ"_s);
        f.insert(u"address"_s, a);
    });
    INFO(describe(issues).toStdString());
    CHECK(hasIssue(issues, u"forces[0].address.postcode"_s, u"'BS20 8JJJ' is not a UK postcode"_s));
}

TEST_CASE("an invalid email is reported", "[directory]")
{
    const DataIssues issues = issuesAfterEditingForce(1, [](QJsonObject &f) { f.insert(u"email"_s, u"pcc at beds"_s); });
    CHECK(hasIssue(issues, u"forces[1].email"_s, u"not an email address"_s));
}

TEST_CASE("wrong types are reported", "[directory]")
{
    const DataIssues issues = issuesAfterEditingForce(2, [](QJsonObject &f) {
        f.insert(u"force_name"_s, 42);
        f.insert(u"holder"_s, u"Darryl"_s);
    });
    CHECK(hasIssue(issues, u"forces[2].force_name"_s, u"expected a string"_s));
    CHECK(hasIssue(issues, u"forces[2].holder"_s, u"expected an object"_s));
}

TEST_CASE("missing required fields are reported", "[directory]")
{
    const DataIssues issues = issuesAfterEditingForce(3, [](QJsonObject &f) {
        f.remove(u"office_name"_s);
        f.remove(u"email"_s);
    });
    CHECK(hasIssue(issues, u"forces[3].office_name"_s, u"missing required field"_s));
    CHECK(hasIssue(issues, u"forces[3].email"_s, u"missing required field"_s));
}

TEST_CASE("unknown body kinds and confidences are reported", "[directory]")
{
    const DataIssues issues = issuesAfterEditingForce(4, [](QJsonObject &f) {
        f.insert(u"body_kind"_s, u"Sheriff"_s);
        QJsonObject prov = f.value(u"provenance"_s).toObject();
        QJsonObject email = prov.value(u"email"_s).toObject();
        email.insert(u"confidence"_s, u"certain"_s);
        prov.insert(u"email"_s, email);
        f.insert(u"provenance"_s, prov);
    });
    CHECK(hasIssue(issues, u"forces[4].body_kind"_s, u"'Sheriff'"_s));
    CHECK(hasIssue(issues, u"forces[4].provenance.email.confidence"_s, u"'certain'"_s));
}

TEST_CASE("duplicate, unknown and missing force ids are reported", "[directory]")
{
    SECTION("duplicate")
    {
        const DataIssues issues = issuesAfterEditingForce(1, [](QJsonObject &f) { f.insert(u"force_id"_s, u"avon-and-somerset"_s); });
        CHECK(hasIssue(issues, u"forces[1].force_id"_s, u"duplicate force id 'avon-and-somerset'"_s));
        CHECK(hasIssue(issues, u"forces"_s, u"missing force: bedfordshire"_s));
    }
    SECTION("unknown")
    {
        const DataIssues issues = issuesAfterEditingForce(0, [](QJsonObject &f) { f.insert(u"force_id"_s, u"atlantis"_s); });
        CHECK(hasIssue(issues, u"forces[0].force_id"_s, u"'atlantis' is not one of the 43 force ids"_s));
    }
    SECTION("a force missing")
    {
        QJsonObject root = shippedRoot();
        QJsonArray forces = root.value(u"forces"_s).toArray();
        forces.removeAt(10);
        root.insert(u"forces"_s, forces);
        DataIssues issues;
        CHECK(Directory::fromJson(QJsonDocument(root).toJson(), &issues).isEmpty());
        CHECK(hasIssue(issues, u"forces"_s, u"missing force: durham"_s));
    }
}

TEST_CASE("file-level problems give one clear message", "[directory]")
{
    DataIssues issues;
    SECTION("empty file")
    {
        CHECK(Directory::fromJson("  \n", &issues).isEmpty());
        CHECK(issues.constFirst().message.contains(u"empty"_s));
    }
    SECTION("malformed JSON names the line")
    {
        CHECK(Directory::fromJson("{\n\"schema_version\": 1,\n\"forces\": [\n", &issues).isEmpty());
        CHECK(issues.constFirst().message.startsWith(u"malformed JSON at line"_s));
    }
    SECTION("invalid UTF-8")
    {
        QByteArray bytes = pcctest::shippedPolicingBodies();
        bytes.replace("Avon and Somerset Police", "Avon and Somerset \xff\xfe Police");
        CHECK(Directory::fromJson(bytes, &issues).isEmpty());
        CHECK(issues.constFirst().message.contains(u"UTF-8"_s));
    }
    SECTION("oversized file")
    {
        QByteArray bytes = pcctest::shippedPolicingBodies();
        bytes.append(QByteArray(Directory::MaxFileBytes, ' '));
        CHECK(Directory::fromJson(bytes, &issues).isEmpty());
        CHECK(issues.constFirst().message.contains(u"limit"_s));
    }
    SECTION("wrong schema version")
    {
        QJsonObject root = shippedRoot();
        root.insert(u"schema_version"_s, 3);
        CHECK(Directory::fromJson(QJsonDocument(root).toJson(), &issues).isEmpty());
        REQUIRE_FALSE(issues.isEmpty());
        CHECK(issues.constFirst().path == u"schema_version"_s);
        CHECK(issues.constFirst().message.contains(u"unsupported schema version 3"_s));
        // A file of the first schema (before the advocacy statuses) is refused too, not half read.
        root.insert(u"schema_version"_s, 1);
        issues.clear();
        CHECK(Directory::fromJson(QJsonDocument(root).toJson(), &issues).isEmpty());
        REQUIRE_FALSE(issues.isEmpty());
        CHECK(issues.constFirst().message.contains(u"unsupported schema version 1"_s));
    }
    SECTION("not an object")
    {
        CHECK(Directory::fromJson("[1,2,3]", &issues).isEmpty());
        CHECK(issues.constFirst().message.contains(u"object"_s));
    }
}

TEST_CASE("a valid override file replaces the bundled data, a bad one falls back with a reason", "[directory]")
{
    QTemporaryDir dir;
    const pcctest::ScopedAppPaths paths(dir.path());
    SECTION("valid override")
    {
        QJsonObject root = shippedRoot();
        root.insert(u"data_version"_s, u"test-override"_s);
        pcctest::writeFile(dir.filePath(u"policing_bodies.json"_s), QJsonDocument(root).toJson());
        const ShippedData::DirectoryLoad load = ShippedData::loadDirectory();
        CHECK(load.warning.isEmpty());
        CHECK(load.directory.dataVersion() == u"test-override"_s);
    }
    SECTION("bad override")
    {
        pcctest::writeFile(dir.filePath(u"policing_bodies.json"_s), "{ not json");
        const ShippedData::DirectoryLoad load = ShippedData::loadDirectory();
        CHECK(load.directory.forces().size() == 43);
        CHECK(load.origin == AppPaths::bundledPolicingBodies());
        CHECK(load.warning.contains(u"malformed JSON"_s));
    }
}

TEST_CASE("directory: evidence with an unknown status or confidence is refused", "[directory][evidence]")
{
    QFile f(pcc::AppPaths::bundledPolicingBodies());
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QJsonObject good = QJsonDocument::fromJson(f.readAll()).object();
    pcc::DataIssues issues;
    REQUIRE_FALSE(pcc::Directory::fromJson(QJsonDocument(good).toJson(), &issues).isEmpty());
    // The first force (Avon and Somerset) is general_services_only; the second (Bedfordshire) police-led.
    struct Case
    {
        int force;
        QString key;
        QJsonValue value;
        QString path;
    };
    const QList<Case> cases{
        {0, u"advocacy_status"_s, u"pledged"_s, u"advocacy_status"_s},
        {0, u"advocacy_status"_s, u"funds_specialist_service"_s, u"advocacy_status"_s}, // the old key is not a status now
        {0, u"confidence"_s, u"certain"_s, u"confidence"_s},
        {0, u"letter_clause"_s, u"Thank you for a service we did not find."_s, u"letter_clause"_s},
        {1, u"letter_clause"_s, QJsonValue(QJsonValue::Null), u"letter_clause"_s},
        {1, u"confirm_question"_s, QJsonValue(QJsonValue::Null), u"confirm_question"_s},
        {1, u"letter_clause"_s, u"The unit (a police one) is welcome."_s, u"letter_clause"_s},
        {1, u"confirm_question"_s, u"Can you confirm the unit [a police one] is funded?"_s, u"confirm_question"_s},
        {1, u"letter_clause"_s, QStringList(45, u"word"_s).join(u' ') + u" end."_s, u"letter_clause"_s}, // 46 words
        {1, u"confirm_question"_s, QStringList(45, u"word"_s).join(u' ') + u" end?"_s, u"confirm_question"_s},
        {1, u"evidence_as_of"_s, u"last year"_s, u"evidence_as_of"_s},
        {0, u"sources"_s, QJsonArray{u"javascript:alert(1)"_s}, u"sources[0]"_s},
        {0, u"sources"_s, QJsonArray{u"file:///etc/passwd"_s}, u"sources[0]"_s},
        {0, u"sources"_s, QJsonArray{u"smb://server/share"_s}, u"sources[0]"_s},
    };
    for (const Case &c : cases) {
        INFO(c.key.toStdString() << " " << QJsonDocument(QJsonArray{c.value}).toJson(QJsonDocument::Compact).toStdString());
        QJsonObject root = good;
        QJsonArray forces = root.value(u"forces"_s).toArray();
        QJsonObject force = forces.at(c.force).toObject();
        QJsonObject evidence = force.value(u"stalking_support"_s).toObject();
        evidence.insert(c.key, c.value);
        force.insert(u"stalking_support"_s, evidence);
        forces.replace(c.force, force);
        root.insert(u"forces"_s, forces);
        pcc::DataIssues badIssues;
        CHECK(pcc::Directory::fromJson(QJsonDocument(root).toJson(), &badIssues).isEmpty());
        REQUIRE_FALSE(badIssues.isEmpty());
        CHECK(badIssues.first().toString().contains(u"stalking_support."_s + c.path));
    }
    // A web address is accepted (the rule is "http or https", not "no links").
    QJsonObject root = good;
    QJsonArray forces = root.value(u"forces"_s).toArray();
    QJsonObject force = forces.at(0).toObject();
    QJsonObject evidence = force.value(u"stalking_support"_s).toObject();
    evidence.insert(u"sources"_s, QJsonArray{u"https://example.org/a"_s, u"http://example.org/b"_s});
    force.insert(u"stalking_support"_s, evidence);
    forces.replace(0, force);
    root.insert(u"forces"_s, forces);
    CHECK_FALSE(pcc::Directory::fromJson(QJsonDocument(root).toJson(), &issues).isEmpty());
    // A letter sentence of exactly 45 words, with full stops in it, is accepted.
    QJsonObject police = forces.at(1).toObject();
    QJsonObject policeEvidence = police.value(u"stalking_support"_s).toObject();
    policeEvidence.insert(u"letter_clause"_s, QStringList(22, u"word"_s).join(u' ') + u". "_s + QStringList(22, u"word"_s).join(u' ') + u" end."_s);
    police.insert(u"stalking_support"_s, policeEvidence);
    forces.replace(1, police);
    root.insert(u"forces"_s, forces);
    pcc::DataIssues longest;
    CHECK_FALSE(pcc::Directory::fromJson(QJsonDocument(root).toJson(), &longest).isEmpty());
    CHECK(longest.isEmpty());
}

TEST_CASE("plain words: the research's short forms read as words, and only whole short forms", "[directory]")
{
    CHECK(PlainWords::expand(u"PCC"_s) == u"Police and crime commissioner"_s);
    CHECK(PlainWords::expand(u"PCC/PFCC"_s) == u"Police and crime commissioner or police, fire and crime commissioner"_s);
    // Years and references keep their slash: the research's facts are not reworded.
    CHECK(PlainWords::expand(u"up to £240k a year for 2024/25 and 2025/26"_s) == u"Up to £240k a year for 2024/25 and 2025/26"_s);
    CHECK(PlainWords::expand(u"Decision 35/2022, decision 2023/24 0003"_s) == u"Decision 35/2022, decision 2023/24 0003"_s);
    CHECK(PlainWords::expand(u"IDVA/ISVA"_s) == u"IDVA or ISVA"_s);
    CHECK(PlainWords::expand(u"PCC (MoJ victims grant)"_s) == u"Police and crime commissioner (Ministry of Justice victims grant)"_s);
    CHECK(PlainWords::expand(u"OPCC"_s) == u"Commissioner's office"_s); // not "O" + the commissioner
    CHECK(PlainWords::expand(u"South Yorkshire PCC (funding detail not given)"_s)
          == u"South Yorkshire police and crime commissioner (funding detail not given)"_s);
    CHECK(PlainWords::expand(u"Home Office DA Perpetrator Fund"_s) == u"Home Office domestic abuse Perpetrator Fund"_s);
    CHECK(PlainWords::expand(u"Hollie Gazzard Trust (ISAC); PCC funding not shown"_s)
          == u"Hollie Gazzard Trust (independent stalking advocacy caseworker); police and crime commissioner funding not shown"_s);
    // Inside a longer word, or a short form it does not know, nothing changes.
    CHECK(PlainWords::expand(u"DATA and PCCs"_s) == u"DATA and PCCs"_s);
    CHECK(PlainWords::expand(u"MASP"_s) == u"MASP"_s);
    CHECK(PlainWords::expand(QString()).isEmpty());
}

TEST_CASE("email addresses: one rule for the data, a profile, a correction and a draft's headers", "[directory]")
{
    for (const QString &good : {u"opcc@kent.police.uk"_s, u"o'brien@example.org"_s, u"first.last+pcc@example.co.uk"_s})
        CHECK(isEmailAddress(good));
    for (const QString &bad : {u""_s, u"kent"_s, u"opcc@kent"_s, u"a b@example.org"_s, u"a@example.org\nBcc: x@y.org"_s, u"a@example.org\n"_s,
                               u"<a@example.org>"_s, u"\"a\"@example.org"_s, u"a@@example.org"_s, u"a@example..org"_s,
                               u"a@example.org."_s})
        CHECK_FALSE(isEmailAddress(bad));
}

TEST_CASE("directory table: the kind of body is in words, and its short form still finds it", "[directory]")
{
    ForceTableModel model;
    model.setDirectory(Directory::fromJson(pcctest::readFile(AppPaths::bundledPolicingBodies()), nullptr));
    QStringList shown;
    for (int row = 0; row < model.rowCount(); ++row)
        shown << model.index(row, ForceTableModel::BodyColumn).data().toString();
    for (const QString &shortForm : {u"PCC"_s, u"PFCC"_s, u"OPCC"_s})
        CHECK_FALSE(shown.contains(shortForm));
    const int cumbria = model.rowOfForce(u"cumbria"_s);
    REQUIRE(cumbria >= 0);
    CHECK(model.index(cumbria, ForceTableModel::BodyColumn).data().toString() == u"Commissioner"_s);
    CHECK(model.index(cumbria, ForceTableModel::BodyColumn).data(Qt::ToolTipRole).toString()
          == u"Police, Fire and Crime Commissioner"_s);
    CHECK(model.index(cumbria, 0).data(ForceTableModel::SearchTextRole).toString().contains(u"PFCC"_s));
    CHECK(model.index(model.rowOfForce(u"kent"_s), ForceTableModel::BodyColumn).data().toString() == u"Commissioner"_s);
}
