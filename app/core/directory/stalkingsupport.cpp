#include "stalkingsupport.h"

#include "enumkeys.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace pcc {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pcc::StalkingSupport)
};
} // namespace

QString evidenceStatusKey(EvidenceStatus status)
{
    switch (status) {
    case EvidenceStatus::None: return {};
    case EvidenceStatus::FundsSpecialistService: return u"funds_specialist_service"_s;
    case EvidenceStatus::GeneralVictimServicesOnly: return u"general_victim_services_only"_s;
    case EvidenceStatus::PledgeOnly: return u"pledge_only"_s;
    case EvidenceStatus::Unknown: return u"unknown"_s;
    }
    return {};
}

bool evidenceStatusFromKey(const QString &key, EvidenceStatus *status)
{
    return enumFromKey({EvidenceStatus::FundsSpecialistService, EvidenceStatus::GeneralVictimServicesOnly,
                        EvidenceStatus::PledgeOnly, EvidenceStatus::Unknown},
                       evidenceStatusKey, key, status);
}

QString evidenceStatusLabel(EvidenceStatus status)
{
    switch (status) {
    case EvidenceStatus::None: return Tr::tr("No research yet");
    case EvidenceStatus::FundsSpecialistService: return Tr::tr("Funds a specialist stalking service");
    case EvidenceStatus::GeneralVictimServicesOnly: return Tr::tr("General victim services only");
    case EvidenceStatus::PledgeOnly: return Tr::tr("A pledge, no funding seen");
    case EvidenceStatus::Unknown: return Tr::tr("Nothing found");
    }
    return {};
}

bool StalkingSupport::fundsSpecialistService() const
{
    return status == EvidenceStatus::FundsSpecialistService
        && (confidence == u"high"_s || confidence == u"medium"_s);
}

QString StalkingSupport::caution() const
{
    switch (status) {
    case EvidenceStatus::None:
        return {};
    case EvidenceStatus::FundsSpecialistService:
        if (!fundsSpecialistService())
            return Tr::tr("The evidence is weak (low confidence): check with the office before thanking it for this service.");
        if (!fundingSeenToEnd.isEmpty())
            return Tr::tr("Funding seen to end in %1; ask whether it continues.").arg(fundingSeenToEnd);
        return Tr::tr("Check with the office that this service is still funded before thanking it.");
    case EvidenceStatus::GeneralVictimServicesOnly:
        return Tr::tr("Nothing stalking-specific found; this does not prove there is none.");
    case EvidenceStatus::PledgeOnly:
        return Tr::tr("A plan commitment was found, but no funding; ask whether it was kept.");
    case EvidenceStatus::Unknown:
        return Tr::tr("Nothing found; this does not prove there is none.");
    }
    return {};
}

} // namespace pcc
