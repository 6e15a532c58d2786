#pragma once

#include <QString>
#include <QStringList>

namespace pcc::TeamSchemaVersions {

// The statements of each version after the first two (see TeamSchema::migrations).
QStringList version3();
QStringList version4();
QStringList version5();

// pcc.coverage and pcc.volunteer_counts as version 4 defines them.
QStringList views();

// The policy that keeps a volunteer to their own contacts (version 1's, made again by version 5).
QString ownRowsPolicy();

// pcc.store_contacts, the volunteers' only way to write, as schema version 3, 4 or 5 defined it:
// 4 also takes a reply's commitment and the summary a volunteer chose to share; 5 also refuses
// the C1 control characters (U+0080-U+009F), which some terminals obey as escapes, and control
// characters in the ids.
QString storeContactsFunction(int version);

// A letter answered, by the app's rule (Responsiveness::isAnswered), as an SQL condition on the row
// prefix `row` ("NEW.", "c." or empty).
QString answered(const QString &row);

// 'a', 'b', 'c': keys as an SQL list.
QString quotedList(const QStringList &keys);

} // namespace pcc::TeamSchemaVersions
