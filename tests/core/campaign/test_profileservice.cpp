#include "catchcompat.h"
#include "testsupport.h"

#include "contactlog.h"
#include "contactrecorder.h"
#include "draftstore.h"
#include "forceids.h"
#include "postcodedistricts.h"
#include "profileservice.h"

#include <QFileInfo>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace pcc;

namespace {

struct Campaign
{
    QTemporaryDir dir;
    pcctest::ScopedAppPaths paths{dir.filePath(u"data"_s)};
    ContactLog log;
    PostcodeDistricts districts = PostcodeDistricts::loadDefault();
    ProfileService service{log, [this]() -> const PostcodeDistricts & { return districts; }};

    Campaign() { REQUIRE(log.open(dir.filePath(u"log.sqlite"_s))); }

    Profile volunteer(const QString &name, const QString &postcode)
    {
        Profile p;
        p.name = name;
        p.postcode = postcode;
        REQUIRE(service.add(&p));
        return p;
    }
    void draft(const Profile &p, const QString &forceId, const QString &html)
    {
        QString error;
        REQUIRE(DraftStore::save(p, forceId, {u"campaign"_s, html, QDateTime::currentDateTimeUtc()}, &error));
    }
};

} // namespace

TEST_CASE("profiles: the home force comes from the postcode and a new profile becomes current", "[profiles]")
{
    Campaign c;
    const Profile jane = c.volunteer(u"Jane"_s, u"GL50 1AA"_s);
    CHECK(jane.homeForce == u"gloucestershire"_s);
    const Profile sam = c.volunteer(u"Sam"_s, u"CF10 1AA"_s);
    CHECK(c.log.currentProfile()->uuid == sam.uuid);
}

TEST_CASE("profiles: a postcode in Scotland or Northern Ireland is known as a place with no commissioner", "[profiles]")
{
    Campaign c;
    const Profile ailsa = c.volunteer(u"Ailsa"_s, u"EH1 1AA"_s);
    CHECK(ailsa.homeForce.isEmpty());
    CHECK(c.service.noPccAreaOf(ailsa.postcode) == ForceIds::Scotland);
    CHECK(c.service.noPccAreaOf(u"BT1 1AA"_s) == ForceIds::NorthernIreland);
    // In England and Wales, unsure, or no postcode at all: no such place.
    CHECK(c.service.noPccAreaOf(u"GL50 1AA"_s).isEmpty());
    CHECK(c.service.noPccAreaOf(u"TD15 1AA"_s).isEmpty()); // Berwick: Northumbria or Scotland, the volunteer chooses
    CHECK(c.service.noPccAreaOf(u"BN1 1AA"_s).isEmpty());
    CHECK(c.service.noPccAreaOf(QString()).isEmpty());
    CHECK(c.service.noPccAreaOf(u"not a postcode"_s).isEmpty());
}

TEST_CASE("profiles: renaming keeps the profile's drafts and history", "[profiles]")
{
    Campaign c;
    Profile jane = c.volunteer(u"Jane"_s, u"GL50 1AA"_s);
    c.draft(jane, u"kent"_s, u"<p>Jane's own words</p>"_s);
    ContactRecord r;
    r.setSender(jane);
    r.forceId = u"kent"_s;
    ContactRecorder recorder(c.log);
    REQUIRE(recorder.record(&r));

    jane.name = u"Jane Smith"_s;
    REQUIRE(c.service.update(&jane));
    const Profile renamed = *c.log.profileByUuid(jane.uuid);
    CHECK(renamed.name == u"Jane Smith"_s);
    const auto draft = DraftStore::load(renamed, u"kent"_s);
    REQUIRE(draft);
    CHECK(draft->html == u"<p>Jane's own words</p>"_s);
    CHECK(c.log.contacts(jane.uuid)->size() == 1);
    CHECK(c.log.contacts(jane.uuid)->first().profileName == u"Jane Smith"_s);
}

TEST_CASE("profiles: deleting a profile removes its contacts and drafts, and says what went", "[profiles][privacy]")
{
    Campaign c;
    const Profile jane = c.volunteer(u"Jane"_s, u"GL50 1AA"_s);
    const Profile sam = c.volunteer(u"Sam"_s, u"CF10 1AA"_s);
    c.draft(jane, u"kent"_s, u"<p>only Jane wrote this</p>"_s);
    c.draft(jane, u"essex"_s, u"<p>and this</p>"_s);
    c.draft(sam, u"kent"_s, u"<p>Sam's draft</p>"_s);
    ContactRecorder recorder(c.log);
    for (const QString &force : {u"kent"_s, u"essex"_s, u"gwent"_s}) {
        ContactRecord r;
        r.setSender(jane);
        r.forceId = force;
        r.notes = u"a private note of Jane's"_s;
        REQUIRE(recorder.record(&r));
    }
    REQUIRE(c.service.makeCurrent(jane.uuid));

    ProfileService::Removal removal;
    REQUIRE(c.service.remove(jane.uuid, &removal));
    CHECK(removal.contacts == 3);
    CHECK(removal.drafts == 2);
    CHECK(removal.summary.contains(u"“Jane”"_s));
    CHECK(removal.summary.contains(u"3 recorded contact"_s));
    CHECK(removal.summary.contains(u"2 letter draft"_s));
    CHECK_FALSE(QFileInfo::exists(DraftStore::folderFor(jane)));
    CHECK_FALSE(DraftStore::load(jane, u"kent"_s));
    CHECK(DraftStore::load(sam, u"kent"_s)); // someone else's drafts stay
    CHECK(c.log.currentProfile()->uuid == sam.uuid); // never left on a deleted profile
    CHECK(c.log.contacts()->isEmpty());
    const QByteArray file = pcctest::readFile(c.dir.filePath(u"log.sqlite"_s)) + pcctest::readFile(c.dir.filePath(u"log.sqlite-wal"_s));
    CHECK_FALSE(file.contains("a private note of Jane"));
}

TEST_CASE("profiles: editing the postcode moves the home force, and clearing it clears the force", "[profiles]")
{
    Campaign c;
    Profile jane = c.volunteer(u"Jane"_s, u"GL50 1AA"_s);
    REQUIRE(jane.homeForce == u"gloucestershire"_s);
    jane.postcode = u"BS20 8JJ"_s; // the edit path: the profile as the dialog hands it back, old force still set
    REQUIRE(c.service.update(&jane));
    CHECK(jane.homeForce == u"avon-and-somerset"_s);
    CHECK(c.log.profileByUuid(jane.uuid)->homeForce == u"avon-and-somerset"_s);
    jane.postcode.clear();
    REQUIRE(c.service.update(&jane));
    CHECK(jane.homeForce.isEmpty());
    CHECK(c.log.profileByUuid(jane.uuid)->homeForce.isEmpty());
}
