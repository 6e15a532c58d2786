#pragma once

#include "passwordkeychain.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace pcc {

// The team server's password in the system's keychain (see PasswordKeychain), one entry per
// server address. Never in settings.ini. When the system has no keychain, or the pcc-keychain
// module is missing, the calls fail with the reason, and the caller asks the user each session
// instead.
class TeamPasswordStore : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(bool ok, const QString &passwordOrError)>;

    explicit TeamPasswordStore(QObject *parent = nullptr);
    ~TeamPasswordStore() override;
    void read(const QString &server, Done done);
    void write(const QString &server, const QString &password, Done done);
    void remove(const QString &server, Done done);

private:
    PasswordKeychain *keychain(const Done &done); // loaded on first use; null after telling `done` why
    std::unique_ptr<PasswordKeychain> m_keychain;
};

} // namespace pcc
