#pragma once

#include <QStringList>

#include "contactrecord.h"
#include "reply.h"
#include "teamremoval.h"
#include "teamschema.h"

#include <QList>
#include <QString>

namespace pcc {

class TeamConnection;

// Pushes one profile's contacts to the team server. The server says what it has of this
// profile (uuid and updated_at of the role's own rows); only records that are missing there
// or newer here are sent, in batches (each stored whole or not at all by the server's pcc.store_contacts),
// as upserts in which the newer updated_at wins. Running it again sends nothing. The local log is only read.
// A letter carries what its replies may tell the server: the commitment's details when the letter's
// outcome is a commitment, and the summaries the volunteer ticked to share. Never an attachment.
class TeamSync
{
public:
    struct Result
    {
        int pushed = 0;       // sent and stored (new on the server, or newer here)
        int unchanged = 0;    // the server had this very version
        int newerOnServer = 0; // the server's copy is newer (another computer); left as it is
        QStringList refused;   // contacts not sent, each with the reason (a control character in the notes)
    };

    static constexpr int BatchSize = TeamSchema::MaxBatchSize;

    static bool push(TeamConnection &connection, const QString &profileUuid, const QList<ContactRecord> &records,
                     Result *result, const QList<Reply> &sharedReplies = {});
    // Removes from the server what was deleted here (the role's own rows only), in one transaction.
    static bool remove(TeamConnection &connection, const QList<TeamRemoval> &removals, int *rowsRemoved);
};

} // namespace pcc
