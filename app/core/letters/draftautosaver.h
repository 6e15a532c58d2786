#pragma once

#include "profile.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

namespace pcc {

// Saves a draft a short while after the last change (debounced) and on demand (close).
class DraftAutosaver : public QObject
{
    Q_OBJECT
public:
    explicit DraftAutosaver(QObject *parent = nullptr, int delayMs = 2000);

    void setTarget(const Profile &profile, const QString &forceId, const QString &templateId);
    // The draft's text is asked for only when it is saved, not on every keystroke.
    void setHtmlSource(std::function<QString()> source) { m_source = std::move(source); }
    void markChanged(); // call on every edit: cheap
    bool flush();                          // save now if there are unsaved changes
    bool hasUnsavedChanges() const { return m_dirty; }

signals:
    void saved(const QString &forceId);
    void saveFailed(const QString &message);
    void saveWarning(const QString &message); // saved, but e.g. not made private

private:
    QTimer m_timer;
    Profile m_profile;
    QString m_forceId;
    QString m_templateId;
    std::function<QString()> m_source;
    bool m_dirty = false;
};

} // namespace pcc
