// What each office funds, as the detail panel and the map show it.
#include "catchcompat.h"
#include "testsupport.h"

#include "apppaths.h"
#include "directory.h"
#include "directory/forcedetailhtml.h"
#include "directory/forcedetailpanel.h"
#include "map/forcemapview.h"
#include "mapcolouring.h"

#include <QImage>
#include <QMenu>
#include <QSignalSpy>
#include <QPainter>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace pcc;

namespace {

QString panelText(const StalkingSupport &e)
{
    QTextDocument doc;
    doc.setHtml(ForceDetailHtml::evidence(e));
    return doc.toPlainText();
}

StalkingSupport evidence(AdvocacyStatus status, const QString &ends = {})
{
    StalkingSupport e;
    e.status = status;
    e.evidenceAsOf = u"2025"_s;
    e.summary = u"What the research found."_s;
    e.provider = u"A provider"_s;
    e.funder = u"The office"_s;
    e.years = u"2023-2025"_s;
    e.sources = {u"https://example.org/decision"_s};
    e.fundingSeenToEnd = ends;
    if (status != AdvocacyStatus::GeneralServicesOnly && status != AdvocacyStatus::NothingFound) {
        e.letterClause = u"A curated sentence."_s;
        e.confirmQuestion = u"A curated question?"_s;
    }
    return e;
}

} // namespace

TEST_CASE("evidence: the panel says what each status means, in words", "[gui][evidence]")
{
    const QString heading = u"What this office funds for stalking victims"_s;

    const QString funds = panelText(evidence(AdvocacyStatus::FundsAdvocacy));
    CHECK(funds.contains(heading));
    CHECK(funds.contains(u"Funds independent stalking advocacy"_s));
    CHECK(funds.contains(u"(evidence up to 2025)"_s));
    for (const QString &part : {u"A curated sentence."_s, u"A curated question?"_s, u"A provider"_s, u"2023-2025"_s,
                                u"What the research found."_s, u"example.org"_s})
        CHECK(funds.contains(part));

    const QString ended = panelText(evidence(AdvocacyStatus::FundedMayHaveEnded, u"March 2025"_s));
    CHECK(ended.contains(u"Funded stalking advocacy, may have ended"_s));
    CHECK(ended.contains(u"Funding seen to end in March 2025; ask whether it continues."_s));
    CHECK(panelText(evidence(AdvocacyStatus::FundedMayHaveEnded)).contains(u"The evidence stops before 2024"_s));

    CHECK(panelText(evidence(AdvocacyStatus::Commissioning)).contains(u"not yet awarded"_s));
    const QString police = panelText(evidence(AdvocacyStatus::PoliceLedOrOtherOnly));
    CHECK(police.contains(u"Police-led or other stalking work only"_s));
    CHECK(police.contains(u"it is not independent advocacy"_s));

    const QString general = panelText(evidence(AdvocacyStatus::GeneralServicesOnly));
    CHECK(general.contains(u"General victim services only"_s));
    CHECK(general.contains(u"this does not prove there is none"_s));
    CHECK_FALSE(general.contains(u"What the 2026 letter says"_s));

    const QString nothing = panelText(evidence(AdvocacyStatus::NothingFound));
    CHECK(nothing.contains(u"The research found nothing, which does not mean there is nothing: ask the office."_s));
    CHECK(nothing.count(u"Nothing found"_s) == 1); // the heading says it; the caution does not say it again

    CHECK(panelText(StalkingSupport()).contains(u"No research about this office yet."_s));
}

TEST_CASE("evidence: the map can colour each area by what its office funds, with its own legend", "[gui][evidence][map]")
{
    const Directory dir = Directory::fromFile(AppPaths::bundledPolicingBodies(), nullptr);
    const MapColouring byEvidence = MapColouring::byEvidence(dir, false);
    QHash<QString, int> counts;
    for (const MapColouring::LegendEntry &entry : byEvidence.legend)
        counts.insert(entry.label, entry.count);
    // SOURCES.md, stalking_advocacy_2026.csv: 6, 2, 11, 9, 13 and 2, in that order.
    const QList<int> expected{6, 2, 11, 9, 13, 2};
    REQUIRE(byEvidence.legend.size() == 6);
    for (int i = 0; i < 6; ++i) {
        CHECK(byEvidence.legend.at(i).label == advocacyStatusLabel(advocacyStatuses().at(i)));
        CHECK(byEvidence.legend.at(i).count == expected.at(i));
    }
    // Six colours, each lighter than the one before: the order reads in greyscale too.
    QSet<QRgb> colours;
    for (qsizetype i = 0; i < byEvidence.legend.size(); ++i) {
        colours.insert(byEvidence.legend.at(i).colour.rgb());
        if (i > 0)
            CHECK(qGray(byEvidence.legend.at(i).colour.rgb()) > qGray(byEvidence.legend.at(i - 1).colour.rgb()) + 10);
    }
    CHECK(colours.size() == 6);
    CHECK(byEvidence.fillFor(u"sussex"_s) == byEvidence.legend.at(0).colour);
    CHECK(byEvidence.fillFor(u"staffordshire"_s) == byEvidence.legend.at(1).colour);
    CHECK(byEvidence.fillFor(u"gloucestershire"_s) == byEvidence.legend.at(5).colour);

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

TEST_CASE("evidence panel: several sources on one site are named by their page, never the same words twice", "[gui][evidence]")
{
    const Directory directory = Directory::fromFile(AppPaths::bundledPolicingBodies(), nullptr);
    for (const QString &id : {u"surrey"_s, u"south-wales"_s, u"metropolitan"_s}) {
        INFO(id.toStdString());
        ForceDetailPanel panel;
        panel.setSourcesShown(true);
        panel.showForce(directory.force(id));
        const QString text = panel.plainText();
        CHECK_FALSE(text.contains(u"surrey-pcc.gov.uk · surrey-pcc.gov.uk"_s));
        // Every link's words differ from the others' on each line.
        for (const QString &line : text.split(u'\n')) {
            if (!line.contains(u" · "_s) || !line.contains(u"."_s))
                continue;
            QStringList parts = line.split(u" · "_s);
            const qsizetype all = parts.size();
            parts.removeDuplicates();
            CHECK(parts.size() == all);
        }
    }
    ForceDetailPanel panel;
    panel.showForce(directory.force(u"surrey"_s));
    CHECK(panel.plainText().contains(u"surrey-pcc.gov.uk › 35-2022-vwcu-stalking-advocate"_s));
}

TEST_CASE("evidence panel: a section's one correct-or-confirm menu sends the field chosen", "[gui][evidence][corrections]")
{
    const Directory directory = Directory::fromFile(AppPaths::bundledPolicingBodies(), nullptr);
    ForceDetailPanel panel;
    panel.showForce(directory.force(u"kent"_s));
    QSignalSpy correct(&panel, &ForceDetailPanel::correctRequested);
    QSignalSpy verify(&panel, &ForceDetailPanel::verifyRequested);
    QMenu *evidence = panel.fixMenu(u"evidence"_s);
    REQUIRE(evidence->actions().size() == 6);
    QMenu *funder = evidence->actions().at(4)->menu();
    REQUIRE(funder);
    funder->actions().at(0)->trigger();
    REQUIRE(correct.size() == 1);
    CHECK(correct.first().at(0).toString() == u"kent"_s);
    CHECK(correct.first().at(1).toString() == u"evidence_funder"_s);
    QMenu *contact = panel.fixMenu(u"contact"_s);
    contact->actions().at(1)->menu()->actions().at(1)->trigger(); // Address: I checked it
    REQUIRE(verify.size() == 1);
    CHECK(verify.first().at(1).toString() == u"address"_s);
}

TEST_CASE("evidence panel: the research's summary, service and funder read without short forms", "[gui][evidence]")
{
    const Directory directory = Directory::fromFile(AppPaths::bundledPolicingBodies(), nullptr);
    ForceDetailPanel panel;
    panel.showForce(directory.force(u"gloucestershire"_s));
    const QString text = panel.plainText();
    CHECK(text.contains(u"Hollie Gazzard Trust"_s));
    for (const QString &shortForm : {u" PCC "_s, u" PCC)"_s, u"OPCC"_s, u" ISAC "_s, u"ISAC post"_s})
        CHECK_FALSE(text.contains(shortForm));
    CHECK(text.contains(u"independent stalking advocacy caseworker"_s));
}
