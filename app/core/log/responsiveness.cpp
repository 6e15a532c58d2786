#include "responsiveness.h"

#include "isodates.h"

#include <QJsonValue>
#include <QMap>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace pcc {

namespace {

std::optional<double> median(std::vector<qint64> values)
{
    if (values.empty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const size_t middle = values.size() / 2;
    if (values.size() % 2 == 1)
        return double(values[middle]);
    return (values[middle - 1] + values[middle]) / 2.0;
}

} // namespace

QJsonObject ForceResponsiveness::toJson() const
{
    return QJsonObject{
        {u"force_id"_s, forceId},
        {u"sent"_s, sent},
        {u"replied"_s, replied},
        {u"reply_rate"_s, replyRate()},
        {u"median_days_to_reply"_s, medianDaysToReply ? QJsonValue(*medianDaysToReply) : QJsonValue(QJsonValue::Null)},
        {u"commitments"_s, commitments},
        {u"last_reply"_s, lastReply.isValid() ? QJsonValue(IsoDates::date(lastReply)) : QJsonValue(QJsonValue::Null)},
    };
}

bool Responsiveness::isAnswered(const LetterOutcome &letter)
{
    if (letter.status == ContactStatus::Drafted || letter.outcome == ReplyOutcome::NoReply)
        return false;
    return letter.status == ContactStatus::Acknowledged || letter.status == ContactStatus::Replied
           || letter.outcome != ReplyOutcome::None;
}

QList<ForceResponsiveness> Responsiveness::compute(const QList<LetterOutcome> &letters)
{
    struct Tally
    {
        ForceResponsiveness figures;
        std::vector<qint64> days;
    };
    QMap<QString, Tally> byForce; // ordered by force id
    for (const LetterOutcome &letter : letters) {
        if (letter.status == ContactStatus::Drafted)
            continue;
        Tally &t = byForce[letter.forceId];
        t.figures.forceId = letter.forceId;
        ++t.figures.sent;
        if (!isAnswered(letter))
            continue;
        ++t.figures.replied;
        if (letter.outcome == ReplyOutcome::Commitment)
            ++t.figures.commitments;
        if (letter.repliedOn.isValid()) {
            if (!t.figures.lastReply.isValid() || letter.repliedOn > t.figures.lastReply)
                t.figures.lastReply = letter.repliedOn;
            if (letter.sentOn.isValid() && letter.repliedOn >= letter.sentOn)
                t.days.push_back(letter.sentOn.daysTo(letter.repliedOn));
        }
    }
    QList<ForceResponsiveness> out;
    out.reserve(byForce.size());
    for (Tally &t : byForce) {
        t.figures.medianDaysToReply = median(std::move(t.days));
        out.append(t.figures);
    }
    return out;
}

} // namespace pcc
