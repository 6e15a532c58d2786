#pragma once

#include "campaignfigures.h"
#include "campaignreport.h"
#include "forceareas.h"
#include "mappicture.h"

namespace pcc {

class ContactLog;

// Makes the pictures and the report from the contact log, the same way for the window and
// the command line: one profile's contacts (a personal report) or everyone's on this computer.
class ReportBuilder
{
public:
    enum class Colour { Status, Evidence, Replies };
    static bool colourFromKey(const QString &key, Colour *colour); // "status", "evidence" or "replies"

    ReportBuilder(Directory directory, ForceAreas areas, QDate today);

    // profileUuid empty: everyone in the log, and no names in the result.
    bool load(ContactLog &log, const QString &profileUuid, const QString &profileName);
    QString lastError() const { return m_error; }

    const CampaignFigures &figures() const { return m_figures; }
    MapPicture map(Colour colour) const;
    CampaignReport report() const;

private:
    Directory m_directory;
    ForceAreas m_areas;
    QDate m_today;
    CampaignFigures m_figures;
    QString m_scope;
    QString m_error;
};

} // namespace pcc
