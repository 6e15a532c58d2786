#pragma once

#include <QString>

namespace pcc {

// Whether a host name or address is this computer: localhost, 127.0.0.0/8 or ::1. Decided
// without Qt Network, which the core never links, and without asking a name server.
bool isLoopbackHost(const QString &host);

} // namespace pcc
