#include "signingkeys.h"

#include "ed25519.h"
#include "optionalmodule.h"
#include "owneronly.h"
#include "wholefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace pcc {

namespace {

const QByteArray PublicHeader = "pcc-campaigner ed25519 public key";
const QByteArray SecretHeader = "pcc-campaigner ed25519 secret key";
const QByteArray SignatureHeader = "pcc-campaigner ed25519 signature";

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pcc::SigningKeys)
};

// Loaded on first use; null, with the reason, when the module is missing or libsodium cannot start.
const PccEd25519 *ed25519(QString *error)
{
    QString reason;
    const PccEd25519 *functions = OptionalModule::kept<PccGetEd25519>(u"pcc-signing"_s, "pcc_ed25519", &reason);
    if (!functions) {
        *error = reason.isEmpty() ? Tr::tr("The cryptography library (libsodium) could not start.")
                                  : Tr::tr("The signature part of PCC Campaigner (pcc-signing) is missing, so no signature can "
                                           "be checked or made: %1")
                                        .arg(reason);
    }
    return functions;
}

unsigned char *bytes(QByteArray &b)
{
    return reinterpret_cast<unsigned char *>(b.data());
}

const unsigned char *bytes(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}

QByteArray armoured(const QByteArray &header, const QByteArray &bytes)
{
    return header + '\n' + bytes.toBase64() + '\n';
}

// The payload of an armoured text, when its header and length are right.
bool unarmour(const QByteArray &text, const QByteArray &header, int length, QByteArray *out)
{
    const QList<QByteArray> lines = text.trimmed().split('\n');
    if (lines.size() != 2 || lines.at(0).trimmed() != header)
        return false;
    const auto decoded = QByteArray::fromBase64Encoding(lines.at(1).trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != length)
        return false;
    *out = decoded.decoded;
    return true;
}

bool readSmallFile(const QString &path, QByteArray *out, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("Cannot read %1: %2").arg(path, f.errorString());
        return false;
    }
    *out = f.read(4096);
    return true;
}

// Never overwrites; a secret key is created readable by its owner only, with no moment
// when another user could read it.
bool writeNew(const QString &path, const QByteArray &bytes, bool secret, QString *error)
{
    QFile f(path);
    const QFileDevice::Permissions perms = secret ? (QFileDevice::ReadOwner | QFileDevice::WriteOwner)
                                                  : (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                                     | QFileDevice::ReadOther);
    if (QFileInfo::exists(path)) {
        *error = Tr::tr("%1 already exists; it was left as it is.").arg(path);
        return false;
    }
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly, perms) || f.write(bytes) != bytes.size() || !f.flush()) {
        *error = Tr::tr("Cannot write %1: %2").arg(path, f.errorString());
        if (f.isOpen()) {
            f.close();
            f.remove();
        }
        return false;
    }
    f.close();
    return !secret || OwnerOnly::restrictFile(path, error);
}

} // namespace

QString SigningKeys::PublicKey::id() const
{
    return QString::fromLatin1(bytes.left(8).toHex());
}

bool SigningKeys::available(QString *error)
{
    return ed25519(error) != nullptr;
}

bool SigningKeys::generate(const QString &secretPath, const QString &publicPath, QString *error)
{
    const PccEd25519 *sodium = ed25519(error);
    if (!sodium)
        return false;
    QByteArray pk(Ed25519::PublicKeyBytes, '\0');
    QByteArray sk(Ed25519::SecretKeyBytes, '\0');
    sodium->keypair(bytes(pk), bytes(sk));
    const bool ok = writeNew(secretPath, armoured(SecretHeader, sk), true, error)
        && writeNew(publicPath, armoured(PublicHeader, pk), false, error);
    sodium->memzero(sk.data(), size_t(sk.size()));
    return ok;
}

bool SigningKeys::sign(const QString &filePath, const QString &secretPath, QString *error)
{
    const PccEd25519 *sodium = ed25519(error);
    if (!sodium)
        return false;
    QByteArray text;
    if (!readSmallFile(secretPath, &text, error))
        return false;
    QByteArray sk;
    if (!unarmour(text, SecretHeader, Ed25519::SecretKeyBytes, &sk)) {
        *error = Tr::tr("%1 is not a PCC Campaigner secret key.").arg(secretPath);
        return false;
    }
    QFile f(filePath);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("Cannot read %1: %2").arg(filePath, f.errorString());
        return false;
    }
    const QByteArray data = f.readAll();
    QByteArray sig(Ed25519::SignatureBytes, '\0');
    sodium->signDetached(bytes(sig), nullptr, bytes(data), quint64(data.size()), bytes(std::as_const(sk)));
    sodium->memzero(sk.data(), size_t(sk.size()));
    return WholeFile::write(filePath + u".sig"_s, armoured(SignatureHeader, sig), error);
}

bool SigningKeys::parsePublicKey(const QByteArray &text, PublicKey *key, QString *error)
{
    if (!unarmour(text, PublicHeader, Ed25519::PublicKeyBytes, &key->bytes)) {
        *error = Tr::tr("This is not a PCC Campaigner public key.");
        return false;
    }
    return true;
}

bool SigningKeys::readPublicKey(const QString &path, PublicKey *key, QString *error)
{
    QByteArray text;
    if (!readSmallFile(path, &text, error))
        return false;
    if (!parsePublicKey(text, key, error)) {
        *error = Tr::tr("%1 is not a PCC Campaigner public key.").arg(path);
        return false;
    }
    return true;
}

bool SigningKeys::parseSignature(const QByteArray &text, QByteArray *signature, QString *error)
{
    if (!unarmour(text, SignatureHeader, Ed25519::SignatureBytes, signature)) {
        *error = Tr::tr("The signature file is not a PCC Campaigner signature.");
        return false;
    }
    return true;
}

bool SigningKeys::verify(const QByteArray &data, const QByteArray &signature, const PublicKey &key)
{
    QString ignored;
    const PccEd25519 *sodium = ed25519(&ignored);
    if (!sodium || signature.size() != Ed25519::SignatureBytes || key.bytes.size() != Ed25519::PublicKeyBytes)
        return false;
    return sodium->verifyDetached(bytes(signature), bytes(data), quint64(data.size()), bytes(key.bytes)) == 0;
}

QByteArray SigningKeys::publicKeyText(const PublicKey &key)
{
    return armoured(PublicHeader, key.bytes);
}

} // namespace pcc
