// The words for how a letter went and where it stands: one key each in files, one label each on
// screen, never two choices that read the same.
#include "catchcompat.h"

#include "contactenums.h"

#include <QSet>

using namespace Qt::StringLiterals;
using namespace pcc;

TEST_CASE("contact words: each channel, status and outcome reads back from its key and has a label of its own", "[log]")
{
    QSet<QString> labels;
    for (const QString &key : channelKeys()) {
        Channel c{};
        REQUIRE(channelFromKey(key, &c));
        CHECK(channelKey(c) == key);
        labels.insert(channelLabel(c));
    }
    CHECK(labels.size() == channelKeys().size());
    CHECK(channelLabel(Channel::Both) == u"Post and email"_s);

    labels.clear();
    for (const QString &key : statusKeys()) {
        ContactStatus s{};
        REQUIRE(statusFromKey(key, &s));
        CHECK(statusKey(s) == key);
        labels.insert(statusLabel(s));
    }
    CHECK(labels.size() == statusKeys().size());

    labels.clear();
    for (const QString &key : replyOutcomeKeys()) {
        ReplyOutcome o{};
        REQUIRE(replyOutcomeFromKey(key, &o));
        CHECK(replyOutcomeKey(o) == key);
        labels.insert(replyOutcomeLabel(o));
    }
    CHECK(labels.size() == replyOutcomeKeys().size());

    Channel c = Channel::Post;
    CHECK_FALSE(channelFromKey(u"pigeon"_s, &c));
    CHECK_FALSE(channelFromKey(u"Post"_s, &c)); // keys are exact
    CHECK(c == Channel::Post);
}
