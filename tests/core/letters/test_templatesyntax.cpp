// The template language read one way: what the composer fills in is what the editor shows as a
// chip and what the highlighter calls known.
#include "catchcompat.h"

#include "forcerecord.h"
#include "lettercomposer.h"
#include "profile.h"
#include "templatesyntax.h"

using namespace pcc;
using namespace Qt::StringLiterals;

namespace {
using Kind = TemplateTag::Kind;

QList<std::pair<Kind, QString>> kindsAndNames(const QString &text)
{
    QList<std::pair<Kind, QString>> out;
    for (const TemplateTag &t : TemplateSyntax::tags(text))
        out.append({t.kind, t.name});
    return out;
}
} // namespace

TEST_CASE("template syntax: fields, conditions and unknown instructions are told apart", "[letters][template]")
{
    const QString text = u"Dear {{ holder_name }}, {{#if thanks_allowed}}thanks{{ else }}please{{/if}} "
                         "{{#each office}} {{/office}} {{#if}} {{elsewhere}} {{Area2_name}}"_s;
    const QList<std::pair<Kind, QString>> expected{
        {Kind::Field, u"holder_name"_s}, {Kind::If, u"thanks_allowed"_s}, {Kind::Else, QString()},
        {Kind::EndIf, QString()},        {Kind::Unknown, u"#each office"_s}, {Kind::Unknown, u"/office"_s},
        {Kind::Unknown, u"#if"_s},       {Kind::Field, u"elsewhere"_s},    {Kind::Field, u"Area2_name"_s}};
    CHECK(kindsAndNames(text) == expected);

    const QList<TemplateTag> tags = TemplateSyntax::tags(text);
    REQUIRE_FALSE(tags.isEmpty());
    CHECK(text.mid(tags.first().start, tags.first().length) == u"{{ holder_name }}"_s);
    CHECK(text.mid(tags.at(2).start, tags.at(2).length) == u"{{ else }}"_s);
    CHECK(tags.last().end() == text.size());
}

TEST_CASE("template syntax: what is not a tag stays text", "[letters][template]")
{
    CHECK(TemplateSyntax::tags(u"{{holder-name}} { {holder_name} } {holder_name} {{ }} {{holder name}}"_s).isEmpty());
    // An instruction left open is a tag of its own (its first word, or an #if and its name) and
    // does not swallow the field after it, on the same line or the next.
    const QList<std::pair<QString, QString>> open = {{u"{{/ oops {{salutation}}"_s, u"/ oops"_s},
                                                     {u"{{#each x\n<p>{{salutation}}</p>"_s, u"#each"_s},
                                                     {u"{{ #if thanks_allowed Dear {{salutation}}"_s, u"#if thanks_allowed"_s}};
    for (const auto &[text, name] : open) {
        INFO(text.toStdString());
        CHECK(kindsAndNames(text) == QList<std::pair<Kind, QString>>{{Kind::Unclosed, name}, {Kind::Field, u"salutation"_s}});
    }
    const QList<TemplateTag> tags = TemplateSyntax::tags(u"A {{/ oops B"_s);
    REQUIRE(tags.size() == 1);
    CHECK(u"A {{/ oops B"_s.mid(tags.first().start, tags.first().length) == u"{{/ oops"_s);
    CHECK(TemplateSyntax::fieldTag(u"holder_name"_s) == u"{{holder_name}}"_s);
    CHECK(kindsAndNames(TemplateSyntax::fieldTag(u"area_name"_s)) == QList<std::pair<Kind, QString>>{{Kind::Field, u"area_name"_s}});
}

TEST_CASE("template syntax: the composer fills in what the syntax calls a field, and names the rest as problems", "[letters][template]")
{
    const QHash<QString, QString> values{{u"holder_name"_s, u"Ann Example"_s}, {u"Area2_name"_s, u"Sussex"_s}};
    QStringList problems;
    const QString html = LetterComposer::merge(u"{{ holder_name }} of {{Area2_name}}, {{#each x}}{{/each}}"_s, values, &problems, {});
    CHECK(html.startsWith(u"Ann Example of Sussex, "_s));
    CHECK(problems.size() == 2); // the two unknown instructions
    CHECK(problems.join(u' ').contains(u"#each x"_s));
    problems.clear();
    LetterComposer::merge(u"{{#if}}x{{/if}}"_s, values, &problems, {{u"thanks_allowed"_s, true}});
    REQUIRE_FALSE(problems.isEmpty());
    CHECK(problems.first().startsWith(u"Unknown template instruction {{#if}}"_s));
    // An instruction left open is a problem (the letter is not sent or printed without the
    // volunteer being told), and the field after it is still filled in.
    problems.clear();
    const QString open = LetterComposer::merge(u"<p>{{/ oops {{holder_name}}</p>"_s, values, &problems, {});
    REQUIRE(problems.size() == 1);
    CHECK(problems.first() == u"{{/ oops is never closed with }}"_s);
    CHECK(open.contains(u"Ann Example"_s));
    CHECK(open.contains(u"unclosed {{/ oops"_s)); // the visible marker in its place
    CHECK_FALSE(open.contains(u"{{holder_name"_s));
}

TEST_CASE("template syntax: a stray else is one problem, not also an unknown field called else", "[letters][template]")
{
    QStringList problems;
    const QString html = LetterComposer::merge(u"x{{else}}y"_s, {}, &problems, {});
    CHECK(problems == QStringList{u"{{else}} without an {{#if}} before it"_s});
    CHECK(html.startsWith(u"x<span"_s));
    CHECK(html.endsWith(u"</span>y"_s));
    CHECK(html.count(u"<span"_s) == 1);
}

TEST_CASE("template syntax: the fields and conditions the editor knows are the composer's own", "[letters][template]")
{
    // Every field the composer fills is known, and nothing else: a condition is not a field,
    // a field is not a condition, and the names are exact (no capitals, no spaces).
    const ForceRecord force = [] {
        ForceRecord f;
        f.id = u"kent"_s;
        return f;
    }();
    const QHash<QString, QString> values = LetterComposer::fieldValues(force, Profile(), QDate(2026, 12, 4));
    for (const LetterComposer::Field &f : LetterComposer::knownFields()) {
        INFO(f.name.toStdString());
        CHECK(LetterComposer::isKnownField(f.name));
        CHECK(values.contains(f.name));
    }
    // And the other way: every field the composer fills is one the editor knows.
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(LetterComposer::isKnownField(it.key()));
    }
    for (const LetterComposer::Field &c : LetterComposer::knownConditions()) {
        INFO(c.name.toStdString());
        CHECK(LetterComposer::isKnownCondition(c.name));
        CHECK_FALSE(LetterComposer::isKnownField(c.name));
    }
    CHECK_FALSE(LetterComposer::isKnownCondition(u"salutation"_s));
    CHECK_FALSE(LetterComposer::isKnownField(u"Salutation"_s));
    CHECK_FALSE(LetterComposer::isKnownField(u"salutation "_s));
    CHECK_FALSE(LetterComposer::isKnownField(u"holder_nme"_s));
    CHECK_FALSE(LetterComposer::isKnownField(QString()));
}
