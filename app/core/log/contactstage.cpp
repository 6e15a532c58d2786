#include "contactstage.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace pcc {

QList<ContactStage> ContactStage::all()
{
    return {{ContactStatus::Drafted, ReplyOutcome::None},
            {ContactStatus::Sent, ReplyOutcome::None},
            {ContactStatus::Acknowledged, ReplyOutcome::Acknowledgement},
            {ContactStatus::Replied, ReplyOutcome::Substantive},
            {ContactStatus::Replied, ReplyOutcome::Commitment},
            {ContactStatus::Replied, ReplyOutcome::Declined},
            {ContactStatus::Sent, ReplyOutcome::NoReply}};
}

QString ContactStage::label() const
{
    const auto tr = [](const char *s) { return QCoreApplication::translate("pcc::ContactStage", s); };
    const ContactStage self = *this;
    if (self == ContactStage{ContactStatus::Drafted, ReplyOutcome::None})
        return tr("Drafted, not sent yet");
    if (self == ContactStage{ContactStatus::Sent, ReplyOutcome::None})
        return tr("Sent, waiting for an answer");
    if (self == ContactStage{ContactStatus::Acknowledged, ReplyOutcome::Acknowledgement})
        return tr("They acknowledged it");
    if (self == ContactStage{ContactStatus::Replied, ReplyOutcome::Substantive})
        return tr("They replied");
    if (self == ContactStage{ContactStatus::Replied, ReplyOutcome::Commitment})
        return tr("They replied with a commitment to fund");
    if (self == ContactStage{ContactStatus::Replied, ReplyOutcome::Declined})
        return tr("They replied and declined");
    if (self == ContactStage{ContactStatus::Sent, ReplyOutcome::NoReply})
        return tr("No reply, even after reminders");
    QStringList parts{statusLabel(status), replyOutcomeLabel(outcome)};
    parts.removeAll(QString());
    return parts.join(u" · "_s);
}

bool ContactStage::hasReply() const
{
    return outcome != ReplyOutcome::None && outcome != ReplyOutcome::NoReply;
}

} // namespace pcc
