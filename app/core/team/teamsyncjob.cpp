#include "teamsyncjob.h"

#include "teamconnection.h"

#include <QCoreApplication>

namespace pcc {

TeamSyncJob::Outcome TeamSyncJob::run() const
{
    Outcome outcome;
    TeamConnection connection(address);
    if (!connection.open(password) || !TeamSync::push(connection, profileUuid, records, &outcome.result)) {
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
