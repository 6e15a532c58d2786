#include "templatesyntax.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pcc {

QList<TemplateTag> TemplateSyntax::tags(const QString &text)
{
    // The alternatives are tried in order: "{{elsewhere}}" fails "else" at the closing braces
    // and is read as a field. No tag holds a brace: an instruction left open ("{{/ oops",
    // "{{#if thanks_allowed") is an unclosed tag of its first word (and an #if's name), and a
    // field after it is still a field.
    static const QRegularExpression tag(
        u"\\{\\{\\s*(?:(?:#if\\s+(?<condition>[A-Za-z0-9_]+)|(?<else>else)|(?<endif>/if)|(?<unknown>[#/][^{}]*?)|(?<field>[A-Za-z0-9_]+))\\s*\\}\\}"
        "|(?<unclosed>#if[ \\t]+[A-Za-z0-9_]+|[#/][ \\t]*[A-Za-z0-9_]*))"_s);
    QList<TemplateTag> out;
    for (auto it = tag.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        TemplateTag t;
        t.start = m.capturedStart();
        t.length = m.capturedLength();
        if (m.hasCaptured(u"condition")) {
            t.kind = TemplateTag::Kind::If;
            t.name = m.captured(u"condition");
        } else if (m.hasCaptured(u"else")) {
            t.kind = TemplateTag::Kind::Else;
        } else if (m.hasCaptured(u"endif")) {
            t.kind = TemplateTag::Kind::EndIf;
        } else if (m.hasCaptured(u"unknown")) {
            t.kind = TemplateTag::Kind::Unknown;
            t.name = m.captured(u"unknown").simplified();
        } else if (m.hasCaptured(u"unclosed")) {
            t.kind = TemplateTag::Kind::Unclosed;
            t.name = m.captured(u"unclosed").simplified();
        } else {
            t.name = m.captured(u"field");
        }
        out.append(t);
    }
    return out;
}

QString TemplateSyntax::fieldTag(const QString &name)
{
    return u"{{"_s + name + u"}}"_s;
}

} // namespace pcc
