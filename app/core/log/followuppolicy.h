#pragma once

#include "contactrecord.h"

#include <QDate>

namespace pcc {

// When to remind a volunteer about a letter with no reply: 14 days after it was sent, then
// once more at 21 days, then never. A reply or acknowledgement ends the reminders.
class FollowUpPolicy
{
public:
    static constexpr int FirstReminderDays = 14;
    static constexpr int LastReminderDays = 21;

    static QDate firstReminder(const ContactRecord &record);
    static QDate afterSnooze(const ContactRecord &record); // invalid: no more reminders
    static bool isAnswered(const ContactRecord &record);
};

} // namespace pcc
