#pragma once

#include <QList>
#include <QStringList>

namespace pcc {

// The team server's tables, roles and row-level security policies, as versioned migrations
// that `team init` applies in order (each version once; pcc.schema_version says where a
// server is).
//
// Access control lives in the server, not in the client: a volunteer (a login role in
// pcc_volunteer) reads and writes only rows whose `volunteer` is their own role; the
// coordinator (the role that ran `team init`, and members of pcc_coordinator) reads
// everything; pcc.coverage holds counts per force and nothing personal.
namespace TeamSchema {

constexpr int Version = 5;

// What one volunteer may write, until the coordinator says otherwise (`team limits`): enough
// for a first sync of a long log, too few to drown the campaign's figures.
constexpr int MaxBatchSize = 1000; // contacts in one call of pcc.store_contacts
constexpr int DefaultRowsPerDay = 2000;
constexpr int DefaultCommitmentsPerForce = 3;

// The longest text the server keeps in a contact's fields; a longer one stays on this computer.
constexpr int MaxLetterLength = 100000;
constexpr int MaxNotesLength = 20000;
constexpr int MaxSummaryLength = 20000;
constexpr int MaxCommitmentWhatLength = 2000;
constexpr int MaxCommitmentAmountLength = 200;
constexpr int MaxCommitmentQuoteLength = 5000;
constexpr int MaxNameLength = 200;   // a volunteer's, a holder's, a template's name
constexpr int MaxOfficeLength = 300; // an office's name
constexpr int MaxIdLength = 64;
// Dates the server takes: from 2000, a letter or a reply at most a week ahead of the server's
// day (UTC), a follow-up or a commitment's dates at most ten years ahead.
constexpr int MaxDaysAhead = 7;
constexpr int MaxYearsDaysAhead = 3660;

struct Migration
{
    int version;
    QStringList statements;
};
QList<Migration> migrations();

inline constexpr char VolunteerGroup[] = "pcc_volunteer";
inline constexpr char CoordinatorGroup[] = "pcc_coordinator";

} // namespace TeamSchema
} // namespace pcc
