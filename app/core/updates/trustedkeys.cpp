#include "trustedkeys.h"

#include "apppaths.h"
#include "owneronly.h"

#include "wholefile.h"
#include <QCoreApplication>
#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace pcc {

QString TrustedKeys::folder()
{
    return AppPaths::dataDir() + u"/trusted-keys"_s;
}

QList<SigningKeys::PublicKey> TrustedKeys::all()
{
    QList<SigningKeys::PublicKey> keys;
    const QDir dir(folder());
    for (const QString &name : dir.entryList({u"*.pub"_s}, QDir::Files, QDir::Name)) {
        SigningKeys::PublicKey key;
        QString ignored;
        if (SigningKeys::readPublicKey(dir.filePath(name), &key, &ignored))
            keys << key;
    }
    return keys;
}

bool TrustedKeys::add(const QString &publicKeyPath, SigningKeys::PublicKey *added, QString *error)
{
    if (!SigningKeys::readPublicKey(publicKeyPath, added, error))
        return false;
    if (!QDir().mkpath(folder())) {
        *error = QCoreApplication::translate("pcc::TrustedKeys", "Cannot create %1").arg(folder());
        return false;
    }
    QString warning;
    OwnerOnly::restrictFolder(folder(), &warning); // which keys this computer trusts is its own business
    return WholeFile::writePrivate(folder() + u'/' + added->id() + u".pub"_s, SigningKeys::publicKeyText(*added), error);
}

} // namespace pcc
