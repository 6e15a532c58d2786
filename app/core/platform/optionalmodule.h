#pragma once

#include <QString>

namespace pcc {

// The program's optional parts (pcc-network, pcc-signing, pcc-svg, pcc-keychain) are shared
// modules loaded the first time they are needed, so their libraries (Qt Network, libsodium, Qt Svg,
// QtKeychain) are not loaded, and cost nothing, at start. A module is looked for beside the executable, then in the installed
// library folder (lib/pcc-campaigner), then inside the macOS bundle; once loaded it stays loaded.
class OptionalModule
{
public:
    // The address of `symbol` in the module `name` (without prefix or suffix), or null with what
    // went wrong in each place it was looked for (the caller says which part of the app is missing).
    static void *resolve(const QString &name, const char *symbol, QString *reason);
    static void setSearchDirectory(const QString &dir); // tests: where the build put the modules
};

} // namespace pcc
