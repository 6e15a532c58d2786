#include "directory/directorypane.h"

#include "forcetablemodel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace pcc {

DirectoryPane::DirectoryPane(QWidget *parent)
    : QWidget(parent)
    , m_model(new ForceTableModel(this))
{
    new QVBoxLayout(this);
}

void DirectoryPane::build()
{
    if (m_table)
        return;
    m_table = new QTableView(this);
    m_search = new QLineEdit(this);
    m_proxy = new QSortFilterProxyModel(this);
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
    // The email, last, takes what is left: a long address is shortened in the middle (whole in
    // its tooltip) rather than pushing the table sideways.
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Police force areas"));
    m_search->setPlaceholderText(tr("Search areas, offices, holders…"));
    m_search->setAccessibleName(tr("Search the directory"));
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    layout()->addWidget(m_search);
    layout()->addWidget(m_table);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            emit forceChosen(current.data(ForceTableModel::ForceIdRole).toString());
    });
}

// The clear button's icon comes from the style's image files: loaded when the list is first
// shown, not at startup when only the map is.
QTableView *DirectoryPane::table()
{
    build();
    return m_table;
}

QLineEdit *DirectoryPane::searchField()
{
    build();
    return m_search;
}

void DirectoryPane::showEvent(QShowEvent *event)
{
    build();
    m_search->setClearButtonEnabled(true);
    QWidget::showEvent(event);
}

void DirectoryPane::setDirectory(const Directory &directory)
{
    build();
    m_model->setDirectory(directory);
    m_table->resizeColumnsToContents();
}

void DirectoryPane::setStatusTexts(const QHash<QString, QString> &texts)
{
    m_model->setStatusTexts(texts);
    // Widened when a new status would not fit ("Commitment to fund"); never narrowed under the
    // volunteer's own width.
    if (m_table) {
        const int status = ForceTableModel::StatusColumn;
        const int before = m_table->columnWidth(status);
        m_table->resizeColumnToContents(status);
        m_table->setColumnWidth(status, std::max(before, m_table->columnWidth(status)));
    }
}

void DirectoryPane::selectForce(const QString &forceId)
{
    build();
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
