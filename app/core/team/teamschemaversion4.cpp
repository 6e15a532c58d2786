// Team schema version 4.
#include "teamschemaversions.h"

#include "contactenums.h"
#include "teamschema.h"

using namespace Qt::StringLiterals;

namespace pcc {

QString TeamSchemaVersions::answered(const QString &row)
{
    return u"(%1status <> '%2' AND %1reply_outcome <> '%3' AND (%1status IN ('%4', '%5') OR %1reply_outcome <> ''))"_s.arg(
        row, statusKey(ContactStatus::Drafted), replyOutcomeKey(ReplyOutcome::NoReply), statusKey(ContactStatus::Acknowledged),
        statusKey(ContactStatus::Replied));
}

// The views as version 4 made them (and version 5 made them again).
QStringList TeamSchemaVersions::views()
{
    const QString drafted = statusKey(ContactStatus::Drafted);
    return {
        // The median of a force's days: the value at the middle place (or the mean of the two middle
        // places) of its letters in order of days, found from the running count.
        u"CREATE OR REPLACE VIEW pcc.coverage AS "
        "WITH days AS (SELECT force_id, days, sum(letters) OVER (PARTITION BY force_id ORDER BY days) AS upto, "
        "sum(letters) OVER (PARTITION BY force_id) AS total FROM pcc.reply_days WHERE letters > 0), "
        "medians AS (SELECT force_id, (min(days) FILTER (WHERE upto >= (total + 1) / 2) "
        "+ min(days) FILTER (WHERE upto >= total / 2 + 1)) / 2.0 AS median_days FROM days GROUP BY force_id), "
        "lasts AS (SELECT force_id, max(reply_date) AS last_reply FROM pcc.reply_dates WHERE letters > 0 AND reply_date <= current_date "
        "GROUP BY force_id) "
        "SELECT fv.force_id, count(*) FILTER (WHERE fv.sent > 0) AS volunteers, sum(fv.sent)::bigint AS sent, "
        "sum(fv.replied)::bigint AS replied, sum(fv.commitments)::bigint AS commitments, m.median_days, l.last_reply "
        "FROM pcc.force_volunteer fv JOIN pcc.forces f ON f.force_id = fv.force_id "
        "LEFT JOIN medians m ON m.force_id = fv.force_id LEFT JOIN lasts l ON l.force_id = fv.force_id "
        "GROUP BY fv.force_id, m.median_days, l.last_reply HAVING sum(fv.sent) > 0"_s,
        u"CREATE OR REPLACE VIEW pcc.volunteer_counts AS SELECT v.role, v.added_at, "
        "count(c.uuid) FILTER (WHERE c.status <> '%1') AS sent, "
        "count(c.uuid) FILTER (WHERE %2) AS replied, "
        "count(DISTINCT c.force_id) FILTER (WHERE c.status <> '%1') AS forces, "
        "max(c.updated_at) AS last_change "
        "FROM pcc.volunteers v LEFT JOIN pcc.contacts c ON c.volunteer = v.role GROUP BY v.role, v.added_at"_s
            .arg(drafted, answered(u"c."_s)),
    };
}

// Version 4: a letter's reply travels with it (its commitment's details, and its summary only when
// the volunteer shared it); a letter counts as answered by the app's own rule (an acknowledgement
// is an answer), and coverage gains the median days to a reply and the last reply's date, kept
// as counts per day so that reading them costs the same at a hundred letters or a million.
QStringList TeamSchemaVersions::version4()
{
    const QString drafted = statusKey(ContactStatus::Drafted);
    const QString commitment = replyOutcomeKey(ReplyOutcome::Commitment);
    const QString contribution = u"(%1status <> '%2')::int, %3::int, (%1status <> '%2' AND %1reply_outcome = '%4')::int"_s;
    auto contributionOf = [&](const QString &row) { return contribution.arg(row, drafted, answered(row), commitment); };
    const QString summaryCount =
        u"count(*) FILTER (WHERE status <> '%1'), count(*) FILTER (WHERE %2), count(*) FILTER (WHERE status <> '%1' AND reply_outcome = '%3')"_s
            .arg(drafted, answered(QString()), commitment);

    QStringList statements = {
        u"ALTER TABLE pcc.contacts ADD COLUMN commitment_what text NOT NULL DEFAULT '', "
        "ADD COLUMN commitment_amount text NOT NULL DEFAULT '', ADD COLUMN commitment_from date, ADD COLUMN commitment_until date, "
        "ADD COLUMN commitment_quote text NOT NULL DEFAULT '', ADD COLUMN reply_summary text NOT NULL DEFAULT ''"_s,
        storeContactsFunction(4),

        // Answered letters per force and day: by days from letter to reply, and by the reply's
        // date. Granted to no one; only the coverage view, as its owner, reads them.
        u"CREATE TABLE pcc.reply_days (force_id text NOT NULL, days integer NOT NULL, letters integer NOT NULL DEFAULT 0, "
        "PRIMARY KEY (force_id, days))"_s,
        u"CREATE TABLE pcc.reply_dates (force_id text NOT NULL, reply_date date NOT NULL, letters integer NOT NULL DEFAULT 0, "
        "PRIMARY KEY (force_id, reply_date))"_s,
        u"CREATE OR REPLACE FUNCTION pcc.count_contact() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
        "SET search_path = pg_catalog, pcc, pg_temp AS $$ BEGIN "
        "IF TG_OP IN ('UPDATE', 'DELETE') THEN "
        "UPDATE pcc.force_volunteer f SET sent = f.sent - d.s, replied = f.replied - d.r, commitments = f.commitments - d.c "
        "FROM (SELECT %1) AS d(s, r, c) WHERE f.force_id = OLD.force_id AND f.volunteer = OLD.volunteer; "
        "IF %3 AND OLD.reply_date IS NOT NULL THEN "
        "UPDATE pcc.reply_dates SET letters = letters - 1 WHERE force_id = OLD.force_id AND reply_date = OLD.reply_date; "
        "IF OLD.reply_date >= OLD.contact_date THEN "
        "UPDATE pcc.reply_days SET letters = letters - 1 WHERE force_id = OLD.force_id AND days = OLD.reply_date - OLD.contact_date; "
        "END IF; END IF; "
        "END IF; "
        "IF TG_OP IN ('INSERT', 'UPDATE') THEN "
        "INSERT INTO pcc.force_volunteer AS f (force_id, volunteer, sent, replied, commitments) SELECT NEW.force_id, NEW.volunteer, %2 "
        "ON CONFLICT (force_id, volunteer) DO UPDATE SET sent = f.sent + excluded.sent, replied = f.replied + excluded.replied, "
        "commitments = f.commitments + excluded.commitments; "
        "IF %4 AND NEW.reply_date IS NOT NULL THEN "
        "INSERT INTO pcc.reply_dates AS x (force_id, reply_date, letters) VALUES (NEW.force_id, NEW.reply_date, 1) "
        "ON CONFLICT (force_id, reply_date) DO UPDATE SET letters = x.letters + 1; "
        "IF NEW.reply_date >= NEW.contact_date THEN "
        "INSERT INTO pcc.reply_days AS x (force_id, days, letters) VALUES (NEW.force_id, NEW.reply_date - NEW.contact_date, 1) "
        "ON CONFLICT (force_id, days) DO UPDATE SET letters = x.letters + 1; "
        "END IF; END IF; "
        "END IF; "
        "RETURN NULL; END $$"_s.arg(contributionOf(u"OLD."_s), contributionOf(u"NEW."_s), answered(u"OLD."_s), answered(u"NEW."_s)),
        u"CREATE OR REPLACE FUNCTION pcc.count_nothing() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
        "SET search_path = pg_catalog, pcc, pg_temp AS $$ BEGIN "
        "DELETE FROM pcc.force_volunteer; DELETE FROM pcc.reply_days; DELETE FROM pcc.reply_dates; RETURN NULL; END $$"_s,

        // Counted again from the rows: the rule for "answered" changed.
        u"DELETE FROM pcc.force_volunteer"_s,
        u"INSERT INTO pcc.force_volunteer SELECT force_id, volunteer, %1 FROM pcc.contacts GROUP BY force_id, volunteer"_s.arg(summaryCount),
        u"INSERT INTO pcc.reply_days SELECT force_id, reply_date - contact_date, count(*) FROM pcc.contacts "
        "WHERE %1 AND reply_date >= contact_date GROUP BY 1, 2"_s.arg(answered(QString())),
        u"INSERT INTO pcc.reply_dates SELECT force_id, reply_date, count(*) FROM pcc.contacts "
        "WHERE %1 AND reply_date IS NOT NULL GROUP BY 1, 2"_s.arg(answered(QString())),

    };
    statements += views();
    // Letters with a reply are made a millisecond older here, so that each volunteer's next
    // sync sends them again, this time with their commitments and shared summaries.
    statements << u"UPDATE pcc.contacts SET updated_at = updated_at - interval '1 millisecond' WHERE reply_outcome <> ''"_s;
    return statements;
}

} // namespace pcc
