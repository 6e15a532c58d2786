#include "catchcompat.h"
#include "testsupport.h"

#include "apppaths.h"
#include "forceareas.h"
#include "forceids.h"
#include "map/forcemapaccessible.h"
#include "map/forcemapview.h"

#include <QAccessible>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QPainterPath>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace pcc;

namespace {

const ForceAreas &areas()
{
    static const ForceAreas a = ForceAreas::loadDefault();
    return a;
}

// A known point (longitude, latitude) inside each force area: a town well inside it.
const QList<std::tuple<QString, double, double>> kTowns = {
    {u"avon-and-somerset"_s, -2.59, 51.45},   {u"bedfordshire"_s, -0.47, 52.13},    {u"cambridgeshire"_s, 0.12, 52.3},
    {u"cheshire"_s, -2.52, 53.19},            {u"city-of-london"_s, -0.0915, 51.5155}, {u"cleveland"_s, -1.23, 54.57},
    {u"cumbria"_s, -2.93, 54.6},              {u"derbyshire"_s, -1.5, 53.0},        {u"devon-and-cornwall"_s, -3.9, 50.6},
    {u"dorset"_s, -2.3, 50.75},               {u"durham"_s, -1.75, 54.7},           {u"dyfed-powys"_s, -3.9, 52.2},
    {u"essex"_s, 0.5, 51.8},                  {u"gloucestershire"_s, -2.2, 51.85},  {u"greater-manchester"_s, -2.24, 53.48},
    {u"gwent"_s, -3.0, 51.7},                 {u"hampshire"_s, -1.3, 51.06},        {u"hertfordshire"_s, -0.2, 51.8},
    {u"humberside"_s, -0.4, 53.75},           {u"kent"_s, 0.9, 51.2},               {u"lancashire"_s, -2.6, 53.85},
    {u"leicestershire"_s, -1.13, 52.64},      {u"lincolnshire"_s, -0.3, 53.1},      {u"merseyside"_s, -2.95, 53.42},
    {u"metropolitan"_s, -0.2, 51.5},          {u"norfolk"_s, 1.0, 52.65},           {u"north-wales"_s, -3.8, 53.1},
    {u"north-yorkshire"_s, -1.5, 54.2},       {u"northamptonshire"_s, -0.9, 52.3}, {u"northumbria"_s, -2.0, 55.2},
    {u"nottinghamshire"_s, -1.0, 53.1},       {u"south-wales"_s, -3.4, 51.6},       {u"south-yorkshire"_s, -1.4, 53.45},
    {u"staffordshire"_s, -2.0, 52.8},         {u"suffolk"_s, 1.0, 52.2},            {u"surrey"_s, -0.5, 51.25},
    {u"sussex"_s, -0.3, 50.95},               {u"thames-valley"_s, -1.2, 51.75},    {u"warwickshire"_s, -1.55, 52.3},
    {u"west-mercia"_s, -2.7, 52.4},           {u"west-midlands"_s, -1.9, 52.48},    {u"west-yorkshire"_s, -1.6, 53.8},
    {u"wiltshire"_s, -1.9, 51.3},
};

} // namespace

TEST_CASE("map: the GeoJSON has exactly the 43 forces plus Scotland and Northern Ireland", "[map]")
{
    const QJsonArray features = QJsonDocument::fromJson(pcctest::readFile(pcctest::sourcePath(u"pcc_data/force_areas.geojson"_s)))
                                    .object().value(u"features"_s).toArray();
    QStringList ids;
    for (const QJsonValue &f : features) {
        ids << f.toObject().value(u"properties"_s).toObject().value(u"force_id"_s).toString();
        CHECK_FALSE(f.toObject().value(u"properties"_s).toObject().value(u"name"_s).toString().isEmpty());
    }
    ids.sort();
    QStringList expected = ForceIds::all();
    expected << ForceIds::Scotland << ForceIds::NorthernIreland;
    expected.sort();
    CHECK(ids == expected);
    REQUIRE(areas().areas().size() == 45);
}

TEST_CASE("map: a point inside each of the 43 areas resolves to that force", "[map]")
{
    REQUIRE(kTowns.size() == 43);
    for (const auto &[id, lon, lat] : kTowns) {
        INFO(id.toStdString());
        CHECK(areas().areaAtLonLat(lon, lat) == id);
    }
    CHECK(areas().areaAtLonLat(-3.19, 55.95) == u"scotland"_s);      // Edinburgh
    CHECK(areas().areaAtLonLat(-5.93, 54.6) == u"northern-ireland"_s); // Belfast
}

TEST_CASE("map: the sea and France are no force", "[map]")
{
    CHECK(areas().areaAtLonLat(-1.0, 50.0).isEmpty());  // English Channel
    CHECK(areas().areaAtLonLat(2.35, 48.86).isEmpty()); // Paris
    CHECK(areas().areaAtLonLat(2.0, 53.5).isEmpty());   // North Sea
}

TEST_CASE("map: neighbours share borders", "[map]")
{
    const ForceArea *kent = areas().area(u"kent"_s);
    REQUIRE(kent);
    CHECK(kent->neighbours.contains(u"sussex"_s));
    CHECK(kent->neighbours.contains(u"metropolitan"_s));
    CHECK(areas().area(u"city-of-london"_s)->neighbours == QStringList{u"metropolitan"_s});
}

TEST_CASE("map: arrow-key navigation reaches every force", "[map]")
{
    QSet<QString> seen{u"west-midlands"_s};
    QStringList queue{u"west-midlands"_s};
    const QList<QPair<double, double>> directions = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
    while (!queue.isEmpty()) {
        const QString from = queue.takeFirst();
        for (const auto &[dx, dy] : directions) {
            const QString to = areas().neighbourInDirection(from, dx, dy);
            if (!to.isEmpty() && !seen.contains(to)) {
                seen.insert(to);
                queue << to;
            }
        }
    }
    for (const QString &id : ForceIds::all()) {
        INFO(id.toStdString());
        CHECK(seen.contains(id));
    }
}

TEST_CASE("map: broken geometry is rejected with a reason", "[map]")
{
    DataIssues issues;
    CHECK(ForceAreas::fromGeoJson("{", &issues).isEmpty());
    CHECK(issues.first().message.contains(u"malformed"_s));
    issues.clear();
    CHECK(ForceAreas::fromGeoJson(R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"force_id":"atlantis"},"geometry":{"type":"Point","coordinates":[0,0]}}]})", &issues).isEmpty());
    CHECK(issues.first().message.contains(u"atlantis"_s));
}

TEST_CASE("map widget: clicks select the force under the pointer", "[map][gui]")
{
    ForceMapView view;
    view.resize(900, 1000);
    view.setAreas(areas());
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    QSignalSpy clicked(&view, &ForceMapView::forceClicked);
    for (const QString &id : {u"kent"_s, u"dyfed-powys"_s, u"northumbria"_s, u"devon-and-cornwall"_s}) {
        const QPoint at = view.toWidget(areas().area(id)->labelPoint).toPoint();
        QTest::mouseClick(&view, Qt::LeftButton, {}, at);
        REQUIRE(clicked.size() > 0);
        CHECK(clicked.last().first().toString() == id);
        CHECK(view.selectedForce() == id);
    }
    // Zoom to London makes the City clickable.
    view.zoomToLondon();
    const QPoint city = view.toWidget(areas().area(u"city-of-london"_s)->labelPoint).toPoint();
    QTest::mouseClick(&view, Qt::LeftButton, {}, city);
    CHECK(clicked.last().first().toString() == u"city-of-london"_s);
    // The sea selects nothing.
    const int before = int(clicked.size());
    view.resetView();
    QTest::mouseClick(&view, Qt::LeftButton, {}, view.toWidget(ForceAreas::project(-1.0, 50.0)).toPoint());
    CHECK(clicked.size() == before);
}

TEST_CASE("map widget: keyboard moves between areas and Enter selects", "[map][gui]")
{
    ForceMapView view;
    view.resize(800, 900);
    view.setAreas(areas());
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    view.setSelectedForce(u"west-midlands"_s);
    QSignalSpy clicked(&view, &ForceMapView::forceClicked);
    QTest::keyClick(&view, Qt::Key_Right);
    const QString moved = view.currentForce();
    CHECK(moved != u"west-midlands"_s);
    CHECK(areas().area(u"west-midlands"_s)->neighbours.contains(moved));
    QTest::keyClick(&view, Qt::Key_Return);
    REQUIRE(clicked.size() == 1);
    CHECK(clicked.first().first().toString() == moved);
    const double zoom = view.zoom();
    QTest::keyClick(&view, Qt::Key_Plus);
    CHECK(view.zoom() > zoom);
}

TEST_CASE("map widget: screen readers see one named child per area", "[map][gui]")
{
    QAccessible::installFactory(&ForceMapAccessible::factory);
    ForceMapView view;
    view.resize(800, 900);
    view.setAreas(areas());
    view.setProgress({{u"kent"_s, ForceProgress::Sent}}, {});
    view.setSelectedForce(u"kent"_s);
    view.show();
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(&view);
    REQUIRE(iface);
    REQUIRE(iface->childCount() == 45);
    bool foundKent = false;
    for (int i = 0; i < iface->childCount(); ++i) {
        QAccessibleInterface *child = iface->child(i);
        REQUIRE(child);
        CHECK_FALSE(child->text(QAccessible::Name).isEmpty());
        if (child->text(QAccessible::Name).startsWith(u"Kent"_s)) {
            foundKent = true;
            CHECK(child->text(QAccessible::Name).contains(u"Sent"_s));
            CHECK(child->state().selected);
        }
    }
    CHECK(foundKent);
    QAccessible::removeFactory(&ForceMapAccessible::factory);
}

TEST_CASE("map widget: follows light and dark palettes", "[map][gui]")
{
    ForceMapView view;
    view.resize(600, 700);
    view.setAreas(areas());
    QImage light(view.size(), QImage::Format_ARGB32);
    view.render(&light);
    QPalette dark = view.palette();
    dark.setColor(QPalette::Window, QColor(30, 30, 30));
    dark.setColor(QPalette::WindowText, Qt::white);
    view.setPalette(dark);
    QImage darkImage(view.size(), QImage::Format_ARGB32);
    view.render(&darkImage);
    // The English Channel.
    const QPoint sea = view.toWidget(ForceAreas::project(-1.0, 50.2)).toPoint();
    REQUIRE(view.rect().contains(sea));
    CHECK(QColor(light.pixel(sea)).lightness() > 180);
    CHECK(QColor(darkImage.pixel(sea)).lightness() < 80);
    // An area not contacted is drawn, and differs between palettes.
    const QPoint wales = view.toWidget(areas().area(u"dyfed-powys"_s)->labelPoint).toPoint();
    CHECK(light.pixel(wales) != darkImage.pixel(wales));
}

TEST_CASE("map widget: a mouse wheel zooms, a trackpad's two fingers pan, and its momentum does nothing", "[map][gui][platform]")
{
    ForceMapView view;
    view.resize(900, 1000);
    view.setAreas(areas());
    const QPointF centre(450, 500);
    auto wheel = [&](QPoint pixels, QPoint angle, Qt::ScrollPhase phase, Qt::KeyboardModifiers modifiers = {}) {
        QWheelEvent e(centre, view.mapToGlobal(centre), pixels, angle, Qt::NoButton, modifiers, phase, false);
        QApplication::sendEvent(&view, &e);
    };
    const double fitted = view.zoom();
    wheel({}, {0, 120}, Qt::NoScrollPhase); // a mouse wheel notch
    CHECK(view.zoom() > fitted);
    const double zoomed = view.zoom();

    const QPointF before = view.toWidget(areas().area(u"kent"_s)->labelPoint);
    wheel({0, 40}, {0, 120}, Qt::ScrollUpdate); // two fingers on a trackpad
    CHECK(view.zoom() == zoomed);
    const QPointF after = view.toWidget(areas().area(u"kent"_s)->labelPoint);
    CHECK(std::abs((after - before).y() - 40) < 1.0); // the map followed the fingers
    CHECK(std::abs((after - before).x()) < 1.0);

    wheel({0, 40}, {0, 120}, Qt::ScrollMomentum); // after the fingers lift
    CHECK(view.zoom() == zoomed);
    CHECK(view.toWidget(areas().area(u"kent"_s)->labelPoint) == after);

    wheel({0, 40}, {0, 120}, Qt::ScrollUpdate, Qt::ControlModifier); // Ctrl with a trackpad zooms
    CHECK(view.zoom() > zoomed);
}

TEST_CASE("map widget: the key never hides an area at the laptop size or the smallest, and a click folds it", "[map][gui]")
{
    // 737 x 620 is the map on a 1366 x 768 laptop; 320 x 360 the smallest the map allows.
    for (const QSize size : {QSize(737, 620), QSize(320, 360), QSize(1000, 700)}) {
        INFO(size.width() << "x" << size.height());
        ForceMapView view;
        view.setAreas(areas());
        view.resize(size);
        view.show();
        REQUIRE(QTest::qWaitForWindowExposed(&view));
        view.grab(); // paints, and so places the key
        const QRectF key = view.legendRect();
        REQUIRE_FALSE(key.isEmpty());
        CHECK(QRectF(view.rect()).contains(key));
        // Every area's own point (the one its label sits on) is outside the key and clickable.
        for (const QString &id : ForceIds::all()) {
            INFO(id.toStdString());
            const QPointF point = view.toWidget(areas().area(id)->labelPoint);
            CHECK_FALSE(key.contains(point));
            CHECK(areas().areaAt(view.toProjected(point)) == id);
        }
        // Cornwall's tip (Land's End) is never under it either.
        CHECK_FALSE(key.contains(view.toWidget(ForceAreas::project(-5.6, 50.1))));
    }

    ForceMapView view;
    view.setAreas(areas());
    view.resize(737, 620);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    view.grab();
    const bool folded = view.isLegendFolded();
    QSignalSpy clicked(&view, &ForceMapView::forceClicked);
    QTest::mouseClick(&view, Qt::LeftButton, {}, view.legendRect().center().toPoint());
    view.grab();
    CHECK(view.isLegendFolded() != folded);
    CHECK(clicked.isEmpty()); // a click on the key selects nothing beneath it
    QTest::mouseClick(&view, Qt::LeftButton, {}, view.legendRect().center().toPoint());
    view.grab();
    CHECK(view.isLegendFolded() == folded);
}

TEST_CASE("map widget: a key opened where no corner is free never covers the selected area", "[map][gui]")
{
    // The smallest map: no corner has room, so the key starts folded.
    for (const QString &selected : {u"devon-and-cornwall"_s, u"cumbria"_s, u"kent"_s, u"northumbria"_s}) {
        INFO(selected.toStdString());
        ForceMapView view;
        view.setAreas(areas());
        view.resize(320, 360);
        view.show();
        REQUIRE(QTest::qWaitForWindowExposed(&view));
        view.setSelectedForce(selected);
        view.grab();
        REQUIRE(view.isLegendFolded());
        QTest::mouseClick(&view, Qt::LeftButton, {}, view.legendRect().center().toPoint());
        view.grab();
        REQUIRE_FALSE(view.isLegendFolded());
        const QRectF key = view.legendRect();
        const QPainterPath &outline = areas().area(selected)->path;
        for (int i = 0; i < outline.elementCount(); ++i)
            CHECK_FALSE(key.contains(view.toWidget(QPointF(outline.elementAt(i)))));
        // Opened by hand, the key folds again with one more click.
        QTest::mouseClick(&view, Qt::LeftButton, {}, key.center().toPoint());
        view.grab();
        CHECK(view.isLegendFolded());
    }
}

TEST_CASE("map widget: Scotland clicked and hovered is named once, and every area at most once", "[map][gui]")
{
    ForceMapView view;
    view.resize(900, 1000);
    view.setAreas(areas());
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    const QPoint scotland = view.toWidget(areas().area(u"scotland"_s)->labelPoint).toPoint();
    QTest::mouseMove(&view, scotland);
    QTest::mouseClick(&view, Qt::LeftButton, {}, scotland);
    view.setSelectedForce(u"kent"_s);
    view.setCandidates({u"kent"_s, u"sussex"_s});
    view.setFocus();
    view.grab();
    const QStringList named = view.labelledAreas();
    CHECK(named.count(u"scotland"_s) == 1);
    CHECK(named.count(u"kent"_s) == 1);
    CHECK(named.contains(u"sussex"_s));
    QStringList once = named;
    once.removeDuplicates();
    CHECK(once.size() == named.size());
}

TEST_CASE("map widget: with the keyboard's focus the map has a ring, and the focused area is marked even when selected", "[map][gui]")
{
    ForceMapView view;
    view.resize(800, 900);
    view.setAreas(areas());
    view.setSelectedForce(u"west-midlands"_s);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    const QColor focus = view.palette().color(QPalette::Highlight);
    const QImage unfocused = view.grab().toImage();
    CHECK(unfocused.pixelColor(1, view.height() / 2) != focus);
    view.setFocus(Qt::TabFocusReason);
    REQUIRE(QTest::qWaitFor([&view] { return view.hasFocus(); }, 2000));
    CHECK(view.currentForce() == u"west-midlands"_s); // the keyboard starts on the selected area
    const QImage focused = view.grab().toImage();
    CHECK(focused.pixelColor(1, view.height() / 2) == focus);
    // The selected area's outline now carries the focus colour too.
    int focusPixels = 0;
    for (int y = 2; y < focused.height() - 2; ++y) {
        for (int x = 2; x < focused.width() - 2; ++x)
            focusPixels += focused.pixelColor(x, y) == focus && unfocused.pixelColor(x, y) != focus;
    }
    CHECK(focusPixels > 50);
}

TEST_CASE("map widget: a click on an area's name chooses that area, even where the name lies over a neighbour", "[map][gui]")
{
    // DY8: three candidates whose names crowd round the Black Country, at the laptop size.
    ForceMapView view;
    view.resize(760, 560);
    view.setAreas(areas());
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    const QStringList candidates{u"staffordshire"_s, u"west-mercia"_s, u"west-midlands"_s};
    view.setCandidates(candidates);
    view.grab(); // paints: the names are placed
    QSignalSpy clicked(&view, &ForceMapView::forceClicked);
    for (const QString &id : candidates) {
        INFO(id.toStdString());
        const QRectF box = view.labelRect(id);
        REQUIRE_FALSE(box.isEmpty());
        QTest::mouseClick(&view, Qt::LeftButton, {}, box.center().toPoint());
        REQUIRE(clicked.size() > 0);
        CHECK(clicked.last().first().toString() == id);
        view.setCandidates(candidates); // as the window does until one is chosen
        view.setSelectedForce({});
        view.grab();
    }
    // The name of an area lying over another area: its point is not inside its own area.
    bool overNeighbour = false;
    for (const QString &id : candidates) {
        const QPointF centre = view.labelRect(id).center();
        overNeighbour = overNeighbour || areas().areaAt(view.toProjected(centre)) != id;
    }
    INFO("at least one name lies over a neighbour, or the test proves nothing");
    CHECK(overNeighbour);
}

TEST_CASE("map widget: the zoom buttons appear with the map, and stay away when its data could not be loaded", "[map][gui]")
{
    ForceMapView view;
    view.resize(900, 1000);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    const QList<QToolButton *> buttons = view.controls();
    REQUIRE(buttons.size() == 4);
    auto shown = [&] {
        return int(std::count_if(buttons.cbegin(), buttons.cend(), [&](QToolButton *b) { return b->isVisibleTo(&view); }));
    };
    CHECK(shown() == 0); // still loading: nothing to zoom
    view.setAreas(ForceAreas());
    CHECK(shown() == 0); // no map: the list is the way in
    view.setAreas(areas());
    CHECK(shown() == 4);
    // Each still zooms once shown.
    const QPointF kentBefore = view.toWidget(areas().area(u"kent"_s)->labelPoint);
    buttons.first()->click();
    CHECK(view.toWidget(areas().area(u"kent"_s)->labelPoint) != kentBefore);
}
