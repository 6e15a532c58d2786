#pragma once

#include <QString>
#include <QStringList>

namespace pcc::TeamSchemaVersions {

// The statements of each version after the first two (see TeamSchema::migrations).
QStringList version3();
QStringList version4();

// pcc.store_contacts, the volunteers' only way to write: version 3's, or version 4's, which also
// takes a reply's commitment and the summary a volunteer chose to share.
QString storeContactsFunction(bool withReplies);

// A letter answered, by the app's rule (Responsiveness::isAnswered), as an SQL condition on the row
// prefix `row` ("NEW.", "c." or empty).
QString answered(const QString &row);

// 'a', 'b', 'c': keys as an SQL list.
QString quotedList(const QStringList &keys);

} // namespace pcc::TeamSchemaVersions
