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
    QTableView *table();
    QLineEdit *searchField();

signals:
    void forceChosen(const QString &forceId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    // The table, its header and the sorting proxy are built on first use, after the window's
    // first paint: a header view loads a bold font that the first paint does not need, and
    // hooking a proxy to its model costs more than painting the window's menu bar.
    void build();

    ForceTableModel *m_model;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_search = nullptr;
};

} // namespace pcc
