#pragma once

#include <QByteArray>
#include <QString>

namespace pcc {

// Writes a file whole or not at all (QSaveFile: a crash or a full disk never leaves half a
// file, and an existing file stays as it was until the new one is complete). The folder must
// exist. False, with "Cannot write PATH: reason", when it cannot.
namespace WholeFile {
bool write(const QString &path, const QByteArray &bytes, QString *error);
}

} // namespace pcc
