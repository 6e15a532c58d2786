// The first step of the first path: the "Find my commissioner" box. Postcodes, area names and
// force names; an unknown, uncertain or border answer said plainly; an online lookup that fails.
#include "catchcompat.h"
#include "testsupport.h"

#include "apppaths.h"
#include "contactlog.h"
#include "contactstage.h"
#include "directory.h"
#include "forcetablemodel.h"
#include "directory/forcedetailpanel.h"
#include "map/forcemapview.h"
#include "directory/postcodefinder.h"
#include "log/logcontroller.h"
#include "shell/mainwindow.h"
#include "log/recordcontactdialog.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTcpServer>
#include <QMessageBox>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pcc;

namespace {

using pcctest::onNextDialog;
using Sandbox = pcctest::AppSandbox;

} // namespace

TEST_CASE("first path: an unknown or mistyped postcode clears the selection and the panel", "[gui][firstpath]")
{
    Sandbox sandbox;
    MainWindow window;
    for (const QString &bad : {u"GL50 1A"_s, u"ZZ9 9ZZ"_s, u"Brighton"_s}) {
        REQUIRE(window.findPostcode(u"GL50 1AA"_s));
        REQUIRE(window.selectedForce() == u"gloucestershire"_s);
        REQUIRE(window.detailPanel()->plainText().contains(u"Chris Nelson"_s));
        CHECK_FALSE(window.findPostcode(bad));
        CHECK(window.selectedForce().isEmpty());
        CHECK(window.mapView()->selectedForce().isEmpty());
        const QString panel = window.detailPanel()->plainText();
        CHECK(panel.contains(u"Not found: pick your area on the map"_s));
        CHECK_FALSE(panel.contains(u"Chris Nelson"_s)); // never another office under the message
        CHECK_FALSE(window.lookupMessage().isEmpty());
    }
}

TEST_CASE("first path: area and force names are found as well as postcodes", "[gui][firstpath]")
{
    Sandbox sandbox;
    MainWindow window;
    CHECK(window.findPostcode(u"Sussex"_s));
    CHECK(window.selectedForce() == u"sussex"_s);
    CHECK(window.findPostcode(u"gwent"_s));
    CHECK(window.selectedForce() == u"gwent"_s);
    CHECK(window.findPostcode(u"Devon and Cornwall"_s)); // the data says "Devon & Cornwall"
    CHECK(window.selectedForce() == u"devon-and-cornwall"_s);
    CHECK(window.findPostcode(u"London"_s));
    CHECK(window.selectedForce() == u"metropolitan"_s);
    CHECK(window.lookupMessage().contains(u"City of London"_s)); // the other candidate is named
}

TEST_CASE("first path: the answer goes as soon as the text changes", "[gui][firstpath]")
{
    Sandbox sandbox;
    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QLineEdit *field = window.postcodeField();
    REQUIRE(field);
    QTest::keyClicks(field, u"Brighton"_s);
    QTest::keyClick(field, Qt::Key_Return);
    REQUIRE(window.lookupMessage().contains(u"Brighton"_s));
    field->selectAll();
    QTest::keyClick(field, Qt::Key_Backspace);
    CHECK(window.lookupMessage().isEmpty());
    QTest::keyClicks(field, u"GL50"_s);
    CHECK(window.lookupMessage().isEmpty()); // nothing stale while typing the next one
    // Nor after choosing an area on the map instead.
    QTest::keyClick(field, Qt::Key_Return);
    QTest::keyClicks(field, u"x"_s);
    QTest::keyClick(field, Qt::Key_Return);
    REQUIRE_FALSE(window.lookupMessage().isEmpty());
    ForceMapView *map = window.mapView();
    QTest::mouseClick(map, Qt::LeftButton, {}, map->toWidget(map->areas().area(u"kent"_s)->labelPoint).toPoint());
    CHECK(window.selectedForce() == u"kent"_s);
    CHECK(window.lookupMessage().isEmpty());
}

TEST_CASE("first path: an online lookup that cannot reach postcodes.io keeps the outlined candidates and says why", "[gui][firstpath][network]")
{
    Sandbox sandbox;
    MainWindow window;
    window.ensureLoaded();
    auto *finder = window.findChild<PostcodeFinder *>();
    finder->field()->setText(u"DY8 1AA"_s); // typed, then Find: the online lookup reads the field
    REQUIRE(window.findPostcode(u"DY8 1AA"_s)); // three candidates, outlined
    REQUIRE(window.mapView()->candidates().size() == 3);
    QTcpServer closed; // a port where nothing answers: as with no connection
    REQUIRE(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    finder->setOnlineLookupAllowed(true);
    finder->setOnlineServiceUrl(u"http://127.0.0.1:%1"_s.arg(port));
    onNextDialog([](QWidget *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        REQUIRE(box);
        box->button(QMessageBox::Yes)->click();
    });
    finder->lookUpOnline();
    REQUIRE(QTest::qWaitFor([finder] { return finder->message().contains(u"could not reach postcodes.io"_s); }, 15000));
    CHECK(finder->message().contains(u"The offline answer and the map still work"_s));
    CHECK(finder->message().contains(u"DY8 could be"_s)); // the offline answer is still there to read
    CHECK(window.mapView()->candidates().size() == 3); // the offline answer stands
    CHECK(window.selectedForce().isEmpty());
    CHECK_FALSE(window.detailPanel()->plainText().contains(u"Not found"_s));
}

TEST_CASE("first path: a border postcode outlines every candidate, selects none, and one click chooses", "[gui][firstpath]")
{
    Sandbox sandbox;
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.findPostcode(u"GL50 1AA"_s)); // something selected before, as a volunteer may have
    REQUIRE(window.findPostcode(u"DY8 1AA"_s));  // Stourbridge: Staffordshire, West Mercia or the West Midlands
    CHECK(window.selectedForce().isEmpty());
    CHECK(window.mapView()->selectedForce().isEmpty());
    const QStringList candidates = window.mapView()->candidates();
    CHECK(candidates.size() == 3);
    for (const QString &id : {u"staffordshire"_s, u"west-mercia"_s, u"west-midlands"_s})
        CHECK(candidates.contains(id));
    const QString panel = window.detailPanel()->plainText();
    CHECK(panel.contains(u"DY8 could be"_s));
    CHECK(panel.contains(u"Which is your area? Click it on the map"_s)); // found several, not "not found"
    // Each candidate is named, in the order of the table, two as "A or B".
    const auto named = [&window](const QString &postcode) {
        REQUIRE(window.findPostcode(postcode));
        const QString text = window.detailPanel()->plainText();
        UNSCOPED_INFO(text.toStdString());
        return text;
    };
    CHECK(named(u"B45 9AA"_s).contains(u"B45 could be West Mercia or West Midlands"_s));
    CHECK(named(u"DY8 1AA"_s).contains(u"DY8 could be Staffordshire, West Mercia or West Midlands"_s));
    CHECK_FALSE(panel.contains(u"Not found"_s));
    for (QPushButton *b : window.detailPanel()->findChildren<QPushButton *>()) {
        if (b->text().contains(u"Write a letter"_s))
            CHECK_FALSE(b->isEnabled()); // nothing to write to until one is chosen
    }
    // One click on a candidate chooses it, and the outlines go.
    ForceMapView *map = window.mapView();
    const QPoint at = map->toWidget(map->areas().area(u"west-mercia"_s)->labelPoint).toPoint();
    QTest::mouseClick(map, Qt::LeftButton, {}, at);
    CHECK(window.selectedForce() == u"west-mercia"_s);
    CHECK(map->candidates().isEmpty());
    // A clear answer afterwards leaves no outline behind either.
    REQUIRE(window.findPostcode(u"DY8 1AA"_s));
    REQUIRE(window.findPostcode(u"BS20 8JJ"_s));
    CHECK(map->candidates().isEmpty());
    CHECK(window.selectedForce() == u"avon-and-somerset"_s);
}

TEST_CASE("first path: a less certain district says why in plain words, a sure one says nothing more, an unknown one suggests a typo", "[gui][firstpath]")
{
    Sandbox sandbox;
    MainWindow window;
    window.ensureLoaded();
    REQUIRE(window.findPostcode(u"BN1 1AA"_s)); // only one of the two postcode lists knows BN1
    const QString lessSure = window.lookupMessage();
    CHECK(lessSure.contains(u"Sussex"_s));
    CHECK(lessSure.contains(u"only one of its two postcode lists"_s));
    CHECK_FALSE(lessSure.contains(u"offline"_s));
    REQUIRE(window.findPostcode(u"ME15 9BZ"_s)); // both lists agree
    CHECK(window.lookupMessage() == u"ME15 is in Kent."_s);
    CHECK_FALSE(window.findPostcode(u"ZZ99 9ZZ"_s));
    CHECK(window.lookupMessage().contains(u"typo"_s));
    CHECK(window.lookupMessage().contains(u"first half of your postcode"_s));
    CHECK(window.selectedForce().isEmpty());
}
