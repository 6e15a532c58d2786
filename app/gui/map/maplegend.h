#pragma once

#include "mapcolouring.h"

#include <QFont>
#include <QList>
#include <QRectF>
#include <QSize>
#include <QTransform>

#include <optional>

class QPainter;
class QPaintDevice;

namespace pcc {

class ForceAreas;

// The map's key, placed where it hides no area: the first corner (bottom left, bottom right,
// top left, top right under the zoom buttons) where it covers no police force area. When no
// corner has room the key folds to its title; a click on it opens or folds it, and the
// volunteer's choice is kept. Opened where there is no room, it takes a corner that leaves the
// selected area in view (when one does), hiding the fewest areas, and its title says it folds
// again (▾).
// Scotland and Northern Ireland may be covered: they hold no office.
class MapLegend
{
public:
    void place(const QPaintDevice *widget, const QTransform &toWidget, const ForceAreas &areas, const MapColouring &colouring,
               const QFont &font, const QRectF &controls, const QString &selectedId = {});
    QRectF rect() const { return m_rect; }
    bool isFolded() const { return m_folded; }
    // A click on the key opens or folds it: true when the click was the key's.
    bool toggleAt(const QPointF &point);
    void paint(QPainter &p, const MapColouring &colouring, const QFont &font, bool dark) const;

private:
    static MapColouring folded(const MapColouring &colouring, bool titleOnly);
    static MapColouring foldable(const MapColouring &colouring);
    std::optional<bool> m_open; // the volunteer's choice, once made
    bool m_folded = false;
    bool m_tiny = false; // folded to "Key ▸" alone
    bool m_crowded = false; // opened by the volunteer where it covers areas
    QRectF m_rect;
};

} // namespace pcc
