#include "contactenums.h"

#include <QCoreApplication>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace pcc {

namespace {

template<typename Enum, std::size_t N>
using KeyTable = std::array<std::pair<Enum, QStringView>, N>;

constexpr KeyTable<Channel, 5> kChannels{{
    {Channel::Post, u"post"}, {Channel::Email, u"email"}, {Channel::Both, u"both"},
    {Channel::Phone, u"phone"}, {Channel::Meeting, u"meeting"},
}};
constexpr KeyTable<ContactStatus, 4> kStatuses{{
    {ContactStatus::Drafted, u"drafted"}, {ContactStatus::Sent, u"sent"},
    {ContactStatus::Acknowledged, u"acknowledged"}, {ContactStatus::Replied, u"replied"},
}};
constexpr KeyTable<ReplyOutcome, 6> kOutcomes{{
    {ReplyOutcome::None, u""}, {ReplyOutcome::Acknowledgement, u"acknowledgement"},
    {ReplyOutcome::Substantive, u"substantive"}, {ReplyOutcome::Commitment, u"commitment"},
    {ReplyOutcome::Declined, u"declined"}, {ReplyOutcome::NoReply, u"no_reply"},
}};

template<typename Table, typename Enum>
QString keyIn(const Table &table, Enum value)
{
    for (const auto &[v, key] : table) {
        if (v == value)
            return key.toString();
    }
    return {};
}

template<typename Table, typename Enum>
bool valueIn(const Table &table, const QString &key, Enum *out)
{
    for (const auto &[v, k] : table) {
        if (k == key) {
            *out = v;
            return true;
        }
    }
    return false;
}

template<typename Table>
QStringList keysIn(const Table &table)
{
    QStringList out;
    for (const auto &entry : table)
        out << entry.second.toString();
    return out;
}

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pcc)
};

} // namespace

QString channelKey(Channel c) { return keyIn(kChannels, c); }
bool channelFromKey(const QString &key, Channel *c) { return valueIn(kChannels, key, c); }
QStringList channelKeys() { return keysIn(kChannels); }

QString statusKey(ContactStatus s) { return keyIn(kStatuses, s); }
bool statusFromKey(const QString &key, ContactStatus *s) { return valueIn(kStatuses, key, s); }
QStringList statusKeys() { return keysIn(kStatuses); }

QString replyOutcomeKey(ReplyOutcome o) { return keyIn(kOutcomes, o); }
bool replyOutcomeFromKey(const QString &key, ReplyOutcome *o) { return valueIn(kOutcomes, key, o); }
QStringList replyOutcomeKeys() { return keysIn(kOutcomes); }

QString channelLabel(Channel c)
{
    switch (c) {
    case Channel::Post: return Tr::tr("Post");
    case Channel::Email: return Tr::tr("Email");
    case Channel::Both: return Tr::tr("Post and email");
    case Channel::Phone: return Tr::tr("Phone");
    case Channel::Meeting: return Tr::tr("Meeting");
    }
    return {};
}

QString statusLabel(ContactStatus s)
{
    switch (s) {
    case ContactStatus::Drafted: return Tr::tr("Drafted");
    case ContactStatus::Sent: return Tr::tr("Sent");
    case ContactStatus::Acknowledged: return Tr::tr("Acknowledged");
    case ContactStatus::Replied: return Tr::tr("Replied");
    }
    return {};
}

QString replyOutcomeLabel(ReplyOutcome o)
{
    switch (o) {
    case ReplyOutcome::None: return {};
    case ReplyOutcome::Acknowledgement: return Tr::tr("Acknowledgement only");
    case ReplyOutcome::Substantive: return Tr::tr("Substantive reply");
    case ReplyOutcome::Commitment: return Tr::tr("Commitment to fund");
    case ReplyOutcome::Declined: return Tr::tr("Declined");
    case ReplyOutcome::NoReply: return Tr::tr("No reply");
    }
    return {};
}

QString forceProgressLabel(ForceProgress p)
{
    switch (p) {
    case ForceProgress::NotContacted: return Tr::tr("Not contacted");
    case ForceProgress::Sent: return Tr::tr("Sent");
    case ForceProgress::Replied: return Tr::tr("Replied");
    case ForceProgress::Commitment: return Tr::tr("Commitment to fund");
    }
    return {};
}


} // namespace pcc
