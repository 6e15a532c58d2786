#pragma once

#include "signingkeys.h"

#include <QList>

namespace pcc {

// The publisher keys this computer trusts for directory updates: files in
// AppPaths::dataDir()/trusted-keys, one per key, named by the key's id. No key is trusted
// until the user (or their campaign's setup) adds one.
class TrustedKeys
{
public:
    static QList<SigningKeys::PublicKey> all();
    static bool add(const QString &publicKeyPath, SigningKeys::PublicKey *added, QString *error);
    static QString folder();
};

} // namespace pcc
