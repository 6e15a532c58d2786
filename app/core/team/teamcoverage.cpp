#include "teamcoverage.h"

#include "forceids.h"

#include "apppaths.h"
#include "isodates.h"
#include "teamconnection.h"
#include "wholefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace pcc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pcc::TeamCoverage)
};

constexpr qint64 kMaxCacheBytes = 1024 * 1024;

// No campaign counts more letters for one force, nor waits longer for a reply: a larger figure
// is a server that lies (or a cache edited by hand), held to the range so that sums over the 43
// forces cannot overflow and a number of days always fits an int.
constexpr double kMostLetters = 10000000;
constexpr double kMostDays = 3660;
// A server sends a row for each of the 43 forces. It is asked for no more than one row over
// this, so that one that would send millions cannot cost the memory or the time to read them
// (as Qt's driver reads a result whole, or drains what is left of it when the query ends).
constexpr int kMostRows = 1000;

} // namespace

int TeamCoverage::checkedCount(const QVariant &value)
{
    bool ok = false;
    const double n = value.toDouble(&ok);
    if (!ok || !std::isfinite(n) || n <= 0)
        return 0;
    return int(std::min(n, kMostLetters));
}

namespace {

// A median the server or the cache gives: a number of days, 0 to kMostDays, or none.
std::optional<double> medianDays(const QVariant &value)
{
    bool ok = false;
    const double days = value.toDouble(&ok);
    if (value.isNull() || !ok || !std::isfinite(days) || days < 0 || days > kMostDays)
        return std::nullopt;
    return days;
}

// A row of coverage, from the server or the cache, checked like any input: only the 43 force ids,
// each once (a volunteer with direct table access could invent others, thousands of characters
// long), counts in range and in order (no more volunteers or replies than letters, no more
// commitments than replies), and only forces with a letter sent (a draft is nobody's business but
// its writer's).
void admit(QList<ForceCoverage> *forces, const QString &forceId, const QVariantList &counts, const QVariant &median,
           const QDate &lastReply)
{
    ForceCoverage row{forceId, TeamCoverage::checkedCount(counts.value(0)), TeamCoverage::checkedCount(counts.value(1)),
                      TeamCoverage::checkedCount(counts.value(2)), TeamCoverage::checkedCount(counts.value(3)),
                      medianDays(median), lastReply};
    row.volunteers = std::min(row.volunteers, row.sent);
    row.replied = std::min(row.replied, row.sent);
    row.commitments = std::min(row.commitments, row.replied);
    const bool seen = std::any_of(forces->cbegin(), forces->cend(), [&](const ForceCoverage &f) { return f.forceId == forceId; });
    if (ForceIds::isForce(forceId) && row.sent > 0 && !seen)
        forces->append(row);
}

} // namespace

ForceProgress ForceCoverage::progress() const
{
    if (commitments > 0)
        return ForceProgress::Commitment;
    if (replied > 0)
        return ForceProgress::Replied;
    if (sent > 0)
        return ForceProgress::Sent;
    return ForceProgress::NotContacted;
}

ForceResponsiveness ForceCoverage::responsiveness() const
{
    return {forceId, sent, replied, medianDaysToReply, commitments, lastReply};
}

bool TeamCoverage::fetch(TeamConnection &c, TeamCoverage *coverage)
{
    if (!c.checkSchema())
        return false;
    QSqlQuery q = c.query();
    q.setForwardOnly(true);
    // Sorted here, not by the server: with ORDER BY it would make every row to find the first.
    q.prepare(u"SELECT force_id, volunteers, sent, replied, commitments, median_days, last_reply FROM pcc.coverage LIMIT %1"_s
                  .arg(kMostRows + 1));
    const QString what = Tr::tr("count the team's letters");
    if (!c.exec(q, what))
        return false;
    TeamCoverage fetched;
    fetched.server = c.address().toString();
    fetched.fetchedAt = QDateTime::currentDateTimeUtc();
    for (int rows = 1; q.next(); ++rows) {
        if (rows > kMostRows)
            return c.fail(TeamConnection::Problem::Failed,
                          Tr::tr("The server sent more than %1 rows of figures for the 43 forces. A team server sends one a force; "
                                 "this one cannot be trusted. Nothing was changed.")
                              .arg(kMostRows));
        admit(&fetched.forces, q.value(0).toString(), {q.value(1), q.value(2), q.value(3), q.value(4)}, q.value(5), q.value(6).toDate());
    }
    if (!c.readToEnd(q, what))
        return false;
    std::sort(fetched.forces.begin(), fetched.forces.end(),
              [](const ForceCoverage &a, const ForceCoverage &b) { return a.forceId < b.forceId; });
    *coverage = fetched;
    return true;
}

QHash<QString, ForceProgress> TeamCoverage::progressByForce() const
{
    QHash<QString, ForceProgress> progress;
    for (const ForceCoverage &f : forces)
        progress.insert(f.forceId, f.progress());
    return progress;
}

ForceCoverage TeamCoverage::forForce(const QString &forceId) const
{
    for (const ForceCoverage &f : forces) {
        if (f.forceId == forceId)
            return f;
    }
    ForceCoverage none;
    none.forceId = forceId;
    return none;
}

QString TeamCoverage::cacheFile()
{
    return QDir(AppPaths::dataDir()).filePath(u"team-coverage.json"_s);
}

bool TeamCoverage::save(const QString &path, QString *error) const
{
    QJsonArray list;
    for (const ForceCoverage &f : forces) {
        list.append(QJsonObject{{u"force_id"_s, f.forceId}, {u"volunteers"_s, f.volunteers}, {u"sent"_s, f.sent},
                                {u"replied"_s, f.replied}, {u"commitments"_s, f.commitments},
                                {u"median_days_to_reply"_s, f.medianDaysToReply ? QJsonValue(*f.medianDaysToReply) : QJsonValue()},
                                {u"last_reply"_s, f.lastReply.isValid() ? QJsonValue(IsoDates::date(f.lastReply)) : QJsonValue()}});
    }
    const QJsonObject root{{u"server"_s, server}, {u"fetched_at"_s, IsoDates::utcDateTime(fetchedAt)}, {u"forces"_s, list}};
    QDir().mkpath(QFileInfo(path).absolutePath());
    return WholeFile::writePrivate(path, QJsonDocument(root).toJson(), error); // names the role: private
}

bool TeamCoverage::load(const QString &path, TeamCoverage *coverage, QString *error)
{
    QFile file(path);
    if (!file.exists())
        return false;
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxCacheBytes) {
        *error = Tr::tr("Cannot read the team's coverage from %1.").arg(path);
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject root = doc.object();
    const QDateTime fetchedAt = IsoDates::parseDateTime(root.value(u"fetched_at"_s).toString());
    if (parseError.error != QJsonParseError::NoError || !root.value(u"forces"_s).isArray() || !fetchedAt.isValid()) {
        *error = Tr::tr("The team's coverage in %1 is not readable; sync again to fetch it.").arg(path);
        return false;
    }
    TeamCoverage loaded;
    loaded.server = root.value(u"server"_s).toString();
    loaded.fetchedAt = fetchedAt;
    for (const QJsonValue &v : root.value(u"forces"_s).toArray()) {
        const QJsonObject o = v.toObject();
        QVariantList counts;
        for (const char *key : {"volunteers", "sent", "replied", "commitments"})
            counts << o.value(QLatin1StringView(key)).toVariant();
        admit(&loaded.forces, o.value(u"force_id"_s).toString(), counts, o.value(u"median_days_to_reply"_s).toVariant(),
              IsoDates::parseDate(o.value(u"last_reply"_s).toString()));
    }
    *coverage = loaded;
    return true;
}

} // namespace pcc
