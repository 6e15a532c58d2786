#pragma once

#include "directory.h"

#include <QAbstractTableModel>
#include <QHash>

namespace pcc {

// The directory as a table: one row per force. Sorting and searching are done by a
// QSortFilterProxyModel on top (FilterRole holds the searchable text).
class ForceTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // The email last: the longest, and the one a narrow pane can best cut short.
    enum Column { AreaColumn, BodyColumn, HolderColumn, StatusColumn, EmailColumn, ColumnCount };
    enum Role { ForceIdRole = Qt::UserRole + 1, SearchTextRole };

    explicit ForceTableModel(QObject *parent = nullptr);

    void setDirectory(const Directory &directory);
    const Directory &directory() const { return m_directory; }
    void setStatusTexts(const QHash<QString, QString> &statusByForce);
    int rowOfForce(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Directory m_directory;
    QHash<QString, QString> m_status;
};

} // namespace pcc
