#pragma once

#include <QString>

namespace pcc {

// Ids are compared as text: "{ABC…}", "ABC…" and "abc…" are one id, whose canonical text is
// lower case without braces (what QUuid writes). Text that is not a UUID is returned as it is.
namespace UuidText {
bool isCanonical(const QString &text);
QString canonical(const QString &text);
} // namespace UuidText

} // namespace pcc
