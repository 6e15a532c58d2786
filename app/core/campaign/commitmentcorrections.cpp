#include "commitmentcorrections.h"

#include "isodates.h"
#include "stalkingsupport.h"

using namespace Qt::StringLiterals;

namespace pcc {

Corrections CommitmentCorrections::suggest(const QList<Reply> &commitments, const QDate &today)
{
    Corrections out;
    for (const Reply &r : commitments) { // oldest first: a later reply replaces an earlier one
        if (r.outcome != ReplyOutcome::Commitment || r.forceId.isEmpty() || !r.date.isValid())
            continue;
        const bool started = r.commitment.from.isValid() && r.commitment.from <= today;
        Correction c;
        c.forceId = r.forceId;
        c.field = u"evidence_status"_s;
        c.value = advocacyStatusKey(started ? AdvocacyStatus::FundsAdvocacy : AdvocacyStatus::Commissioning);
        c.source = u"reply of %1"_s.arg(IsoDates::date(r.date));
        c.date = r.date;
        c.quotation = r.commitment.quotation;
        out.set(c);
    }
    return out;
}

} // namespace pcc
