#pragma once

#include "contactenums.h"

#include <QDate>
#include <QList>
#include <QString>

namespace pcc {

// A document that came with a reply, kept in the log's attachments folder under its SHA-256.
struct ReplyAttachment
{
    QString name;   // the file's name when it was attached
    QString type;   // its media type, from its content: application/pdf, image/png, ...
    qint64 size = 0;
    QString sha256; // lower-case hex

    bool operator==(const ReplyAttachment &) const = default;
};

// What an office promised, in the volunteer's reading of the reply.
struct Commitment
{
    QString what;      // what will be funded
    QString amount;    // as the reply states it ("£45,000 a year"), empty when it does not
    QDate from;
    QDate until;
    QString quotation; // the reply's own words

    bool isEmpty() const { return what.isEmpty() && amount.isEmpty() && !from.isValid() && !until.isValid() && quotation.isEmpty(); }
    bool operator==(const Commitment &) const = default;
};

// One reply to a letter. A letter may have several (an acknowledgement, then an answer).
struct Reply
{
    QString uuid;
    QString contactUuid;
    QString forceId; // the letter's, filled in when read from the log
    QDate date;
    ReplyOutcome outcome = ReplyOutcome::Acknowledgement; // never None or NoReply
    QString summary;          // in the volunteer's words; stays on this computer unless shared
    bool shareSummary = false; // the volunteer ticked "share the summary with the coordinator"
    Commitment commitment;
    QList<ReplyAttachment> attachments;
};

} // namespace pcc
