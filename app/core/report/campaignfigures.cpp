#include "campaignfigures.h"

#include "responsiveness.h"

#include <algorithm>

namespace pcc {

CampaignFigures CampaignFigures::from(const Directory &directory, const QList<ContactRecord> &contacts,
                                      const QHash<QString, ForceProgress> &progress)
{
    CampaignFigures f;
    f.progress = progress;
    QHash<QString, const ContactRecord *> latest;
    QList<LetterOutcome> letters;
    letters.reserve(contacts.size());
    for (const ContactRecord &r : contacts)
        letters << Responsiveness::outcomeOf(r);
    QHash<QString, ForceResponsiveness> answers;
    for (const ForceResponsiveness &a : Responsiveness::compute(letters))
        answers.insert(a.forceId, a);
    for (const ContactRecord &r : contacts) {
        if (r.status == ContactStatus::Drafted || !r.date.isValid())
            continue;
        ++f.lettersSent;
        ++f.sentPerMonth[r.date.toString(QStringLiteral("yyyy-MM"))];
        const ContactRecord *&last = latest[r.forceId];
        if (!last || r.date >= last->date)
            last = &r;
    }
    for (const ForceRecord &force : directory.forces()) {
        ForceRow row;
        row.forceId = force.id;
        row.areaName = force.areaName();
        row.progress = progress.value(force.id, ForceProgress::NotContacted);
        if (const ContactRecord *last = latest.value(force.id)) {
            row.lastLetter = last->date;
            row.lastReply = last->replyOutcome;
        }
        if (const auto a = answers.constFind(force.id); a != answers.constEnd()) {
            row.sent = a->sent;
            row.answered = a->replied;
            row.medianDaysToReply = a->medianDaysToReply;
        }
        ++f.offices;
        if (row.progress != ForceProgress::NotContacted)
            ++f.contacted;
        if (row.progress == ForceProgress::Replied || row.progress == ForceProgress::Commitment)
            ++f.officesReplied;
        if (row.progress == ForceProgress::Commitment)
            ++f.commitments;
        f.rows << row;
    }
    // The report's table in the order of the names it shows.
    std::sort(f.rows.begin(), f.rows.end(),
              [](const ForceRow &a, const ForceRow &b) { return QString::localeAwareCompare(a.areaName, b.areaName) < 0; });
    return f;
}

} // namespace pcc
