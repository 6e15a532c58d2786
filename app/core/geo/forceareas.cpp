#include "forceareas.h"

#include "apppaths.h"
#include "forceids.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>
#include <limits>
#include <numbers>

using namespace Qt::StringLiterals;

namespace pcc {

namespace {

constexpr double kEarthRadiusKm = 6371.0;
constexpr double kCentralMeridian = -2.0;
constexpr double kOriginLatitude = 49.0;
constexpr double kDegToRad = std::numbers::pi / 180.0; // not M_PI: MSVC lacks it without a define

using VertexKey = quint64;

VertexKey keyOf(double lon, double lat)
{
    // The generator writes 4 decimals and keeps shared borders identical on both sides.
    const auto x = quint64(qint64(std::llround((lon + 180.0) * 1e4)));
    const auto y = quint64(qint64(std::llround((lat + 90.0) * 1e4)));
    return (x << 32) | y;
}

// Adds one ring (closed) to the path; records its vertices for neighbour detection.
bool addRing(const QJsonArray &ring, QPainterPath *path, QSet<VertexKey> *vertices)
{
    if (ring.size() < 4)
        return false;
    for (qsizetype i = 0; i < ring.size(); ++i) {
        const QJsonArray pt = ring.at(i).toArray();
        if (pt.size() < 2 || !pt.at(0).isDouble() || !pt.at(1).isDouble())
            return false;
        const double lon = pt.at(0).toDouble();
        const double lat = pt.at(1).toDouble();
        if (lon < -180 || lon > 180 || lat < -90 || lat > 90)
            return false;
        const QPointF p = ForceAreas::project(lon, lat);
        if (i == 0)
            path->moveTo(p);
        else
            path->lineTo(p);
        vertices->insert(keyOf(lon, lat));
    }
    path->closeSubpath();
    return true;
}

QPointF interiorPoint(const QPainterPath &path)
{
    const QRectF b = path.boundingRect();
    if (path.contains(b.center()))
        return b.center();
    // Nearest contained point of a grid to the middle of the bounds.
    QPointF best = b.center();
    double bestDistance = std::numeric_limits<double>::max();
    constexpr int steps = 16;
    for (int i = 1; i < steps; ++i) {
        for (int j = 1; j < steps; ++j) {
            const QPointF p(b.left() + b.width() * i / steps, b.top() + b.height() * j / steps);
            const double d = QLineF(p, b.center()).length();
            if (d < bestDistance && path.contains(p)) {
                best = p;
                bestDistance = d;
            }
        }
    }
    return best;
}

} // namespace

QPointF ForceAreas::project(double lonDeg, double latDeg)
{
    // Spherical transverse Mercator.
    const double lambda = (lonDeg - kCentralMeridian) * kDegToRad;
    const double phi = latDeg * kDegToRad;
    const double b = std::cos(phi) * std::sin(lambda);
    const double x = 0.5 * kEarthRadiusKm * std::log((1 + b) / (1 - b));
    const double y = kEarthRadiusKm * (std::atan2(std::tan(phi), std::cos(lambda)) - kOriginLatitude * kDegToRad);
    return {x, -y};
}

ForceAreas ForceAreas::fromGeoJson(const QByteArray &json, DataIssues *issues)
{
    DataIssues found;
    ForceAreas result;
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        found.append({{}, u"malformed GeoJSON: %1"_s.arg(err.errorString())});
    } else {
        const QJsonArray features = doc.object().value(u"features"_s).toArray();
        QHash<VertexKey, QStringList> owners;
        for (qsizetype i = 0; i < features.size(); ++i) {
            const QString where = u"features[%1]"_s.arg(i);
            const QJsonObject f = features.at(i).toObject();
            const QJsonObject props = f.value(u"properties"_s).toObject();
            ForceArea area;
            area.id = props.value(u"force_id"_s).toString();
            area.name = props.value(u"name"_s).toString();
            if (!ForceIds::isForce(area.id) && !ForceIds::isNoPccArea(area.id)) {
                found.append({where + u".properties.force_id"_s, u"unknown force id '%1'"_s.arg(area.id)});
                continue;
            }
            if (result.m_index.contains(area.id)) {
                found.append({where + u".properties.force_id"_s, u"duplicate force id '%1'"_s.arg(area.id)});
                continue;
            }
            const QJsonObject geometry = f.value(u"geometry"_s).toObject();
            const QString type = geometry.value(u"type"_s).toString();
            QJsonArray polygons;
            if (type == u"Polygon"_s)
                polygons.append(geometry.value(u"coordinates"_s));
            else if (type == u"MultiPolygon"_s)
                polygons = geometry.value(u"coordinates"_s).toArray();
            else
                found.append({where + u".geometry.type"_s, u"expected Polygon or MultiPolygon"_s});
            QSet<VertexKey> vertices;
            area.path.setFillRule(Qt::OddEvenFill); // holes (the City inside London) are not part of the area
            bool ok = true;
            for (const QJsonValue &polygon : std::as_const(polygons)) {
                for (const QJsonValue &ring : polygon.toArray())
                    ok = addRing(ring.toArray(), &area.path, &vertices) && ok;
            }
            if (!ok || area.path.isEmpty()) {
                found.append({where + u".geometry"_s, u"invalid coordinates"_s});
                continue;
            }
            for (const VertexKey key : std::as_const(vertices))
                owners[key].append(area.id);
            area.bounds = area.path.boundingRect();
            area.labelPoint = interiorPoint(area.path);
            result.m_index.insert(area.id, result.m_areas.size());
            result.m_areas.append(area);
            result.m_bounds = result.m_bounds.united(area.bounds);
        }
        QHash<QString, QSet<QString>> neighbours;
        for (const QStringList &ids : std::as_const(owners)) {
            for (const QString &a : ids) {
                for (const QString &b : ids) {
                    if (a != b)
                        neighbours[a].insert(b);
                }
            }
        }
        for (ForceArea &area : result.m_areas) {
            area.neighbours = neighbours.value(area.id).values();
            area.neighbours.sort();
        }
        for (const QString &id : ForceIds::all()) {
            if (!result.m_index.contains(id))
                found.append({u"features"_s, u"no area for force '%1'"_s.arg(id)});
        }
    }
    if (issues)
        *issues = found;
    return found.isEmpty() ? result : ForceAreas();
}

ForceAreas ForceAreas::loadDefault()
{
    QFile file(AppPaths::bundledForceAreas());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return fromGeoJson(file.readAll(), nullptr);
}

const ForceArea *ForceAreas::area(const QString &id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? nullptr : &m_areas.at(*it);
}

QString ForceAreas::areaAt(const QPointF &p) const
{
    for (const ForceArea &a : m_areas) {
        if (a.bounds.contains(p) && a.path.contains(p))
            return a.id;
    }
    return {};
}

QString ForceAreas::neighbourInDirection(const QString &fromId, double dx, double dy) const
{
    const ForceArea *from = area(fromId);
    if (!from)
        return {};
    const double len = std::hypot(dx, dy);
    if (len == 0)
        return {};
    dx /= len;
    dy /= len;
    // Prefer a bordering area roughly in that direction; else the nearest area in a cone.
    auto best = [&](const QStringList &candidates, double minCos) {
        QString chosen;
        double bestScore = std::numeric_limits<double>::max();
        for (const QString &id : candidates) {
            const ForceArea *to = area(id);
            if (!to || to->id == from->id)
                continue;
            const QPointF v = to->labelPoint - from->labelPoint;
            const double distance = std::hypot(v.x(), v.y());
            if (distance == 0)
                continue;
            const double cosine = (v.x() * dx + v.y() * dy) / distance;
            if (cosine < minCos)
                continue;
            const double score = distance / cosine;
            if (score < bestScore) {
                bestScore = score;
                chosen = id;
            }
        }
        return chosen;
    };
    QString next = best(from->neighbours, 0.35);
    if (next.isEmpty()) {
        QStringList all;
        for (const ForceArea &a : m_areas)
            all << a.id;
        next = best(all, 0.5);
    }
    return next;
}

} // namespace pcc
