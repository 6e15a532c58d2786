// A key written twice in one JSON object is found, wherever it is; anything else that repeats is
// not a duplicate. (A signed file with a key twice could be signed with one value and read with
// the other.)
#include "catchcompat.h"

#include "jsonduplicates.h"

using namespace Qt::StringLiterals;
using namespace pcc;

TEST_CASE("json duplicates: a key twice in one object is found, with where it is", "[platform][updates]")
{
    const QByteArray twice = R"({"data_version": "2026-12-01", "forces": [], "data_version": "2026-12-31"})";
    const JsonDuplicates::Found found = JsonDuplicates::find(twice);
    REQUIRE(found.found());
    CHECK(found.key == u"data_version"_s);
    CHECK(found.offset == twice.lastIndexOf("\"data_version\""));
    // Deep inside, after an array, and written with an escape.
    CHECK(JsonDuplicates::find(R"({"forces": [{"id": "kent", "email": "a@b.org", "email": "c@d.org"}]})").key == u"email"_s);
    CHECK(JsonDuplicates::find(R"({"list": [1, 2], "x": 1, "list": 3})").key == u"list"_s);
    CHECK(JsonDuplicates::find(R"({"ab": 1, "a\u0062": 2})").key == u"ab"_s);
}

TEST_CASE("json duplicates: the same value twice, or the same key in two objects, is no duplicate", "[platform][updates]")
{
    for (const QByteArray &fine : {
             QByteArray(R"({"sources": ["https://a.example", "https://a.example"]})"),
             QByteArray(R"([{"id": "kent"}, {"id": "kent"}])"),
             QByteArray(R"({"a": {"b": 1}, "b": 2})"),
             QByteArray(R"({"a": "b", "b": "a"})"),
             QByteArray(R"({"a": [["a", "a"], {"a": 1}], "b": {"a": 1}})"),
             QByteArray(R"({"a,b": 1, "a": 2, "b": 3})"),
         }) {
        INFO(fine.toStdString());
        CHECK_FALSE(JsonDuplicates::find(fine).found());
    }
}
