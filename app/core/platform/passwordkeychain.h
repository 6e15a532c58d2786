#pragma once

#include <QString>

#include <functional>

class QObject;

namespace pcc {

// The system's keychain (QtKeychain: Secret Service or KWallet on Linux, Keychain on macOS,
// Credential Manager on Windows), in the pcc-keychain module (keychain/), which the program loads
// the first time a password is read or kept: a volunteer who is not in a team never loads it.
class PasswordKeychain
{
public:
    using Done = std::function<void(bool ok, const QString &passwordOrError)>;

    virtual ~PasswordKeychain() = default;
    virtual void read(const QString &service, const QString &key, Done done) = 0;
    virtual void write(const QString &service, const QString &key, const QString &password, Done done) = 0;
    virtual void remove(const QString &service, const QString &key, Done done) = 0;
};

} // namespace pcc

// The keychain's jobs are children of `parent`, so none outlives it.
extern "C" using PccCreatePasswordKeychain = pcc::PasswordKeychain *(QObject *parent);
