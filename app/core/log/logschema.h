#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace pcc {

// The contact log's SQL schema as numbered migrations. Migration N takes a log at version N-1
// to version N and runs in one transaction; a log is never left between two versions.
//
//   1  the first release: profiles, contacts, force_progress, app_state, schema_version table
//   2  the file is marked as ours (application_id, user_version); CHECK constraints built from
//      the key tables in contactenums; the current profile is stored by uuid, not by name
//   3  deletions still to reach the team server (team_removals)
//   4  replies, several per letter, with their commitments and attachments
//   5  an index of letters' outcomes and days to a reply, for responsiveness
//   6  the index of contacts by force alone is dropped (nothing read from it)
class LogSchema
{
public:
    struct Migration
    {
        int version;
        QStringList statements;
    };
    static QList<Migration> migrations();

    // Triggers that keep force_progress (the map's colours) in step with contacts. A bulk
    // import drops them, writes every row, rebuilds force_progress once and creates them again.
    static QStringList progressTriggers();
    static QStringList dropProgressTriggers();
    static QString rebuildProgress();
    // The secondary indexes of contacts, which a large import drops and builds again at the end.
    static QStringList contactIndexes();
    static QStringList dropContactIndexes();
};

} // namespace pcc
