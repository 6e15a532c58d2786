#pragma once

#include <QString>

#include <optional>

namespace pcc {

class TeamConnection;

// What a volunteer may write to the team server: contacts per day and commitments per force.
// The campaign's limits hold for everyone the coordinator has not given their own.
struct TeamLimitValues
{
    int rowsPerDay = 0;
    int commitmentsPerForce = 0;
};

namespace TeamLimits {
// `role` empty: the campaign's limits; otherwise that volunteer's (their own or the campaign's).
bool fetch(TeamConnection &connection, const QString &role, TeamLimitValues *limits);
// Coordinator only. An unset value is left as it is.
bool set(TeamConnection &connection, const QString &role, std::optional<int> rowsPerDay, std::optional<int> commitmentsPerForce);
} // namespace TeamLimits

} // namespace pcc
