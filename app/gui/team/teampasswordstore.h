#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace pcc {

// The team server's password in the system's keychain (QtKeychain: Secret Service or KWallet
// on Linux, Keychain on macOS, Credential Manager on Windows), one entry per server address.
// Never in settings.ini. When the system has no keychain the calls fail with the reason,
// and the caller asks the user each session instead.
class TeamPasswordStore : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(bool ok, const QString &passwordOrError)>;

    explicit TeamPasswordStore(QObject *parent = nullptr);
    void read(const QString &server, Done done);
    void write(const QString &server, const QString &password, Done done);
    void remove(const QString &server, Done done);
};

} // namespace pcc
