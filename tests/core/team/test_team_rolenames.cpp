// The names a coordinator may give a volunteer's role: what PostgreSQL keeps as typed, and none
// of the names PostgreSQL or the campaign's own groups use.
#include "catchcompat.h"

#include "teamadmin.h"

#include <QList>

using namespace Qt::StringLiterals;
using namespace pcc;

TEST_CASE("team role names: up to 63 lower-case letters, digits and '_', never pg_ or pcc_ or a leading digit", "[team]")
{
    for (const QString &fine : {u"v_alice"_s, u"a"_s, u"_bob"_s, u"carol2"_s, u"pg"_s, u"pccvolunteer"_s, QString(63, u'x')}) {
        INFO(fine.toStdString());
        CHECK(TeamAdmin::roleNameProblem(fine).isEmpty());
    }
    // 64 characters PostgreSQL would cut to 63 without a word: the coordinator would hand out a
    // name that is not the role's.
    const QList<QString> refused{QString(64, u'x'), u"pcc_coordinator"_s, u"pcc_x"_s, u"pg_monitor"_s, u"pg_x"_s,
                                 u"Alice"_s, u"1alice"_s, u"v-alice"_s, u"v alice"_s, u"v_al\u00efce"_s, QString(),
                                 u"x\"; DROP ROLE pcc_coordinator; --"_s, u"x\n"_s};
    for (const QString &bad : refused) {
        INFO(bad.toStdString());
        const QString problem = TeamAdmin::roleNameProblem(bad);
        CHECK(problem.startsWith(u"'"_s + bad + u"' cannot be a volunteer's role"_s));
    }
}
