#pragma once

#include "contactenums.h"
#include "responsiveness.h"
#include "teamcoverage.h"

#include <QHash>

#include <optional>

namespace pcc {

class ContactLog;

// What the map, the list and an office's panel show about the campaign's letters. In the
// team view with a team server: the server's coverage as last fetched. Otherwise this
// computer's log, one profile's letters or (profileUuid empty) everyone's.
struct CampaignProgress
{
    QHash<QString, ForceProgress> byForce;
    QList<ForceResponsiveness> responsiveness;
    bool fromServer = false;

    // nullopt when the log cannot be read (its lastError says why).
    static std::optional<CampaignProgress> read(ContactLog &log, const std::optional<TeamCoverage> &serverCoverage,
                                                const QString &profileUuid);
};

} // namespace pcc
