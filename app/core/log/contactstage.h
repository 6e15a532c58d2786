#pragma once

#include "contactenums.h"

#include <QList>
#include <QString>

namespace pcc {

// Where a letter stands, as one choice for the volunteer: a status and a reply outcome that
// belong together ("They replied with a commitment to fund" is Replied + Commitment), so a
// form never offers two controls that can contradict each other.
struct ContactStage
{
    ContactStatus status = ContactStatus::Sent;
    ReplyOutcome outcome = ReplyOutcome::None;

    static QList<ContactStage> all(); // in the order a letter moves through them
    QString label() const;            // for people; a pair not in all() reads "status · outcome"
    bool hasReply() const;            // an answer came, so it has a reply date
    bool operator==(const ContactStage &other) const = default;
};

} // namespace pcc
