#pragma once

#include "contactrecord.h"

#include <QByteArray>
#include <QList>

namespace pcc {

// The follow-up dates of letters still waiting for a reply, as an iCalendar file (RFC 5545)
// the volunteer imports into their own calendar: one all-day event per letter, its UID taken
// from the contact's id (so importing again updates rather than repeats), and nothing personal:
// only the office's name and the dates.
namespace FollowUpCalendar {
bool isDue(const ContactRecord &record); // sent, not answered, with a follow-up date
QByteArray ics(const QList<ContactRecord> &records);
} // namespace FollowUpCalendar

} // namespace pcc
