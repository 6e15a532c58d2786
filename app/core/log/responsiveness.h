#pragma once

#include "letteroutcome.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace pcc {

// Who answers and how fast, per office: letters sent, letters answered, the reply rate, the
// median days from a letter to its reply, commitments and the last reply. A letter is sent once
// it is out of drafts; it is answered when it was acknowledged or replied to, or carries a reply
// outcome other than "no reply". Days count only where both dates are known and the reply is not
// dated before the letter.
struct ForceResponsiveness
{
    QString forceId;
    int sent = 0;
    int replied = 0;
    std::optional<double> medianDaysToReply;
    int commitments = 0;
    QDate lastReply;

    double replyRate() const { return sent > 0 ? double(replied) / sent : 0.0; }
    QJsonObject toJson() const;
};

struct ContactRecord;

namespace Responsiveness {
// One entry per force with a letter sent, in force id order.
QList<ForceResponsiveness> compute(const QList<LetterOutcome> &letters);
bool isAnswered(const LetterOutcome &letter);
LetterOutcome outcomeOf(const ContactRecord &record);
// For the office's panel: "This office has answered 3 of the 4 letters sent from this computer,
// half of the replies within 16 days." Empty when no letter was sent.
QString sentence(const ForceResponsiveness &figures);
// The same for the whole campaign, from the team server's counts.
QString teamSentence(const ForceResponsiveness &figures);
} // namespace Responsiveness

} // namespace pcc
