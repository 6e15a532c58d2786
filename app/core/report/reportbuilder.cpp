#include "reportbuilder.h"

#include "contactlog.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace pcc {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pcc::ReportBuilder)
};
} // namespace

bool ReportBuilder::colourFromKey(const QString &key, Colour *colour)
{
    if (key == u"status"_s)
        *colour = Colour::Status;
    else if (key == u"evidence"_s)
        *colour = Colour::Evidence;
    else if (key == u"replies"_s)
        *colour = Colour::Replies;
    else
        return false;
    return true;
}

ReportBuilder::ReportBuilder(Directory directory, ForceAreas areas, QDate today)
    : m_directory(std::move(directory))
    , m_areas(std::move(areas))
    , m_today(today)
{
}

bool ReportBuilder::load(ContactLog &log, const QString &profileUuid, const QString &profileName)
{
    const auto contacts = log.contacts(profileUuid);
    const auto progress = contacts ? log.progressByForce(profileUuid) : std::nullopt;
    if (!contacts || !progress) {
        m_error = log.lastError();
        return false;
    }
    m_figures = CampaignFigures::from(m_directory, *contacts, *progress);
    m_scope = profileUuid.isEmpty() ? Tr::tr("all volunteers on this computer") : Tr::tr("volunteer: %1").arg(profileName);
    return true;
}

MapPicture ReportBuilder::map(Colour colour) const
{
    const QString date = QLocale(QLocale::English, QLocale::UnitedKingdom).toString(m_today, u"d MMMM yyyy"_s);
    if (colour == Colour::Evidence)
        return MapPicture(m_areas, MapColouring::byEvidence(m_directory, false),
                          Tr::tr("What each office funds for stalking victims"),
                          Tr::tr("%1 · research in contact data version %2").arg(date, m_directory.dataVersion()));
    if (colour == Colour::Replies) {
        QList<ForceResponsiveness> figures;
        for (const CampaignFigures::ForceRow &r : m_figures.rows)
            figures.append({r.forceId, r.sent, r.answered, r.medianDaysToReply, r.progress == ForceProgress::Commitment ? 1 : 0, {}});
        return MapPicture(m_areas, MapColouring::byReplies(figures, m_scope, false), Tr::tr("How offices answer the campaign's letters"),
                          Tr::tr("%1 · %2 · contact data version %3").arg(date, m_scope, m_directory.dataVersion()));
    }
    return MapPicture(m_areas, MapColouring::byProgress(m_figures.progress, m_scope, false),
                      Tr::tr("Letters to commissioners on stalking support"),
                      Tr::tr("%1 · %2 · contact data version %3").arg(date, m_scope, m_directory.dataVersion()));
}

CampaignReport ReportBuilder::report() const
{
    return CampaignReport(m_figures, map(Colour::Status), m_scope, m_directory.dataVersion(), m_today);
}

} // namespace pcc
