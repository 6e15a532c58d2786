#include "directory/updatepreviewdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pcc {

UpdatePreviewDialog::UpdatePreviewDialog(const DirectoryUpdate::Checked &checked, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Install the updated directory?"));
    resize(900, 520);
    auto *layout = new QVBoxLayout(this);
    auto *summary = new QLabel(tr("Data version %1 → %2, signed by trusted key %3. %n change(s):", nullptr, int(checked.changes.size()))
                                   .arg(checked.fromVersion, checked.directory.dataVersion(), checked.keyId),
                               this);
    summary->setWordWrap(true);
    layout->addWidget(summary);
    auto *table = new QTableWidget(int(checked.changes.size()), 4, this);
    table->setHorizontalHeaderLabels({tr("Office"), tr("Field"), tr("Before"), tr("After")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->setWordWrap(true);
    for (int row = 0; row < checked.changes.size(); ++row) {
        const DirectoryChange &c = checked.changes.at(row);
        const QStringList cells{c.areaName, c.field, c.oldValue.isEmpty() ? tr("(none)") : c.oldValue,
                                c.newValue.isEmpty() ? tr("(none)") : c.newValue};
        for (int col = 0; col < 4; ++col)
            table->setItem(row, col, new QTableWidgetItem(cells.at(col)));
    }
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->setColumnWidth(0, 170);
    table->setColumnWidth(1, 130);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setColumnWidth(2, 280);
    table->resizeRowsToContents();
    layout->addWidget(table);
    auto *note = new QLabel(tr("Your own corrections stay in force; any that this update already contains are removed. "
                               "You can go back with Data → Revert to the previous directory."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("&Install"), QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

} // namespace pcc
