#include "settingsstore.h"

#include "apppaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QMutex>
#include <QSettings>

#include <memory>

using namespace Qt::StringLiterals;

namespace pcc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pcc::SettingsStore)
};

struct Store
{
    QMutex mutex; // the window's thread and a background job may both ask
    std::unique_ptr<QSettings> settings;
    QString error;
};

Store &store()
{
    static Store s;
    return s;
}

QSettings &settings()
{
    Store &s = store();
    const QString path = AppPaths::settingsFile();
    if (!s.settings || s.settings->fileName() != path)
        s.settings = std::make_unique<QSettings>(path, QSettings::IniFormat);
    return *s.settings;
}

} // namespace

QVariant SettingsStore::value(const QString &key, const QVariant &fallback)
{
    const QMutexLocker locked(&store().mutex);
    return settings().value(key, fallback);
}

bool SettingsStore::setValue(const QString &key, const QVariant &value)
{
    const QMutexLocker locked(&store().mutex);
    QSettings &s = settings();
    const bool had = s.contains(key);
    const QVariant previous = s.value(key);
    s.setValue(key, value);
    s.sync();
    const QSettings::Status status = s.status();
    if (status != QSettings::NoError) {
        // What was not saved is not kept either: put back what the file holds. And a QSettings
        // keeps its first error for good, so the next write starts from a fresh one.
        if (had)
            s.setValue(key, previous);
        else
            s.remove(key);
        store().settings.reset();
    }
    switch (status) {
    case QSettings::NoError:
        store().error.clear();
        return true;
    case QSettings::AccessError:
        store().error = Tr::tr("Your settings could not be saved in %1 (the folder may be read-only, or the disk full).")
                            .arg(QDir::toNativeSeparators(AppPaths::settingsFile()));
        break;
    case QSettings::FormatError:
        store().error = Tr::tr("Your settings could not be saved: %1 is not a settings file the app can read.")
                            .arg(QDir::toNativeSeparators(AppPaths::settingsFile()));
        break;
    }
    return false;
}

QString SettingsStore::lastError()
{
    const QMutexLocker locked(&store().mutex);
    return store().error;
}

} // namespace pcc
