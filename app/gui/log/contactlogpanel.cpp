#include "log/contactlogpanel.h"

#include "log/contactlogfilter.h"
#include "contactlogmodel.h"

#include <QLocale>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pcc {

ContactLogPanel::ContactLogPanel(ContactLogModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(new ContactLogFilter(this))
    , m_table(new QTableView(this))
    , m_profile(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_text(new QLineEdit(this))
    , m_count(new QLabel(this))
{
    m_filter->setSourceModel(model);
    m_filter->setFilterKeyColumn(-1);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setSortRole(ContactLogModel::SortRole);
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ContactLogModel::DateColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Contact log"));

    m_status->addItem(tr("Any status"), QString());
    for (const ContactStatus s : {ContactStatus::Drafted, ContactStatus::Sent, ContactStatus::Acknowledged, ContactStatus::Replied})
        m_status->addItem(statusLabel(s), statusKey(s));
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat)); // as the table shows dates
        d->setSpecialValueText(tr("any"));
        d->setMinimumDate(QDate(2000, 1, 1));
        d->setDate(d->minimumDate());
    }
    m_text->setPlaceholderText(tr("Search…"));
    m_text->setClearButtonEnabled(true);
    m_profile->setAccessibleName(tr("Volunteer filter"));
    m_status->setAccessibleName(tr("Status filter"));
    m_from->setAccessibleName(tr("From date"));
    m_to->setAccessibleName(tr("To date"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_profile);
    filters->addWidget(m_status);
    filters->addWidget(new QLabel(tr("from"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    filters->addWidget(m_text, 1);
    auto *buttons = new QHBoxLayout;
    auto *exportButton = new QPushButton(tr("&Export…"), this);
    auto *importButton = new QPushButton(tr("&Import…"), this);
    auto *replyButton = new QPushButton(tr("Record a &reply…"), this);
    replyButton->setEnabled(false);
    buttons->addWidget(m_count, 1);
    buttons->addWidget(replyButton);
    buttons->addWidget(importButton);
    buttons->addWidget(exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_profile, &QComboBox::currentIndexChanged, this, &ContactLogPanel::applyFilters);
    connect(m_status, &QComboBox::currentIndexChanged, this, &ContactLogPanel::applyFilters);
    connect(m_from, &QDateEdit::dateChanged, this, &ContactLogPanel::applyFilters);
    connect(m_to, &QDateEdit::dateChanged, this, &ContactLogPanel::applyFilters);
    connect(m_text, &QLineEdit::textChanged, this, &ContactLogPanel::applyFilters);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ContactLogPanel::applyFilters);
    auto *exportMenu = new QMenu(exportButton);
    exportMenu->addAction(tr("For a &coordinator (no personal data)…"), this,
                          [this] { emit exportRequested(LogExchange::Privacy::Anonymous); });
    exportMenu->addAction(tr("&Everything, with personal data…"), this, [this] { emit exportRequested(LogExchange::Privacy::Full); });
    exportButton->setMenu(exportMenu);
    connect(importButton, &QPushButton::clicked, this, &ContactLogPanel::importRequested);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [replyButton](const QModelIndex &current) { replyButton->setEnabled(current.isValid()); });
    connect(replyButton, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid())
            emit replyRequested(current.data(ContactLogModel::UuidRole).toString());
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit editRequested(index.data(ContactLogModel::UuidRole).toString());
    });
    setProfiles({});
}

void ContactLogPanel::setProfiles(const QList<Profile> &profiles)
{
    const QString current = m_profile->currentData().toString();
    m_profile->blockSignals(true);
    m_profile->clear();
    m_profile->addItem(tr("All volunteers"), QString());
    for (const Profile &p : profiles)
        m_profile->addItem(p.name, p.uuid);
    m_profile->setCurrentIndex(std::max(0, m_profile->findData(current)));
    m_profile->blockSignals(false);
    applyFilters();
}

void ContactLogPanel::applyFilters()
{
    m_filter->setProfile(m_profile->currentData().toString());
    m_filter->setStatus(m_status->currentData().toString());
    m_filter->setDateRange(m_from->date() == m_from->minimumDate() ? QDate() : m_from->date(),
                           m_to->date() == m_to->minimumDate() ? QDate() : m_to->date());
    m_filter->setFilterFixedString(m_text->text());
    m_count->setText(tr("Showing %1 of %n contact(s)", nullptr, m_model->rowCount()).arg(m_filter->rowCount()));
    m_table->resizeColumnsToContents();
}

} // namespace pcc
