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
    // Sorted here, not by the server: with ORDER BY it would make every row to find the first.
    q.prepare(u"SELECT role, added_at, sent, replied, forces, last_change FROM pcc.volunteer_counts LIMIT %1"_s
                  .arg(MostMembers + 1));
    const QString what = QCoreApplication::translate("pcc::TeamRoster", "list the volunteers (only the coordinator may)");
    if (!c.exec(q, what))
        return false;
    QList<TeamMember> listed;
    while (q.next()) {
        if (listed.size() == MostMembers)
            return c.fail(TeamConnection::Problem::Failed,
                          QCoreApplication::translate("pcc::TeamRoster",
                                                      "The server lists more than %1 volunteers, more than a campaign has: "
                                                      "it cannot be trusted. Nothing was changed.")
                              .arg(MostMembers));
        // Role names are the coordinator's own; the counts are held to what a campaign can count.
        listed.append({PlainText::printable(q.value(0).toString()), q.value(1).toDateTime().toUTC(),
                       TeamCoverage::checkedCount(q.value(2)), TeamCoverage::checkedCount(q.value(3)),
                       std::min<int>(TeamCoverage::checkedCount(q.value(4)), ForceIds::all().size()),
                       q.value(5).isNull() ? QDateTime() : q.value(5).toDateTime().toUTC()});
    }
    if (!c.readToEnd(q, what))
        return false;
    std::sort(listed.begin(), listed.end(), [](const TeamMember &a, const TeamMember &b) { return a.role < b.role; });
    *members = listed;
    return true;
}

} // namespace pcc
