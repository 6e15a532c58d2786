// The 2026 letter and the template conditions it is built on: each office's status decides
// what its letter says, in the campaign's curated sentences only.
#include "catchcompat.h"
#include "testsupport.h"

#include "apppaths.h"
#include "directory.h"
#include "lettercomposer.h"
#include "templatestore.h"

#include <QFile>
#include <QRegularExpression>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace pcc;

namespace {

const Directory &bundled()
{
    static const Directory dir = Directory::fromFile(AppPaths::bundledPolicingBodies(), nullptr);
    return dir;
}

Profile jane()
{
    Profile p;
    p.name = u"Jane Volunteer"_s;
    p.address = {u"12 Example Road"_s};
    p.postcode = u"GL50 1AA"_s;
    return p;
}

QString resolved(const QString &html, const QHash<QString, bool> &conditions, QStringList *problems)
{
    return LetterComposer::resolveConditions(html, conditions, problems);
}

} // namespace

TEST_CASE("conditions: each branch is kept only where its condition holds", "[letter][conditions]")
{
    const QString tmpl = u"A{{#if yes}}B{{else}}C{{/if}}D{{#if no}}E{{else}}F{{/if}}G"_s;
    QStringList problems;
    CHECK(resolved(tmpl, {{u"yes"_s, true}, {u"no"_s, false}}, &problems) == u"ABDFG"_s);
    CHECK(problems.isEmpty());
    // Nested, and without an else.
    const QString nested = u"{{#if a}}1{{#if b}}2{{else}}3{{/if}}4{{/if}}5{{#if b}}6{{/if}}"_s;
    CHECK(resolved(nested, {{u"a"_s, true}, {u"b"_s, false}}, &problems) == u"1345"_s);
    CHECK(resolved(nested, {{u"a"_s, false}, {u"b"_s, true}}, &problems) == u"56"_s);
    CHECK(resolved(nested, {{u"a"_s, true}, {u"b"_s, true}}, &problems) == u"12456"_s);
    CHECK(problems.isEmpty());
    // Spaces inside the braces are allowed, as for fields.
    CHECK(resolved(u"{{ #if a }}x{{ else }}y{{ /if }}"_s, {{u"a"_s, false}}, &problems) == u"y"_s);
    CHECK(problems.isEmpty());
}

TEST_CASE("conditions: errors are problems with a visible marker, like unknown fields", "[letter][conditions]")
{
    const QHash<QString, bool> known{{u"a"_s, true}};
    struct Case
    {
        QString tmpl;
        QString problem;
    };
    const QList<Case> cases{
        {u"x{{#if a}}y"_s, u"never closed"_s},
        {u"x{{#if nope}}y{{/if}}"_s, u"Unknown condition {{#if nope}}"_s},
        {u"x{{else}}y"_s, u"{{else}} without an {{#if}}"_s},
        {u"x{{/if}}y"_s, u"{{/if}} without an {{#if}}"_s},
        {u"x{{#unless a}}y{{/if}}"_s, u"Unknown template instruction"_s},
        {u"{{#if a}}x{{else}}y{{else}}z{{/if}}"_s, u"{{else}} without"_s},
    };
    for (const Case &c : cases) {
        INFO(c.tmpl.toStdString());
        QStringList problems;
        const QString out = resolved(c.tmpl, known, &problems);
        REQUIRE(problems.size() >= 1);
        CHECK(problems.join(u'\n').contains(c.problem));
        CHECK(out.contains(u"background-color:#fecaca"_s)); // the same marker as an unknown field
    }
}

namespace {

Profile leedsVolunteer()
{
    Profile p = jane();
    p.name = u"Sam Leeds"_s;
    p.postcode = u"LS1 4AP"_s;
    p.homeForce = u"west-yorkshire"_s;
    return p;
}

QString letterText(const ForceRecord &f, const Profile &sender)
{
    const auto tmpl = TemplateStore::find(u"campaign-2026"_s);
    REQUIRE(tmpl);
    const Letter l = LetterComposer::compose(*tmpl, f, sender, QDate(2026, 12, 2));
    INFO(l.problems.join(u'\n').toStdString());
    CHECK(l.problems.isEmpty());
    return l.bodyPlainText();
}

} // namespace

TEST_CASE("conditions: a record with no status, or a thanks status with no sentence, is never thanked", "[letter][conditions]")
{
    ForceRecord f = *bundled().force(u"sussex"_s);
    REQUIRE(f.stalkingSupport.status == AdvocacyStatus::FundsAdvocacy);
    CHECK(LetterComposer::conditionValues(f, jane()).value(u"thanks_allowed"_s));
    CHECK(LetterComposer::conditionValues(f, jane()).value(u"funds_advocacy"_s));
    CHECK_FALSE(LetterComposer::conditionValues(f, jane()).value(u"no_service_found"_s));

    f.stalkingSupport.letterClause.clear(); // a correction that set the status but wrote no sentence
    CHECK_FALSE(LetterComposer::conditionValues(f, jane()).value(u"thanks_allowed"_s));
    CHECK_FALSE(LetterComposer::conditionValues(f, jane()).value(u"funds_advocacy"_s));
    CHECK(LetterComposer::conditionValues(f, jane()).value(u"no_service_found"_s));

    ForceRecord none = *bundled().force(u"kent"_s);
    none.stalkingSupport = StalkingSupport();
    CHECK_FALSE(none.stalkingSupport.thanksAllowed());
    CHECK_FALSE(LetterComposer::conditionValues(none, jane()).value(u"thanks_allowed"_s));
    CHECK(LetterComposer::conditionValues(none, jane()).value(u"no_service_found"_s));

    // Buying a service, but the sentence about it is gone (a correction set the status only):
    // no paragraph about a service the letter cannot name; the letter asks, as for no service.
    ForceRecord buying = *bundled().force(u"dyfed-powys"_s);
    REQUIRE(buying.stalkingSupport.status == AdvocacyStatus::Commissioning);
    CHECK(LetterComposer::conditionValues(buying, jane()).value(u"commissioning"_s));
    buying.stalkingSupport.letterClause.clear();
    CHECK_FALSE(LetterComposer::conditionValues(buying, jane()).value(u"commissioning"_s));
    CHECK(LetterComposer::conditionValues(buying, jane()).value(u"no_service_found"_s));
    CHECK_FALSE(letterText(buying, jane()).contains(u"the new service, and any that follows it"_s));

    // Funded, may have ended: thanked, never asked to "sustain".
    const ForceRecord cleveland = *bundled().force(u"cleveland"_s);
    REQUIRE(cleveland.stalkingSupport.status == AdvocacyStatus::FundedMayHaveEnded);
    CHECK(LetterComposer::conditionValues(cleveland, jane()).value(u"thanks_allowed"_s));
    CHECK_FALSE(LetterComposer::conditionValues(cleveland, jane()).value(u"funds_advocacy"_s));
    CHECK(LetterComposer::conditionValues(cleveland, jane()).value(u"funded_may_have_ended"_s));
}

TEST_CASE("campaign-2026: each of the 43 letters says what its office's status allows, in the campaign's own sentences",
          "[letter][campaign2026]")
{
    const QStringList abbreviations{u"PCC"_s,  u"PFCC"_s, u"OPCC"_s, u"ISA"_s, u"ISAC"_s, u"ISACs"_s, u"IDVA"_s,
                                    u"PTF"_s,  u"MASIP"_s, u"GMCA"_s, u"APCC"_s, u"IOPC"_s, u"HMICFRS"_s, u"MOPAC"_s};
    static const QRegularExpression nested(u"\\([^()]*\\("_s);
    static const QRegularExpression openYear(u"\\(\\d{4}-\\)"_s);
    QHash<AdvocacyStatus, int> seen;
    for (const ForceRecord &f : bundled().forces()) {
        INFO(f.id.toStdString());
        const StalkingSupport &e = f.stalkingSupport;
        REQUIRE(e.isKnown());
        ++seen[e.status];
        const QString text = letterText(f, leedsVolunteer());
        const QString withoutClause = QString(text).remove(e.letterClause);

        const bool thanks = e.status == AdvocacyStatus::FundsAdvocacy || e.status == AdvocacyStatus::FundedMayHaveEnded;
        const bool hasSentences = !e.letterClause.isEmpty();
        CHECK(hasSentences == (e.status != AdvocacyStatus::GeneralServicesOnly && e.status != AdvocacyStatus::NothingFound));
        if (hasSentences) {
            CHECK(text.contains(e.letterClause));   // as it is
            CHECK(text.contains(e.confirmQuestion));
        }
        // The template's own words thank nobody; the curated sentence does, only where allowed.
        CHECK_FALSE(withoutClause.contains(u"thank"_s, Qt::CaseInsensitive));
        if (!thanks)
            CHECK_FALSE(text.contains(u"thank"_s, Qt::CaseInsensitive)); // the curated sentence included
        CHECK(text.contains(u"the new service, and any that follows it"_s) == (e.status == AdvocacyStatus::Commissioning));
        CHECK(text.contains(u"sustain"_s) == (e.status == AdvocacyStatus::FundsAdvocacy));
        CHECK(text.contains(u"did not find independent stalking advocacy funded by your office"_s) == !hasSentences);
        if (e.status == AdvocacyStatus::PoliceLedOrOtherOnly)
            CHECK(text.contains(u"Every victim of stalking needs an independent advocate"_s));
        // Every fact about the office carries its date; Devon and Cornwall's welcomes the force's
        // own unit, whose only source is undated (pcc_data/README.md, "Conflicts").
        if (!e.letterClause.isEmpty() && f.id != u"devon-and-cornwall"_s)
            CHECK(QRegularExpression(u"\\b20\\d\\d\\b"_s).match(e.letterClause).hasMatch());
        // Recommendation 15 was accepted by all 43 offices, not only the commissioners among them.
        CHECK(text.contains(u"All 43 offices accepted this recommendation"_s));
        CHECK_FALSE(text.contains(u"Every commissioner"_s));

        // Plain words: no abbreviation, no bracket inside a bracket, no "(2022-)", no research field.
        for (const QString &a : abbreviations)
            CHECK_FALSE(QRegularExpression(u"\\b"_s + a + u"\\b"_s).match(text).hasMatch());
        CHECK_FALSE(nested.match(text).hasMatch());
        CHECK_FALSE(openYear.match(text).hasMatch());
        CHECK_FALSE(text.contains(u"as the sources state"_s));
        if (!e.summary.isEmpty())
            CHECK_FALSE(text.contains(e.summary));

        // The area as English names it, and a Leeds volunteer claims only West Yorkshire.
        CHECK(text.contains(f.areaInSentence()));
        CHECK(text.contains(u"I live in "_s + f.areaInSentence()) == (f.id == u"west-yorkshire"_s));
        CHECK(text.contains(u"I live in"_s) == (f.id == u"west-yorkshire"_s));
        CHECK_FALSE(text.contains(u"in City of London"_s));
        CHECK_FALSE(text.contains(u"in West Midlands"_s));
        CHECK_FALSE(text.contains(u"in Hampshire and Isle of Wight"_s));

        CHECK(text.contains(u"Recommendation 15"_s));
        CHECK(text.contains(u"at least three years"_s));
        const bool commissioner = f.bodyKind == BodyKind::Pcc || f.bodyKind == BodyKind::Pfcc;
        CHECK(text.contains(u"May 2028"_s) == commissioner);
    }
    // SOURCES.md, stalking_advocacy_2026.csv: 6, 2, 11, 9, 13 and 2.
    CHECK(seen.value(AdvocacyStatus::FundsAdvocacy) == 6);
    CHECK(seen.value(AdvocacyStatus::Commissioning) == 2);
    CHECK(seen.value(AdvocacyStatus::FundedMayHaveEnded) == 11);
    CHECK(seen.value(AdvocacyStatus::PoliceLedOrOtherOnly) == 9);
    CHECK(seen.value(AdvocacyStatus::GeneralServicesOnly) == 13);
    CHECK(seen.value(AdvocacyStatus::NothingFound) == 2);
}

TEST_CASE("campaign-2026: the offices the earlier reading thanked wrongly are no longer thanked", "[letter][campaign2026]")
{
    for (const char *id : {"staffordshire", "dyfed-powys", "greater-manchester", "cheshire", "durham"}) {
        INFO(id);
        const ForceRecord f = *bundled().force(QString::fromLatin1(id));
        const QString text = letterText(f, jane());
        CHECK_FALSE(text.contains(u"sustain"_s));
        CHECK_FALSE(QString(text).remove(f.stalkingSupport.letterClause).contains(u"Thank"_s));
    }
    // A tender is welcomed and asked about, not thanked.
    const QString staffs = letterText(*bundled().force(u"staffordshire"_s), jane());
    CHECK(staffs.contains(u"welcome step"_s));
    CHECK(staffs.contains(u"contract has been awarded, and whether the service started on 1 December 2026 as planned"_s));
    CHECK_FALSE(staffs.contains(u"due to start"_s)); // a day that has passed when the letter is sent
    // A trial that ended in 2022 is thanked but never asked to be sustained.
    const QString wm = letterText(*bundled().force(u"west-midlands"_s), jane());
    CHECK(wm.contains(u"Thank you for funding the stalking intervention trial in the West Midlands"_s));
    CHECK_FALSE(wm.contains(u"sustain"_s));
}

TEST_CASE("campaign-2026: the email subject names the area as a sentence does", "[letter][campaign2026]")
{
    const auto tmpl = TemplateStore::find(u"campaign-2026"_s);
    REQUIRE(tmpl);
    const Letter city = LetterComposer::compose(*tmpl, *bundled().force(u"city-of-london"_s), jane(), QDate(2026, 12, 2));
    CHECK(city.subject.endsWith(u"in the City of London"_s));
    const Letter hants = LetterComposer::compose(*tmpl, *bundled().force(u"hampshire"_s), jane(), QDate(2026, 12, 2));
    CHECK(hants.subject.endsWith(u"in Hampshire and the Isle of Wight"_s));
    const Letter kent = LetterComposer::compose(*tmpl, *bundled().force(u"kent"_s), jane(), QDate(2026, 12, 2));
    CHECK(kent.subject.endsWith(u"in Kent"_s));
}

TEST_CASE("letters: an address or email below high confidence is named before anything is sent", "[letter]")
{
    const auto tmpl = TemplateStore::find(u"campaign-2026"_s);
    REQUIRE(tmpl);
    int named = 0;
    for (const ForceRecord &f : bundled().forces()) {
        INFO(f.id.toStdString());
        const Letter l = LetterComposer::compose(*tmpl, f, jane(), QDate(2026, 12, 2));
        const bool addressWeak = !f.address.isEmpty() && !f.provenanceOf(u"address"_s).isHigh();
        const bool emailWeak = !f.email.isEmpty() && !f.provenanceOf(u"email"_s).isHigh();
        CHECK(l.unverified.contains(u"address"_s) == addressWeak);
        CHECK(l.unverified.contains(u"email"_s) == emailWeak);
        CHECK(l.unverifiedNote.isEmpty() == (!addressWeak && !emailWeak));
        if (addressWeak)
            CHECK(l.unverifiedNote.contains(u"address"_s));
        if (emailWeak)
            CHECK(l.unverifiedNote.contains(u"email"_s));
        // Each way of sending names only the detail it uses.
        CHECK(l.unverifiedPostNote.isEmpty() == !addressWeak);
        CHECK(l.unverifiedEmailNote.isEmpty() == !emailWeak);
        CHECK_FALSE(l.unverifiedPostNote.contains(u"email"_s));
        CHECK_FALSE(l.unverifiedEmailNote.contains(u"address"_s));
        named += l.unverifiedNote.isEmpty() ? 0 : 1;
    }
    CHECK(named > 0);
    // A high-confidence address is not named: the rule is "below high", not "any".
    ForceRecord f = *bundled().force(u"kent"_s);
    Provenance high = f.provenanceOf(u"address"_s);
    high.confidence = u"high"_s;
    f.provenance.insert(u"address"_s, high);
    f.email.clear();
    CHECK(LetterComposer::compose(*tmpl, f, jane(), QDate(2026, 12, 2)).unverifiedNote.isEmpty());
    high.confidence = u"medium"_s;
    f.provenance.insert(u"address"_s, high);
    CHECK(LetterComposer::compose(*tmpl, f, jane(), QDate(2026, 12, 2)).unverified == QStringList{u"address"_s});
}

TEST_CASE("letters: every office's address fits the envelope window at 10 pt or more", "[letter][page]")
{
    const DataIssues issues = LetterComposer::addressBlockIssues(bundled(), LetterLayout::dlPreset());
    for (const DataIssue &i : issues)
        UNSCOPED_INFO(i.toString().toStdString());
    CHECK(issues.isEmpty());
    // The City of London's block no longer repeats itself; Leicestershire's office is not split at its comma.
    const QStringList city = LetterComposer::recipientBlock(*bundled().force(u"city-of-london"_s));
    CHECK(city.size() <= 7);
    CHECK_FALSE(city.contains(u"FAO Chair"_s));
    const QStringList leics = LetterComposer::recipientBlock(*bundled().force(u"leicestershire"_s));
    CHECK_FALSE(leics.contains(u"Leicestershire and Rutland"_s));
    // A block too long for the window is found.
    ForceRecord f = *bundled().force(u"kent"_s);
    f.address.lines = {u"Line one"_s, u"Line two"_s, u"Line three"_s, u"Line four"_s, u"Line five"_s, u"Line six"_s, u"Line seven"_s};
    Directory one = bundled();
    one.replaceForce(f);
    const DataIssues tooLong = LetterComposer::addressBlockIssues(one, LetterLayout::dlPreset());
    REQUIRE(tooLong.size() == 1);
    CHECK(tooLong.first().path.contains(u"kent"_s));
}

TEST_CASE("campaign-2017 is the seed's letter word for word, and campaign has the 2017 dates right", "[letter][campaign2026]")
{
    const auto seed = TemplateStore::find(u"campaign-2017"_s);
    const auto current = TemplateStore::find(u"campaign"_s);
    REQUIRE(seed);
    REQUIRE(current);
    QFile post(QStringLiteral(PCC_SOURCE_DIR "/tests/fixtures/seed-2017-campaign-post.txt"));
    REQUIRE(post.open(QIODevice::ReadOnly));
    // Word for word: the post's spacing (a no-break space after "Victims and") is not a word.
    QStringList postLines;
    for (const QString &line : QString::fromUtf8(post.readAll()).split(u'\n'))
        postLines << line.simplified();
    QTextDocument doc;
    doc.setHtml(seed->html);
    // Every paragraph of the template (the sender's name aside) is a line of the seed, exactly.
    int compared = 0;
    for (const QString &paragraph : doc.toPlainText().split(u'\n', Qt::SkipEmptyParts)) {
        if (paragraph.contains(u"{{"_s))
            continue;
        INFO(paragraph.toStdString());
        CHECK(postLines.contains(paragraph.simplified()));
        ++compared;
    }
    CHECK(compared == 5); // greeting, three paragraphs, sign-off
    CHECK_FALSE(seed->html.contains(u"{{#if"_s));

    QTextDocument modern;
    modern.setHtml(current->html);
    const QString text = modern.toPlainText();
    CHECK_FALSE(text.contains(u"published in June"_s));
    CHECK(text.contains(u"5 July 2017"_s));
    CHECK_FALSE(text.contains(u"recent study"_s));
    CHECK_FALSE(text.contains(u"HMIC/HMCPSI"_s));
    // An office that funds advocacy is urged to keep funding it, not to "consider" it.
    const Letter sussex = LetterComposer::compose(*current, *bundled().force(u"sussex"_s), jane(), QDate(2026, 12, 2));
    CHECK(sussex.bodyPlainText().contains(u"keep funding"_s));
    CHECK_FALSE(sussex.bodyPlainText().contains(u"consider funding"_s));
    const Letter kentLetter = LetterComposer::compose(*current, *bundled().force(u"humberside"_s), jane(), QDate(2026, 12, 2));
    CHECK(kentLetter.bodyPlainText().contains(u"consider funding"_s));
}

TEST_CASE("campaign: an office whose funding may have ended is asked to fund now, and no letter states an unsourced figure",
          "[letter][campaign2026]")
{
    const auto tmpl = TemplateStore::find(u"campaign"_s);
    REQUIRE(tmpl);
    QHash<AdvocacyStatus, int> seen;
    for (const ForceRecord &f : bundled().forces()) {
        INFO(f.id.toStdString());
        const AdvocacyStatus status = f.stalkingSupport.status;
        ++seen[status];
        const QString text = LetterComposer::compose(*tmpl, f, jane(), QDate(2026, 12, 2)).bodyPlainText();
        CHECK(text.contains(u"keep funding"_s) == (status == AdvocacyStatus::FundsAdvocacy));
        CHECK(text.contains(u"are funded now, and that the funding lasts"_s) == (status == AdvocacyStatus::FundedMayHaveEnded));
        const bool asked = status != AdvocacyStatus::FundsAdvocacy && status != AdvocacyStatus::FundedMayHaveEnded
                           && status != AdvocacyStatus::Commissioning;
        CHECK(text.contains(u"consider funding"_s) == asked);
        // An office that has tendered for a service is asked to fund it for the long term, not to consider it.
        CHECK(text.contains(u"fund, for the long term, the specialist support services for stalking victims that your office is commissioning"_s) == (status == AdvocacyStatus::Commissioning));
        // The pilots the research names, with their years, where the letter asks.
        CHECK(text.contains(u"From 2018 to 2020 the Multi-Agency Stalking Intervention Programme"_s) == asked);
        // The 2017 letter's other figures have no source in the research.
        CHECK_FALSE(text.contains(u"1 million"_s));
        CHECK_FALSE(text.contains(u"1%"_s));
        CHECK_FALSE(text.contains(u"Projects in areas"_s));
    }
    CHECK(seen.value(AdvocacyStatus::FundedMayHaveEnded) == 11);
    CHECK(seen.value(AdvocacyStatus::FundsAdvocacy) == 6);
}

TEST_CASE("follow-up: says only that the volunteer wrote, names the area as a sentence does, and asks a funder about going on",
          "[letter][campaign2026]")
{
    const auto tmpl = TemplateStore::find(u"follow-up"_s);
    REQUIRE(tmpl);
    const QHash<QString, QString> first{{u"first_letter_date"_s, u"1 November 2026"_s}};
    const Letter sussex = LetterComposer::compose(*tmpl, *bundled().force(u"sussex"_s), jane(), QDate(2026, 12, 2), first);
    CHECK(sussex.problems.isEmpty());
    const QString funder = sussex.bodyPlainText();
    CHECK(funder.contains(u"I wrote to you on 1 November 2026 about specialist support"_s));
    CHECK_FALSE(funder.contains(u"consider"_s)); // the first letter may have thanked, not asked
    CHECK(funder.contains(u"will keep funding"_s));
    CHECK_FALSE(funder.contains(u"funds, or plans to fund"_s));
    const QString wm = LetterComposer::compose(*tmpl, *bundled().force(u"west-midlands"_s), jane(), QDate(2026, 12, 2), first).bodyPlainText();
    CHECK(wm.contains(u"victims in the West Midlands."_s));
    CHECK(wm.contains(u"funds, or plans to fund"_s));
    CHECK_FALSE(wm.contains(u"will keep funding"_s));
}

TEST_CASE("letters: a PDF's title names the area, not the office's name with its brackets", "[letter]")
{
    const auto tmpl = TemplateStore::find(u"campaign-2026"_s);
    REQUIRE(tmpl);
    for (const ForceRecord &f : bundled().forces()) {
        INFO(f.id.toStdString());
        const Letter l = LetterComposer::compose(*tmpl, f, jane(), QDate(2026, 12, 2));
        CHECK(l.title == u"Letter to %1 about stalking support"_s.arg(f.areaInSentence()));
        CHECK_FALSE(l.title.contains(u'&'));
        CHECK_FALSE(l.title.contains(u'('));
    }
    CHECK(bundled().force(u"city-of-london"_s)->officeName.contains(u'(')); // what it would hold otherwise
}
