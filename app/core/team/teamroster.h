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
// More volunteers than any campaign has: a server that lists more is refused, asked for no more
// than one over (an unbounded list would cost the memory or the time to read it).
constexpr int MostMembers = 10000;
bool fetch(TeamConnection &connection, QList<TeamMember> *members); // NoPermission for a volunteer
} // namespace TeamRoster

} // namespace pcc
