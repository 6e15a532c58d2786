#include "map/maplabels.h"

#include "forceids.h"
#include "mappainter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTransform>

using namespace Qt::StringLiterals;

namespace pcc {

void MapLabels::paint(QPainter &p, const ForceAreas &areas, const QTransform &toWidget, const QRectF &bounds, const QStringList &ids,
                      bool dark, QList<QRectF> taken)
{
    m_boxes.clear();
    for (const QString &id : ids) {
        const ForceArea *a = areas.area(id);
        if (!a)
            continue;
        QString text = a->name;
        if (ForceIds::isNoPccArea(id)) {
            text = ForceIds::noPccAreaDisplayName(id);
            text[0] = text[0].toUpper();
            text += u"\n"_s + tr("no police and crime commissioner");
        }
        QFont font = p.font();
        font.setBold(!ForceIds::isNoPccArea(id));
        const QPointF at = ForceIds::isNoPccArea(id) ? toWidget.map(a->labelPoint)
                                                     : MapPainter::labelAnchor(toWidget.map(a->labelPoint),
                                                                               toWidget.map(a->path).boundingRect(),
                                                                               QFontMetricsF(font).size(0, text));
        const QRectF box = MapPainter::placeLabel(text, font, at, bounds, &taken);
        MapPainter::paintLabel(p, box, text, font, dark);
        m_boxes.append({id, box});
    }
}

QString MapLabels::areaAt(const QPointF &pos) const
{
    for (auto it = m_boxes.crbegin(); it != m_boxes.crend(); ++it) { // the last drawn is on top
        if (it->second.contains(pos))
            return it->first;
    }
    return {};
}

QRectF MapLabels::rect(const QString &id) const
{
    for (const auto &[labelId, box] : m_boxes) {
        if (labelId == id)
            return box;
    }
    return {};
}

QStringList MapLabels::labelled() const
{
    QStringList ids;
    for (const auto &[id, box] : m_boxes)
        ids << id;
    return ids;
}

} // namespace pcc
