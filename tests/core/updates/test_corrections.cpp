// A volunteer's corrections: they override the directory on this computer, can be undone,
// survive updates (until an update agrees), and a coordinator merges many of them.
#include "catchcompat.h"
#include "testsupport.h"

#include "contactlog.h"
#include "contactrecorder.h"
#include "corrections.h"
#include "directorymerge.h"
#include "lettercomposer.h"
#include "templatestore.h"
#include "directoryupdate.h"
#include "salutation.h"
#include "shippeddata.h"
#include "signingkeys.h"
#include "trustedkeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace pcc;

namespace {

Correction correction(const QString &force, const QString &field, const QString &value, const QDate &date = QDate(2026, 11, 28))
{
    return {force, field, value, u"phoned the office on 28 November 2026"_s, date, Correction::Kind::Correction, {}};
}

void saveCorrections(const Corrections &c)
{
    QString error;
    REQUIRE(c.save(Corrections::defaultPath(), &error));
}

// Installs the shipped directory as a signed update with `edit` applied and a new version.
void installUpdate(const QTemporaryDir &dir, const QString &version, const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject root = QJsonDocument::fromJson(pcctest::shippedPolicingBodies()).object();
    root.insert(u"data_version"_s, version);
    QJsonArray forces = root.value(u"forces"_s).toArray();
    for (qsizetype i = 0; i < forces.size(); ++i) {
        QJsonObject f = forces.at(i).toObject();
        edit(f);
        forces.replace(i, f);
    }
    root.insert(u"forces"_s, forces);
    const QString file = dir.filePath(u"update-"_s + version + u".json"_s);
    pcctest::writeFile(file, QJsonDocument(root).toJson());
    QString error;
    const QString secret = dir.filePath(u"s.key"_s);
    if (!QFile::exists(secret)) {
        REQUIRE(SigningKeys::generate(secret, dir.filePath(u"p.key"_s), &error));
        SigningKeys::PublicKey key;
        REQUIRE(TrustedKeys::add(dir.filePath(u"p.key"_s), &key, &error));
    }
    REQUIRE(SigningKeys::sign(file, secret, &error));
    DirectoryUpdate::Installed result;
    REQUIRE(DirectoryUpdate::installFile(file, &result, &error));
}

} // namespace

TEST_CASE("corrections: a correction overrides the directory here, says so, and can be undone", "[corrections]")
{
    QTemporaryDir dir;
    pcctest::ScopedAppPaths paths(dir.filePath(u"data"_s));
    Corrections c;
    c.set(correction(u"kent"_s, u"email"_s, u"pcc@kent.example"_s));
    c.set(correction(u"kent"_s, u"address"_s, u"Sutton Road\nMaidstone\nme15 9bz"_s));
    c.set({u"gwent"_s, u"phone"_s, u"01633 642200"_s, u"https://www.gwent.pcc.police.uk/en/contact-us/"_s, QDate(2026, 11, 27),
           Correction::Kind::Verification, {}});
    saveCorrections(c);

    const Directory shown = ShippedData::loadDirectory().directory;
    const ForceRecord *kent = shown.force(u"kent"_s);
    CHECK(kent->email == u"pcc@kent.example"_s);
    CHECK(kent->address.lines == QStringList{u"Sutton Road"_s, u"Maidstone"_s});
    CHECK(kent->address.postcode == u"ME15 9BZ"_s);
    CHECK(kent->provenanceOf(u"email"_s).localNote == u"corrected by you on 28 November 2026"_s);
    CHECK(kent->provenanceOf(u"email"_s).source.startsWith(u"phoned the office"_s));
    CHECK(shown.force(u"gwent"_s)->provenanceOf(u"phone"_s).localNote == u"checked by you on 27 November 2026"_s);
    // The shipped data itself is untouched.
    CHECK(ShippedData::loadDirectory(ShippedData::Corrected::No).directory.force(u"kent"_s)->email != u"pcc@kent.example"_s);

    // Undo.
    Corrections loaded = Corrections::load(Corrections::defaultPath(), nullptr);
    REQUIRE(loaded.remove(u"kent"_s, u"email"_s));
    saveCorrections(loaded);
    CHECK(ShippedData::loadDirectory().directory.force(u"kent"_s)->email != u"pcc@kent.example"_s);
    CHECK(ShippedData::loadDirectory().directory.force(u"kent"_s)->address.postcode == u"ME15 9BZ"_s);
}

TEST_CASE("corrections: exported as a file a coordinator reads back exactly", "[corrections]")
{
    Corrections c;
    c.set(correction(u"kent"_s, u"email"_s, u"pcc@kent.example"_s));
    QString error;
    const Corrections back = Corrections::fromJson(c.toJson(), &error);
    CHECK(error.isEmpty());
    CHECK(back.items() == c.items());
    // A correction without a source is refused.
    QByteArray bad = c.toJson();
    bad.replace("phoned the office on 28 November 2026", "");
    Corrections::fromJson(bad, &error);
    CHECK(error.contains(u"incomplete"_s));
    // Nor a correction to nothing: an office's email is never corrected away.
    QByteArray blank = c.toJson();
    REQUIRE(blank.contains("\"pcc@kent.example\""));
    blank.replace("\"pcc@kent.example\"", "\"  \"");
    error.clear();
    CHECK(Corrections::fromJson(blank, &error).items().isEmpty());
    CHECK(error.contains(u"incomplete"_s));
}

TEST_CASE("corrections: the coordinator's merge applies agreeing corrections and lists conflicts", "[corrections][merge]")
{
    const Directory base = Directory::fromJson(pcctest::shippedPolicingBodies(), nullptr);
    Corrections alice, bob, carol;
    alice.set(correction(u"kent"_s, u"email"_s, u"pcc@kent.example"_s));
    bob.set(correction(u"kent"_s, u"email"_s, u"pcc@kent.example"_s, QDate(2026, 11, 29)));
    bob.set(correction(u"essex"_s, u"phone"_s, u"01245 000111"_s));
    const auto merged = DirectoryMerge::merge(base, {alice, bob}, QDate(2026, 11, 30));
    CHECK(merged.conflicts.isEmpty());
    CHECK(merged.applied == 2);
    CHECK(merged.directory.force(u"kent"_s)->email == u"pcc@kent.example"_s);
    CHECK(merged.directory.force(u"kent"_s)->provenanceOf(u"email"_s).verifiedOn == u"2026-11-29"_s);
    CHECK(merged.directory.dataVersion() == u"2026-11-30"_s);
    DataIssues issues;
    CHECK_FALSE(Directory::fromJson(merged.directory.toJson(), &issues).isEmpty());

    carol.set(correction(u"kent"_s, u"email"_s, u"different@kent.example"_s));
    const auto conflict = DirectoryMerge::merge(base, {alice, carol}, QDate(2026, 11, 30));
    REQUIRE(conflict.conflicts.size() == 1);
    CHECK(conflict.conflicts.first().contains(u"pcc@kent.example"_s));
    CHECK(conflict.conflicts.first().contains(u"different@kent.example"_s));

    // A field no correction can change (a set made in code; a file naming one is refused when read)
    // is listed, not counted as applied, and leaves no provenance behind.
    Corrections odd;
    odd.set(correction(u"kent"_s, u"fax"_s, u"01622 000000"_s));
    const auto unknown = DirectoryMerge::merge(base, {odd}, QDate(2026, 11, 30));
    CHECK(unknown.applied == 0);
    REQUIRE(unknown.conflicts.size() == 1);
    CHECK(unknown.conflicts.first().contains(u"fax"_s));
    CHECK(unknown.directory.force(u"kent"_s)->provenance.value(u"fax"_s).source.isEmpty());
}

TEST_CASE("corrections: the merge lowers a corrected field to medium, even one that was high", "[corrections][merge]")
{
    const Directory base = Directory::fromJson(pcctest::shippedPolicingBodies(), nullptr);
    // A field the research holds at high confidence: a volunteer's word is not enough to keep it high.
    QString forceId;
    QString field;
    for (const ForceRecord &f : base.forces()) {
        for (const QString &candidate : {u"holder"_s, u"address"_s, u"email"_s}) {
            if (forceId.isEmpty() && f.provenanceOf(candidate).confidence == u"high"_s) {
                forceId = f.id;
                field = candidate;
            }
        }
    }
    REQUIRE_FALSE(forceId.isEmpty());
    const QString value = field == u"email"_s ? u"office@example.org"_s
                        : field == u"address"_s ? u"1 New Street\nExampletown\nEX1 1AA"_s
                                                : u"A New Holder"_s;
    Corrections c;
    c.set(correction(forceId, field, value));
    const auto merged = DirectoryMerge::merge(base, {c}, QDate(2026, 11, 30));
    REQUIRE(merged.applied == 1);
    const Provenance after = merged.directory.force(forceId)->provenanceOf(field);
    CHECK(after.confidence == u"medium"_s);
    CHECK(after.note.contains(u"volunteer"_s));
    // A check (not a correction) of a high field keeps it high and dates it.
    Corrections checked;
    checked.set({forceId, field, Corrections::valueOf(*base.force(forceId), field), u"checked on the office's website"_s,
                 QDate(2026, 11, 29), Correction::Kind::Verification, {}});
    const auto verified = DirectoryMerge::merge(base, {checked}, QDate(2026, 11, 30));
    CHECK(verified.directory.force(forceId)->provenanceOf(field).confidence == u"high"_s);
    CHECK(verified.directory.force(forceId)->provenanceOf(field).verifiedOn == u"2026-11-29"_s);

    // Evidence the research holds at low confidence, corrected with a source: medium now.
    REQUIRE(base.force(u"essex"_s)->stalkingSupport.confidence == u"low"_s);
    Corrections evidence;
    evidence.set(correction(u"essex"_s, u"evidence_service"_s, u"Veritas Justice"_s));
    const auto raised = DirectoryMerge::merge(base, {evidence}, QDate(2026, 11, 30));
    REQUIRE(raised.applied == 1);
    CHECK(raised.directory.force(u"essex"_s)->stalkingSupport.provider == u"Veritas Justice"_s);
    CHECK(raised.directory.force(u"essex"_s)->stalkingSupport.confidence == u"medium"_s);
}

TEST_CASE("corrections: 'checked by you' disappears once an update changes the value that was checked", "[corrections][updates]")
{
    QTemporaryDir dir;
    pcctest::ScopedAppPaths paths(dir.filePath(u"data"_s));
    const ForceRecord kent = *ShippedData::loadDirectory().directory.force(u"kent"_s);
    Corrections c;
    c.set({u"kent"_s, u"phone"_s, kent.phone, u"rang it"_s, QDate(2026, 11, 28), Correction::Kind::Verification, {}});
    saveCorrections(c);
    CHECK(ShippedData::loadDirectory().directory.force(u"kent"_s)->provenanceOf(u"phone"_s).localNote.startsWith(u"checked by you"_s));
    installUpdate(dir, u"2026-12-05"_s, [](QJsonObject &f) {
        if (f.value(u"force_id"_s).toString() == u"kent"_s)
            f.insert(u"phone"_s, u"01622 000000"_s);
    });
    const ForceRecord updated = *ShippedData::loadDirectory().directory.force(u"kent"_s);
    CHECK(updated.phone == u"01622 000000"_s);
    CHECK(updated.provenanceOf(u"phone"_s).localNote.isEmpty()); // the check was of the old number
}

TEST_CASE("corrections: data merge on the command line writes nothing when files disagree", "[corrections][merge][cli]")
{
    QTemporaryDir sandbox;
    const QString base = sandbox.filePath(u"base.json"_s);
    pcctest::writeFile(base, pcctest::shippedPolicingBodies());
    Corrections a, b;
    a.set(correction(u"kent"_s, u"email"_s, u"pcc@kent.example"_s));
    b.set(correction(u"kent"_s, u"email"_s, u"other@kent.example"_s));
    pcctest::writeFile(sandbox.filePath(u"a.json"_s), a.toJson());
    pcctest::writeFile(sandbox.filePath(u"b.json"_s), b.toJson());
    const QString out = sandbox.filePath(u"new.json"_s);
    const auto conflict = pcctest::runApp({u"data"_s, u"merge"_s, base, sandbox.filePath(u"a.json"_s), sandbox.filePath(u"b.json"_s),
                                           u"--out"_s, out},
                                          sandbox.path());
    CHECK(conflict.exitCode == 1);
    CHECK(conflict.err.contains(u"conflict: Kent, Email"_s));
    CHECK_FALSE(QFile::exists(out));
    const auto good = pcctest::runApp({u"data"_s, u"merge"_s, base, sandbox.filePath(u"a.json"_s), u"--out"_s, out}, sandbox.path());
    INFO(good.err.toStdString());
    CHECK(good.exitCode == 0);
    CHECK(pcctest::runApp({u"data"_s, u"check"_s, out}, sandbox.path()).exitCode == 0);
    CHECK(pcctest::readFile(out).contains("pcc@kent.example"));
}

TEST_CASE("corrections: they survive an update, until an update brings the same value", "[corrections][updates]")
{
    QTemporaryDir dir;
    pcctest::ScopedAppPaths paths(dir.filePath(u"data"_s));
    Corrections c;
    c.set(correction(u"kent"_s, u"email"_s, u"pcc@kent.example"_s));
    c.set(correction(u"essex"_s, u"phone"_s, u"01245 000111"_s));
    // A check of Kent's phone, which no update here changes: "checked by you" stays throughout.
    const QString kentPhone = ShippedData::loadDirectory().directory.force(u"kent"_s)->phone;
    c.set({u"kent"_s, u"phone"_s, kentPhone, u"rang it"_s, QDate(2026, 11, 28), Correction::Kind::Verification, {}});
    saveCorrections(c);
    // An update that changes something else: the corrections and the check stay.
    installUpdate(dir, u"2026-12-01"_s, [](QJsonObject &f) {
        if (f.value(u"force_id"_s).toString() == u"dorset"_s)
            f.insert(u"phone"_s, u"01202 229084"_s);
    });
    CHECK(Corrections::load(Corrections::defaultPath(), nullptr).items().size() == 3);
    CHECK(ShippedData::loadDirectory().directory.force(u"kent"_s)->email == u"pcc@kent.example"_s);
    // An update that brings Kent's corrected email: that correction is done and dropped.
    installUpdate(dir, u"2026-12-02"_s, [](QJsonObject &f) {
        if (f.value(u"force_id"_s).toString() == u"kent"_s)
            f.insert(u"email"_s, u"pcc@kent.example"_s);
    });
    const Corrections left = Corrections::load(Corrections::defaultPath(), nullptr);
    REQUIRE(left.items().size() == 2);
    CHECK(left.items().at(0).forceId == u"essex"_s);
    CHECK(left.items().at(1).kind == Correction::Kind::Verification);
    CHECK(ShippedData::loadDirectory().directory.force(u"kent"_s)->provenanceOf(u"phone"_s).localNote.startsWith(u"checked by you"_s));
}

TEST_CASE("corrections: a body that changes kind in an update is greeted as its new kind", "[corrections][updates]")
{
    QTemporaryDir dir;
    pcctest::ScopedAppPaths paths(dir.filePath(u"data"_s), dir.filePath(u"log.sqlite"_s));
    CHECK(Salutation::forForce(*ShippedData::loadDirectory().directory.force(u"kent"_s)).greeting.startsWith(u"Dear Commissioner"_s));
    // A letter sent before the change.
    ContactLog log;
    REQUIRE(log.open(dir.filePath(u"log.sqlite"_s)));
    Profile jane;
    jane.name = u"Jane Volunteer"_s;
    REQUIRE(log.addProfile(&jane));
    ContactRecord sent;
    sent.setSender(jane);
    sent.setRecipient(*ShippedData::loadDirectory().directory.force(u"kent"_s));
    sent.date = QDate(2026, 11, 20);
    REQUIRE(ContactRecorder(log).record(&sent));
    installUpdate(dir, u"2026-12-01"_s, [](QJsonObject &f) {
        if (f.value(u"force_id"_s).toString() != u"kent"_s)
            return;
        f.insert(u"body_kind"_s, u"Mayor"_s);
        f.insert(u"office_name"_s, u"Office of the Mayor of Kent"_s);
        QJsonObject holder = f.value(u"holder"_s).toObject();
        holder.insert(u"name"_s, u"Alex Example"_s);
        holder.insert(u"title"_s, u"Mayor"_s);
        f.insert(u"holder"_s, holder);
    });
    const ForceRecord kent = *ShippedData::loadDirectory().directory.force(u"kent"_s);
    CHECK(kent.bodyKind == BodyKind::Mayor);
    CHECK(Salutation::forForce(kent).greeting == u"Dear Mayor Example"_s);
    // The log keeps the office and holder the letter went to.
    const auto before = log.contact(sent.uuid);
    REQUIRE(before);
    CHECK(before->holderName == u"Matthew Scott"_s);
    CHECK(before->bodyName == u"Office of the Kent Police and Crime Commissioner"_s);
}

TEST_CASE("corrections: a volunteer's correction of what an office funds is what the 2026 letter says", "[corrections][campaign2026]")
{
    QTemporaryDir dir;
    pcctest::ScopedAppPaths paths(dir.filePath(u"data"_s));
    const auto tmpl = TemplateStore::find(u"campaign-2026"_s);
    REQUIRE(tmpl);
    Profile jane;
    jane.name = u"Jane Volunteer"_s;
    const auto letterFor = [&](const QString &force) {
        return LetterComposer::compose(*tmpl, *ShippedData::loadDirectory().directory.force(force), jane, QDate(2026, 11, 28)).bodyPlainText();
    };
    REQUIRE_FALSE(letterFor(u"gwent"_s).contains(u"Thank you"_s));
    Corrections c;
    c.set(correction(u"gwent"_s, u"evidence_status"_s, u"funds_advocacy"_s));
    saveCorrections(c);
    // A status alone is not enough to thank anyone: the letter still asks.
    REQUIRE_FALSE(letterFor(u"gwent"_s).contains(u"Thank you"_s));
    c.set(correction(u"gwent"_s, u"evidence_letter_clause"_s,
                     u"Thank you for funding the Example Stalking Advocacy Service for victims in Gwent."_s));
    c.set(correction(u"gwent"_s, u"evidence_confirm_question"_s, u"Could you confirm that it is funded in 2026-27?"_s));
    saveCorrections(c);
    const ForceRecord gwent = *ShippedData::loadDirectory().directory.force(u"gwent"_s);
    CHECK(gwent.stalkingSupport.status == AdvocacyStatus::FundsAdvocacy);
    CHECK(gwent.stalkingSupport.thanksAllowed());
    CHECK(gwent.stalkingSupport.localNote.startsWith(u"corrected by you on"_s));
    const QString letter = letterFor(u"gwent"_s);
    CHECK(letter.contains(u"Thank you for funding the Example Stalking Advocacy Service for victims in Gwent."_s));
    CHECK(letter.contains(u"Could you confirm that it is funded in 2026-27?"_s));
    CHECK(letter.contains(u"sustain"_s));
    // An unknown status is refused when the file is read.
    Corrections bad;
    bad.set(correction(u"gwent"_s, u"evidence_status"_s, u"generous"_s));
    QString error;
    Corrections::fromJson(bad.toJson(), &error);
    CHECK(error.contains(u"incomplete"_s));
}
