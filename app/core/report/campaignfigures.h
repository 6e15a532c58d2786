#pragma once

#include "contactrecord.h"
#include "directory.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>

#include <optional>

namespace pcc {

// The campaign's progress in numbers, from a set of contacts: what the report and the map's
// legend say. Holds no personal data (no names, addresses, notes or letter text).
struct CampaignFigures
{
    struct ForceRow
    {
        QString forceId;
        QString areaName;
        ForceProgress progress = ForceProgress::NotContacted;
        QDate lastLetter;                         // invalid when none was sent
        ReplyOutcome lastReply = ReplyOutcome::None;
        int sent = 0;                             // letters sent to it
        int answered = 0;                         // of those, answered (Responsiveness's rule)
        std::optional<double> medianDaysToReply;
    };

    QHash<QString, ForceProgress> progress; // by force id, as the map colours it
    QList<ForceRow> rows;                   // every force, in the directory's order
    int offices = 0;                        // 43
    int contacted = 0;                      // offices with at least one letter sent
    int lettersSent = 0;
    int officesReplied = 0;
    int commitments = 0;                    // offices that committed to fund
    QMap<QString, int> sentPerMonth;        // "2026-11" -> letters sent that month

    // `progress` is the log's own reading of the furthest each office has got (the map's).
    static CampaignFigures from(const Directory &directory, const QList<ContactRecord> &contacts,
                                const QHash<QString, ForceProgress> &progress);
};

} // namespace pcc
