#include "mappainter.h"

#include "forceids.h"
#include "mapcolours.h"

#include <QLineF>
#include <QPainter>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace pcc::MapPainter {

void paintAreas(QPainter &p, const ForceAreas &areas, const QTransform &t, const MapColouring &colouring, bool dark,
                const QRectF &visible, const Highlight &highlight)
{
    const QColor borderColour = MapColours::border(dark);
    for (const ForceArea &a : areas.areas()) {
        if (!a.bounds.intersects(visible))
            continue;
        QColor fill = ForceIds::isNoPccArea(a.id) ? MapColours::noPccFill(dark) : colouring.fillFor(a.id);
        if (a.id == highlight.selected)
            fill = dark ? fill.lighter(150) : fill.darker(125);
        else if (a.id == highlight.hovered)
            fill = dark ? fill.lighter(130) : fill.darker(112);
        p.setBrush(fill);
        p.setPen(QPen(borderColour, 0.8));
        p.drawPath(t.map(a.path));
    }
}

namespace {

// The key's lines and measures: a row per colour under the title (and the scope).
struct LegendLayout
{
    QStringList lines;
    double row = 0;
    double pad = 0;
    double w = 0;
    QSizeF size;
};

LegendLayout legendLayout(const MapColouring &colouring, const QFont &font, const QPaintDevice *device)
{
    LegendLayout l;
    const QFontMetricsF fm(font, device);
    l.row = fm.height() * 1.25;
    for (const MapColouring::LegendEntry &entry : colouring.legend)
        l.lines << u"%1 (%2)"_s.arg(entry.label).arg(entry.count);
    QFont boldFont = font;
    boldFont.setBold(true);
    l.w = QFontMetricsF(boldFont, device).horizontalAdvance(colouring.title);
    if (!colouring.scope.isEmpty())
        l.w = std::max(l.w, fm.horizontalAdvance(colouring.scope));
    for (const QString &line : std::as_const(l.lines))
        l.w = std::max(l.w, fm.horizontalAdvance(line) + l.row + l.row * 0.3);
    const int rows = int(l.lines.size()) + (colouring.scope.isEmpty() ? 1 : 2);
    l.pad = l.row * 0.4;
    l.size = QSizeF(l.w + 2 * l.pad, l.row * rows + 2 * l.pad);
    return l;
}

} // namespace

QSizeF legendSize(const MapColouring &colouring, const QFont &font, const QPaintDevice *device)
{
    return legendLayout(colouring, font, device).size;
}

QRectF paintLegend(QPainter &p, const QPointF &bottomLeft, const MapColouring &colouring, const QFont &font, bool dark)
{
    const LegendLayout l = legendLayout(colouring, font, p.device());
    const QStringList &lines = l.lines;
    const double row = l.row;
    const double pad = l.pad;
    const double w = l.w;
    QFont boldFont = font;
    boldFont.setBold(true);
    const QRectF box(bottomLeft.x(), bottomLeft.y() - l.size.height(), l.size.width(), l.size.height());
    p.save();
    p.setPen(Qt::NoPen);
    p.setBrush(dark ? QColor(20, 20, 20, 220) : QColor(255, 255, 255, 230));
    p.drawRoundedRect(box, pad, pad);
    const QColor text = dark ? Qt::white : Qt::black;
    double y = box.top() + pad;
    p.setPen(text);
    p.setFont(boldFont);
    p.drawText(QRectF(box.left() + pad, y, w, row), Qt::AlignVCenter, colouring.title);
    p.setFont(font);
    y += row;
    if (!colouring.scope.isEmpty()) {
        p.drawText(QRectF(box.left() + pad, y, w, row), Qt::AlignVCenter, colouring.scope);
        y += row;
    }
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const double s = row * 0.7;
        const QRectF swatch(box.left() + pad, y + (row - s) / 2, s, s);
        p.setPen(QPen(MapColours::border(dark), 1));
        p.setBrush(colouring.legend.at(i).colour);
        p.drawRect(swatch);
        p.setPen(text);
        p.drawText(QRectF(swatch.right() + row * 0.3, y, w, row), Qt::AlignVCenter, lines.at(i));
        y += row;
    }
    p.restore();
    return box;
}

QTransform fit(const QRectF &projected, const QRectF &target)
{
    if (projected.isEmpty() || target.isEmpty())
        return {};
    const double scale = std::min(target.width() / projected.width(), target.height() / projected.height());
    QTransform t;
    t.translate(target.center().x(), target.center().y());
    t.scale(scale, scale);
    t.translate(-projected.center().x(), -projected.center().y());
    return t;
}

QPointF labelAnchor(const QPointF &labelPoint, const QRectF &areaOnScreen, const QSizeF &labelSize)
{
    if (labelSize.width() * labelSize.height() <= 0.3 * areaOnScreen.width() * areaOnScreen.height())
        return labelPoint;
    return {areaOnScreen.center().x(), areaOnScreen.top() - labelSize.height() / 2 - 6};
}

QRectF placeLabel(const QString &text, const QFont &font, const QPointF &centre, const QRectF &bounds, QList<QRectF> *taken)
{
    const QFontMetricsF fm(font);
    QRectF box = fm.boundingRect(QRectF(0, 0, 260, 200), Qt::AlignCenter | Qt::TextWordWrap, text).adjusted(-5, -3, 5, 3);
    const QRectF inside = bounds.adjusted(2, 2, -2, -2);
    // Held inside the bounds; a label wider or taller than them keeps to their top left.
    auto clampInside = [&inside](QRectF b) {
        b.moveLeft(std::max(inside.left(), std::min(b.left(), inside.right() - b.width())));
        b.moveTop(std::max(inside.top(), std::min(b.top(), inside.bottom() - b.height())));
        return b;
    };
    box.moveCenter(centre);
    box = clampInside(box);
    const QRectF wanted = box;
    auto isFree = [&](const QRectF &b) {
        return inside.adjusted(-0.5, -0.5, 0.5, 0.5).contains(b)
            && std::none_of(taken->cbegin(), taken->cend(), [&b](const QRectF &r) { return r.intersects(b); });
    };
    // Blocked by a label or a control: the nearest free place beside one of them (right, left,
    // below or above), so that a label stays by its area rather than sliding down the map.
    if (!isFree(box)) {
        auto distance = [&wanted](const QRectF &b) { return QLineF(b.center(), wanted.center()).length(); };
        std::optional<QRectF> best;
        for (const QRectF &r : std::as_const(*taken)) {
            for (const QRectF &candidate : {box.translated(r.right() + 2 - box.left(), 0), box.translated(r.left() - 2 - box.right(), 0),
                                            box.translated(0, r.bottom() + 2 - box.top()), box.translated(0, r.top() - 2 - box.bottom())}) {
                if (isFree(candidate) && (!best || distance(candidate) < distance(*best)))
                    best = candidate;
            }
        }
        if (best) {
            box = *best;
        } else {
            for (int tries = 0; tries < 8; ++tries) { // crowded: below whatever it meets, as before
                bool clash = false;
                for (const QRectF &r : std::as_const(*taken)) {
                    if (r.intersects(box)) {
                        box.moveTop(r.bottom() + 2);
                        clash = true;
                    }
                }
                if (!clash)
                    break;
            }
            box = clampInside(box); // never off the map, even where it must overlap
        }
    }
    taken->append(box);
    return box;
}

void paintLabel(QPainter &p, const QRectF &box, const QString &text, const QFont &font, bool dark)
{
    p.save();
    p.setFont(font);
    p.setPen(Qt::NoPen);
    p.setBrush(dark ? QColor(20, 20, 20, 215) : QColor(255, 255, 255, 225));
    p.drawRoundedRect(box, 4, 4);
    p.setPen(dark ? Qt::white : Qt::black);
    p.drawText(box, Qt::AlignCenter | Qt::TextWordWrap, text);
    p.restore();
}

} // namespace pcc::MapPainter
