#include "responsiveness.h"

#include "contactrecord.h"
#include "isodates.h"

#include <QCoreApplication>

#include <QJsonValue>
#include <QLocale>
#include <QMap>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace Qt::StringLiterals;

namespace pcc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pcc::Responsiveness)
};

// The median of values each counted `weight` times: the middle one, or the mean of the middle two.
std::optional<double> median(std::vector<std::pair<qint64, int>> weighted)
{
    qint64 total = 0;
    for (const auto &[value, weight] : weighted)
        total += weight;
    if (total == 0)
        return std::nullopt;
    std::sort(weighted.begin(), weighted.end());
    auto valueAt = [&](qint64 position) { // 0-based position in the sorted, expanded list
        for (const auto &[value, weight] : weighted) {
            if (position < weight)
                return value;
            position -= weight;
        }
        return weighted.back().first;
    };
    if (total % 2 == 1)
        return double(valueAt(total / 2));
    return (valueAt(total / 2 - 1) + valueAt(total / 2)) / 2.0;
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
        std::vector<std::pair<qint64, int>> days;
    };
    QMap<QString, Tally> byForce; // ordered by force id
    for (const LetterOutcome &letter : letters) {
        if (letter.status == ContactStatus::Drafted)
            continue;
        Tally &t = byForce[letter.forceId];
        t.figures.forceId = letter.forceId;
        t.figures.sent += letter.letters;
        if (!isAnswered(letter))
            continue;
        t.figures.replied += letter.letters;
        if (letter.outcome == ReplyOutcome::Commitment)
            t.figures.commitments += letter.letters;
        if (letter.repliedOn.isValid() && (!t.figures.lastReply.isValid() || letter.repliedOn > t.figures.lastReply))
            t.figures.lastReply = letter.repliedOn;
        if (letter.daysToReply && *letter.daysToReply >= 0)
            t.days.emplace_back(*letter.daysToReply, letter.letters);
    }
    QList<ForceResponsiveness> out;
    out.reserve(byForce.size());
    for (Tally &t : byForce) {
        t.figures.medianDaysToReply = median(std::move(t.days));
        out.append(t.figures);
    }
    return out;
}

LetterOutcome Responsiveness::outcomeOf(const ContactRecord &r)
{
    LetterOutcome o;
    o.forceId = r.forceId;
    o.status = r.status;
    o.outcome = r.replyOutcome;
    if (r.date.isValid() && r.replyDate.isValid())
        o.daysToReply = r.date.daysTo(r.replyDate);
    o.repliedOn = r.replyDate;
    return o;
}

namespace {

// How long the office took: one reply's days, or the median of several in plain words.
QString timeToReply(const ForceResponsiveness &f)
{
    if (!f.medianDaysToReply)
        return {};
    const double days = *f.medianDaysToReply;
    if (f.replied == 1) {
        return days < 1 ? Tr::tr(", the same day it was sent")
                        : Tr::tr(", %n day(s) after it was sent", nullptr, int(days));
    }
    if (days < 1)
        return Tr::tr(", half of the replies on the day the letter was sent");
    if (days == std::floor(days))
        return Tr::tr(", half of the replies within %n day(s)", nullptr, int(days));
    return Tr::tr(", half of the replies within %1 days").arg(QLocale().toString(days, 'g', 4));
}

enum class Letters { FromThisComputer, FromTheCampaign };

// "No reply yet to …", or "This office has answered …" with how long it took: whole sentences
// for each whose letters they are, so that a translation never has to join pieces.
QString answered(const ForceResponsiveness &f, Letters whose)
{
    const bool mine = whose == Letters::FromThisComputer;
    if (f.replied == 0)
        return mine ? Tr::tr("No reply yet to the %n letter(s) sent from this computer.", nullptr, f.sent)
                    : Tr::tr("No reply yet to the %n letter(s) the campaign's volunteers have sent.", nullptr, f.sent);
    QString text;
    if (f.sent == 1)
        text = mine ? Tr::tr("This office has answered the letter sent from this computer")
                    : Tr::tr("This office has answered the letter a campaign volunteer sent");
    else if (f.replied == f.sent)
        text = mine ? Tr::tr("This office has answered all %n letter(s) sent from this computer", nullptr, f.sent)
                    : Tr::tr("This office has answered all %n letter(s) the campaign's volunteers have sent", nullptr, f.sent);
    else
        text = (mine ? Tr::tr("This office has answered %1 of the %n letter(s) sent from this computer", nullptr, f.sent)
                     : Tr::tr("This office has answered %1 of the %n letter(s) the campaign's volunteers have sent", nullptr, f.sent))
                   .arg(f.replied);
    return text + timeToReply(f) + u'.';
}

QString commitments(const ForceResponsiveness &f)
{
    return f.commitments > 0 ? u' ' + Tr::tr("%n reply(ies) made a commitment to fund.", nullptr, f.commitments) : QString();
}

} // namespace

QString Responsiveness::sentence(const ForceResponsiveness &f)
{
    if (f.sent == 0)
        return {};
    QString text = answered(f, Letters::FromThisComputer);
    return f.replied == 0 ? text : text + commitments(f);
}

QString Responsiveness::teamSentence(const ForceResponsiveness &f)
{
    if (f.sent == 0)
        return {};
    QString text = answered(f, Letters::FromTheCampaign);
    if (f.replied == 0)
        return text;
    if (f.lastReply.isValid())
        text += u' ' + Tr::tr("The last reply was dated %1.").arg(QLocale().toString(f.lastReply, QLocale::LongFormat));
    return text + commitments(f);
}

} // namespace pcc
