#pragma once

#include <QString>
#include <QtGlobal>

#include <type_traits>

namespace pcc {

// The program's optional parts (pcc-network, pcc-signing, pcc-svg, pcc-keychain, pcc-spelling,
// pcc-printing) are shared modules loaded the first time they are needed, so their libraries (Qt
// Network, libsodium, Qt Svg, QtKeychain, Hunspell, Qt Print Support) are not loaded, and cost
// nothing, at start. A module is
// looked for beside the executable, then in the installed library folder (lib/pcc-campaigner/modules),
// then inside the macOS bundle; once loaded it stays loaded.
class OptionalModule
{
public:
    // The function `symbol` in the module `name` (without prefix or suffix), as the type the
    // module's interface header declares, or null with what went wrong in each place it was looked
    // for (the caller says which part of the app is missing).
    template <typename Function>
    static Function *resolve(const QString &name, const char *symbol, QString *reason)
    {
        return reinterpret_cast<Function *>(address(name, symbol, reason));
    }
    // For a module whose one function takes nothing and gives the object that does its work:
    // that object, asked for once and kept for the program's life. Null while the module cannot
    // be loaded (with the reason) or gives nothing (the reason empty); asked again next time.
    template <typename Function>
    static std::invoke_result_t<Function *> kept(const QString &name, const char *symbol, QString *reason)
    {
        static std::invoke_result_t<Function *> object = nullptr;
        if (!object) {
            if (auto make = resolve<Function>(name, symbol, reason))
                object = make();
        }
        return object;
    }
    static void setSearchDirectory(const QString &dir); // tests: where the build put the modules

private:
    static QFunctionPointer address(const QString &name, const char *symbol, QString *reason);
};

} // namespace pcc
