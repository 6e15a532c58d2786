#include "contactrecord.h"

#include "enumkeys.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace pcc {

QString channelKey(Channel c)
{
    switch (c) {
    case Channel::Post: return u"post"_s;
    case Channel::Email: return u"email"_s;
    case Channel::Both: return u"both"_s;
    case Channel::Phone: return u"phone"_s;
    case Channel::Meeting: return u"meeting"_s;
    }
    return {};
}

bool channelFromKey(const QString &key, Channel *c)
{
    return enumFromKey({Channel::Post, Channel::Email, Channel::Both, Channel::Phone, Channel::Meeting}, channelKey, key, c);
}

QString statusKey(ContactStatus s)
{
    switch (s) {
    case ContactStatus::Drafted: return u"drafted"_s;
    case ContactStatus::Sent: return u"sent"_s;
    case ContactStatus::Acknowledged: return u"acknowledged"_s;
    case ContactStatus::Replied: return u"replied"_s;
    }
    return {};
}

bool statusFromKey(const QString &key, ContactStatus *s)
{
    return enumFromKey({ContactStatus::Drafted, ContactStatus::Sent, ContactStatus::Acknowledged, ContactStatus::Replied},
                       statusKey, key, s);
}

bool isReplyOutcomeKey(const QString &key)
{
    return key.isEmpty() || key == u"acknowledgement"_s || key == u"substantive"_s || key == u"commitment"_s
        || key == u"declined"_s || key == u"no_reply"_s;
}

QString replyOutcomeLabel(const QString &key)
{
    if (key == u"acknowledgement"_s)
        return QCoreApplication::translate("pcc", "Acknowledgement only");
    if (key == u"substantive"_s)
        return QCoreApplication::translate("pcc", "Substantive reply");
    if (key == u"commitment"_s)
        return QCoreApplication::translate("pcc", "Commitment to fund");
    if (key == u"declined"_s)
        return QCoreApplication::translate("pcc", "Declined");
    if (key == u"no_reply"_s)
        return QCoreApplication::translate("pcc", "No reply");
    return {};
}

void ContactRecord::setRecipient(const ForceRecord &force)
{
    forceId = force.id;
    bodyName = force.officeName;
    holderName = force.holder.name;
}

QString forceProgressLabel(ForceProgress p)
{
    switch (p) {
    case ForceProgress::NotContacted: return QCoreApplication::translate("pcc", "Not contacted");
    case ForceProgress::Sent: return QCoreApplication::translate("pcc", "Sent");
    case ForceProgress::Replied: return QCoreApplication::translate("pcc", "Replied");
    case ForceProgress::Commitment: return QCoreApplication::translate("pcc", "Commitment to fund");
    }
    return {};
}

} // namespace pcc
