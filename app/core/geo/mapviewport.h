#pragma once

#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QTransform>

namespace pcc {

// Where the map's view is: which projected point sits at the middle of the widget and how far
// in it is zoomed, and the rules for zooming, panning and fitting an area. No widget: a test
// holds one and checks the arithmetic. At zoom 1 the whole map (the world) fits the widget.
class MapViewport
{
public:
    static constexpr double MinZoom = 0.8;
    static constexpr double MaxZoom = 40.0;

    void setWorld(const QRectF &projectedBounds);
    void resize(const QSizeF &widgetSize); // refits the fitted area, if the view has one
    QTransform transform() const;          // projected -> widget
    QPointF toWidget(const QPointF &projected) const;
    QPointF toProjected(const QPointF &widgetPoint) const;

    void fitTo(const QRectF &projected);                 // kept in view, through resizes, until the user moves
    void zoomBy(double factor, const QPointF &anchor);   // the point under anchor stays there
    void panBy(const QPointF &widgetDelta);              // the content moves by this many pixels
    void centreOn(const QPointF &projected);

    double zoom() const { return m_zoom; }
    QPointF centre() const { return m_centre; }
    QRectF fitted() const { return m_fitted; } // empty once the user has zoomed or panned

private:
    double baseScale() const;
    bool isUsable() const;

    QRectF m_world;
    QSizeF m_size;
    double m_zoom = 1.0;
    QPointF m_centre;
    QRectF m_fitted;
};

} // namespace pcc
