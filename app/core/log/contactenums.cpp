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

QString tr(const char *text)
{
    return QCoreApplication::translate("pcc", text);
}

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

QList<ReplyOutcome> replyOutcomes()
{
    QList<ReplyOutcome> out;
    for (const auto &entry : kOutcomes) {
        if (entry.first != ReplyOutcome::None)
            out << entry.first;
    }
    return out;
}

QString channelLabel(Channel c)
{
    switch (c) {
    case Channel::Post: return tr("Post");
    case Channel::Email: return tr("Email");
    case Channel::Both: return tr("Post and email");
    case Channel::Phone: return tr("Phone");
    case Channel::Meeting: return tr("Meeting");
    }
    return {};
}

QString statusLabel(ContactStatus s)
{
    switch (s) {
    case ContactStatus::Drafted: return tr("Drafted");
    case ContactStatus::Sent: return tr("Sent");
    case ContactStatus::Acknowledged: return tr("Acknowledged");
    case ContactStatus::Replied: return tr("Replied");
    }
    return {};
}

QString replyOutcomeLabel(ReplyOutcome o)
{
    switch (o) {
    case ReplyOutcome::None: return {};
    case ReplyOutcome::Acknowledgement: return tr("Acknowledgement only");
    case ReplyOutcome::Substantive: return tr("Substantive reply");
    case ReplyOutcome::Commitment: return tr("Commitment to fund");
    case ReplyOutcome::Declined: return tr("Declined");
    case ReplyOutcome::NoReply: return tr("No reply");
    }
    return {};
}

QString forceProgressLabel(ForceProgress p)
{
    switch (p) {
    case ForceProgress::NotContacted: return tr("Not contacted");
    case ForceProgress::Sent: return tr("Sent");
    case ForceProgress::Replied: return tr("Replied");
    case ForceProgress::Commitment: return tr("Commitment to fund");
    }
    return {};
}


} // namespace pcc
