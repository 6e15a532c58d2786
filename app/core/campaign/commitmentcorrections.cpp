#include "commitmentcorrections.h"

#include "isodates.h"
#include "stalkingsupport.h"

using namespace Qt::StringLiterals;

namespace pcc {

namespace {

// An ended commitment must never read as funding today: the next letters would thank the
// office for a service it no longer pays for.
AdvocacyStatus statusOn(const Commitment &commitment, const QDate &today)
{
    if (commitment.until.isValid() && commitment.until < today)
        return AdvocacyStatus::FundedMayHaveEnded;
    if (commitment.from.isValid() && commitment.from <= today)
        return AdvocacyStatus::FundsAdvocacy;
    return AdvocacyStatus::Commissioning;
}

} // namespace

Corrections CommitmentCorrections::suggest(const QList<Reply> &commitments, const QDate &today)
{
    Corrections out;
    for (const Reply &r : commitments) { // oldest first: a later reply replaces an earlier one
        if (r.outcome != ReplyOutcome::Commitment || r.forceId.isEmpty() || !r.date.isValid())
            continue;
        Correction c;
        c.forceId = r.forceId;
        c.field = u"evidence_status"_s;
        c.value = advocacyStatusKey(statusOn(r.commitment, today));
        c.source = u"reply of %1"_s.arg(IsoDates::date(r.date));
        c.date = r.date;
        c.quotation = r.commitment.quotation;
        out.set(c);
    }
    return out;
}

} // namespace pcc
