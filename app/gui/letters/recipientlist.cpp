#include "letters/recipientlist.h"

#include <algorithm>

namespace pcc {

RecipientList::RecipientList(const Directory &directory, QWidget *parent)
    : QListWidget(parent)
{
    // In the order of the names shown ("London" among the Ls, not where "metropolitan" sorts).
    QList<const ForceRecord *> forces;
    for (const ForceRecord &f : directory.forces())
        forces << &f;
    std::sort(forces.begin(), forces.end(), [](const ForceRecord *a, const ForceRecord *b) {
        return QString::localeAwareCompare(a->areaName(), b->areaName()) < 0;
    });
    for (const ForceRecord *force : std::as_const(forces)) {
        const ForceRecord &f = *force;
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
