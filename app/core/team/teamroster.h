#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace pcc {

class TeamConnection;

// The coordinator's list of volunteers with their counts (pcc.volunteer_counts, which only
// the coordinator may read).
struct TeamMember
{
    QString role;
    QDateTime addedAt;
    int sent = 0;
    int replied = 0;
    int forces = 0;
    QDateTime lastChange; // invalid when they have not synced anything
};

namespace TeamRoster {
bool fetch(TeamConnection &connection, QList<TeamMember> *members); // NoPermission for a volunteer
} // namespace TeamRoster

} // namespace pcc
