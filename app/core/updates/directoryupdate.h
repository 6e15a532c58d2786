#pragma once

#include "directorydiff.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace pcc {

// Installs a new policing-bodies directory only when every check passes: a complete file
// within the size limit, a detached signature that verifies against a trusted key, the full
// `data check` validation, and a data_version newer than the one in use. It is written
// atomically beside a copy of the directory it replaces, which `revert` brings back. Any
// refusal leaves the directory in use byte for byte as it was.
class DirectoryUpdate
{
public:
    struct Checked
    {
        Directory directory;
        QString keyId;                 // the trusted key that signed it
        QList<DirectoryChange> changes;
        QString fromVersion;
        QString fromFile; // where the directory in use was read from (kept as the previous one)
    };
    struct Installed
    {
        QString fromVersion;
        QString toVersion;
        QStringList droppedCorrections; // the update now agrees with these
    };

    static constexpr qint64 MaxSignatureBytes = 4096;

    // Everything but writing: what the update would change, or nullopt with the reason.
    static std::optional<Checked> check(const QByteArray &data, const QByteArray &signature, QString *error);
    static bool install(const QByteArray &data, const QByteArray &signature, Installed *result, QString *error);
    static bool installFile(const QString &path, Installed *result, QString *error); // FILE and FILE.sig
    static bool revert(QString *message, QString *error);

    static QString inUsePath();    // AppPaths::dataDir()/policing_bodies.json
    static QString previousPath(); // …/policing_bodies.previous.json
};

} // namespace pcc
