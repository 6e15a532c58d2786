#include "log/contactlogfilter.h"

#include "contactlogmodel.h"

namespace pcc {

void ContactLogFilter::setProfile(const QString &profile)
{
    m_profile = profile;
    invalidateFilter();
}

void ContactLogFilter::setStatus(const QString &statusKey)
{
    m_status = statusKey;
    invalidateFilter();
}

void ContactLogFilter::setDateRange(const QDate &from, const QDate &to)
{
    m_from = from;
    m_to = to;
    invalidateFilter();
}

bool ContactLogFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_profile.isEmpty() && index.data(ContactLogModel::ProfileUuidRole).toString() != m_profile)
        return false;
    if (!m_status.isEmpty() && index.data(ContactLogModel::StatusKeyRole).toString() != m_status)
        return false;
    const QDate date = index.data(ContactLogModel::DateRole).toDate();
    if (m_from.isValid() && date < m_from)
        return false;
    if (m_to.isValid() && date > m_to)
        return false;
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace pcc
