#include "attachmentstore.h"

#include "attachmenttype.h"
#include "wholefile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pcc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pcc::AttachmentStore)
};

QString sha256Of(const QByteArray &content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

bool isHash(const QString &name)
{
    static const QRegularExpression hex(QRegularExpression::anchoredPattern(u"[0-9a-f]{64}"_s));
    return hex.match(name).hasMatch();
}

} // namespace

AttachmentStore::AttachmentStore(const QString &folder)
    : m_folder(folder)
{
}

QString AttachmentStore::folderBeside(const QString &logPath)
{
    // Named after the log, like its -wal and -shm files: two logs in one folder never share it.
    const QFileInfo log(logPath);
    return log.absoluteDir().filePath(log.fileName() + u"-attachments"_s);
}

QString AttachmentStore::fileFor(const QString &sha256) const
{
    return QDir(m_folder).filePath(sha256);
}

bool AttachmentStore::prepare(const QString &path, Prepared *prepared, QString *error)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.exists()) {
        *error = Tr::tr("%1 does not exist.").arg(path);
        return false;
    }
    // A folder, a device (/dev/zero), a pipe: never read.
    if (!info.isFile()) {
        *error = Tr::tr("%1 is not a file (a folder or a device?): nothing was attached.").arg(path);
        return false;
    }
    if (info.size() > MaxBytes) {
        *error = Tr::tr("%1 is larger than 20 MB: nothing was attached.").arg(path);
        return false;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("Cannot read %1: %2").arg(path, f.errorString());
        return false;
    }
    QByteArray content = f.read(MaxBytes + 1); // a file that grew since: the limit still holds
    if (content.size() > MaxBytes) {
        *error = Tr::tr("%1 is larger than 20 MB: nothing was attached.").arg(path);
        return false;
    }
    QString why;
    const QString type = AttachmentType::recognise(content, &why);
    if (type.isEmpty()) {
        *error = Tr::tr("%1 cannot be attached: %2. A reply's documents are PDF, PNG, JPEG, email (.eml) or plain text.")
                     .arg(name, why);
        return false;
    }
    prepared->attachment = {name, type, content.size(), sha256Of(content)};
    prepared->content = std::move(content);
    return true;
}

bool AttachmentStore::store(const Prepared &prepared, bool *created, QString *error)
{
    *created = false;
    if (!QFileInfo(m_folder).isDir()) {
        if (!QDir().mkpath(m_folder)) {
            *error = Tr::tr("Cannot create the attachments folder %1.").arg(m_folder);
            return false;
        }
        QFile::setPermissions(m_folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner); // a folder we made
    }
    const QString target = fileFor(prepared.attachment.sha256);
    QByteArray existing;
    QString ignored;
    if (QFileInfo(target).isFile() && read(prepared.attachment, &existing, &ignored))
        return true; // the same document, kept once
    if (!WholeFile::writePrivateAppData(target, prepared.content, error))
        return false;
    *created = true;
    return true;
}

bool AttachmentStore::read(const ReplyAttachment &attachment, QByteArray *content, QString *error) const
{
    QFile f(fileFor(attachment.sha256));
    if (!isHash(attachment.sha256) || !QFileInfo(f.fileName()).isFile() || !f.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("The document %1 is missing from the attachments folder %2.").arg(attachment.name, m_folder);
        return false;
    }
    *content = f.read(MaxBytes + 1);
    if (sha256Of(*content) != attachment.sha256) {
        content->clear();
        *error = Tr::tr("The document %1 in %2 has changed since it was attached: it was not used.").arg(attachment.name, m_folder);
        return false;
    }
    return true;
}

void AttachmentStore::remove(const QSet<QString> &hashes) const
{
    for (const QString &hash : hashes) {
        const QString path = fileFor(hash);
        QFile f(path);
        // Ours only: named by a hash its content still has.
        if (!isHash(hash) || !QFileInfo(path).isFile() || QFileInfo(path).isSymLink() || !f.open(QIODevice::ReadOnly))
            continue;
        const bool matches = sha256Of(f.read(MaxBytes + 1)) == hash;
        f.close();
        if (matches)
            QFile::remove(path);
    }
}

} // namespace pcc
