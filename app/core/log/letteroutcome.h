#pragma once

#include "contactenums.h"

#include <QDate>
#include <QString>

namespace pcc {

// What a letter brought back, without its text or anyone's name: what responsiveness needs.
struct LetterOutcome
{
    QString forceId;
    ContactStatus status = ContactStatus::Sent;
    ReplyOutcome outcome = ReplyOutcome::None;
    QDate sentOn;
    QDate repliedOn;
};

} // namespace pcc
