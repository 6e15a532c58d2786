#include "postcodedistricts.h"

#include "apppaths.h"
#include "csv.h"
#include "forceids.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace pcc {

namespace {
QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

PostcodeDistricts PostcodeDistricts::loadDefault()
{
    const QString user = AppPaths::dataDir() + u"/postcode_districts.csv"_s;
    if (QFileInfo::exists(user)) {
        DataIssues issues;
        PostcodeDistricts table = fromCsv(readAll(user), &issues);
        if (issues.isEmpty())
            return table;
    }
    return fromCsv(readAll(AppPaths::bundledPostcodeDistricts()), nullptr);
}

PostcodeDistricts PostcodeDistricts::fromCsv(const QByteArray &csv, DataIssues *issues)
{
    DataIssues found;
    PostcodeDistricts table;
    QList<Csv::Row> rows;
    int errorLine = 0;
    if (!Csv::parse(QString::fromUtf8(csv), &rows, &errorLine)) {
        found.append({u"line %1"_s.arg(errorLine), u"a quoted field is never closed"_s});
    } else if (rows.isEmpty() || rows.first().fields != QStringList{u"outcode"_s, u"forces"_s, u"straddles"_s, u"certainty"_s}) {
        found.append({u"line 1"_s, u"expected the header outcode,forces,straddles,certainty"_s});
    } else {
        for (qsizetype i = 1; i < rows.size(); ++i) {
            const Csv::Row &row = rows.at(i);
            const QString where = u"line %1"_s.arg(row.line);
            if (row.fields.size() != 4) {
                found.append({where, u"expected 4 fields"_s});
                continue;
            }
            Match m;
            m.found = true;
            m.outcode = row.fields.at(0);
            m.forceIds = row.fields.at(1).split(u';', Qt::SkipEmptyParts);
            m.straddles = row.fields.at(2) == u"yes"_s;
            m.certainty = row.fields.at(3);
            const Postcode pc = Postcode::parse(m.outcode);
            if (!pc.isValid() || pc.isFull())
                found.append({where, u"'%1' is not a postcode district"_s.arg(m.outcode)});
            for (const QString &id : std::as_const(m.forceIds)) {
                if (!ForceIds::isForce(id) && !ForceIds::isNoPccArea(id))
                    found.append({where, u"unknown force id '%1'"_s.arg(id)});
            }
            if (m.forceIds.isEmpty())
                found.append({where, u"no force given"_s});
            table.m_rows.insert(m.outcode, m);
        }
    }
    if (issues)
        *issues = found;
    return found.isEmpty() ? table : PostcodeDistricts();
}

PostcodeDistricts::Match PostcodeDistricts::find(const Postcode &postcode) const
{
    if (!postcode.isValid())
        return {};
    if (postcode.area() == u"BT"_s) // Northern Ireland is not in the source table
        return {true, postcode.outward(), {ForceIds::NorthernIreland}, false, u"high"_s};
    return m_rows.value(postcode.outward());
}

QString PostcodeDistricts::homeForceOf(const QString &postcode) const
{
    const Match m = find(Postcode::parse(postcode));
    if (!m.found || m.forceIds.size() != 1 || m.certainty != u"high"_s || !ForceIds::isForce(m.forceIds.first()))
        return {};
    return m.forceIds.first();
}

} // namespace pcc
