// The map as a picture and the campaign report, made by the whole command a coordinator runs
// (pcc-campaigner map / report) and read back with real readers: Qt's PNG decoder, an XML
// parser for the SVG, poppler's pdftotext for the PDF.
#include "catchcompat.h"
#include "testsupport.h"

#include "mappainter.h"

#include <QFont>

#include "apppaths.h"
#include "campaignfigures.h"
#include "contactlog.h"
#include "contactrecorder.h"
#include "directory.h"
#include "forceareas.h"
#include "forceids.h"
#include "mapcolours.h"
#include "reportbuilder.h"
#include "replyrecorder.h"

#include <QFile>
#include <QImage>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace pcc;

namespace {

struct Campaign
{
    QTemporaryDir dir;
    QString db = dir.filePath(u"log.sqlite"_s);
    Directory directory = Directory::fromFile(AppPaths::bundledPolicingBodies(), nullptr);

    // Kent sent, Essex replied, Sussex committed, Gwent sent twice (October and November).
    Campaign()
    {
        ContactLog log;
        REQUIRE(log.open(db));
        Profile jane;
        jane.name = u"Jane Volunteer"_s;
        jane.address = {u"12 Example Road"_s};
        REQUIRE(log.addProfile(&jane));
        ContactRecorder recorder(log);
        auto add = [&](const QString &force, ContactStatus status, ReplyOutcome outcome, QDate date) {
            ContactRecord r;
            r.setSender(jane);
            r.setRecipient(*directory.force(force));
            r.status = status;
            r.replyOutcome = outcome;
            r.date = date;
            r.letterText = u"Private letter text to "_s + force;
            if (outcome != ReplyOutcome::Commitment) {
                REQUIRE(recorder.record(&r));
                return;
            }
            // A commitment comes with a reply that says what was committed to.
            r.status = ContactStatus::Sent;
            r.replyOutcome = ReplyOutcome::None;
            REQUIRE(recorder.record(&r));
            Reply reply;
            reply.contactUuid = r.uuid;
            reply.date = date;
            reply.outcome = ReplyOutcome::Commitment;
            reply.commitment.what = u"an independent stalking advocate"_s;
            ReplyRecorder replies(log);
            REQUIRE(replies.record(&reply, {}));
        };
        add(u"kent"_s, ContactStatus::Sent, ReplyOutcome::None, QDate(2026, 11, 2));
        add(u"essex"_s, ContactStatus::Replied, ReplyOutcome::Substantive, QDate(2026, 11, 3));
        add(u"sussex"_s, ContactStatus::Replied, ReplyOutcome::Commitment, QDate(2026, 11, 4));
        add(u"gwent"_s, ContactStatus::Sent, ReplyOutcome::None, QDate(2026, 10, 5));
        add(u"gwent"_s, ContactStatus::Sent, ReplyOutcome::None, QDate(2026, 11, 6));
    }

    pcctest::RunResult run(const QStringList &args) const
    {
        return pcctest::runApp(QStringList{u"--db"_s, db} + args, dir.path());
    }
};

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral(PCC_PDFTOTEXT), {u"-layout"_s, pdf, u"-"_s});
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    // NFKC: a typeface's ligatures ("ﬃ" in "offices") read as their letters.
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

} // namespace

TEST_CASE("map: the PNG has the size asked for and every area the colour of its status in the log", "[report][map]")
{
    Campaign campaign;
    const QString png = campaign.dir.filePath(u"map.png"_s);
    const auto r = campaign.run({u"map"_s, u"--png"_s, png, u"--width"_s, u"1600"_s, u"--scale"_s, u"2"_s});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QImage image(png);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.width() == 3200); // 1600 points at 2 pixels each
    CHECK(image.height() == qRound(1600 * MapPicture::AspectRatio) * 2);

    const QHash<QString, ForceProgress> expected{{u"kent"_s, ForceProgress::Sent},
                                                 {u"gwent"_s, ForceProgress::Sent},
                                                 {u"essex"_s, ForceProgress::Replied},
                                                 {u"sussex"_s, ForceProgress::Commitment}};
    ReportBuilder builder(campaign.directory, ForceAreas::loadDefault(), QDate::currentDate());
    const MapPicture picture = builder.map(ReportBuilder::Colour::Status);
    // The picture's own transform, scaled to the file's pixels.
    const QTransform toPixels = picture.mapTransform(QRectF(0, 0, 1600, 1600 * MapPicture::AspectRatio)) * QTransform::fromScale(2, 2);
    const ForceAreas areas = ForceAreas::loadDefault();
    for (const QString &id : ForceIds::all()) {
        INFO(id.toStdString());
        const QPoint at = toPixels.map(areas.area(id)->labelPoint).toPoint();
        const QColor want = MapColours::progressFill(expected.value(id, ForceProgress::NotContacted), false);
        CHECK(QColor(image.pixel(at)).name() == want.name());
    }
}

TEST_CASE("map: the SVG is well-formed XML with the areas, and evidence colouring works", "[report][map]")
{
    Campaign campaign;
    const QString svg = campaign.dir.filePath(u"map.svg"_s);
    const auto r = campaign.run({u"map"_s, u"--svg"_s, svg, u"--colour"_s, u"evidence"_s});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QFile f(svg);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    int paths = 0;
    bool root = false;
    QString text;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement) {
            root = root || xml.name() == u"svg"_s;
            if (xml.name() == u"path"_s)
                ++paths;
        } else if (xml.isCharacters()) {
            text += xml.text();
        }
    }
    CHECK_FALSE(xml.hasError());
    CHECK(root);
    CHECK(paths >= 45); // 43 areas, Scotland, Northern Ireland (and the legend)
    CHECK(text.contains(u"Funds independent stalking advocacy (6)"_s));
    CHECK(text.contains(u"General victim services only (13)"_s));
    CHECK(text.contains(u"Natural Earth"_s));
}

TEST_CASE("report: the PDF holds the counts and every force in its table, and no personal data", "[report][pdf]")
{
    PCC_REQUIRE_TOOL(PCC_PDFTOTEXT, "pdftotext (poppler-utils)");
    const QDate started = QDate::currentDate();
    Campaign campaign;
    const QString pdf = campaign.dir.filePath(u"report.pdf"_s);
    const auto r = campaign.run({u"report"_s, u"--pdf"_s, pdf});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QString text = pdfText(pdf);
    CHECK(text.contains(u"4 of 43"_s));
    CHECK(text.contains(QRegularExpression(u"(^|\\s)4 of 43\\s+offices contacted"_s))); // the headline, not only the map's title
    CHECK(text.contains(QRegularExpression(u"Letters sent\\s+5"_s)));
    CHECK(text.contains(QRegularExpression(u"Offices that replied\\s+2"_s)));
    CHECK(text.contains(QRegularExpression(u"Commitments to fund\\s+1"_s)));
    CHECK(text.contains(QRegularExpression(u"Gwent\\s+Sent\\s+2026-11-06"_s))); // the latest letter
    CHECK(text.contains(QRegularExpression(u"Sussex\\s+Commitment to fund\\s+2026-11-04\\s+Commitment to fund\\s+1 of 1\\s+\\d+"_s)));
    // Answered of sent, and the median days: none for an office that has not answered.
    CHECK(text.contains(QRegularExpression(u"Gwent\\s+Sent\\s+2026-11-06\\s+–\\s+0 of 2\\s+–"_s)));
    CHECK(text.contains(u"Days to reply"_s));
    // The chart's twelve months run up to this one, and no further back (unless a month ended
    // while the test ran).
    const QLocale uk(QLocale::English, QLocale::UnitedKingdom);
    const QDate thisMonth(started.year(), started.month(), 1);
    if (QDate::currentDate().month() == started.month()) {
        CHECK(text.contains(uk.toString(thisMonth, u"MMM yy"_s)));
        CHECK(text.contains(uk.toString(thisMonth.addMonths(-11), u"MMM yy"_s)));
        CHECK_FALSE(text.contains(uk.toString(thisMonth.addMonths(-12), u"MMM yy"_s)));
    }
    for (const ForceRecord &f : campaign.directory.forces()) {
        INFO(f.areaName().toStdString());
        CHECK(text.contains(f.areaName()));
    }
    CHECK_FALSE(text.contains(u"Jane"_s));
    CHECK_FALSE(text.contains(u"Example Road"_s));
    CHECK_FALSE(text.contains(u"Private letter"_s));

    // A personal report says whose it is.
    const auto personal = campaign.run({u"report"_s, u"--pdf"_s, pdf, u"--profile"_s, u"Jane Volunteer"_s});
    REQUIRE(personal.exitCode == 0);
    CHECK(pdfText(pdf).contains(u"volunteer: Jane Volunteer"_s));
}

TEST_CASE("map and report: bad arguments and unwritable paths fail with a message and write nothing", "[report]")
{
    Campaign campaign;
    const auto colour = campaign.run({u"map"_s, u"--png"_s, campaign.dir.filePath(u"m.png"_s), u"--colour"_s, u"rainbow"_s});
    CHECK(colour.exitCode == 2);
    CHECK(colour.err.contains(u"rainbow"_s));
    CHECK_FALSE(QFile::exists(campaign.dir.filePath(u"m.png"_s)));
    const auto two = campaign.run({u"map"_s, u"--png"_s, u"a.png"_s, u"--svg"_s, u"b.svg"_s});
    CHECK(two.exitCode == 2);
    const QString nowhere = campaign.dir.filePath(u"no/such/folder/map.png"_s);
    const auto unwritable = campaign.run({u"map"_s, u"--png"_s, nowhere});
    CHECK(unwritable.exitCode == 1);
    CHECK(unwritable.err.contains(u"Cannot write"_s));
    const auto report = campaign.run({u"report"_s, u"--pdf"_s, campaign.dir.filePath(u"no/such/report.pdf"_s)});
    CHECK(report.exitCode == 1);
    CHECK(report.err.contains(u"Cannot write"_s));
    CHECK(campaign.run({u"report"_s}).exitCode == 2);
}

TEST_CASE("map labels: inside the bounds, and never over a label placed before", "[report][map]")
{
    QFont font;
    font.setPixelSize(12);
    const QRectF bounds(0, 0, 300, 200);
    QList<QRectF> taken{QRectF(100, 90, 100, 20)}; // say, the map's zoom buttons
    // Three names at the same point, one at the very corner.
    QList<QRectF> boxes;
    for (int i = 0; i < 3; ++i)
        boxes << MapPainter::placeLabel(u"West Midlands"_s, font, QPointF(150, 100), bounds, &taken);
    boxes << MapPainter::placeLabel(u"Scotland\nno police and crime commissioner"_s, font, QPointF(0, 0), bounds, &taken);
    CHECK(taken.size() == 5);
    for (int i = 0; i < boxes.size(); ++i) {
        CHECK(bounds.contains(boxes.at(i)));
        CHECK_FALSE(boxes.at(i).intersects(QRectF(100, 90, 100, 20)));
        for (int j = 0; j < i; ++j)
            CHECK_FALSE(boxes.at(i).intersects(boxes.at(j)));
    }
    CHECK(boxes.at(3).height() > boxes.at(0).height()); // two lines
}

TEST_CASE("map labels: a label blocked by the legend goes beside it, near its area, not down the map", "[report][map]")
{
    QFont font;
    font.setPixelSize(12);
    const QRectF bounds(0, 0, 740, 620);
    const QRectF legend(12, 12, 240, 190);
    QList<QRectF> taken{legend};
    // Scotland's point is above the view: its label is held at the top edge, where the legend is.
    const QRectF box = MapPainter::placeLabel(u"Scotland\nno police and crime commissioner"_s, font, QPointF(200, -80), bounds, &taken);
    CHECK(bounds.contains(box));
    CHECK_FALSE(box.intersects(legend));
    CHECK(box.left() >= legend.right()); // beside the legend
    CHECK(box.top() < legend.bottom());  // not pushed below it, over England
}

TEST_CASE("map labels: of the free places beside the labels in the way, the nearest to its area is taken", "[report][map]")
{
    QFont font;
    font.setPixelSize(12);
    const QRectF bounds(0, 0, 740, 620);
    const QPointF area(400, 300);
    // Placed first, far away: the places beside it are free but far from the area.
    const QRectF farAway(10, 500, 50, 20);
    // Placed second, right over the area: the places beside it are near.
    const QRectF inTheWay(300, 250, 200, 100);
    QList<QRectF> taken{farAway, inTheWay};
    const QRectF box = MapPainter::placeLabel(u"West Midlands"_s, font, area, bounds, &taken);
    CHECK_FALSE(box.intersects(inTheWay));
    CHECK_FALSE(box.intersects(farAway));
    // Just above or below what is in the way (about 60 px), not beside the far label (over 250 px).
    CHECK(QLineF(box.center(), area).length() < 100);
}

TEST_CASE("map labels: a name that would hide a small area goes just above it, a big area keeps it", "[report][map]")
{
    const QSizeF label(100, 20);
    const QPointF point(150, 150);
    // A small area, 60 x 40 on screen: the name would hide most of it.
    const QRectF small(120, 130, 60, 40);
    const QPointF above = MapPainter::labelAnchor(point, small, label);
    CHECK(above.y() + label.height() / 2 <= small.top()); // the name's box ends above the area
    CHECK(above.x() == small.center().x());
    // A big area: the name sits on its point.
    CHECK(MapPainter::labelAnchor(point, QRectF(50, 50, 300, 300), label) == point);
}

TEST_CASE("map labels: a label crowded out everywhere still stays on the map", "[report][map]")
{
    QFont font;
    font.setPixelSize(12);
    const QRectF bounds(0, 0, 740, 620);
    // Crowded right down to the bottom edge: it overlaps rather than leave the map.
    QList<QRectF> wall;
    for (int y = 0; y < 620; y += 25)
        wall << QRectF(0, y, 740, 22);
    CHECK(bounds.contains(MapPainter::placeLabel(u"Kent"_s, font, QPointF(370, 600), bounds, &wall)));
}

TEST_CASE("report figures: a draft is not a letter sent, and not an office's latest letter", "[report]")
{
    const Directory directory = Directory::fromJson(pcctest::shippedPolicingBodies(), nullptr);
    REQUIRE(directory.forces().size() == 43);
    auto letter = [](const QString &force, ContactStatus status, QDate date) {
        ContactRecord r;
        r.forceId = force;
        r.status = status;
        r.date = date;
        return r;
    };
    const QList<ContactRecord> contacts = {letter(u"kent"_s, ContactStatus::Sent, QDate(2026, 10, 2)),
                                           letter(u"kent"_s, ContactStatus::Drafted, QDate(2026, 11, 20)),
                                           letter(u"essex"_s, ContactStatus::Drafted, QDate(2026, 11, 21))};
    const CampaignFigures f = CampaignFigures::from(directory, contacts, {{u"kent"_s, ForceProgress::Sent}});
    CHECK(f.lettersSent == 1);
    CHECK(f.sentPerMonth == QMap<QString, int>{{u"2026-10"_s, 1}});
    CHECK(f.contacted == 1);
    for (const CampaignFigures::ForceRow &row : f.rows) {
        INFO(row.forceId.toStdString());
        if (row.forceId == u"kent"_s)
            CHECK(row.lastLetter == QDate(2026, 10, 2));
        else
            CHECK_FALSE(row.lastLetter.isValid());
    }
}
