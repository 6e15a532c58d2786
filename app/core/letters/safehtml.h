#pragma once

#include <QString>

namespace pcc {

// The allow-list every template, draft and letter body passes before it reaches an .eml, a
// PDF or the screen. The HTML is read into a QTextDocument (which keeps only the formatting
// it models: paragraphs, lists, tables, bold, italic, underline, fonts, colours, links) and
// written out again, minus anything that would reach outside the letter: images (remote or
// local), background images, and links other than http, https and mailto (no javascript:,
// data:, file:). Scripts, styles sheets, forms and iframes never survive the first step.
class SafeHtml
{
public:
    static QString clean(const QString &html); // the inner HTML of a <body>
    static bool isAllowedLink(const QString &href);
};

} // namespace pcc
