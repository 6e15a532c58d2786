#include "postcodedistricts.h"

#include "apppaths.h"
#include "csv.h"
#include "forceids.h"
#include "postcodeanswer.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pcc {

namespace {
QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

PostcodeDistricts PostcodeDistricts::loadDefault(QString *warning)
{
    const QString user = AppPaths::dataDir() + u"/postcode_districts.csv"_s;
    if (QFileInfo::exists(user)) {
        DataIssues issues;
        PostcodeDistricts table = fromCsv(readAll(user), &issues);
        if (issues.isEmpty())
            return table;
        if (warning) {
            *warning = QCoreApplication::translate("pcc::PostcodeDistricts",
                                                   "The postcode table %1 was not used (%2); the bundled table is used instead.")
                           .arg(user, issues.first().toString()
                                          + (issues.size() > 1 ? QCoreApplication::translate("pcc::PostcodeDistricts", " and %1 more problems")
                                                                     .arg(issues.size() - 1)
                                                               : QString()));
        }
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
    } else if (rows.isEmpty()
               || (rows.first().fields != QStringList{u"outcode"_s, u"forces"_s, u"straddles"_s, u"certainty"_s, u"basis"_s}
                   && rows.first().fields != QStringList{u"outcode"_s, u"forces"_s, u"straddles"_s, u"certainty"_s})) {
        found.append({u"line 1"_s, u"expected the header outcode,forces,straddles,certainty,basis"_s});
    } else {
        const qsizetype columns = rows.first().fields.size();
        for (qsizetype i = 1; i < rows.size(); ++i) {
            const Csv::Row &row = rows.at(i);
            const QString where = u"line %1"_s.arg(row.line);
            if (row.fields.size() != columns) {
                found.append({where, u"expected %1 fields"_s.arg(columns)});
                continue;
            }
            Match m;
            m.found = true;
            m.outcode = row.fields.at(0);
            m.forceIds = row.fields.at(1).split(u';', Qt::SkipEmptyParts);
            m.straddles = row.fields.at(2) == u"yes"_s;
            const QString certainty = row.fields.at(3);
            m.certainty = certainty == u"high"_s ? Certainty::High : certainty == u"medium"_s ? Certainty::Medium : Certainty::Low;
            m.basis = row.fields.value(4);
            if (certainty != u"high"_s && certainty != u"medium"_s && certainty != u"low"_s)
                found.append({where, u"certainty '%1' is not high, medium or low"_s.arg(certainty)});
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
    if (!found.isEmpty())
        return PostcodeDistricts();
    table.buildAreaFallbacks();
    return table;
}

// For a district created since the sources were made: every force its area's districts name,
// the most named first (ties in id order).
void PostcodeDistricts::buildAreaFallbacks()
{
    QHash<QString, QHash<QString, int>> counts;
    for (const Match &m : std::as_const(m_rows)) {
        QHash<QString, int> &area = counts[Postcode::parse(m.outcode).area()];
        for (const QString &id : m.forceIds)
            ++area[id];
    }
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        QStringList ids = it.value().keys();
        std::sort(ids.begin(), ids.end(), [&](const QString &a, const QString &b) {
            const int ca = it.value().value(a), cb = it.value().value(b);
            return ca != cb ? ca > cb : a < b;
        });
        m_areaForces.insert(it.key(), ids);
    }
}

PostcodeDistricts::Match PostcodeDistricts::find(const Postcode &postcode) const
{
    if (!postcode.isValid())
        return {};
    const auto row = m_rows.constFind(postcode.outward());
    if (row != m_rows.cend())
        return *row;
    const QStringList areaForces = m_areaForces.value(postcode.area());
    if (areaForces.isEmpty())
        return {};
    Match m;
    m.found = true;
    m.outcode = postcode.outward();
    m.forceIds = areaForces;
    m.straddles = areaForces.size() > 1;
    // A single-force area (Northern Ireland, a Crown Dependency) is as sure as its districts.
    const bool noPcc = areaForces.size() == 1 && ForceIds::isNoPccArea(areaForces.first());
    m.certainty = noPcc ? Certainty::High : Certainty::Low;
    m.basis = u"area"_s;
    m.areaFallback = true;
    return m;
}

QString PostcodeDistricts::homeForceOf(const QString &postcode) const
{
    const Postcode pc = Postcode::parse(postcode);
    const PostcodeAnswer answer = PostcodeAnswer::of(pc, find(pc));
    return answer.kind == PostcodeAnswer::Kind::Sure ? answer.forceIds.first() : QString();
}

} // namespace pcc
