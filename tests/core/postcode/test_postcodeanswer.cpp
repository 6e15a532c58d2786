#include "catchcompat.h"

#include "postcode.h"
#include "postcodeanswer.h"
#include "postcodedistricts.h"

using namespace Qt::StringLiterals;
using namespace pcc;

namespace {

PostcodeDistricts table()
{
    DataIssues issues;
    const PostcodeDistricts t = PostcodeDistricts::fromCsv("outcode,forces,straddles,certainty,basis\n"
                                                            "GL50,gloucestershire,no,high,both\n"
                                                            "BN1,sussex,no,medium,centroid\n"
                                                            "LA9,cumbria,no,low,centroid\n"
                                                            "B45,west-midlands;west-mercia,yes,high,both\n"
                                                            "BT7,northern-ireland,no,high,northern-ireland\n"
                                                            "GL51,gloucestershire,no,high,both\n"
                                                            "TD9,scotland,no,medium,centroid\n"
                                                            "TD15,scotland;northumbria,yes,high,both\n"
                                                            "TD5,scotland,no,high,both\n",
                                                            &issues);
    REQUIRE(issues.isEmpty());
    return t;
}

PostcodeAnswer answerFor(const QString &text)
{
    const Postcode pc = Postcode::parse(text);
    return PostcodeAnswer::of(pc, table().find(pc));
}

} // namespace

TEST_CASE("postcode answer: one force is named only when both lists agree", "[lookup][answer]")
{
    using Kind = PostcodeAnswer::Kind;
    const PostcodeAnswer sure = answerFor(u"GL50 1AA"_s);
    CHECK(sure.kind == Kind::Sure);
    CHECK(sure.forceIds == QStringList{u"gloucestershire"_s});
    CHECK(sure.outcode == u"GL50"_s);
    CHECK_FALSE(sure.asksToChoose());
    // One list only (medium), or a low-certainty row: still one force, but the app says it is unsure.
    CHECK(answerFor(u"BN1 1JE"_s).kind == Kind::Likely);
    CHECK(answerFor(u"LA9 4AA"_s).kind == Kind::Likely);
    CHECK(answerFor(u"BN1 1JE"_s).forceIds == QStringList{u"sussex"_s});
}

TEST_CASE("postcode answer: several forces, or a district the table does not know, ask the volunteer to choose", "[lookup][answer]")
{
    using Kind = PostcodeAnswer::Kind;
    const PostcodeAnswer crosses = answerFor(u"B45 9AA"_s);
    CHECK(crosses.kind == Kind::Crosses); // even though the row says high
    CHECK(crosses.asksToChoose());
    CHECK(crosses.forceIds == QStringList{u"west-midlands"_s, u"west-mercia"_s});
    // GL97 is not in the table, but its area (GL) is: the area's forces, and a question.
    const PostcodeAnswer fallback = answerFor(u"GL97 1AA"_s);
    CHECK(fallback.kind == Kind::AreaFallback);
    CHECK(fallback.asksToChoose());
    CHECK(fallback.area == u"GL"_s);
    CHECK(fallback.forceIds == QStringList{u"gloucestershire"_s}); // one force, but never named as sure
}

TEST_CASE("postcode answer: no commissioner, unknown and invalid", "[lookup][answer]")
{
    using Kind = PostcodeAnswer::Kind;
    const PostcodeAnswer ni = answerFor(u"BT7 2JA"_s);
    CHECK(ni.kind == Kind::NoPccArea);
    CHECK(ni.forceIds == QStringList{u"northern-ireland"_s});
    CHECK_FALSE(ni.asksToChoose());
    CHECK(ni.certain);
    // Scotland first, a force second: the volunteer chooses, never told "no commissioner".
    const PostcodeAnswer berwick = answerFor(u"TD15 1AA"_s);
    CHECK(berwick.kind == Kind::Crosses);
    CHECK(berwick.forceIds == QStringList{u"scotland"_s, u"northumbria"_s});
    const PostcodeAnswer newTd = answerFor(u"TD99 1AA"_s); // not in the table: the TD area's forces
    CHECK(newTd.kind == Kind::AreaFallback);
    CHECK(newTd.forceIds.contains(u"northumbria"_s));
    // A district newer than the table, in an area that is all Northern Ireland: as sure as the rest.
    const PostcodeAnswer newBt = answerFor(u"BT99 1AA"_s);
    CHECK(newBt.kind == Kind::NoPccArea);
    CHECK(newBt.certain);
    // One candidate with no commissioner, from one list only: still no commissioner, but unsure.
    CHECK(answerFor(u"TD9 7AA"_s).kind == Kind::NoPccArea);
    CHECK_FALSE(answerFor(u"TD9 7AA"_s).certain);
    // An area that no row knows.
    CHECK(answerFor(u"ZE1 0AA"_s).kind == Kind::Unknown);
    CHECK(answerFor(u"ZE1 0AA"_s).forceIds.isEmpty());
    CHECK(answerFor(u"hello"_s).kind == Kind::Invalid);
    // The real table: a district both lists place is sure, a boundary one is not.
    const PostcodeDistricts shipped = PostcodeDistricts::loadDefault();
    CHECK(PostcodeAnswer::of(Postcode::parse(u"SW1A 1AA"_s), shipped.find(Postcode::parse(u"SW1A 1AA"_s))).kind == Kind::Sure);
    CHECK(PostcodeAnswer::of(Postcode::parse(u"E1"_s), shipped.find(Postcode::parse(u"E1"_s))).kind == Kind::Crosses);
}
