#pragma once

#include <QList>
#include <QString>

namespace pcc {

class TeamConnection;

// The coordinator's view of one volunteer's rows on the team server, force by force, and the
// clean-up when they are not to be trusted. The campaign's counts follow the removal.
struct VolunteerForceRows
{
    QString forceId;
    int rows = 0;
    int sent = 0;
    int replied = 0;
    int commitments = 0;
};

namespace TeamCleanup {
bool rowsByForce(TeamConnection &connection, const QString &role, QList<VolunteerForceRows> *rows);
// `forceId` empty: every row of that volunteer.
bool removeRows(TeamConnection &connection, const QString &role, const QString &forceId, int *removed);
} // namespace TeamCleanup

} // namespace pcc
