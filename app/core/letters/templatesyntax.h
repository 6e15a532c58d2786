#pragma once

#include <QList>
#include <QString>

namespace pcc {

// One tag of the letter template language, where it stands in the text.
struct TemplateTag
{
    enum class Kind {
        Field,   // {{holder_name}}
        If,      // {{#if condition}}
        Else,    // {{else}}
        EndIf,   // {{/if}}
        Unknown, // {{#each x}}, {{/x}}, {{#if}} without a name: an instruction that does not exist
        Unclosed, // "{{/ oops" or "{{#if x" with no closing braces before the next brace
    };
    Kind kind = Kind::Field;
    QString name; // the field or the condition; for Unknown and Unclosed, the instruction as written
    qsizetype start = 0;
    qsizetype length = 0;

    qsizetype end() const { return start + length; }
};

// The one reading of the template language, for the composer that fills a letter in, the
// editor that shows fields as chips and the highlighter that marks unknown ones: they all
// agree on what a field is. Names are letters, digits and underscores; spaces inside the
// braces are allowed ({{ holder_name }}).
namespace TemplateSyntax {
QList<TemplateTag> tags(const QString &text); // in order
QString fieldTag(const QString &name);     // "{{name}}"
} // namespace TemplateSyntax

} // namespace pcc
