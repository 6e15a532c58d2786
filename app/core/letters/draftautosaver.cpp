#include "draftautosaver.h"

#include "draftstore.h"

using namespace Qt::StringLiterals;

namespace pcc {

DraftAutosaver::DraftAutosaver(QObject *parent, int delayMs)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(delayMs);
    connect(&m_timer, &QTimer::timeout, this, &DraftAutosaver::flush);
}

void DraftAutosaver::setTarget(const Profile &profile, const QString &forceId, const QString &templateId)
{
    flush();
    m_profile = profile;
    m_forceId = forceId;
    m_templateId = templateId;
}

void DraftAutosaver::markChanged()
{
    m_dirty = true;
    m_timer.start();
}

bool DraftAutosaver::flush()
{
    m_timer.stop();
    if (!m_dirty || m_forceId.isEmpty() || !m_source)
        return true;
    QString error;
    QString warning;
    if (!DraftStore::save(m_profile, m_forceId, {m_templateId, m_source(), QDateTime::currentDateTimeUtc()}, &error, &warning)) {
        emit saveFailed(error);
        return false;
    }
    if (!warning.isEmpty())
        emit saveWarning(warning);
    m_dirty = false;
    emit saved(m_forceId);
    return true;
}

} // namespace pcc
