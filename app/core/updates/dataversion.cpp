#include "dataversion.h"

#include <QList>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pcc::DataVersion {

namespace {
QList<qint64> numbers(const QString &v)
{
    static const QRegularExpression digits(u"\\d+"_s);
    QList<qint64> out;
    for (auto it = digits.globalMatch(v); it.hasNext();)
        out << it.next().captured(0).toLongLong();
    return out;
}
} // namespace

int compare(const QString &a, const QString &b)
{
    const QList<qint64> x = numbers(a);
    const QList<qint64> y = numbers(b);
    for (qsizetype i = 0; i < std::max(x.size(), y.size()); ++i) {
        const qint64 l = x.value(i, 0);
        const qint64 r = y.value(i, 0);
        if (l != r)
            return l < r ? -1 : 1;
    }
    return 0;
}

QString next(const QString &base, const QString &today)
{
    if (compare(today, base) > 0)
        return today;
    const QList<qint64> n = numbers(base);
    const qint64 last = n.size() > 3 ? n.last() : 0;
    return u"%1.%2"_s.arg(base.section(u'.', 0, 0)).arg(last + 1);
}

} // namespace pcc::DataVersion
