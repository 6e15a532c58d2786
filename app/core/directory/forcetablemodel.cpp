#include "forcetablemodel.h"

using namespace Qt::StringLiterals;

namespace pcc {

ForceTableModel::ForceTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ForceTableModel::setDirectory(const Directory &directory)
{
    beginResetModel();
    m_directory = directory;
    endResetModel();
}

void ForceTableModel::setStatusTexts(const QHash<QString, QString> &statusByForce)
{
    m_status = statusByForce;
    if (rowCount() > 0)
        emit dataChanged(index(0, StatusColumn), index(rowCount() - 1, StatusColumn));
}

int ForceTableModel::rowOfForce(const QString &id) const
{
    const auto &forces = m_directory.forces();
    for (qsizetype i = 0; i < forces.size(); ++i) {
        if (forces.at(i).id == id)
            return int(i);
    }
    return -1;
}

int ForceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_directory.forces().size());
}

int ForceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ForceTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const ForceRecord &f = m_directory.forces().at(index.row());
    if (role == ForceIdRole)
        return f.id;
    if (role == SearchTextRole)
        return QStringList{f.areaName(), f.forceName, f.officeName, f.holder.name, f.deputy.name,
                           f.address.postcode, bodyKindKey(f.bodyKind), bodyKindShortLabel(f.bodyKind), bodyKindLabel(f.bodyKind),
                           f.country}
            .join(u' ');
    if (role == Qt::ToolTipRole && index.column() == BodyColumn)
        return bodyKindLabel(f.bodyKind);
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case AreaColumn: return f.areaName();
        case BodyColumn: return bodyKindShortLabel(f.bodyKind);
        case HolderColumn: return f.holder.name.isEmpty() ? tr("not known") : f.holder.name;
        case EmailColumn: return f.email.isEmpty() ? tr("none: use the website") : f.email;
        case StatusColumn: return m_status.value(f.id, tr("not contacted"));
        default: break;
        }
    }
    if (role == Qt::AccessibleTextRole && index.column() == EmailColumn && f.email.isEmpty())
        return tr("No verified email address");
    return {};
}

QVariant ForceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AreaColumn: return tr("Area");
    case BodyColumn: return tr("Body");
    case HolderColumn: return tr("Holder");
    case EmailColumn: return tr("Email");
    case StatusColumn: return tr("Status");
    default: return {};
    }
}

} // namespace pcc
