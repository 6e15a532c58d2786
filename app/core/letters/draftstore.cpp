#include "draftstore.h"

#include "apppaths.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace pcc {

QString DraftStore::pathFor(const QString &profile, const QString &forceId)
{
    // Profile names may hold any character: the folder is named by a hash of the name.
    const QByteArray hash = QCryptographicHash::hash(profile.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return AppPaths::draftsDir() + u'/' + QString::fromLatin1(hash) + u'/' + forceId + u".json"_s;
}

bool DraftStore::save(const QString &profile, const QString &forceId, const Draft &draft, QString *error)
{
    const QString path = pathFor(profile, forceId);
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = QCoreApplication::translate("pcc::DraftStore", "Cannot create the drafts folder %1").arg(QFileInfo(path).absolutePath());
        return false;
    }
    const QJsonObject o{{u"profile"_s, profile},
                        {u"force_id"_s, forceId},
                        {u"template"_s, draft.templateId},
                        {u"saved_at"_s, draft.savedAt.toUTC().toString(Qt::ISODateWithMs)},
                        {u"html"_s, draft.html}};
    const QByteArray bytes = QJsonDocument(o).toJson(QJsonDocument::Compact);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QCoreApplication::translate("pcc::DraftStore", "Cannot save the draft: %1").arg(file.errorString());
        return false;
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

std::optional<DraftStore::Draft> DraftStore::load(const QString &profile, const QString &forceId)
{
    QFile file(pathFor(profile, forceId));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    if (!o.value(u"html"_s).isString())
        return std::nullopt;
    return Draft{o.value(u"template"_s).toString(), o.value(u"html"_s).toString(),
                 QDateTime::fromString(o.value(u"saved_at"_s).toString(), Qt::ISODateWithMs)};
}

bool DraftStore::remove(const QString &profile, const QString &forceId)
{
    return QFile::remove(pathFor(profile, forceId));
}

} // namespace pcc
