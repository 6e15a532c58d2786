// What each office funds, as the detail panel and the map show it.
#include "catchcompat.h"
#include "testsupport.h"

#include "apppaths.h"
#include "directory.h"
#include "directory/forcedetailpanel.h"
#include "map/forcemapview.h"
#include "mapcolouring.h"

#include <QImage>
#include <QPainter>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace pcc;

namespace {

QString panelText(const StalkingSupport &e)
{
    QTextDocument doc;
    doc.setHtml(ForceDetailPanel::evidenceHtml(e));
    return doc.toPlainText();
}

StalkingSupport evidence(EvidenceStatus status, const QString &confidence, const QString &ends = {})
{
    StalkingSupport e;
    e.status = status;
    e.confidence = confidence;
    e.summary = u"What the research found."_s;
    e.provider = u"A provider"_s;
    e.funder = u"PCC"_s;
    e.years = u"2023-2025"_s;
    e.sources = {u"https://example.org/decision"_s};
    e.fundingSeenToEnd = ends;
    return e;
}

} // namespace

TEST_CASE("evidence: the panel says what each status means, in words", "[gui][evidence]")
{
    const QString heading = u"What this office funds for stalking victims"_s;

    const QString funds = panelText(evidence(EvidenceStatus::FundsSpecialistService, u"high"_s));
    CHECK(funds.contains(heading));
    CHECK(funds.contains(u"Funds a specialist stalking service"_s));
    CHECK(funds.contains(u"(confidence: high)"_s));
    for (const QString &part : {u"A provider"_s, u"PCC"_s, u"2023-2025"_s, u"What the research found."_s, u"example.org"_s})
        CHECK(funds.contains(part));

    const QString ended = panelText(evidence(EvidenceStatus::FundsSpecialistService, u"medium"_s, u"March 2025"_s));
    CHECK(ended.contains(u"Funding seen to end in March 2025; ask whether it continues."_s));

    const QString weak = panelText(evidence(EvidenceStatus::FundsSpecialistService, u"low"_s, u"March 2025"_s));
    CHECK(weak.contains(u"check with the office before thanking it"_s));
    CHECK_FALSE(weak.contains(u"ask whether it continues"_s)); // weak evidence is not treated as funding

    const QString general = panelText(evidence(EvidenceStatus::GeneralVictimServicesOnly, u"medium"_s));
    CHECK(general.contains(u"General victim services only"_s));
    CHECK(general.contains(u"this does not prove there is none"_s));

    const QString pledge = panelText(evidence(EvidenceStatus::PledgeOnly, u"low"_s));
    CHECK(pledge.contains(u"A pledge, no funding seen"_s));

    const QString unknown = panelText(evidence(EvidenceStatus::Unknown, u"low"_s));
    CHECK(unknown.contains(u"Nothing found; this does not prove there is none."_s));

    CHECK(panelText(StalkingSupport()).contains(u"No research about this office yet."_s));
}

TEST_CASE("evidence: the map can colour each area by what its office funds, with its own legend", "[gui][evidence][map]")
{
    const Directory dir = Directory::fromFile(AppPaths::bundledPolicingBodies(), nullptr);
    const MapColouring byEvidence = MapColouring::byEvidence(dir, false);
    QHash<QString, int> counts;
    for (const MapColouring::LegendEntry &entry : byEvidence.legend)
        counts.insert(entry.label, entry.count);
    CHECK(counts.value(evidenceStatusLabel(EvidenceStatus::FundsSpecialistService)) == 24);
    CHECK(counts.value(evidenceStatusLabel(EvidenceStatus::GeneralVictimServicesOnly)) == 17);
    CHECK(counts.value(evidenceStatusLabel(EvidenceStatus::PledgeOnly)) == 1);
    CHECK(counts.value(evidenceStatusLabel(EvidenceStatus::Unknown)) == 1);
    // Each area's fill is its status's legend colour, and the four colours differ.
    QSet<QRgb> colours;
    for (const MapColouring::LegendEntry &entry : byEvidence.legend)
        colours.insert(entry.colour.rgb());
    CHECK(colours.size() == 4);
    CHECK(byEvidence.fillFor(u"sussex"_s) == byEvidence.legend.at(0).colour);
    CHECK(byEvidence.fillFor(u"gloucestershire"_s) == byEvidence.legend.at(2).colour);

    // The view draws it: the pixel inside Sussex has the specialist-service colour.
    ForceMapView view;
    view.resize(700, 800);
    view.setAreas(ForceAreas::loadDefault());
    view.setDirectory(dir);
    view.setColouringMode(ForceMapView::Colouring::Evidence);
    QImage image(view.size(), QImage::Format_ARGB32);
    view.render(&image);
    const QPoint inside = view.toWidget(view.areas().area(u"sussex"_s)->labelPoint).toPoint();
    // The selected/hovered state is not involved; sample a little off the label point.
    CHECK(QColor(image.pixel(inside)).rgb() == byEvidence.fillFor(u"sussex"_s).rgb());
}
