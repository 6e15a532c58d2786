// A volunteer's profiles in the log: which one is current, and what happens when two windows
// (or two programs) change the same one.
#include "catchcompat.h"
#include "profilefixture.h"

#include "contactlog.h"

#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace pcc;

namespace {

QString currentName(ContactLog &log)
{
    const auto current = log.currentProfile();
    return current ? current->name : u"(none)"_s;
}

} // namespace

TEST_CASE("log profiles: the first profile is the current one, and adding more does not change it", "[log]")
{
    QTemporaryDir dir;
    ContactLog log;
    REQUIRE(log.open(dir.filePath(u"log.sqlite"_s)));
    CHECK(currentName(log) == u"(none)"_s);
    pcctest::makeProfile(log, u"Alice"_s);
    CHECK(currentName(log) == u"Alice"_s);
    const Profile bob = pcctest::makeProfile(log, u"Bob"_s);
    CHECK(currentName(log) == u"Alice"_s);
    REQUIRE(log.setCurrentProfile(bob.uuid));
    pcctest::makeProfile(log, u"Carol"_s);
    CHECK(currentName(log) == u"Bob"_s);
}

TEST_CASE("log profiles: deleting another profile keeps yours current, and deleting yours leaves none", "[log]")
{
    QTemporaryDir dir;
    ContactLog log;
    REQUIRE(log.open(dir.filePath(u"log.sqlite"_s)));
    const Profile alice = pcctest::makeProfile(log, u"Alice"_s);
    const Profile bob = pcctest::makeProfile(log, u"Bob"_s);
    REQUIRE(currentName(log) == u"Alice"_s);
    REQUIRE(log.deleteProfile(bob.uuid, ContactLog::TeamCopy::Keep));
    CHECK(currentName(log) == u"Alice"_s);
    REQUIRE(log.deleteProfile(alice.uuid, ContactLog::TeamCopy::Keep));
    CHECK(currentName(log) == u"(none)"_s);
}

TEST_CASE("log profiles: saving a profile deleted meanwhile says so, and brings nothing back", "[log]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"log.sqlite"_s);
    ContactLog window;
    REQUIRE(window.open(path));
    Profile alice = pcctest::makeProfile(window, u"Alice"_s);
    pcctest::makeProfile(window, u"Bob"_s);
    {
        ContactLog other; // another window, or the command line, deletes Alice
        REQUIRE(other.open(path));
        REQUIRE(other.deleteProfile(alice.uuid, ContactLog::TeamCopy::Keep));
    }
    alice.phone = u"0117 496 0000"_s;
    CHECK_FALSE(window.updateProfile(alice));
    CHECK(window.lastError().contains(u"That profile no longer exists."_s));
    const auto profiles = window.profiles();
    REQUIRE(profiles);
    REQUIRE(profiles->size() == 1);
    CHECK(profiles->first().name == u"Bob"_s);
}
