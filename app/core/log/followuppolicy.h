#pragma once

#include "contactrecord.h"

#include <QDate>
#include <QList>

namespace pcc {

// When to remind a volunteer about a letter with no reply: 14 days after it was sent, then
// once more at 21 days, then never. A reply or acknowledgement ends the reminders. A phone call
// or a meeting is not a letter, and has none.
class FollowUpPolicy
{
public:
    static constexpr int FirstReminderDays = 14;
    static constexpr int LastReminderDays = 21;

    static QDate firstReminder(const ContactRecord &record);
    static QDate afterSnooze(const ContactRecord &record); // invalid: no more reminders
    static bool isAnswered(const ContactRecord &record);
    // Sent by post or email: a call or a meeting is not a letter an office answers later.
    static bool isLetter(const ContactRecord &record);
    // The newest letter among one volunteer's contacts with one office: sent by post or email
    // (a call or a meeting is not answered by letter), not a draft. Null when there is none. It
    // is the letter a reply answers, and the one a follow-up follows.
    static const ContactRecord *newestLetter(const QList<ContactRecord> &contactsWithOffice);
};

} // namespace pcc
