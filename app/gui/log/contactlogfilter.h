#pragma once

#include <QDate>
#include <QSortFilterProxyModel>

namespace pcc {

// Filters the contact log by volunteer, status, date range and free text.
class ContactLogFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setProfile(const QString &profile);
    void setStatus(const QString &statusKey);
    void setDateRange(const QDate &from, const QDate &to);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_profile;
    QString m_status;
    QDate m_from;
    QDate m_to;
};

} // namespace pcc
