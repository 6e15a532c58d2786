#include "mapviewport.h"

#include <algorithm>

namespace pcc {

void MapViewport::setWorld(const QRectF &projectedBounds)
{
    m_world = projectedBounds;
}

void MapViewport::resize(const QSizeF &widgetSize)
{
    m_size = widgetSize;
    if (!m_fitted.isEmpty())
        fitTo(m_fitted);
}

bool MapViewport::isUsable() const
{
    return !m_world.isEmpty() && m_size.width() > 0 && m_size.height() > 0;
}

double MapViewport::baseScale() const
{
    if (!isUsable())
        return 1.0;
    return std::min(m_size.width() / m_world.width(), m_size.height() / m_world.height());
}

QTransform MapViewport::transform() const
{
    if (!isUsable())
        return {};
    const double scale = baseScale() * m_zoom;
    QTransform t;
    t.translate(m_size.width() / 2.0, m_size.height() / 2.0);
    t.scale(scale, scale);
    t.translate(-m_centre.x(), -m_centre.y());
    return t;
}

QPointF MapViewport::toWidget(const QPointF &projected) const
{
    return transform().map(projected);
}

QPointF MapViewport::toProjected(const QPointF &widgetPoint) const
{
    return transform().inverted().map(widgetPoint);
}

void MapViewport::fitTo(const QRectF &projected)
{
    m_fitted = projected;
    m_centre = projected.center();
    if (isUsable() && !projected.isEmpty()) {
        // A small margin, so that the area's edge is not on the widget's edge.
        const double fill = std::min(m_size.width() / projected.width(), m_size.height() / projected.height()) * 0.94;
        m_zoom = std::clamp(fill / baseScale(), MinZoom, MaxZoom);
    }
}

void MapViewport::zoomBy(double factor, const QPointF &anchor)
{
    m_fitted = QRectF();
    const QPointF before = toProjected(anchor);
    m_zoom = std::clamp(m_zoom * factor, MinZoom, MaxZoom);
    m_centre += before - toProjected(anchor);
}

void MapViewport::panBy(const QPointF &widgetDelta)
{
    m_fitted = QRectF();
    m_centre -= toProjected(widgetDelta) - toProjected(QPointF(0, 0));
}

void MapViewport::centreOn(const QPointF &projected)
{
    m_fitted = QRectF();
    m_centre = projected;
}

} // namespace pcc
