#pragma once

#include <QString>

#include <optional>

namespace pcc {

// Ids are compared as text: "{ABC…}", "ABC…" and "abc…" are one id, whose canonical text is
// lower case without braces (what QUuid writes).
namespace UuidText {
bool isCanonical(const QString &text);
// The canonical text of a UUID written any of those ways; nothing for text that is not one.
std::optional<QString> parse(const QString &text);
// The same, with text that is not a UUID returned as it is.
QString canonical(const QString &text);
} // namespace UuidText

} // namespace pcc
