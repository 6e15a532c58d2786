// The 2026 letter and the template conditions it is built on: it thanks exactly the offices
// the research shows funding a specialist service (medium or high confidence), and asks the rest.
#include "catchcompat.h"
#include "testsupport.h"

#include "apppaths.h"
#include "directory.h"
#include "lettercomposer.h"
#include "templatestore.h"

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

TEST_CASE("conditions: the letter's conditions come from the evidence, never from weak evidence", "[letter][conditions]")
{
    // Low confidence is not funding: Essex's evidence is funds_specialist_service at low.
    const ForceRecord essex = *bundled().force(u"essex"_s);
    REQUIRE(essex.stalkingSupport.status == EvidenceStatus::FundsSpecialistService);
    REQUIRE(essex.stalkingSupport.confidence == u"low"_s);
    CHECK_FALSE(LetterComposer::conditionValues(essex).value(u"funds_specialist_service"_s));
    CHECK(LetterComposer::fieldValues(essex, jane(), QDate(2026, 11, 28)).value(u"evidence_service"_s).isEmpty());
    // Used outside a condition for such an office, an evidence field is missing, not filled.
    QStringList problems;
    LetterComposer::merge(u"<p>Thanks for {{evidence_service}}</p>"_s,
                          LetterComposer::fieldValues(essex, jane(), QDate(2026, 11, 28)), &problems,
                          LetterComposer::conditionValues(essex));
    CHECK(problems.join(u'\n').contains(u"evidence_service"_s));

    const ForceRecord cleveland = *bundled().force(u"cleveland"_s);
    CHECK(LetterComposer::conditionValues(cleveland).value(u"funding_ended"_s));
    CHECK(LetterComposer::fieldValues(cleveland, jane(), QDate(2026, 11, 28)).value(u"evidence_funding_end"_s) == u"March 2025"_s);
    const ForceRecord sussex = *bundled().force(u"sussex"_s);
    CHECK(LetterComposer::conditionValues(sussex).value(u"funds_specialist_service"_s));
    CHECK_FALSE(LetterComposer::conditionValues(sussex).value(u"funding_ended"_s));
}

TEST_CASE("campaign-2026: every force merges cleanly and thanks exactly the offices that fund a specialist service", "[letter][campaign2026]")
{
    const auto tmpl = TemplateStore::find(u"campaign-2026"_s);
    REQUIRE(tmpl);
    CHECK(tmpl->builtIn);
    int thanked = 0;
    for (const ForceRecord &f : bundled().forces()) {
        INFO(f.id.toStdString());
        const Letter l = LetterComposer::compose(*tmpl, f, jane(), QDate(2026, 11, 28));
        CHECK(l.problems.isEmpty());
        const QString text = l.bodyPlainText();
        CHECK_FALSE(text.contains(u"{{"_s));
        CHECK_FALSE(text.contains(u"[missing:"_s));
        const StalkingSupport &e = f.stalkingSupport;
        const bool funds = e.status == EvidenceStatus::FundsSpecialistService
            && (e.confidence == u"high"_s || e.confidence == u"medium"_s);
        CHECK(text.contains(u"Thank you"_s) == funds);
        CHECK(text.contains(u"thank"_s, Qt::CaseInsensitive) == funds);
        CHECK(text.contains(u"I ask you to fund specialist stalking advocacy"_s) == !funds);
        if (funds) {
            ++thanked;
            CHECK(text.contains(e.provider));
            CHECK(text.contains(u"sustain"_s) != !e.fundingSeenToEnd.isEmpty());
            if (!e.fundingSeenToEnd.isEmpty())
                CHECK(text.contains(u"due to end in "_s + e.fundingSeenToEnd));
        }
        // Both kinds cite Recommendation 15 with its date.
        CHECK(text.contains(u"Recommendation 15"_s));
        CHECK(text.contains(u"27 March 2025"_s));
        CHECK(text.contains(u"27 September 2024"_s));
        // The May 2028 change is for commissioners, not for mayors or the City's police authority.
        const bool commissioner = f.bodyKind == BodyKind::Pcc || f.bodyKind == BodyKind::Pfcc;
        CHECK(text.contains(u"May 2028"_s) == commissioner);
    }
    CHECK(thanked == 21); // 10 high + 11 medium in the research of 28 November 2026
}

TEST_CASE("campaign-2026: the seed letter is still there, word for word, beside it", "[letter][campaign2026]")
{
    const auto seed = TemplateStore::find(u"campaign-2017"_s);
    const auto current = TemplateStore::find(u"campaign"_s);
    REQUIRE(seed);
    REQUIRE(current);
    QTextDocument doc;
    doc.setHtml(seed->html);
    CHECK(doc.toPlainText().contains(u"I therefore urge you to consider funding specialist support services for stalking victims in your area."_s));
    CHECK_FALSE(seed->html.contains(u"{{#if"_s));
    CHECK_FALSE(current->html.contains(u"{{#if"_s));
}
