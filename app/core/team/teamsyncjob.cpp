#include "teamsyncjob.h"

#include "teamconnection.h"

#include <QCoreApplication>

namespace pcc {

TeamSyncJob::Outcome TeamSyncJob::run() const
{
    Outcome outcome;
    TeamConnection connection(address);
    if (!connection.open(password)) {
        outcome.error = connection.lastError() + u' '
                        + QCoreApplication::translate("pcc::TeamSyncJob", "Your log on this computer was not changed.");
        return outcome;
    }
    if (!TeamSync::remove(connection, removals, &outcome.rowsRemoved)) {
        outcome.error = connection.lastError() + u' '
                        + QCoreApplication::translate("pcc::TeamSyncJob", "What you deleted here is still to be removed from the "
                                                                          "server; the next sync tries again.");
        return outcome;
    }
    outcome.removed = true;
    if (!TeamSync::push(connection, profileUuid, records, &outcome.result, sharedReplies)) {
        outcome.error = connection.lastError() + u' '
                        + QCoreApplication::translate("pcc::TeamSyncJob", "Your log on this computer was not changed.");
        return outcome;
    }
    outcome.pushed = true;
    if (!TeamCoverage::fetch(connection, &outcome.coverage)) {
        outcome.error = QCoreApplication::translate("pcc::TeamSyncJob",
                                                    "Your contacts were sent, but the team's coverage could not be fetched: %1")
                            .arg(connection.lastError());
        return outcome;
    }
    if (!coverageFile.isEmpty() && !outcome.coverage.save(coverageFile, &outcome.error))
        return outcome;
    outcome.ok = true;
    return outcome;
}

} // namespace pcc
