#pragma once

#include "forceareas.h"
#include "mapcolouring.h"

#include <QFont>
#include <QRectF>
#include <QTransform>

class QPainter;

namespace pcc {

// Draws the force areas and the legend. The window's map and every exported picture of it
// (PNG, SVG, PDF, the report) are drawn by these functions, so they always agree.
namespace MapPainter {

struct Highlight
{
    QString selected;
    QString hovered;
};

// Fills and borders of every area that meets `visible` (projected kilometres).
void paintAreas(QPainter &p, const ForceAreas &areas, const QTransform &toDevice, const MapColouring &colouring,
                bool dark, const QRectF &visible, const Highlight &highlight = {});
// The legend box with its bottom-left corner at `bottomLeft`; returns the box drawn.
QRectF paintLegend(QPainter &p, const QPointF &bottomLeft, const MapColouring &colouring, const QFont &font, bool dark);
// The key's size as paintLegend would draw it on `device` (nullptr: the screen).
QSizeF legendSize(const MapColouring &colouring, const QFont &font, const QPaintDevice *device);
// Where an area's name goes: on its label point, or just above the area when the name would
// hide much of it (a label over 30% of the area's on-screen box).
QPointF labelAnchor(const QPointF &labelPoint, const QRectF &areaOnScreen, const QSizeF &labelSize);
// The name's box: centred on `centre`, inside `bounds`; where it meets a box already in `taken`
// (which gets the new box), beside the nearest one it can, else moved down past them, never
// off the map. `text` may hold a line break.
QRectF placeLabel(const QString &text, const QFont &font, const QPointF &centre, const QRectF &bounds, QList<QRectF> *taken);
// A name in its rounded box, light or dark.
void paintLabel(QPainter &p, const QRectF &box, const QString &text, const QFont &font, bool dark);
// The transform that fits `projected` into `target`, centred, keeping the aspect ratio.
QTransform fit(const QRectF &projected, const QRectF &target);

} // namespace MapPainter
} // namespace pcc
