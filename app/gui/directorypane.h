#pragma once

#include "directory.h"

#include <QHash>
#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace pcc {

class ForceTableModel;

// The directory as a sortable, searchable list: the accessible alternative to the map.
class DirectoryPane : public QWidget
{
    Q_OBJECT
public:
    explicit DirectoryPane(QWidget *parent = nullptr);

    void setDirectory(const Directory &directory);
    void setStatusTexts(const QHash<QString, QString> &texts); // the contact status column
    void selectForce(const QString &forceId);                 // empty: nothing selected
    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }

signals:
    void forceChosen(const QString &forceId);

private:
    ForceTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLineEdit *m_search;
};

} // namespace pcc
