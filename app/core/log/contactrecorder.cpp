#include "contactrecorder.h"

#include "contactlog.h"
#include "followuppolicy.h"

#include <QCoreApplication>
#include <QLocale>

namespace pcc {

ContactRecorder::ContactRecorder(ContactLog &log)
    : m_log(log)
{
}

// A commitment is counted in the report and suggested to the coordinator only with what was
// committed to, which the reply keeps.
QString ContactRecorder::commitmentNeedsReply()
{
    return QCoreApplication::translate("pcc::ContactRecorder", "A commitment to fund is recorded with Record a reply…, which "
                                                               "keeps what the office committed to.");
}

bool ContactRecorder::fail(const QString &message)
{
    m_error = message;
    return false;
}

QString ContactRecorder::datesProblem(const ContactRecord &r, const QDate &today)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("pcc::ContactRecorder", text); };
    const auto day = [](const QDate &d) { return QLocale().toString(d, QLocale::LongFormat); };
    if (r.status != ContactStatus::Drafted && r.date.isValid() && r.date > today)
        return tr("The contact's date (%1) is a day still to come. Record a letter once it has gone, or keep it as a draft.")
            .arg(day(r.date));
    if (r.replyDate.isValid() && r.replyDate > today)
        return tr("The reply's date (%1) is a day still to come.").arg(day(r.replyDate));
    if (r.replyDate.isValid() && r.date.isValid() && r.replyDate < r.date)
        return tr("The reply's date (%1) is before the contact's (%2).").arg(day(r.replyDate), day(r.date));
    return {};
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
    if (m_error = datesProblem(*r, QDate::currentDate()); !m_error.isEmpty())
        return false;
    if (r->replyOutcome == ReplyOutcome::Commitment)
        return fail(commitmentNeedsReply());
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
    if (m_error = datesProblem(*r, QDate::currentDate()); !m_error.isEmpty())
        return false;
    const auto before = m_log.contact(r->uuid);
    if (r->replyOutcome == ReplyOutcome::Commitment && (!before || before->replyOutcome != ReplyOutcome::Commitment))
        return fail(commitmentNeedsReply());
    if (FollowUpPolicy::isAnswered(*r)) {
        r->followUpDue = {};
    } else if (before) {
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
