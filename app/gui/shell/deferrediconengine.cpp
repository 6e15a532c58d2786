#include "shell/deferrediconengine.h"

#include <QPainter>

using namespace Qt::StringLiterals;

namespace pcc {

DeferredIconEngine::DeferredIconEngine(Source source)
    : m_source(std::move(source))
{
}

const QIcon &DeferredIconEngine::icon()
{
    if (!m_icon)
        m_icon = m_source ? m_source() : QIcon();
    return *m_icon;
}

void DeferredIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state)
{
    icon().paint(painter, rect, Qt::AlignCenter, mode, state);
}

QSize DeferredIconEngine::actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return icon().actualSize(size, mode, state);
}

QPixmap DeferredIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return icon().pixmap(size, mode, state);
}

QPixmap DeferredIconEngine::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale)
{
    return icon().pixmap(size, scale, mode, state);
}

QList<QSize> DeferredIconEngine::availableSizes(QIcon::Mode mode, QIcon::State state)
{
    return icon().availableSizes(mode, state);
}

QString DeferredIconEngine::key() const
{
    return u"pcc-deferred"_s;
}

QIconEngine *DeferredIconEngine::clone() const
{
    return new DeferredIconEngine(*this);
}

bool DeferredIconEngine::isNull()
{
    return false;
}

} // namespace pcc
