#pragma once

// A log in a temporary folder, driven through the command line as a volunteer drives it, for the
// tests of replies and their documents.

#include "catchcompat.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace pcctest {

using namespace Qt::StringLiterals;

struct ReplySandbox
{
    QTemporaryDir dir;
    QString db = dir.filePath(u"log.sqlite"_s);
    QString attachments = dir.filePath(u"log.sqlite-attachments"_s);

    RunResult run(const QStringList &args) const
    {
        return runApp(QStringList{u"--db"_s, db} + args, dir.path());
    }

    QString write(const QString &name, const QByteArray &bytes) const
    {
        const QString path = dir.filePath(name);
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return path;
    }

    QStringList storedFiles() const
    {
        return QDir(attachments).entryList(QDir::Files | QDir::Hidden | QDir::System);
    }

    // A profile and a letter sent to Sussex on 1 November 2026; its uuid.
    QString letter(const QString &profile = u"Ann"_s, const QString &force = u"sussex"_s) const
    {
        run({u"profile"_s, u"add"_s, profile});
        const auto r = run({u"log"_s, u"add"_s, u"--profile"_s, profile, u"--force"_s, force, u"--channel"_s, u"post"_s,
                            u"--date"_s, u"2026-11-01"_s});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return r.out.trimmed();
    }

    QJsonObject show(const QString &uuid) const
    {
        const auto r = run({u"log"_s, u"show"_s, uuid, u"--json"_s});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }
};

inline QByteArray pdfBytes()
{
    return QByteArray("%PDF-1.4\n% a reply from the commissioner's office\n1 0 obj << /Type /Catalog >> endobj\n")
           + QByteArray(5000, '\xa7') + "\n%%EOF\n";
}

inline QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace pcctest
