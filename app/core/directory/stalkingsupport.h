#pragma once

#include <QString>
#include <QStringList>

namespace pcc {

// What the research found a policing body funds for stalking victims (the research's keys
// are in the data file; SOURCES.md, "Stalking support by force").
enum class EvidenceStatus {
    None,                      // no research record for this force
    FundsSpecialistService,    // funds_specialist_service
    GeneralVictimServicesOnly, // general_victim_services_only
    PledgeOnly,                // pledge_only
    Unknown,                   // unknown
};

QString evidenceStatusKey(EvidenceStatus status);
bool evidenceStatusFromKey(const QString &key, EvidenceStatus *status);
QString evidenceStatusLabel(EvidenceStatus status); // plain words, for the panel and the map's legend

struct StalkingSupport
{
    EvidenceStatus status = EvidenceStatus::None;
    QString summary;
    QString provider;
    QString funder;
    QString years;
    QStringList sources;
    QString confidence;        // high, medium, low
    QString fundingSeenToEnd;  // "March 2025": a funding period seen to end with no renewal seen
    QString localNote;         // "corrected by you on …": this computer only, never written out

    bool isKnown() const { return status != EvidenceStatus::None; }
    // The one rule every letter follows: an office is thanked for a specialist service only
    // when the research found one on medium or high confidence. Low-confidence or unknown
    // evidence is never treated as funding.
    bool fundsSpecialistService() const;
    bool fundingEnded() const { return fundsSpecialistService() && !fundingSeenToEnd.isEmpty(); }
    // What a volunteer should keep in mind before writing, in one sentence (may be empty).
    QString caution() const;
};

} // namespace pcc
