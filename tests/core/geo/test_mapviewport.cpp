// The map's view as arithmetic: fit, zoom about a point, pan, and the limits.
#include "catchcompat.h"

#include "mapviewport.h"

using namespace pcc;

namespace {
MapViewport viewport()
{
    MapViewport v;
    v.setWorld(QRectF(0, 0, 100, 200)); // tall, like Great Britain
    v.resize(QSizeF(400, 400));
    v.fitTo(QRectF(0, 0, 100, 200));
    return v;
}

bool near(const QPointF &a, const QPointF &b)
{
    return std::abs(a.x() - b.x()) < 1e-6 && std::abs(a.y() - b.y()) < 1e-6;
}
} // namespace

TEST_CASE("map viewport: a fitted area fills the view with a margin and stays fitted through a resize", "[map][viewport]")
{
    MapViewport v = viewport();
    const QRectF shown(v.toWidget(QPointF(0, 0)), v.toWidget(QPointF(100, 200)));
    CHECK(shown.height() == Approx(400 * 0.94));
    CHECK(shown.center().x() == Approx(200));
    // The same area, in a wider window, is refitted: still 94% of the height, centred.
    v.resize(QSizeF(800, 300));
    const QRectF again(v.toWidget(QPointF(0, 0)), v.toWidget(QPointF(100, 200)));
    CHECK(again.height() == Approx(300 * 0.94));
    CHECK(again.center().x() == Approx(400));
    CHECK_FALSE(v.fitted().isEmpty());
}

TEST_CASE("map viewport: zooming keeps the point under the pointer where it is, within the limits", "[map][viewport]")
{
    MapViewport v = viewport();
    const QPointF pointer(300, 120);
    const QPointF under = v.toProjected(pointer);
    v.zoomBy(2.0, pointer);
    CHECK(near(v.toProjected(pointer), under));
    CHECK(v.fitted().isEmpty()); // the user moved: a resize no longer refits
    for (int i = 0; i < 40; ++i)
        v.zoomBy(2.0, pointer);
    CHECK(v.zoom() == MapViewport::MaxZoom);
    for (int i = 0; i < 80; ++i)
        v.zoomBy(0.5, pointer);
    CHECK(v.zoom() == MapViewport::MinZoom);
}

TEST_CASE("map viewport: panning moves the content with the pointer, by exactly the distance dragged", "[map][viewport]")
{
    MapViewport v = viewport();
    v.zoomBy(3.0, QPointF(200, 200));
    const QPointF grabbed(150, 250);
    const QPointF underGrab = v.toProjected(grabbed);
    v.panBy(QPointF(40, -25));
    CHECK(near(v.toWidget(underGrab), grabbed + QPointF(40, -25)));
    v.centreOn(QPointF(10, 20));
    CHECK(near(v.toWidget(QPointF(10, 20)), QPointF(200, 200)));
}

TEST_CASE("map viewport: with no map or no size nothing is drawn and nothing divides by zero", "[map][viewport]")
{
    MapViewport v;
    CHECK(v.transform().isIdentity());
    v.setWorld(QRectF(0, 0, 100, 200));
    v.fitTo(QRectF(0, 0, 50, 50)); // before the widget has a size
    CHECK(v.zoom() == 1.0);
    v.resize(QSizeF(400, 400)); // the fitted area is applied once there is a size
    CHECK(v.zoom() > 1.0);
}
