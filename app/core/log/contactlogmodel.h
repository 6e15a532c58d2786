#pragma once

#include "contactrecord.h"

#include <QAbstractTableModel>
#include <QHash>

namespace pcc {

// The contact log as a table for views (sorting and filtering by ContactLogFilter).
class ContactLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { DateColumn, ProfileColumn, AreaColumn, ChannelColumn, StatusColumn, ReplyColumn, FollowUpColumn, ColumnCount };
    // SortRole: what a column sorts by (dates as dates, shown in the locale's own format).
    enum Role { UuidRole = Qt::UserRole + 1, ForceIdRole, StatusKeyRole, ProfileUuidRole, DateRole, SortRole };

    explicit ContactLogModel(QObject *parent = nullptr);

    void setRecords(const QList<ContactRecord> &records, const QHash<QString, QString> &areaNames);
    const ContactRecord *record(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ContactRecord> m_records;
    QHash<QString, QString> m_areaNames;
};

} // namespace pcc
