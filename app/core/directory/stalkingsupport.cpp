#include "stalkingsupport.h"

#include "enumkeys.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>

using namespace Qt::StringLiterals;

namespace pcc {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pcc::StalkingSupport)
};

QJsonValue nullable(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}
} // namespace

QString advocacyStatusKey(AdvocacyStatus status)
{
    switch (status) {
    case AdvocacyStatus::None: return {};
    case AdvocacyStatus::FundsAdvocacy: return u"funds_advocacy"_s;
    case AdvocacyStatus::Commissioning: return u"commissioning"_s;
    case AdvocacyStatus::FundedMayHaveEnded: return u"funded_may_have_ended"_s;
    case AdvocacyStatus::PoliceLedOrOtherOnly: return u"police_led_or_other_only"_s;
    case AdvocacyStatus::GeneralServicesOnly: return u"general_services_only"_s;
    case AdvocacyStatus::NothingFound: return u"nothing_found"_s;
    }
    return {};
}

const QList<AdvocacyStatus> &advocacyStatuses()
{
    static const QList<AdvocacyStatus> all{AdvocacyStatus::FundsAdvocacy,        AdvocacyStatus::Commissioning,
                                           AdvocacyStatus::FundedMayHaveEnded,   AdvocacyStatus::PoliceLedOrOtherOnly,
                                           AdvocacyStatus::GeneralServicesOnly,  AdvocacyStatus::NothingFound};
    return all;
}

bool advocacyStatusFromKey(const QString &key, AdvocacyStatus *status)
{
    return enumFromKey({AdvocacyStatus::FundsAdvocacy, AdvocacyStatus::Commissioning, AdvocacyStatus::FundedMayHaveEnded,
                        AdvocacyStatus::PoliceLedOrOtherOnly, AdvocacyStatus::GeneralServicesOnly, AdvocacyStatus::NothingFound},
                       advocacyStatusKey, key, status);
}

QString advocacyStatusLabel(AdvocacyStatus status)
{
    switch (status) {
    case AdvocacyStatus::None: return Tr::tr("No research yet");
    case AdvocacyStatus::FundsAdvocacy: return Tr::tr("Funds independent stalking advocacy");
    case AdvocacyStatus::Commissioning: return Tr::tr("Buying a stalking advocacy service, not yet awarded");
    case AdvocacyStatus::FundedMayHaveEnded: return Tr::tr("Funded stalking advocacy, may have ended");
    case AdvocacyStatus::PoliceLedOrOtherOnly: return Tr::tr("Police-led or other stalking work only");
    case AdvocacyStatus::GeneralServicesOnly: return Tr::tr("General victim services only");
    case AdvocacyStatus::NothingFound: return Tr::tr("Nothing found");
    }
    return {};
}

bool StalkingSupport::thanksAllowed() const
{
    return (status == AdvocacyStatus::FundsAdvocacy || status == AdvocacyStatus::FundedMayHaveEnded)
        && !letterClause.trimmed().isEmpty();
}

bool StalkingSupport::asksToSustain() const
{
    return status == AdvocacyStatus::FundsAdvocacy && thanksAllowed();
}

QString StalkingSupport::caution() const
{
    switch (status) {
    case AdvocacyStatus::None:
        return {};
    case AdvocacyStatus::FundsAdvocacy:
        return Tr::tr("Check with the office that this service is still funded before thanking it.");
    case AdvocacyStatus::Commissioning:
        return Tr::tr("A service is being bought but no contract award was seen; ask when it starts.");
    case AdvocacyStatus::FundedMayHaveEnded:
        if (!fundingSeenToEnd.isEmpty())
            return Tr::tr("Funding seen to end in %1; ask whether it continues.").arg(fundingSeenToEnd);
        return Tr::tr("The evidence stops before 2024; ask whether the service continues.");
    case AdvocacyStatus::PoliceLedOrOtherOnly:
        return Tr::tr("The stalking work found is run by the police or others; it is not independent advocacy.");
    case AdvocacyStatus::GeneralServicesOnly:
        return Tr::tr("Nothing stalking-specific found; this does not prove there is none.");
    case AdvocacyStatus::NothingFound:
        return Tr::tr("The research found nothing, which does not mean there is nothing: ask the office.");
    }
    return {};
}

QJsonObject StalkingSupport::toJson() const
{
    return QJsonObject{{u"advocacy_status"_s, nullable(advocacyStatusKey(status))},
                       {u"evidence_as_of"_s, nullable(evidenceAsOf)},
                       {u"letter_clause"_s, nullable(letterClause)},
                       {u"confirm_question"_s, nullable(confirmQuestion)},
                       {u"research_status"_s, nullable(researchStatus)},
                       {u"summary"_s, nullable(summary)},
                       {u"service_or_provider"_s, nullable(provider)},
                       {u"funder"_s, nullable(funder)},
                       {u"years"_s, nullable(years)},
                       {u"sources"_s, QJsonArray::fromStringList(sources)},
                       {u"confidence"_s, nullable(confidence)},
                       {u"funding_seen_to_end"_s, nullable(fundingSeenToEnd)}};
}

} // namespace pcc
