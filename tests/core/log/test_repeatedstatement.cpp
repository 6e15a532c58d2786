// A statement run row after row binds again only what changed, and still writes exactly the
// values it is given: NULL stays NULL and '' stays ''.
#include "catchcompat.h"
#include "sqliteconnection.h"

#include "repeatedstatement.h"

#include <QDateTime>
#include <QSqlQuery>

using namespace pcc;
using namespace Qt::StringLiterals;

TEST_CASE("repeated statement: each row is written as given, whether or not a value changed since the last", "[log][import]")
{
    const pcctest::SqliteConnection db(u":memory:"_s);
    db.exec(u"CREATE TABLE t(n INTEGER, a TEXT, b TEXT)"_s);
    RepeatedStatement insert(db.database(), u"INSERT INTO t VALUES (:n, :a, :b)"_s, {u":n"_s, u":a"_s, u":b"_s});
    REQUIRE(insert.isPrepared());
    const QList<QList<QVariant>> rows{
        {qint64(1), u"same"_s, QString()},   // a null string: NULL
        {qint64(2), u"same"_s, u""_s},       // an empty one: '' (QString calls the two equal)
        {qint64(3), u"same"_s, u""_s},       // unchanged
        {qint64(4), u"other"_s, QVariant()}, // no value: NULL
        {qint64(5), u"other"_s, u"text"_s},
        {qint64(6), QString(), u"text"_s},
    };
    for (const auto &row : rows)
        REQUIRE(insert.exec(row));

    QSqlQuery q = db.query();
    REQUIRE(q.exec(u"SELECT n, coalesce(a, '<null>'), coalesce(b, '<null>') FROM t ORDER BY n"_s));
    QStringList written;
    while (q.next())
        written << u"%1 %2 %3"_s.arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    CHECK(written == QStringList{u"1 same <null>"_s, u"2 same "_s, u"3 same "_s, u"4 other <null>"_s,
                                 u"5 other text"_s, u"6 <null> text"_s});
}

TEST_CASE("repeated statement: a null string and an empty one are not the same binding", "[log][import]")
{
    CHECK(RepeatedStatement::sameBinding(QVariant(u"x"_s), QVariant(u"x"_s)));
    CHECK_FALSE(RepeatedStatement::sameBinding(QVariant(QString()), QVariant(u""_s)));
    CHECK_FALSE(RepeatedStatement::sameBinding(QVariant(), QVariant(QString())));
    CHECK_FALSE(RepeatedStatement::sameBinding(QVariant(qint64(1)), QVariant(u"1"_s)));
    CHECK(RepeatedStatement::sameBinding(QVariant(qint64(7)), QVariant(qint64(7))));
    CHECK_FALSE(RepeatedStatement::sameBinding(QVariant(qint64(7)), QVariant(qint64(8))));
    // Equal, but not bound alike: never taken as the same.
    CHECK_FALSE(RepeatedStatement::sameBinding(QVariant(QByteArray()), QVariant(QByteArray(""))));
    const QDateTime utc(QDate(2026, 12, 3), QTime(12, 0), Qt::UTC);
    CHECK_FALSE(RepeatedStatement::sameBinding(QVariant(utc), QVariant(utc.toOffsetFromUtc(3600))));
}
