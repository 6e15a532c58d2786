#include "teamroster.h"

#include "forceids.h"
#include "plaintext.h"
#include "teamconnection.h"
#include "teamcoverage.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

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
        // Role names are the coordinator's own; the counts are held to what a campaign can count.
        members->append({PlainText::printable(q.value(0).toString()), q.value(1).toDateTime().toUTC(),
                         TeamCoverage::checkedCount(q.value(2)), TeamCoverage::checkedCount(q.value(3)),
                         std::min<int>(TeamCoverage::checkedCount(q.value(4)), ForceIds::all().size()),
                         q.value(5).isNull() ? QDateTime() : q.value(5).toDateTime().toUTC()});
    }
    return true;
}

} // namespace pcc
