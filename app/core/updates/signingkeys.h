#pragma once

#include <QByteArray>
#include <QString>

namespace pcc {

// Ed25519 keys and detached signatures for directory updates, through libsodium (in the
// pcc-signing module, loaded on first use: see ed25519.h). Keys and signatures are small text
// files: a first line saying what they are, then base64.
class SigningKeys
{
public:
    struct PublicKey
    {
        QByteArray bytes; // 32 bytes
        QString id() const; // the first 8 bytes in hex: how a key is named to people
    };

    // Whether signatures can be checked here: false, with the reason, when pcc-signing is missing.
    static bool available(QString *error);
    // A new key pair; the secret file is written owner-only (0600). Refuses to overwrite.
    static bool generate(const QString &secretPath, const QString &publicPath, QString *error);
    // Writes `filePath`.sig, signed with the secret key in `secretPath`.
    static bool sign(const QString &filePath, const QString &secretPath, QString *error);

    static bool readPublicKey(const QString &path, PublicKey *key, QString *error);
    static bool parsePublicKey(const QByteArray &text, PublicKey *key, QString *error);
    static bool parseSignature(const QByteArray &text, QByteArray *signature, QString *error);
    static bool verify(const QByteArray &data, const QByteArray &signature, const PublicKey &key); // false if unavailable

    static QByteArray publicKeyText(const PublicKey &key);
};

} // namespace pcc
