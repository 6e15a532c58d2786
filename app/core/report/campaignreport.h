#pragma once

#include "campaignfigures.h"
#include "mappicture.h"

#include <QDate>
#include <QString>

namespace pcc {

// The one- or two-page A4 report a coordinator shares: the map, "N of 43 offices contacted",
// letters sent, replies and commitments, letters sent per month, and a table by force. It holds
// personal data only when `scope` names a volunteer (a personal report the user asked for).
class CampaignReport
{
public:
    CampaignReport(CampaignFigures figures, MapPicture map, QString scope, QString dataVersion, QDate date);

    bool writePdf(const QString &path, QString *error) const;

private:
    CampaignFigures m_figures;
    MapPicture m_map;
    QString m_scope;
    QString m_dataVersion;
    QDate m_date;
};

} // namespace pcc
