#include "followuppolicy.h"

namespace pcc {

QDate FollowUpPolicy::firstReminder(const ContactRecord &r)
{
    if (r.status == ContactStatus::Sent && r.replyOutcome == ReplyOutcome::None && r.date.isValid())
        return r.date.addDays(FirstReminderDays);
    return {};
}

QDate FollowUpPolicy::afterSnooze(const ContactRecord &r)
{
    const QDate last = r.date.addDays(LastReminderDays);
    return (r.followUpDue.isValid() && r.followUpDue < last && !isAnswered(r)) ? last : QDate();
}

bool FollowUpPolicy::isAnswered(const ContactRecord &r)
{
    return r.status == ContactStatus::Replied || r.status == ContactStatus::Acknowledged || r.replyOutcome != ReplyOutcome::None;
}

} // namespace pcc
