#pragma once

#include <QString>

namespace pcc {

// A letter body in the HTML subset QTextDocument renders, with merge fields written
// {{field_name}}. Bundled templates are read-only; the user's own live in AppPaths::templatesDir().
struct LetterTemplate
{
    QString id;     // "campaign", "campaign-2017", or "user:<file name>"
    QString name;   // shown to the user
    QString html;
    bool builtIn = false;
};

} // namespace pcc
