#include "draftstore.h"

#include "wholefile.h"

#include "apppaths.h"
#include "owneronly.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace pcc {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pcc::DraftStore)
};
} // namespace

QString DraftStore::folderFor(const Profile &profile)
{
    // Only a well-formed uuid names a folder: nothing in it can climb out of draftsDir().
    const QUuid id = QUuid::fromString(profile.uuid);
    return AppPaths::draftsDir() + u'/' + (id.isNull() ? u"no-profile"_s : id.toString(QUuid::WithoutBraces));
}

QString DraftStore::pathFor(const Profile &profile, const QString &forceId)
{
    return folderFor(profile) + u'/' + forceId + u".json"_s;
}

// The first release named the folder by a hash of the profile's name; it becomes the uuid's.
void DraftStore::adoptFirstReleaseFolder(const Profile &profile)
{
    if (profile.name.isEmpty())
        return;
    const QByteArray hash = QCryptographicHash::hash(profile.name.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    const QString legacy = AppPaths::draftsDir() + u'/' + QString::fromLatin1(hash);
    const QString current = folderFor(profile);
    if (QFileInfo::exists(legacy) && !QFileInfo::exists(current))
        QDir().rename(legacy, current);
}

bool DraftStore::save(const Profile &profile, const QString &forceId, const Draft &draft, QString *error, QString *warning)
{
    adoptFirstReleaseFolder(profile);
    const QString path = pathFor(profile, forceId);
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
        *error = Tr::tr("Cannot create the drafts folder %1").arg(folder);
        return false;
    }
    const QJsonObject o{{u"profile_uuid"_s, profile.uuid},
                        {u"force_id"_s, forceId},
                        {u"template"_s, draft.templateId},
                        {u"saved_at"_s, draft.savedAt.toUTC().toString(Qt::ISODateWithMs)},
                        {u"html"_s, draft.html}};
    const QByteArray bytes = QJsonDocument(o).toJson(QJsonDocument::Compact);
    QString problem;
    const bool privateFolders = OwnerOnly::restrictFolder(AppPaths::draftsDir(), &problem) && OwnerOnly::restrictFolder(folder, &problem);
    QString writeError;
    if (!WholeFile::writePrivate(path, bytes, &writeError)) {
        *error = Tr::tr("Cannot save the draft: %1").arg(writeError);
        return false;
    }
    // A draft in a folder that could not be made private is still saved; the caller is told.
    const bool privateFiles = privateFolders;
    if (!privateFiles && warning)
        *warning = problem;
    return true;
}

std::optional<DraftStore::Draft> DraftStore::load(const Profile &profile, const QString &forceId, QString *problem)
{
    adoptFirstReleaseFolder(profile);
    const QString path = pathFor(profile, forceId);
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return std::nullopt;
    QFile file(path);
    QJsonParseError parse{};
    const bool plainFile = info.isFile() && !info.isSymLink();
    const QJsonObject o = plainFile && file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll(), &parse).object() : QJsonObject();
    file.close();
    if (plainFile && parse.error == QJsonParseError::NoError && o.value(u"html"_s).isString())
        return Draft{o.value(u"template"_s).toString(), o.value(u"html"_s).toString(),
                     QDateTime::fromString(o.value(u"saved_at"_s).toString(), Qt::ISODateWithMs)};
    // Unreadable: moved aside (a file in the drafts folder under a draft's name is ours), so that
    // the next save does not replace it and whatever it holds can still be recovered by hand.
    const QString aside = path + u".unreadable-"_s + QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
    const bool moved = plainFile && QFile::rename(path, aside);
    if (problem)
        *problem = moved ? QCoreApplication::translate("pcc::DraftStore", "Your saved draft for this office could not be read; it is kept as %1 and a new draft begins.")
                               .arg(QDir::toNativeSeparators(aside))
                         : QCoreApplication::translate("pcc::DraftStore", "Your saved draft for this office (%1) could not be read; it is left as it is.")
                               .arg(QDir::toNativeSeparators(path));
    return std::nullopt;
}

bool DraftStore::remove(const Profile &profile, const QString &forceId)
{
    return QFile::remove(pathFor(profile, forceId));
}

int DraftStore::removeAll(const Profile &profile)
{
    adoptFirstReleaseFolder(profile);
    QDir folder(folderFor(profile));
    if (!folder.exists())
        return 0;
    const int count = int(folder.entryList({u"*.json"_s}, QDir::Files).size());
    return folder.removeRecursively() ? count : -1;
}

} // namespace pcc
