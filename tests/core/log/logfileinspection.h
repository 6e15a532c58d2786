#pragma once

// What a test reads of a closed log file with its own connection: the header's fields and the
// indexes and triggers the schema holds.

#include "catchcompat.h"
#include "sqliteconnection.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QtEndian>

namespace pcctest {

using namespace Qt::StringLiterals;

// A 32-bit field of SQLite's 100-byte file header (the application id at 68, user_version at 60).
inline qint32 headerInt(const QString &path, int offset)
{
    const QByteArray header = readFile(path).left(100);
    REQUIRE(header.size() == 100);
    return qFromBigEndian<qint32>(header.constData() + offset);
}

// The indexes and triggers of a closed log, each as "type name on table", read by a connection
// of the test's own.
inline QStringList schemaObjects(const QString &path)
{
    QStringList objects;
    const SqliteConnection db(path);
    QSqlQuery q = db.query();
    REQUIRE(q.exec(u"SELECT type, name, tbl_name FROM sqlite_master WHERE type IN ('index', 'trigger') ORDER BY type, name"_s));
    while (q.next())
        objects << u"%1 %2 on %3"_s.arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    return objects;
}

inline const QStringList kContactsIndexes = {
    u"index contacts_follow_up on contacts"_s,
    u"index contacts_outcomes on contacts"_s,
    u"index contacts_profile_force on contacts"_s,
    u"index sqlite_autoindex_contacts_1 on contacts"_s,
};

inline QStringList indexesOnContacts(const QStringList &objects)
{
    QStringList mine;
    for (const QString &o : objects) {
        if (o.endsWith(u" on contacts"_s) && o.startsWith(u"index"_s))
            mine << o;
    }
    return mine;
}

} // namespace pcctest
