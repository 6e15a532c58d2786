#include "directorypane.h"

#include "forcetablemodel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace pcc {

DirectoryPane::DirectoryPane(QWidget *parent)
    : QWidget(parent)
    , m_model(new ForceTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_search(new QLineEdit(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(ForceTableModel::SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ForceTableModel::AreaColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Police force areas"));
    m_search->setPlaceholderText(tr("Search areas, offices, holders…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the directory"));
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_table);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            emit forceChosen(current.data(ForceTableModel::ForceIdRole).toString());
    });
}

void DirectoryPane::setDirectory(const Directory &directory)
{
    m_model->setDirectory(directory);
    m_table->resizeColumnsToContents();
}

void DirectoryPane::setStatusTexts(const QHash<QString, QString> &texts)
{
    m_model->setStatusTexts(texts);
}

void DirectoryPane::selectForce(const QString &forceId)
{
    if (forceId.isEmpty()) {
        m_table->setCurrentIndex(QModelIndex());
        return;
    }
    const QModelIndex proxyIndex = m_proxy->mapFromSource(m_model->index(m_model->rowOfForce(forceId), 0));
    if (proxyIndex.isValid() && m_table->currentIndex().row() != proxyIndex.row()) {
        m_table->setCurrentIndex(proxyIndex);
        m_table->scrollTo(proxyIndex);
    }
}

} // namespace pcc
