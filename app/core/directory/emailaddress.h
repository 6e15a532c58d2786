#pragma once

#include <QString>

namespace pcc {

// The one rule for an email address, wherever one is typed or read: the data check, a
// volunteer's profile, a correction, and an email draft's headers. Plain addresses only (no
// spaces, line breaks, brackets or quotes, so nothing can add a header or a second recipient)
// with a dotted domain.
bool isEmailAddress(const QString &text);

} // namespace pcc
