#include "teamroster.h"

#include "teamconnection.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace pcc {

bool TeamRoster::fetch(TeamConnection &c, QList<TeamMember> *members)
{
    if (!c.checkSchema())
        return false;
    QSqlQuery q = c.query();
    q.setForwardOnly(true);
    q.prepare(u"SELECT role, added_at, sent, replied, forces, last_change FROM pcc.volunteer_counts ORDER BY role"_s);
    if (!c.exec(q, QCoreApplication::translate("pcc::TeamRoster", "list the volunteers (only the coordinator may)")))
        return false;
    members->clear();
    while (q.next()) {
        members->append({q.value(0).toString(), q.value(1).toDateTime().toUTC(), q.value(2).toInt(), q.value(3).toInt(),
                         q.value(4).toInt(), q.value(5).isNull() ? QDateTime() : q.value(5).toDateTime().toUTC()});
    }
    return true;
}

} // namespace pcc
