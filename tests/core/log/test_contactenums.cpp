// The words for how a letter went and where it stands: one key each in files, one label each on
// screen, never two choices that read the same.
#include "catchcompat.h"

#include "contactenums.h"
#include "contactstage.h"

#include <QSet>

using namespace Qt::StringLiterals;
using namespace pcc;

namespace {

// Each key reads back to a value that writes the same key; how many different labels the values have.
template<typename E>
qsizetype distinctLabels(const QStringList &keys, bool (*fromKey)(const QString &, E *), QString (*toKey)(E), QString (*label)(E))
{
    QSet<QString> labels;
    for (const QString &key : keys) {
        E value{};
        REQUIRE(fromKey(key, &value));
        CHECK(toKey(value) == key);
        labels.insert(label(value));
    }
    return labels.size();
}

} // namespace

TEST_CASE("contact words: each channel, status and outcome reads back from its key and has a label of its own", "[log]")
{
    CHECK(distinctLabels(channelKeys(), channelFromKey, channelKey, channelLabel) == channelKeys().size());
    CHECK(channelLabel(Channel::Both) == u"Post and email"_s);
    CHECK(distinctLabels(statusKeys(), statusFromKey, statusKey, statusLabel) == statusKeys().size());
    CHECK(distinctLabels(replyOutcomeKeys(), replyOutcomeFromKey, replyOutcomeKey, replyOutcomeLabel) == replyOutcomeKeys().size());

    Channel c = Channel::Post;
    CHECK_FALSE(channelFromKey(u"pigeon"_s, &c));
    CHECK_FALSE(channelFromKey(u"Post"_s, &c)); // keys are exact
    CHECK(c == Channel::Post);
}

TEST_CASE("contact stages: every status and outcome can be chosen, and a reply date is asked for only when they answered", "[log]")
{
    QSet<QString> statuses, outcomes;
    for (const ContactStage &stage : ContactStage::all()) {
        statuses.insert(statusKey(stage.status));
        outcomes.insert(replyOutcomeKey(stage.outcome));
    }
    const QStringList allStatuses = statusKeys();
    const QStringList allOutcomes = replyOutcomeKeys();
    CHECK(statuses == QSet<QString>(allStatuses.cbegin(), allStatuses.cend()));
    CHECK(outcomes == QSet<QString>(allOutcomes.cbegin(), allOutcomes.cend()));

    CHECK_FALSE(ContactStage{ContactStatus::Drafted, ReplyOutcome::None}.hasReply());
    CHECK_FALSE(ContactStage{ContactStatus::Sent, ReplyOutcome::None}.hasReply());
    CHECK_FALSE(ContactStage{ContactStatus::Sent, ReplyOutcome::NoReply}.hasReply()); // no reply, even after reminders
    CHECK(ContactStage{ContactStatus::Acknowledged, ReplyOutcome::Acknowledgement}.hasReply());
    CHECK(ContactStage{ContactStatus::Replied, ReplyOutcome::Substantive}.hasReply());
    CHECK(ContactStage{ContactStatus::Replied, ReplyOutcome::Commitment}.hasReply());
    CHECK(ContactStage{ContactStatus::Replied, ReplyOutcome::Declined}.hasReply());
}
