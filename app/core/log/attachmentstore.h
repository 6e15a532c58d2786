#pragma once

#include "reply.h"

#include <QByteArray>
#include <QSet>
#include <QString>

namespace pcc {

// The folder beside the contact log (its name and "-attachments") where replies' documents are kept, each file named by the
// SHA-256 of its content (the same document is kept once) and readable by its owner only. Only
// files named by a SHA-256 that their content matches are ever removed: nothing else in the
// folder is the app's to touch.
class AttachmentStore
{
public:
    static constexpr qint64 MaxBytes = 20 * 1024 * 1024;

    explicit AttachmentStore(const QString &folder);
    static QString folderBeside(const QString &logPath);

    struct Prepared
    {
        ReplyAttachment attachment;
        QByteArray content;
    };
    // Reads and checks a file to attach; nothing is stored. False with a sentence naming the file.
    static bool prepare(const QString &path, Prepared *prepared, QString *error);
    // Stores prepared content (kept as it is when the same document is there already). `created`
    // says whether a new file was written, so a failed save can take it back.
    bool store(const Prepared &prepared, bool *created, QString *error);
    // The stored bytes of an attachment, checked against its hash.
    bool read(const ReplyAttachment &attachment, QByteArray *content, QString *error) const;
    // Removes the stored files with these hashes (those no reply refers to any more).
    void remove(const QSet<QString> &hashes) const;

    QString fileFor(const QString &sha256) const;

private:
    QString m_folder;
};

} // namespace pcc
