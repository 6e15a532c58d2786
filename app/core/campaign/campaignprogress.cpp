#include "campaignprogress.h"

#include "contactlog.h"

namespace pcc {

std::optional<CampaignProgress> CampaignProgress::read(ContactLog &log, const std::optional<TeamCoverage> &serverCoverage,
                                                       const QString &profileUuid)
{
    CampaignProgress progress;
    if (serverCoverage) {
        progress.fromServer = true;
        progress.byForce = serverCoverage->progressByForce();
        for (const ForceCoverage &f : serverCoverage->forces)
            progress.responsiveness.append(f.responsiveness());
        return progress;
    }
    const auto byForce = log.progressByForce(profileUuid);
    const auto letters = log.letterOutcomes(profileUuid);
    if (!byForce || !letters)
        return std::nullopt;
    progress.byForce = *byForce;
    progress.responsiveness = Responsiveness::compute(*letters);
    return progress;
}

} // namespace pcc
