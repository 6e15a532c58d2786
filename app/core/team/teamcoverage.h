#pragma once

#include "contactenums.h"
#include "responsiveness.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

namespace pcc {

class TeamConnection;

// What the whole team has done for one force, as the server's pcc.coverage view counts it:
// no names, no letters, only numbers.
struct ForceCoverage
{
    QString forceId;
    int volunteers = 0;  // distinct volunteers who have written
    int sent = 0;        // letters sent (everything but drafts)
    int replied = 0;
    int commitments = 0; // replies that committed to fund
    std::optional<double> medianDaysToReply; // over answered letters with both dates
    QDate lastReply;

    ForceProgress progress() const;
    ForceResponsiveness responsiveness() const; // the same figures, as the local log gives them
    bool operator==(const ForceCoverage &) const = default;
};

// The coverage as fetched at one moment, kept in the data folder so the map's team view
// works offline and says how old it is.
class TeamCoverage
{
public:
    static bool fetch(TeamConnection &connection, TeamCoverage *coverage);
    // A count of letters from the server: 0 to ten million, whatever a server that lies says.
    static int checkedCount(const QVariant &value);

    QString server;      // the address it came from (no password)
    QDateTime fetchedAt; // UTC
    QList<ForceCoverage> forces; // sorted by force id; forces no one has written to are absent

    QHash<QString, ForceProgress> progressByForce() const;
    ForceCoverage forForce(const QString &forceId) const; // zeros when absent

    static QString cacheFile(); // team-coverage.json in the data folder
    bool save(const QString &path, QString *error) const;
    static bool load(const QString &path, TeamCoverage *coverage, QString *error); // false, quietly, when missing
};

} // namespace pcc
