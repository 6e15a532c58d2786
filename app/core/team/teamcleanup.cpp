#include "teamcleanup.h"

#include "contactenums.h"
#include "plaintext.h"
#include "teamconnection.h"
#include "teamschemaversions.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace pcc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pcc::TeamCleanup)
};

} // namespace

bool TeamCleanup::rowsByForce(TeamConnection &c, const QString &role, QList<VolunteerForceRows> *rows)
{
    if (!c.checkSchema())
        return false;
    TeamConnection::Rows found;
    if (!c.execParams(u"SELECT force_id, count(*), count(*) FILTER (WHERE status <> $2), count(*) FILTER (WHERE %1), "
                      "count(*) FILTER (WHERE status <> $2 AND reply_outcome = $3) FROM pcc.contacts WHERE volunteer = $1 "
                      "GROUP BY force_id ORDER BY force_id"_s.arg(TeamSchemaVersions::answered(QString())),
                      {role, statusKey(ContactStatus::Drafted), replyOutcomeKey(ReplyOutcome::Commitment)},
                      Tr::tr("list the rows of %1 (only the coordinator may)").arg(role), &found))
        return false;
    rows->clear();
    for (const QStringList &r : std::as_const(found))
        rows->append({PlainText::printable(r.value(0)), r.value(1).toInt(), r.value(2).toInt(), r.value(3).toInt(), r.value(4).toInt()});
    return true;
}

bool TeamCleanup::removeRows(TeamConnection &c, const QString &role, const QString &forceId, int *removed)
{
    if (!c.checkSchema())
        return false;
    TeamConnection::Rows result;
    // A null force (not an empty one) means every force: $2 is sent as SQL NULL through NULLIF.
    if (!c.execParams(u"SELECT pcc.remove_rows($1, NULLIF($2, ''))"_s, {role, forceId},
                      Tr::tr("remove the rows of %1 (only the coordinator may)").arg(role), &result))
        return false;
    *removed = result.value(0).value(0).toInt();
    return true;
}

} // namespace pcc
