#pragma once

#include <QString>
#include <QVariant>

namespace pcc {

// settings.ini under the app's configuration folder: the one QSettings both the window's
// preferences and the letter's page setup read and write. Kept open for the process (re-opened
// if the file's place changes, as tests change it) and checked after every write.
class SettingsStore
{
public:
    static QVariant value(const QString &key, const QVariant &fallback = {});
    // False when the file could not be written (a read-only folder, a full disk) or cannot be
    // read as settings; lastError() says which, in words for the volunteer.
    static bool setValue(const QString &key, const QVariant &value);
    static QString lastError();
};

} // namespace pcc
