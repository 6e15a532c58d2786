#pragma once

#include "lettertemplate.h"

#include <QList>
#include <optional>

namespace pcc {

// The bundled templates and the user's own (add, duplicate, rename, delete). User
// templates are saved atomically (QSaveFile) as <name>.html in AppPaths::templatesDir().
class TemplateStore
{
public:
    static QList<LetterTemplate> all();
    static std::optional<LetterTemplate> find(const QString &idOrName);
    static LetterTemplate defaultTemplate();
    static std::optional<LetterTemplate> fromFile(const QString &path, QString *error);

    // Each returns false with a message in *error; built-in templates cannot be changed.
    static bool save(const QString &name, const QString &html, LetterTemplate *saved, QString *error);
    static bool rename(const LetterTemplate &t, const QString &newName, QString *error);
    static bool remove(const LetterTemplate &t, QString *error);
    static QString uniqueName(const QString &base);
};

} // namespace pcc
