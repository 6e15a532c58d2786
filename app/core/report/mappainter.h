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
// Where an area's name goes: centred on its label point, inside `bounds`, moved down past any
// box already in `taken` (which gets the new box). `text` may hold a line break.
QRectF placeLabel(const QString &text, const QFont &font, const QPointF &centre, const QRectF &bounds, QList<QRectF> *taken);
// A name in its rounded box, light or dark.
void paintLabel(QPainter &p, const QRectF &box, const QString &text, const QFont &font, bool dark);
// The transform that fits `projected` into `target`, centred, keeping the aspect ratio.
QTransform fit(const QRectF &projected, const QRectF &target);

} // namespace MapPainter
} // namespace pcc
