#pragma once

#include "corrections.h"
#include "reply.h"

#include <QList>

namespace pcc {

// Commitments from offices' replies, as suggested evidence corrections the volunteer sends to
// the coordinator like any other (`data merge` takes them): the office, its new status, the
// source "reply of DATE" and the reply's own words. A commitment whose funding has started says
// the office funds advocacy; one still to start says it is commissioning; one whose end date
// has passed says it funded advocacy that may have ended. The latest commitment
// per office wins. The letter's sentence about the office stays the coordinator's to write.
namespace CommitmentCorrections {
Corrections suggest(const QList<Reply> &commitments, const QDate &today);
} // namespace CommitmentCorrections

} // namespace pcc
