#pragma once

#include <QByteArray>
#include <QString>

namespace pcc {

// Writes a file whole or not at all (QSaveFile: a crash or a full disk never leaves half a
// file, and an existing file stays as it was until the new one is complete). The folder must
// exist. False, with "Cannot write PATH: reason", when it cannot.
//
// The final rename is tried again for about a second when it fails: on Windows an antivirus
// scanner, the search indexer or OneDrive may hold the old file open for a moment.
namespace WholeFile {
bool write(const QString &path, const QByteArray &bytes, QString *error);
// The same, for a file with personal data or a key: created readable and writable by its
// owner only before a byte is written (0600 on Unix; on Windows an owner-only access list,
// through QFile::open with permissions), and kept so when it is replaced.
bool writePrivate(const QString &path, const QByteArray &bytes, QString *error);
// Both refuse a path that ProtectedFiles covers (the contact log and its files). The one writer
// that stores into a protected folder, the reply documents' store, uses this instead.
bool writePrivateAppData(const QString &path, const QByteArray &bytes, QString *error);
}

} // namespace pcc
