#pragma once

// A publisher of signed directory updates for the update tests: a data folder that trusts its key.

#include "catchcompat.h"
#include "testsupport.h"

#include "directoryupdate.h"
#include "signingkeys.h"
#include "trustedkeys.h"

#include <QFile>
#include <QTemporaryDir>

namespace pcctest {

using namespace Qt::StringLiterals;

// A data folder with a trusted key, its secret, and an update signed with it.
struct Publisher
{
    QTemporaryDir dir;
    ScopedAppPaths paths{dir.filePath(u"data"_s)};
    QString secret = dir.filePath(u"secret.key"_s);
    QString pub = dir.filePath(u"public.key"_s);

    Publisher(bool trust = true)
    {
        QString error;
        REQUIRE(pcc::SigningKeys::generate(secret, pub, &error));
        if (trust) {
            pcc::SigningKeys::PublicKey key;
            REQUIRE(pcc::TrustedKeys::add(pub, &key, &error));
        }
    }

    // The shipped directory with a new version, Kent's email changed and, optionally, a body change.
    static QByteArray update(const QString &version, const QString &kentEmail = u"newpcc@kent.example"_s)
    {
        return policingBodiesUpdate(version, kentEmail);
    }

    // Writes `data` to a file, signs it, and returns the file's path.
    QString signedFile(const QString &name, const QByteArray &data) const
    {
        const QString path = dir.filePath(name);
        writeFile(path, data);
        QString error;
        REQUIRE(pcc::SigningKeys::sign(path, secret, &error));
        return path;
    }
};

// What "the directory in use" is, to the byte: the installed file (or its absence).
inline QByteArray inUseBytes()
{
    QFile f(pcc::DirectoryUpdate::inUsePath());
    return f.exists() && f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("(bundled)");
}

} // namespace pcctest
