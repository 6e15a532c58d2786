#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

namespace pcc {

// Saves a draft a short while after the last change (debounced) and on demand (close).
class DraftAutosaver : public QObject
{
    Q_OBJECT
public:
    explicit DraftAutosaver(QObject *parent = nullptr, int delayMs = 2000);

    void setTarget(const QString &profile, const QString &forceId, const QString &templateId);
    void markChanged(const QString &html); // call on every edit
    bool flush();                          // save now if there are unsaved changes
    bool hasUnsavedChanges() const { return m_dirty; }

signals:
    void saved(const QString &forceId);
    void saveFailed(const QString &message);

private:
    QTimer m_timer;
    QString m_profile;
    QString m_forceId;
    QString m_templateId;
    QString m_html;
    bool m_dirty = false;
};

} // namespace pcc
