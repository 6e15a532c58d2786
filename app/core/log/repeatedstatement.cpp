#include "repeatedstatement.h"

namespace pcc {

RepeatedStatement::RepeatedStatement(const QSqlDatabase &db, const QString &sql, const QStringList &placeholders)
    : m_query(db)
    , m_placeholders(placeholders)
{
    m_prepared = m_query.prepare(sql);
}

bool RepeatedStatement::exec(const QList<QVariant> &values)
{
    Q_ASSERT(values.size() == m_placeholders.size());
    if (!m_prepared || values.size() != m_placeholders.size())
        return false;
    const bool first = m_bound.size() != values.size();
    if (first)
        m_bound = QList<QVariant>(values.size());
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (first || !sameBinding(m_bound.at(i), values.at(i))) {
            m_query.bindValue(m_placeholders.at(i), values.at(i));
            m_bound[i] = values.at(i);
        }
    }
    return m_query.exec();
}

bool RepeatedStatement::sameBinding(const QVariant &a, const QVariant &b)
{
    if (a.metaType() != b.metaType())
        return false;
    if (!a.isValid())
        return true;
    switch (a.metaType().id()) {
    case QMetaType::QString: {
        const auto &x = *static_cast<const QString *>(a.constData());
        const auto &y = *static_cast<const QString *>(b.constData());
        return x.isNull() == y.isNull() && x == y;
    }
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Bool:
        return a == b;
    default:
        // Others may compare equal and bind differently (an empty and a null QByteArray; one
        // instant in two time zones): bound again every time.
        return false;
    }
}

} // namespace pcc
