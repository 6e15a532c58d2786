#pragma once

#include "dataissue.h"

#include <QHash>
#include <QList>
#include <QPainterPath>
#include <QStringList>

namespace pcc {

// One police force area (or Scotland / Northern Ireland) as a path in the projected plane.
struct ForceArea
{
    QString id;
    QString name;
    QPainterPath path;   // kilometres; y grows southwards (screen order)
    QRectF bounds;
    QPointF labelPoint;  // a point inside the area, near its middle
    QStringList neighbours;
};

// The map geometry: force_areas.geojson projected with a transverse Mercator centred on
// 2°W (as the British National Grid is), so Britain is not stretched.
class ForceAreas
{
public:
    static ForceAreas fromGeoJson(const QByteArray &json, DataIssues *issues);
    static ForceAreas loadDefault();

    static QPointF project(double lonDeg, double latDeg);

    bool isEmpty() const { return m_areas.isEmpty(); }
    const QList<ForceArea> &areas() const { return m_areas; }
    const ForceArea *area(const QString &id) const;
    QRectF bounds() const { return m_bounds; }

    QString areaAt(const QPointF &projected) const; // empty when none (sea, abroad)
    QString areaAtLonLat(double lonDeg, double latDeg) const { return areaAt(project(lonDeg, latDeg)); }

    // The area to move to from `fromId` when an arrow key points along (dx, dy) on screen.
    QString neighbourInDirection(const QString &fromId, double dx, double dy) const;

private:
    QList<ForceArea> m_areas;
    QHash<QString, qsizetype> m_index;
    QRectF m_bounds;
};

} // namespace pcc
