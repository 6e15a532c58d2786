#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace pcc {

// What an office was found to fund for stalking victims, read strictly (SOURCES.md,
// "stalking_advocacy_2026.csv"): only independent advocacy, shown current, counts as funding.
enum class AdvocacyStatus {
    None,                 // no research record for this force
    FundsAdvocacy,        // funds_advocacy: funds independent specialist stalking advocacy, current in 2024 or later
    Commissioning,        // commissioning: a tender is out or due; no award or start seen
    FundedMayHaveEnded,   // funded_may_have_ended: funded it, but the evidence stops or a period ended unrenewed
    PoliceLedOrOtherOnly, // police_led_or_other_only: stalking work exists, none of it independent advocacy it funds
    GeneralServicesOnly,  // general_services_only: general victim services only
    NothingFound,         // nothing_found
};

QString advocacyStatusKey(AdvocacyStatus status);
bool advocacyStatusFromKey(const QString &key, AdvocacyStatus *status);
QString advocacyStatusLabel(AdvocacyStatus status); // plain words, for the panel and the map's legend
const QList<AdvocacyStatus> &advocacyStatuses();    // the six research statuses, most to least funded

struct StalkingSupport
{
    AdvocacyStatus status = AdvocacyStatus::None;
    QString evidenceAsOf;    // the latest year the evidence shows it current ("2025"); may be empty
    QString letterClause;    // one curated sentence a letter uses as it is; empty for the last two statuses
    QString confirmQuestion; // the question that asks the office to confirm what the clause relies on
    QString researchStatus;  // the earlier, broader reading's key, kept for the record only
    QString summary;
    QString provider;
    QString funder;
    QString years;
    QStringList sources;
    QString confidence;        // high, medium, low (of the earlier research's summary)
    QString fundingSeenToEnd;  // "March 2025": a funding period seen to end with no renewal seen
    QString localNote;         // "corrected by you on …": this computer only, never written out

    bool isKnown() const { return status != AdvocacyStatus::None; }
    // The rules every letter follows: thanks only where the office funds (or funded)
    // independent advocacy and a curated sentence says what for; "sustain" only where
    // that funding is current.
    bool thanksAllowed() const;
    bool asksToSustain() const;
    // What a volunteer should keep in mind before writing, in one sentence (may be empty).
    QString caution() const;
    // As the data file writes it (policing_bodies.json's "stalking_support"): an empty field
    // is null, and so is the status when there is no research record. localNote is never written.
    QJsonObject toJson() const;
};

} // namespace pcc
