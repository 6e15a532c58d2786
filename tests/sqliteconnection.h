#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace pcctest {

// A connection of the test's own to a SQLite file, as another program or an older version of
// the app would hold one: to write a foreign, older or future log, or to hold its lock. Opened
// on construction (the test fails if it cannot be), closed and removed when it goes out of
// scope. Queries made from it must go out of scope first: declare them after it.
class SqliteConnection
{
public:
    explicit SqliteConnection(const QString &path);
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    QSqlDatabase database() const; // for a class under test that takes one; hold no copy
    QSqlQuery query() const;
    // Runs one statement; the test fails if it does not run.
    void exec(const QString &sql) const;

private:
    QString m_name;
};

} // namespace pcctest
