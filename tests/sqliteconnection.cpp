#include "sqliteconnection.h"

#include "catchcompat.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace pcctest {

SqliteConnection::SqliteConnection(const QString &path)
{
    static int made = 0;
    m_name = u"test-connection-%1"_s.arg(++made);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
    db.setDatabaseName(path);
    INFO(path.toStdString());
    REQUIRE(db.open());
}

SqliteConnection::~SqliteConnection()
{
    QSqlDatabase::database(m_name, false).close();
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase SqliteConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

QSqlQuery SqliteConnection::query() const
{
    return QSqlQuery(database());
}

void SqliteConnection::exec(const QString &sql) const
{
    QSqlQuery q = query();
    INFO(sql.toStdString());
    const bool ran = q.exec(sql);
    INFO(q.lastError().text().toStdString());
    REQUIRE(ran);
}

} // namespace pcctest
