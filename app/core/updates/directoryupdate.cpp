#include "directoryupdate.h"

#include "corrections.h"
#include "dataversion.h"
#include "shippeddata.h"
#include "signingkeys.h"
#include "trustedkeys.h"

#include "apppaths.h"
#include "owneronly.h"
#include "wholefile.h"

#include <algorithm>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace pcc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pcc::DirectoryUpdate)
};

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return QFileInfo(path).isFile() && f.open(QIODevice::ReadOnly) ? f.read(Directory::MaxFileBytes + 1) : QByteArray();
}

// Reads at most `limit` bytes of a regular file: a device (/dev/zero), a pipe or a folder is
// refused before anything is read, and a file that grows while it is read stops at the limit.
bool readFile(const QString &path, qint64 limit, QByteArray *out, QString *error)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) {
        *error = Tr::tr("%1 is not a regular file: refused.").arg(path);
        return false;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("Cannot read %1: %2").arg(path, f.errorString());
        return false;
    }
    *out = f.read(limit + 1);
    if (out->size() > limit) {
        out->clear();
        *error = Tr::tr("%1 is larger than an update can be (%2 bytes).").arg(path).arg(limit);
        return false;
    }
    return true;
}

// Whether `data` is the directory built into this program, or carries a signature from a key
// trusted here: the only two things ever put in use.
bool isTrustworthy(const QByteArray &data, const QByteArray &signatureText)
{
    if (data == bytesOf(AppPaths::bundledPolicingBodies()))
        return true;
    QByteArray signature;
    QString ignored;
    if (signatureText.isEmpty() || !SigningKeys::parseSignature(signatureText, &signature, &ignored))
        return false;
    const QList<SigningKeys::PublicKey> keys = TrustedKeys::all();
    return std::any_of(keys.cbegin(), keys.cend(), [&](const SigningKeys::PublicKey &key) { return SigningKeys::verify(data, signature, key); });
}

// The installed directory and its signature are private files in a private folder, written
// whole and never through a link (a link there could point anywhere).
bool writeInstalled(const QString &path, const QByteArray &data, const QByteArray &signature, QString *error)
{
    const QString folder = QFileInfo(path).absolutePath();
    QString warning;
    if (!QDir().mkpath(folder)) {
        *error = Tr::tr("Cannot create the folder %1.").arg(folder);
        return false;
    }
    OwnerOnly::restrictFolder(folder, &warning);
    if (!WholeFile::writePrivate(path, data, error))
        return false;
    if (signature.isEmpty()) {
        QFile::remove(path + u".sig"_s);
        return true;
    }
    return WholeFile::writePrivate(path + u".sig"_s, signature, error);
}

// The bytes of the directory in use now: the installed update, or the bundled file.
QByteArray bytesInUse()
{
    return bytesOf(ShippedData::loadDirectory(ShippedData::Corrected::No).origin);
}

} // namespace

QString DirectoryUpdate::inUsePath()
{
    return ShippedData::overridePath(u"policing_bodies.json"_s);
}

QString DirectoryUpdate::previousPath()
{
    return ShippedData::overridePath(u"policing_bodies.previous.json"_s);
}

std::optional<DirectoryUpdate::Checked> DirectoryUpdate::check(const QByteArray &data, const QByteArray &signatureText, QString *error)
{
    if (data.size() > Directory::MaxFileBytes) {
        *error = Tr::tr("The update is larger than a directory can be (%1 bytes): refused.").arg(Directory::MaxFileBytes);
        return std::nullopt;
    }
    if (signatureText.isEmpty()) {
        *error = Tr::tr("The update has no signature (.sig file): refused. Only signed updates are installed.");
        return std::nullopt;
    }
    QByteArray signature;
    if (!SigningKeys::parseSignature(signatureText, &signature, error))
        return std::nullopt;
    const QList<SigningKeys::PublicKey> keys = TrustedKeys::all();
    if (keys.isEmpty()) {
        *error = Tr::tr("No publisher key is trusted on this computer, so no update can be checked: refused. "
                    "Add your campaign's key first (pcc-campaigner data trust KEY_FILE).");
        return std::nullopt;
    }
    if (!SigningKeys::available(error))
        return std::nullopt;
    Checked checked;
    for (const SigningKeys::PublicKey &key : keys) {
        if (SigningKeys::verify(data, signature, key)) {
            checked.keyId = key.id();
            break;
        }
    }
    if (checked.keyId.isEmpty()) {
        *error = Tr::tr("The signature does not match this file with any trusted key: the file was changed after signing, "
                    "or signed by a key this computer does not trust. Refused.");
        return std::nullopt;
    }
    DataIssues issues;
    checked.directory = Directory::fromJson(data, &issues);
    if (checked.directory.isEmpty()) {
        QStringList lines;
        for (qsizetype i = 0; i < issues.size() && i < 5; ++i)
            lines << issues.at(i).toString();
        *error = Tr::tr("The signed update does not pass the data check, so it was refused:\n%1").arg(lines.join(u'\n'));
        return std::nullopt;
    }
    const ShippedData::DirectoryLoad inUse = ShippedData::loadDirectory(ShippedData::Corrected::No);
    const Directory &current = inUse.directory;
    checked.fromVersion = current.dataVersion();
    checked.fromFile = inUse.origin;
    if (DataVersion::compare(checked.directory.dataVersion(), current.dataVersion()) <= 0) {
        *error = Tr::tr("The update's data version (%1) is not newer than the one in use (%2): refused.")
                     .arg(checked.directory.dataVersion(), current.dataVersion());
        return std::nullopt;
    }
    checked.changes = DirectoryDiff::between(current, checked.directory);
    return checked;
}

bool DirectoryUpdate::install(const QByteArray &data, const QByteArray &signature, Installed *result, QString *error)
{
    const auto checked = check(data, signature, error);
    if (!checked)
        return false;
    const QByteArray before = bytesOf(checked->fromFile); // read once by check(), not parsed again
    // The one in use becomes the previous one, with its signature (the bundled file needs none).
    const QByteArray beforeSignature = checked->fromFile == inUsePath() ? bytesOf(inUsePath() + u".sig"_s) : QByteArray();
    if (before.isEmpty() || !writeInstalled(previousPath(), before, beforeSignature, error)
        || !writeInstalled(inUsePath(), data, signature, error))
        return false;
    result->fromVersion = checked->fromVersion;
    result->toVersion = checked->directory.dataVersion();
    // Corrections the update now agrees with are done; the rest keep overriding it.
    QString correctionsError;
    Corrections corrections = Corrections::load(Corrections::defaultPath(), &correctionsError);
    result->droppedCorrections = corrections.dropAgreedWith(checked->directory);
    if (!result->droppedCorrections.isEmpty())
        corrections.save(Corrections::defaultPath(), &correctionsError);
    return true;
}

bool DirectoryUpdate::installFile(const QString &path, Installed *result, QString *error)
{
    QByteArray data;
    QByteArray signature;
    if (!readFile(path, Directory::MaxFileBytes, &data, error))
        return false;
    if (!QFileInfo::exists(path + u".sig"_s)) {
        *error = Tr::tr("%1.sig is missing: refused. Only signed updates are installed.").arg(path);
        return false;
    }
    if (!readFile(path + u".sig"_s, MaxSignatureBytes, &signature, error))
        return false;
    return install(data, signature, result, error);
}

bool DirectoryUpdate::revert(QString *message, QString *error)
{
    QByteArray previous;
    if (!QFileInfo::exists(previousPath())) {
        *error = Tr::tr("There is no earlier directory to go back to.");
        return false;
    }
    if (!readFile(previousPath(), Directory::MaxFileBytes, &previous, error))
        return false;
    QByteArray previousSignature;
    if (QFileInfo::exists(previousPath() + u".sig"_s)
        && !readFile(previousPath() + u".sig"_s, MaxSignatureBytes, &previousSignature, error))
        return false;
    // Only what was signed by a trusted key, or built into the program, is ever put back in use.
    if (!isTrustworthy(previous, previousSignature)) {
        if (!SigningKeys::available(error))
            return false; // the signature could not be checked at all: say why, not that it is wrong
        *error = Tr::tr("The earlier directory (%1) carries no signature from a key trusted here, so it was not put back; "
                        "nothing was changed.").arg(previousPath());
        return false;
    }
    DataIssues issues;
    const Directory back = Directory::fromJson(previous, &issues);
    if (back.isEmpty()) {
        *error = Tr::tr("The earlier directory (%1) does not pass the data check; nothing was changed.").arg(previousPath());
        return false;
    }
    const QByteArray now = bytesInUse();
    const QByteArray nowSignature = bytesOf(inUsePath() + u".sig"_s);
    // Swapped, so that a second revert undoes the first.
    if (!writeInstalled(inUsePath(), previous, previousSignature, error) || !writeInstalled(previousPath(), now, nowSignature, error))
        return false;
    *message = Tr::tr("Back to the directory of data version %1.").arg(back.dataVersion());
    return true;
}

} // namespace pcc
