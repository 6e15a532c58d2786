#include "team/teammembersdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pcc {

TeamMembersDialog::TeamMembersDialog(const QList<TeamMember> &members, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Volunteers on the team server"));
    auto *table = new QTableWidget(int(members.size()), 5, this);
    table->setHorizontalHeaderLabels({tr("Volunteer"), tr("Letters sent"), tr("Replies"), tr("Areas"), tr("Last change")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    const QLocale locale;
    for (int row = 0; row < members.size(); ++row) {
        const TeamMember &m = members.at(row);
        const QStringList cells = {m.role, locale.toString(m.sent), locale.toString(m.replied), locale.toString(m.forces),
                                   m.lastChange.isValid() ? locale.toString(m.lastChange.toLocalTime(), QLocale::ShortFormat)
                                                          : tr("not synced yet")};
        for (int column = 0; column < cells.size(); ++column)
            table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    table->resizeColumnsToContents();
    table->setSortingEnabled(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *box = new QVBoxLayout(this);
    box->addWidget(table);
    box->addWidget(buttons);
    resize(620, 380);
}

} // namespace pcc
