#pragma once

#include "contactenums.h"

#include <QDate>
#include <QString>

#include <optional>

namespace pcc {

// What letters brought back, without their text or anyone's name: what responsiveness needs.
// The log groups letters that share these values, so a figure over 100,000 letters reads a few
// hundred groups.
struct LetterOutcome
{
    QString forceId;
    ContactStatus status = ContactStatus::Sent;
    ReplyOutcome outcome = ReplyOutcome::None;
    std::optional<qint64> daysToReply; // the reply's date less the letter's, where both are known
    QDate repliedOn;                   // the latest reply date of these letters
    int letters = 1;                   // how many letters share these values
};

} // namespace pcc
