#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include "forcerecord.h"
#include "profile.h"

namespace pcc {

enum class Channel { Post, Email, Both, Phone, Meeting };
enum class ContactStatus { Drafted, Sent, Acknowledged, Replied };

QString channelKey(Channel c);
bool channelFromKey(const QString &key, Channel *c);
QString statusKey(ContactStatus s);
bool statusFromKey(const QString &key, ContactStatus *s);

// Reply outcomes, stored by key: "", acknowledgement, substantive, commitment, declined, no_reply.
bool isReplyOutcomeKey(const QString &key);
QString replyOutcomeLabel(const QString &key);

// What the map shows for one force: the furthest a profile's contacts have got.
enum class ForceProgress { NotContacted = 0, Sent = 1, Replied = 2, Commitment = 3 };
QString forceProgressLabel(ForceProgress p);

// One contact with a policing body. The uuid is stable across exports and imports.
struct ContactRecord
{
    QString uuid;
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
    QString replyOutcome;
    QString notes;
    QDate followUpDue;
    QDateTime updatedAt; // UTC; newer wins on import

    // Addresses the contact to `force`, recording its office and holder as they are today.
    void setRecipient(const ForceRecord &force);
};

} // namespace pcc
