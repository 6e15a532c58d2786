// Team schema version 5.
#include "teamschemaversions.h"

#include "teamschema.h"

using namespace Qt::StringLiterals;

namespace pcc {

// Version 5: the door refuses the C1 control characters too, and control characters in a
// contact's ids. A coordinator reads the volunteers' rows in psql, and a terminal may obey U+009B
// as the start of an escape sequence, as it obeys U+001B. Rows stored before are left as they are.
//
// The views are made again. A view keeps the functions and operators its text named when it was
// made, and an app before version 5 made them with `public` on the search path: a volunteer who
// could create objects there may have had one of theirs chosen. This app's sessions never search
// `public`, so the views made again name only the system's own.
//
// And the planner keeps no statistics of what a volunteer cannot read. Row-level security hides
// the rows, but EXPLAIN's estimates come from statistics of the whole table: a volunteer could
// learn how many letters another had written, or confirm a guess at another's notes. A column's
// statistics go when its type is set (to the same type: nothing else changes), which the view and
// the policy that read the columns must be out of the way for, inside init's one transaction.
QStringList TeamSchemaVersions::version5()
{
    const QString coordinator = QLatin1StringView(TeamSchema::CoordinatorGroup);
    const std::pair<const char *, const char *> privateColumns[] = {
        {"volunteer", "name"},       {"uuid", "text"},         {"profile_uuid", "text"},      {"profile_name", "text"},
        {"body_name", "text"},       {"holder_name", "text"},  {"template", "text"},          {"letter_text", "text"},
        {"notes", "text"},           {"commitment_what", "text"}, {"commitment_amount", "text"}, {"commitment_quote", "text"},
        {"reply_summary", "text"},
    };
    // One statement, so that the indexes on the ids are built again once, not once a column.
    QStringList alterations;
    for (const auto &[column, type] : privateColumns) {
        alterations << u"ALTER COLUMN %1 SET STATISTICS 0"_s.arg(QLatin1StringView(column))
                    << u"ALTER COLUMN %1 TYPE %2"_s.arg(QLatin1StringView(column), QLatin1StringView(type));
    }
    QStringList statements{storeContactsFunction(5), u"DROP VIEW pcc.volunteer_counts"_s, u"DROP POLICY own_rows ON pcc.contacts"_s,
                           u"ALTER TABLE pcc.contacts "_s + alterations.join(u", "_s), ownRowsPolicy()};
    statements += views();
    statements << u"GRANT SELECT ON pcc.volunteer_counts TO %1"_s.arg(coordinator);
    return statements;
}

} // namespace pcc
