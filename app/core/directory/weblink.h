#pragma once

#include <QString>

namespace pcc {

// The one rule for a link the app may hand to the desktop or print as a source: an http or
// https address with a host. Used by the data check, corrections and the coordinator's merge.
bool isWebAddress(const QString &text);

} // namespace pcc
