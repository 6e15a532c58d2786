#include "followuppolicy.h"

namespace pcc {

QDate FollowUpPolicy::firstReminder(const ContactRecord &r)
{
    if (isLetter(r) && r.status == ContactStatus::Sent && r.replyOutcome == ReplyOutcome::None && r.date.isValid())
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

bool FollowUpPolicy::isLetter(const ContactRecord &r)
{
    return r.channel != Channel::Phone && r.channel != Channel::Meeting; // a call has its answer there and then
}

const ContactRecord *FollowUpPolicy::newestLetter(const QList<ContactRecord> &contactsWithOffice)
{
    const ContactRecord *newest = nullptr;
    for (const ContactRecord &r : contactsWithOffice) {
        if (isLetter(r) && r.status != ContactStatus::Drafted && (!newest || r.date > newest->date))
            newest = &r;
    }
    return newest;
}

} // namespace pcc
