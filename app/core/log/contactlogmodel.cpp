#include "contactlogmodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace pcc {

ContactLogModel::ContactLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ContactLogModel::setRecords(const QList<ContactRecord> &records, const QHash<QString, QString> &areaNames)
{
    beginResetModel();
    m_records = records;
    m_areaNames = areaNames;
    endResetModel();
}

const ContactRecord *ContactLogModel::record(int row) const
{
    return row >= 0 && row < m_records.size() ? &m_records.at(row) : nullptr;
}

int ContactLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int ContactLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactLogModel::data(const QModelIndex &index, int role) const
{
    const ContactRecord *r = record(index.row());
    if (!r)
        return {};
    switch (role) {
    case UuidRole: return r->uuid;
    case ForceIdRole: return r->forceId;
    case StatusKeyRole: return statusKey(r->status);
    case ProfileUuidRole: return r->profileUuid;
    case DateRole: return r->date;
    case SortRole:
        switch (index.column()) {
        case DateColumn: return r->date;
        case ReplyColumn: return r->replyDate;
        case FollowUpColumn: return r->followUpDue;
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn: return QLocale().toString(r->date, QLocale::ShortFormat);
        case ProfileColumn: return r->profileName;
        case AreaColumn: return m_areaNames.value(r->forceId, r->forceId);
        case ChannelColumn: return channelLabel(r->channel);
        case StatusColumn: return statusLabel(r->status);
        case ReplyColumn:
            return r->replyOutcome == ReplyOutcome::None
                ? QString()
                : replyOutcomeLabel(r->replyOutcome) + (r->replyDate.isValid() ? u", "_s + QLocale().toString(r->replyDate, QLocale::ShortFormat) : QString());
        case FollowUpColumn: return r->followUpDue.isValid() ? QLocale().toString(r->followUpDue, QLocale::ShortFormat) : QString();
        default: return {};
        }
    case Qt::ToolTipRole:
        // Notes may come from an imported file: always shown as plain text, never as markup.
        return r->notes.isEmpty() ? QVariant() : QVariant(u"<p style=\"white-space:pre-wrap\">"_s + r->notes.toHtmlEscaped() + u"</p>"_s);
    default:
        return {};
    }
}

QVariant ContactLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn: return tr("Date");
    case ProfileColumn: return tr("Volunteer");
    case AreaColumn: return tr("Area");
    case ChannelColumn: return tr("How");
    case StatusColumn: return tr("Status");
    case ReplyColumn: return tr("Reply");
    case FollowUpColumn: return tr("Follow up on");
    default: return {};
    }
}

} // namespace pcc
