#include "teamlimits.h"

#include "teamconnection.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace pcc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pcc::TeamLimits)
};

QString optionalNumber(std::optional<int> value)
{
    return value ? QString::number(*value) : QString();
}

} // namespace

bool TeamLimits::fetch(TeamConnection &c, const QString &role, TeamLimitValues *limits)
{
    if (!c.checkSchema())
        return false;
    TeamConnection::Rows rows;
    if (!c.execParams(u"SELECT coalesce((SELECT rows_per_day FROM pcc.volunteers WHERE role = NULLIF($1, '')), "
                      "(SELECT value FROM pcc.limits WHERE name = 'rows_per_day')), "
                      "coalesce((SELECT commitments_per_force FROM pcc.volunteers WHERE role = NULLIF($1, '')), "
                      "(SELECT value FROM pcc.limits WHERE name = 'commitments_per_force'))"_s,
                      {role}, Tr::tr("read the limits"), &rows))
        return false;
    *limits = {rows.value(0).value(0).toInt(), rows.value(0).value(1).toInt()};
    return true;
}

bool TeamLimits::set(TeamConnection &c, const QString &role, std::optional<int> rowsPerDay, std::optional<int> commitmentsPerForce)
{
    if ((rowsPerDay && *rowsPerDay < 0) || (commitmentsPerForce && *commitmentsPerForce < 0))
        return c.fail(TeamConnection::Problem::Failed, Tr::tr("A limit is a whole number, 0 or more."));
    if (!c.checkSchema())
        return false;
    const QString what = Tr::tr("change the limits (only the coordinator may)");
    return c.transaction([&] {
        if (role.isEmpty()) {
            return c.execParams(u"UPDATE pcc.limits SET value = coalesce(NULLIF($1, '')::integer, value) WHERE name = 'rows_per_day'"_s,
                                {optionalNumber(rowsPerDay)}, what)
                   && c.execParams(u"UPDATE pcc.limits SET value = coalesce(NULLIF($1, '')::integer, value) "
                                   "WHERE name = 'commitments_per_force'"_s,
                                   {optionalNumber(commitmentsPerForce)}, what);
        }
        TeamConnection::Rows changed;
        if (!c.execParams(u"UPDATE pcc.volunteers SET rows_per_day = coalesce(NULLIF($2, '')::integer, rows_per_day), "
                          "commitments_per_force = coalesce(NULLIF($3, '')::integer, commitments_per_force) "
                          "WHERE role = $1 RETURNING role"_s,
                          {role, optionalNumber(rowsPerDay), optionalNumber(commitmentsPerForce)}, what, &changed))
            return false;
        if (changed.isEmpty())
            return c.fail(TeamConnection::Problem::Failed, Tr::tr("%1 is not one of the campaign's volunteers.").arg(role));
        return true;
    });
}

} // namespace pcc
