#pragma once

#include "contactrecord.h"
#include "profile.h"

#include <QDate>
#include <QString>

#include <optional>

namespace pcc {

class ContactLog;

// Records and edits contacts with the campaign's rules, for the window and the command line
// alike: status and reply agree, follow-up dates follow FollowUpPolicy.
class ContactRecorder
{
public:
    explicit ContactRecorder(ContactLog &log);

    // Makes status and reply agree: a substantive reply, commitment or refusal means the
    // letter was replied to; an acknowledgement of a sent letter means acknowledged; with
    // no reply outcome there is no reply date.
    static void normalise(ContactRecord *record);

    // Why a normalised record's dates cannot be true, or empty: a letter that went (or a call
    // made) on a day still to come, a reply dated before the letter or on a day still to come.
    // A draft may carry the day it is meant to go.
    static QString datesProblem(const ContactRecord &record, const QDate &today);
    // Why a contact cannot be set to "commitment to fund" by hand (a new one, or one that was not).
    static QString commitmentNeedsReply();

    bool record(ContactRecord *record); // a new contact: normalised, dates checked, first reminder set
    bool update(ContactRecord *record); // an edited one: dates checked; an answer ends the reminders
    bool snoozeFollowUp(const QString &uuid);
    std::optional<Profile> sender() const; // the volunteer whose contacts these are: the log's current profile
    QString lastError() const;

private:
    bool fail(const QString &message);

    ContactLog &m_log;
    QString m_error;
};

} // namespace pcc
