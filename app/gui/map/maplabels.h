#pragma once

#include "forceareas.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QRectF>
#include <QStringList>

class QFont;
class QPainter;
class QTransform;

namespace pcc {

// The names drawn on the map at its last paint. A name stands for its area: a click on
// "West Midlands" chooses the West Midlands even where the label lies over a neighbour.
class MapLabels
{
    Q_DECLARE_TR_FUNCTIONS(pcc::MapLabels)

public:
    // Names each area once, in order (the first placed best), on screen and off taken.
    void paint(QPainter &p, const ForceAreas &areas, const QTransform &toWidget, const QRectF &bounds, const QStringList &ids,
               bool dark, QList<QRectF> taken);

    QString areaAt(const QPointF &pos) const; // the name at a point, or empty
    QRectF rect(const QString &id) const;     // where an area's name was drawn, or empty
    QStringList labelled() const;

private:
    QList<QPair<QString, QRectF>> m_boxes; // in drawing order
};

} // namespace pcc
