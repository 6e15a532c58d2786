#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace pcc {

// A prepared statement run many times in a row, as an import writes its rows. Qt keeps the
// bound values from one run to the next, so only the values that differ from the last run's
// are bound again: binding was a fifth of a 100,000-row import, and most columns of most rows
// (the profile, the status, the empty notes) are the same as the row before.
class RepeatedStatement
{
public:
    // Named placeholders (":a"), in the order exec() gives their values: Qt makes up a name for
    // every positional bind, which costs more than the bind.
    RepeatedStatement(const QSqlDatabase &db, const QString &sql, const QStringList &placeholders);
    bool isPrepared() const { return m_prepared; }
    bool exec(const QList<QVariant> &values); // one value for each placeholder
    QSqlError lastError() const { return m_query.lastError(); }
    int numRowsAffected() const { return m_query.numRowsAffected(); }

    // The same value, bound the same way: a null string binds NULL and an empty one '', so
    // the two are different even though QString calls them equal. Only strings, integers and
    // booleans are ever the same; any other type is bound again on every run.
    static bool sameBinding(const QVariant &a, const QVariant &b);

private:
    QSqlQuery m_query;
    QStringList m_placeholders;
    QList<QVariant> m_bound;
    bool m_prepared = false;
};

} // namespace pcc
