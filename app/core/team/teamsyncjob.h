#pragma once

#include "teamcoverage.h"
#include "teamserveraddress.h"
#include "teamsync.h"
#include "reply.h"

#include <QList>
#include <QString>

namespace pcc {


// One whole sync, as the command line and the window both run it: connect, push the
// profile's records, fetch the team's coverage and keep it for the offline map. Opens its
// own connection, so it may run on a worker thread. The local log is not touched: the
// caller reads the records and removals before and passes them in, and forgets the
// removals once the outcome says they were done.
struct TeamSyncJob
{
    TeamServerAddress address;
    QString password; // empty: libpq's own (PGPASSWORD, ~/.pgpass)
    QString profileUuid;
    QList<ContactRecord> records;
    QList<TeamRemoval> removals; // deleted here, to be removed from the server first
    QString coverageFile; // where to keep the coverage; empty: not kept
    QList<Reply> sharedReplies; // ContactLog::sharedReplies of the profile

    struct Outcome
    {
        bool ok = false;
        bool pushed = false; // the records reached the server (even if the coverage did not come back)
        bool removed = false; // the removals reached the server: the caller forgets them
        int rowsRemoved = 0;
        TeamSync::Result result;
        TeamCoverage coverage;
        QString error;
    };
    Outcome run() const;
};

} // namespace pcc
