#include "contactrecorder.h"

#include "contactlog.h"
#include "followuppolicy.h"

#include <QCoreApplication>

namespace pcc {

ContactRecorder::ContactRecorder(ContactLog &log)
    : m_log(log)
{
}

void ContactRecorder::normalise(ContactRecord *r)
{
    switch (r->replyOutcome) {
    case ReplyOutcome::None:
        r->replyDate = {};
        break;
    case ReplyOutcome::Acknowledgement:
        if (r->status == ContactStatus::Sent || r->status == ContactStatus::Drafted)
            r->status = ContactStatus::Acknowledged;
        break;
    case ReplyOutcome::NoReply:
        break;
    case ReplyOutcome::Substantive:
    case ReplyOutcome::Commitment:
    case ReplyOutcome::Declined:
        r->status = ContactStatus::Replied;
        break;
    }
    if (r->replyOutcome != ReplyOutcome::None && r->replyOutcome != ReplyOutcome::NoReply && !r->replyDate.isValid())
        r->replyDate = QDate::currentDate();
}

std::optional<Profile> ContactRecorder::sender() const
{
    return m_log.currentProfile();
}

bool ContactRecorder::record(ContactRecord *r)
{
    normalise(r);
    if (!r->date.isValid())
        r->date = QDate::currentDate();
    if (!r->followUpDue.isValid())
        r->followUpDue = FollowUpPolicy::firstReminder(*r);
    if (!m_log.addContact(r)) {
        m_error = m_log.lastError();
        return false;
    }
    return true;
}

bool ContactRecorder::update(ContactRecord *r)
{
    normalise(r);
    if (FollowUpPolicy::isAnswered(*r)) {
        r->followUpDue = {};
    } else if (const auto before = m_log.contact(r->uuid)) {
        // A draft marked sent now gets its reminder, and a corrected date moves it: the reminder
        // counts from when the letter went, not from when it was first written down.
        if (before->status != r->status || before->date != r->date)
            r->followUpDue = FollowUpPolicy::firstReminder(*r);
    }
    if (!m_log.updateContact(r)) {
        m_error = m_log.lastError();
        return false;
    }
    return true;
}

bool ContactRecorder::snoozeFollowUp(const QString &uuid)
{
    auto r = m_log.contact(uuid);
    if (!r) {
        m_error = m_log.lastError().isEmpty() ? QCoreApplication::translate("pcc::ContactRecorder", "That contact no longer exists.")
                                              : m_log.lastError();
        return false;
    }
    r->followUpDue = FollowUpPolicy::afterSnooze(*r);
    if (!m_log.updateContact(&*r)) {
        m_error = m_log.lastError();
        return false;
    }
    return true;
}

QString ContactRecorder::lastError() const
{
    return m_error;
}

} // namespace pcc
