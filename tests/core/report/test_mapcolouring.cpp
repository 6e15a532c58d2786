// What the map's colours, title and legend say: every office counted once, in the right class.
#include "catchcompat.h"
#include "testsupport.h"

#include "apppaths.h"
#include "directory.h"
#include "forceids.h"
#include "mapcolouring.h"
#include "stalkingsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace pcc;

namespace {

int legendTotal(const MapColouring &c)
{
    int total = 0;
    for (const MapColouring::LegendEntry &entry : c.legend)
        total += entry.count;
    return total;
}

} // namespace

TEST_CASE("map colouring: offices written to, whatever came back, count as contacted", "[report][map]")
{
    const QHash<QString, ForceProgress> progress{{u"kent"_s, ForceProgress::Sent},
                                                 {u"essex"_s, ForceProgress::Replied},
                                                 {u"sussex"_s, ForceProgress::Commitment},
                                                 {u"surrey"_s, ForceProgress::NotContacted}};
    const MapColouring c = MapColouring::byProgress(progress, u"everyone"_s, false);
    CHECK(c.title == u"3 of 43 commissioners contacted"_s);
    REQUIRE(c.legend.size() == 4);
    CHECK(c.legend.at(0).count == 40);
    CHECK(c.legend.at(1).count == 1);
    CHECK(c.legend.at(2).count == 1);
    CHECK(c.legend.at(3).count == 1);
}

TEST_CASE("map colouring: an office not yet researched is in the evidence legend too, so the legend counts all 43", "[report][map]")
{
    QJsonObject root = QJsonDocument::fromJson(pcctest::readFile(AppPaths::bundledPolicingBodies())).object();
    QJsonArray forces = root.value(u"forces"_s).toArray();
    QJsonObject first = forces.at(0).toObject();
    first.insert(u"stalking_support"_s, QJsonValue(QJsonValue::Null));
    forces.replace(0, first);
    root.insert(u"forces"_s, forces);
    DataIssues issues;
    const Directory directory = Directory::fromJson(QJsonDocument(root).toJson(), &issues);
    REQUIRE_FALSE(directory.isEmpty());
    const MapColouring c = MapColouring::byEvidence(directory, false);
    CHECK(legendTotal(c) == 43);
    REQUIRE_FALSE(c.legend.isEmpty());
    CHECK(c.legend.last().label == advocacyStatusLabel(AdvocacyStatus::None));
    CHECK(c.legend.last().count == 1);
    // With every office researched, no such entry.
    const MapColouring shipped = MapColouring::byEvidence(Directory::fromFile(AppPaths::bundledPolicingBodies(), nullptr), false);
    CHECK(legendTotal(shipped) == 43);
    CHECK(shipped.legend.size() == advocacyStatuses().size());
}
