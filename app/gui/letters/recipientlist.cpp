#include "letters/recipientlist.h"

namespace pcc {

RecipientList::RecipientList(const Directory &directory, QWidget *parent)
    : QListWidget(parent)
{
    for (const ForceRecord &f : directory.forces()) {
        auto *item = new QListWidgetItem(f.areaName(), this);
        item->setData(Qt::UserRole, f.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    setAccessibleName(tr("Recipients: tick several to export letters in one go"));
    connect(this, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item && !m_quiet)
            emit recipientChosen(item->data(Qt::UserRole).toString());
    });
}

void RecipientList::showRecipient(const QString &forceId)
{
    for (int i = 0; i < count(); ++i) {
        if (item(i)->data(Qt::UserRole).toString() == forceId) {
            m_quiet = true;
            setCurrentRow(i);
            m_quiet = false;
        }
    }
}

QStringList RecipientList::tickedForceIds() const
{
    QStringList ids;
    for (int i = 0; i < count(); ++i) {
        if (item(i)->checkState() == Qt::Checked)
            ids << item(i)->data(Qt::UserRole).toString();
    }
    return ids;
}

void RecipientList::tickAll(bool ticked)
{
    for (int i = 0; i < count(); ++i)
        item(i)->setCheckState(ticked ? Qt::Checked : Qt::Unchecked);
}

} // namespace pcc
