// A publisher's key and signature files: each is taken only as what it says it is, whole.
#include "catchcompat.h"
#include "testsupport.h"

#include "signingkeys.h"
#include "trustedkeys.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace pcc;

namespace {

QByteArray armoured(const QByteArray &header, const QByteArray &base64)
{
    return header + '\n' + base64 + '\n';
}

const QByteArray PublicHeader = "pcc-campaigner ed25519 public key";

} // namespace

TEST_CASE("signing keys: a public key is taken only under its own header, at its exact length, in clean base64", "[updates][signing]")
{
    QTemporaryDir dir;
    QString error;
    REQUIRE(SigningKeys::generate(dir.filePath(u"secret.key"_s), dir.filePath(u"public.key"_s), &error));
    const QByteArray text = pcctest::readFile(dir.filePath(u"public.key"_s));
    SigningKeys::PublicKey key;
    REQUIRE(SigningKeys::parsePublicKey(text, &key, &error));
    const QByteArray bytes = key.bytes;
    REQUIRE(bytes.size() == 32);

    // As written, and with the line ends another system gives it.
    CHECK(SigningKeys::parsePublicKey(armoured(PublicHeader, bytes.toBase64()), &key, &error));
    CHECK(SigningKeys::parsePublicKey(QByteArray(text).replace("\n", "\r\n"), &key, &error));
    CHECK(key.bytes == bytes);

    const QList<std::pair<const char *, QByteArray>> refused{
        {"the same bytes under the secret key's header", armoured("pcc-campaigner ed25519 secret key", bytes.toBase64())},
        {"under a signature's header", armoured("pcc-campaigner ed25519 signature", bytes.toBase64())},
        {"with no header", bytes.toBase64() + '\n'},
        {"one byte short", armoured(PublicHeader, bytes.left(31).toBase64())},
        {"one byte over", armoured(PublicHeader, (bytes + 'x').toBase64())},
        {"a stray character in the base64", armoured(PublicHeader, bytes.toBase64().insert(10, '!'))},
        {"a second key after the first", armoured(PublicHeader, bytes.toBase64()) + bytes.toBase64() + '\n'},
    };
    for (const auto &[what, bad] : refused) {
        INFO(what);
        SigningKeys::PublicKey taken;
        CHECK_FALSE(SigningKeys::parsePublicKey(bad, &taken, &error));
        CHECK(error == u"This is not a PCC Campaigner public key."_s);
        CHECK(taken.bytes.isEmpty());
    }
}

TEST_CASE("signing keys: a signature is taken only whole, and it signs those bytes and no others", "[updates][signing]")
{
    QTemporaryDir dir;
    QString error;
    const QString secret = dir.filePath(u"secret.key"_s);
    REQUIRE(SigningKeys::generate(secret, dir.filePath(u"public.key"_s), &error));
    SigningKeys::PublicKey key;
    REQUIRE(SigningKeys::readPublicKey(dir.filePath(u"public.key"_s), &key, &error));
    const QString data = dir.filePath(u"data.json"_s);
    pcctest::writeFile(data, "{\"data_version\": \"2026-12-06\"}");
    REQUIRE(SigningKeys::sign(data, secret, &error));
    const QByteArray sigText = pcctest::readFile(data + u".sig"_s);
    QByteArray signature;
    REQUIRE(SigningKeys::parseSignature(sigText, &signature, &error));
    CHECK(SigningKeys::verify(pcctest::readFile(data), signature, key));
    CHECK_FALSE(SigningKeys::verify("{\"data_version\": \"2026-12-07\"}", signature, key));

    // A signature one byte short, or under a key's header, is not a signature.
    QByteArray shortened = signature.left(63);
    CHECK_FALSE(SigningKeys::parseSignature(armoured("pcc-campaigner ed25519 signature", shortened.toBase64()), &shortened, &error));
    QByteArray asKey;
    CHECK_FALSE(SigningKeys::parseSignature(armoured(PublicHeader, signature.toBase64()), &asKey, &error));

    // The public key is no secret key: signing with it is refused, and no signature is written.
    const QString other = dir.filePath(u"other.json"_s);
    pcctest::writeFile(other, "{}");
    CHECK_FALSE(SigningKeys::sign(other, dir.filePath(u"public.key"_s), &error));
    CHECK(error.contains(u"is not a PCC Campaigner secret key"_s));
    CHECK_FALSE(QFile::exists(other + u".sig"_s));
}

TEST_CASE("trusted keys: which publishers this computer trusts is kept readable by its owner only", "[updates][signing][files]")
{
    QTemporaryDir dir;
    const pcctest::ScopedAppPaths paths(dir.filePath(u"data"_s));
    QString error;
    REQUIRE(SigningKeys::generate(dir.filePath(u"secret.key"_s), dir.filePath(u"public.key"_s), &error));
    // A folder open to everyone beforehand (made by hand, or under a lax umask) is closed.
    REQUIRE(QDir().mkpath(TrustedKeys::folder()));
    REQUIRE(QFile::setPermissions(TrustedKeys::folder(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                                            | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther));
    SigningKeys::PublicKey key;
    REQUIRE(TrustedKeys::add(dir.filePath(u"public.key"_s), &key, &error));
    const QString stored = TrustedKeys::folder() + u'/' + key.id() + u".pub"_s;
    CHECK(pcctest::readFile(stored) == SigningKeys::publicKeyText(key));
#ifdef Q_OS_UNIX
    CHECK(pcctest::fileMode(TrustedKeys::folder()) == 0700);
    CHECK(pcctest::fileMode(stored) == 0600);
#endif
}
