// ContactLog: the deletions still to reach the team server.
#include "contactlog.h"

#include "isodates.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace pcc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pcc::ContactLog)
};

} // namespace

bool ContactLog::noteTeamRemoval(TeamRemoval::Kind kind, const QString &uuid)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT OR REPLACE INTO team_removals (kind, uuid, removed_at) VALUES (?, ?, ?)"_s);
    q.addBindValue(TeamRemoval::kindKey(kind));
    q.addBindValue(uuid);
    q.addBindValue(IsoDates::utcDateTime(QDateTime::currentDateTimeUtc()));
    if (!q.exec())
        return failSql(Tr::tr("Cannot keep the note to remove it from the team server"), q.lastError());
    return true;
}

std::optional<QList<TeamRemoval>> ContactLog::teamRemovals()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT kind, uuid, removed_at FROM team_removals ORDER BY removed_at, uuid"_s)) {
        failSql(Tr::tr("Cannot read the contact log"), q.lastError());
        return std::nullopt;
    }
    QList<TeamRemoval> removals;
    while (q.next()) {
        const TeamRemoval::Kind kind = TeamRemoval::kindFromKey(q.value(0).toString());
        removals.append({kind, q.value(1).toString(), IsoDates::parseDateTime(q.value(2).toString())});
    }
    return removals;
}

bool ContactLog::forgetTeamRemovals(const QList<TeamRemoval> &done)
{
    return writeTransaction(Tr::tr("Cannot update the contact log"), [&] {
        QSqlQuery q(m_db);
        q.prepare(u"DELETE FROM team_removals WHERE kind = ? AND uuid = ?"_s);
        for (const TeamRemoval &r : done) {
            q.addBindValue(TeamRemoval::kindKey(r.kind));
            q.addBindValue(r.uuid);
            if (!q.exec())
                return failSql(Tr::tr("Cannot update the contact log"), q.lastError());
        }
        return true;
    });
}

} // namespace pcc
