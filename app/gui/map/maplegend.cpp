#include "map/maplegend.h"

#include "forceareas.h"
#include "forceids.h"
#include "mappainter.h"

#include <QCoreApplication>
#include <QPaintDevice>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace pcc {

namespace {

constexpr double kMargin = 10;

// How many police force areas the box hides (Scotland and Northern Ireland do not count),
// counting no further than `enough`.
int areasCovered(const QRectF &box, const QTransform &toWidget, const ForceAreas &areas, int enough = 1000)
{
    int covered = 0;
    for (const ForceArea &a : areas.areas()) {
        if (!ForceIds::isNoPccArea(a.id) && toWidget.map(a.path).intersects(box) && ++covered >= enough)
            break;
    }
    return covered;
}

bool coversArea(const QRectF &box, const QTransform &toWidget, const ForceAreas &areas, const QString &id)
{
    const ForceArea *a = areas.area(id);
    return a && toWidget.map(a->path).intersects(box);
}

} // namespace

MapColouring MapLegend::folded(const MapColouring &colouring, bool titleOnly)
{
    MapColouring title = colouring;
    title.legend.clear();
    if (titleOnly) {
        title.title = QCoreApplication::translate("pcc::MapLegend", "Key");
        title.scope.clear();
    }
    title.title += u" \u25B8"_s; // ▸: there is more
    return title;
}

MapColouring MapLegend::foldable(const MapColouring &colouring)
{
    MapColouring open = colouring;
    open.title += u" \u25BE"_s; // ▾: a click folds it
    return open;
}

void MapLegend::place(const QPaintDevice *widget, const QTransform &toWidget, const ForceAreas &areas, const MapColouring &colouring,
                      const QFont &font, const QRectF &controls, const QString &selectedId)
{
    auto corners = [&](const QSizeF &size) {
        const double right = widget->width() - kMargin - size.width();
        const double bottom = widget->height() - kMargin - size.height();
        return QList<QRectF>{QRectF(QPointF(kMargin, bottom), size), QRectF(QPointF(right, bottom), size),
                             QRectF(QPointF(kMargin, kMargin), size), QRectF(QPointF(right, controls.bottom() + kMargin), size)};
    };
    auto firstFree = [&](const QSizeF &size) -> std::optional<QRectF> {
        for (const QRectF &r : corners(size)) {
            if (!r.intersects(controls) && areasCovered(r, toWidget, areas, 1) == 0) // painted on every hover: stop at one
                return r;
        }
        return std::nullopt;
    };
    const QSizeF open = MapPainter::legendSize(colouring, font, widget);
    const std::optional<QRectF> openPlace = firstFree(open);
    m_folded = m_open.has_value() ? !*m_open : !openPlace;
    m_tiny = false;
    m_crowded = false;
    if (!m_folded) {
        if (openPlace) {
            m_rect = *openPlace;
            return;
        }
        // Opened where no corner is free: a corner that leaves the selected area in view if any
        // does (zoomed right in, none may), then the one hiding the fewest areas.
        m_crowded = true;
        const QSizeF size = MapPainter::legendSize(foldable(colouring), font, widget);
        std::optional<QRectF> best;
        std::pair<bool, int> bestCost;
        for (const QRectF &r : corners(size)) {
            if (r.intersects(controls))
                continue;
            const std::pair<bool, int> cost{coversArea(r, toWidget, areas, selectedId), areasCovered(r, toWidget, areas)};
            if (!best || cost < bestCost) {
                best = r;
                bestCost = cost;
            }
        }
        m_rect = best.value_or(corners(size).first());
        return;
    }
    // Folded: its title and whose letters, or on a small map just "Key ▸".
    if (const auto place = firstFree(MapPainter::legendSize(folded(colouring, false), font, widget))) {
        m_rect = *place;
        return;
    }
    m_tiny = true;
    const QSizeF tiny = MapPainter::legendSize(folded(colouring, true), font, widget);
    m_rect = firstFree(tiny).value_or(corners(tiny).first());
}

bool MapLegend::toggleAt(const QPointF &point)
{
    if (!m_rect.contains(point))
        return false;
    m_open = m_folded;
    return true;
}

void MapLegend::paint(QPainter &p, const MapColouring &colouring, const QFont &font, bool dark) const
{
    MapPainter::paintLegend(p, m_rect.bottomLeft(),
                            m_folded ? folded(colouring, m_tiny) : (m_crowded ? foldable(colouring) : colouring), font, dark);
}

} // namespace pcc
