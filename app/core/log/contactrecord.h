#pragma once

#include "contactenums.h"
#include "forcerecord.h"
#include "profile.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace pcc {

// One contact with a policing body. The uuid is stable across exports and imports; the
// profile is identified by its uuid (the name is carried for display and for old files).
struct ContactRecord
{
    QString uuid;
    QString profileUuid;
    QString profileName;
    QString forceId;
    QString bodyName;    // the office at the time
    QString holderName;  // the holder at the time
    Channel channel = Channel::Post;
    QDate date;
    QString templateName;
    QString letterText;  // snapshot of what was sent
    ContactStatus status = ContactStatus::Sent;
    QDate replyDate;
    ReplyOutcome replyOutcome = ReplyOutcome::None;
    QString notes;
    QDate followUpDue;
    QDateTime updatedAt; // UTC; newer wins on import
    // False for a row from a file without updated_at (an anonymous export, a hand-made list):
    // its age is a guess, so it may add a contact but never replace one.
    bool updatedAtKnown = true;

    // Addresses the contact to `force`, recording its office and holder as they are today.
    void setRecipient(const ForceRecord &force);
    void setSender(const Profile &profile);
    // A sentence naming the first field that holds a control character (a NUL, say), or empty.
    QString controlCharacterProblem() const;
};

} // namespace pcc
