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

    bool record(ContactRecord *record); // a new contact: normalised, first reminder set
    bool update(ContactRecord *record); // an edited one: an answer ends the reminders
    bool snoozeFollowUp(const QString &uuid);
    std::optional<Profile> sender() const; // the volunteer whose contacts these are: the log's current profile
    QString lastError() const;

private:
    ContactLog &m_log;
    QString m_error;
};

} // namespace pcc
