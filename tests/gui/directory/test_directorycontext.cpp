// The window's data: an updated directory or postcode table in the data folder that cannot be
// used is said, with its file and the first problem, and the shipped data is used instead.
#include "catchcompat.h"
#include "testsupport.h"

#include "apppaths.h"
#include "directory/directorycontext.h"
#include "postcode.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace pcc;

TEST_CASE("directory context: an updated file that cannot be used is said, and the shipped data is used", "[gui][data]")
{
    pcctest::AppSandbox sandbox;
    DirectoryContext context;
    QSignalSpy refused(&context, &DirectoryContext::dataRefused);

    // Both shipped files: nothing is said.
    context.load();
    CHECK(context.districts().find(Postcode::parse(u"BS20 8JJ"_s)).forceIds == QStringList{u"avon-and-somerset"_s});
    CHECK(refused.isEmpty());

    pcctest::writeFile(AppPaths::dataDir() + u"/policing_bodies.json"_s, "{\"schema_version\": 9}");
    pcctest::writeFile(AppPaths::dataDir() + u"/postcode_districts.csv"_s, "outcode,forces,straddles,certainty,basis\nBS20,atlantis,no,high,both\n");
    DirectoryContext later;
    QSignalSpy laterRefused(&later, &DirectoryContext::dataRefused);
    later.load();
    CHECK(later.directory().forces().size() == 43);
    CHECK(later.districts().find(Postcode::parse(u"BS20 8JJ"_s)).forceIds == QStringList{u"avon-and-somerset"_s});
    REQUIRE(laterRefused.size() == 2);
    CHECK(laterRefused.at(0).at(0).toString() == u"Updated data not used"_s);
    CHECK(laterRefused.at(0).at(1).toString().contains(u"policing_bodies.json could not be used"_s));
    CHECK(laterRefused.at(1).at(0).toString() == u"Updated postcode table not used"_s);
    CHECK(laterRefused.at(1).at(1).toString().contains(u"postcode_districts.csv was not used"_s));
    CHECK(laterRefused.at(1).at(1).toString().contains(u"atlantis"_s));
    // Said once, not at every lookup.
    later.districts();
    CHECK(laterRefused.size() == 2);
}
