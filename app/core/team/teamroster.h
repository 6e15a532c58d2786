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
// More volunteers than any campaign has: a server that lists more is refused, having sent no
// more than one over (its rows are read whole, so an unbounded list could take all the memory).
constexpr int MostMembers = 10000;
bool fetch(TeamConnection &connection, QList<TeamMember> *members); // NoPermission for a volunteer
} // namespace TeamRoster

} // namespace pcc
