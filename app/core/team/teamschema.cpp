#include "teamschema.h"

#include "contactenums.h"
#include "teamschemaversions.h"

using namespace Qt::StringLiterals;

namespace pcc {

using TeamSchemaVersions::quotedList;

namespace {

// Group roles are shared by every database on the server, so they are made only when missing.
QString createGroupRole(const char *name)
{
    return u"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN "
           "CREATE ROLE %1 NOLOGIN; END IF; END $$"_s.arg(QLatin1StringView(name));
}

} // namespace

QString TeamSchemaVersions::ownRowsPolicy()
{
    return u"CREATE POLICY own_rows ON pcc.contacts FOR ALL TO %1 "
           "USING (volunteer = current_user) WITH CHECK (volunteer = current_user)"_s.arg(QLatin1StringView(TeamSchema::VolunteerGroup));
}

QList<TeamSchema::Migration> TeamSchema::migrations()
{
    const QString drafted = statusKey(ContactStatus::Drafted);
    const QString replied = statusKey(ContactStatus::Replied);
    const QString commitment = replyOutcomeKey(ReplyOutcome::Commitment);
    const QString volunteer = QLatin1StringView(VolunteerGroup);
    const QString coordinator = QLatin1StringView(CoordinatorGroup);

    QStringList v1 = {
        createGroupRole(VolunteerGroup),
        createGroupRole(CoordinatorGroup),
        u"CREATE SCHEMA pcc"_s,
        u"REVOKE ALL ON SCHEMA pcc FROM PUBLIC"_s,
        u"CREATE TABLE pcc.schema_version (version integer NOT NULL)"_s,
        u"INSERT INTO pcc.schema_version (version) VALUES (0)"_s,
        u"CREATE TABLE pcc.volunteers (role name PRIMARY KEY, added_at timestamptz NOT NULL DEFAULT now())"_s,
        // Text ids: the local log's uuids come from CSV files too, and are compared, not computed.
        u"CREATE TABLE pcc.contacts ("
        "volunteer name NOT NULL DEFAULT current_user, uuid text NOT NULL, profile_uuid text NOT NULL, "
        "profile_name text NOT NULL DEFAULT '', force_id text NOT NULL, body_name text NOT NULL DEFAULT '', "
        "holder_name text NOT NULL DEFAULT '', channel text NOT NULL CHECK (channel IN (%1)), "
        "contact_date date NOT NULL, template text NOT NULL DEFAULT '', letter_text text NOT NULL DEFAULT '', "
        "status text NOT NULL CHECK (status IN (%2)), reply_date date, "
        "reply_outcome text NOT NULL DEFAULT '' CHECK (reply_outcome IN (%3)), notes text NOT NULL DEFAULT '', "
        "follow_up_due date, updated_at timestamptz NOT NULL, PRIMARY KEY (volunteer, uuid))"_s
            .arg(quotedList(channelKeys()), quotedList(statusKeys()), quotedList(replyOutcomeKeys())),
        u"CREATE INDEX contacts_force ON pcc.contacts (force_id)"_s,
        u"CREATE INDEX contacts_profile ON pcc.contacts (volunteer, profile_uuid)"_s,

        u"ALTER TABLE pcc.contacts ENABLE ROW LEVEL SECURITY"_s,
        TeamSchemaVersions::ownRowsPolicy(),
        u"CREATE POLICY coordinator_reads ON pcc.contacts FOR SELECT TO %1 USING (true)"_s.arg(coordinator),
        u"ALTER TABLE pcc.volunteers ENABLE ROW LEVEL SECURITY"_s,
        u"CREATE POLICY own_row ON pcc.volunteers FOR SELECT TO %1 USING (role = current_user)"_s.arg(volunteer),
        u"CREATE POLICY coordinator_reads ON pcc.volunteers FOR SELECT TO %1 USING (true)"_s.arg(coordinator),

        // Views run with their owner's rights (the coordinator who ran init, who owns the
        // table and so is not held by its policies): that is what lets a volunteer see
        // the counts of everyone's letters without seeing a single letter.
        u"CREATE VIEW pcc.coverage AS SELECT force_id, "
        "count(DISTINCT volunteer) FILTER (WHERE status <> '%1') AS volunteers, "
        "count(*) FILTER (WHERE status <> '%1') AS sent, "
        "count(*) FILTER (WHERE status = '%2') AS replied, "
        "count(*) FILTER (WHERE reply_outcome = '%3') AS commitments "
        "FROM pcc.contacts GROUP BY force_id"_s.arg(drafted, replied, commitment),
        u"CREATE VIEW pcc.volunteer_counts AS SELECT v.role, v.added_at, "
        "count(c.uuid) FILTER (WHERE c.status <> '%1') AS sent, "
        "count(c.uuid) FILTER (WHERE c.status = '%2') AS replied, "
        "count(DISTINCT c.force_id) FILTER (WHERE c.status <> '%1') AS forces, "
        "max(c.updated_at) AS last_change "
        "FROM pcc.volunteers v LEFT JOIN pcc.contacts c ON c.volunteer = v.role GROUP BY v.role, v.added_at"_s
            .arg(drafted, replied),

        u"GRANT USAGE ON SCHEMA pcc TO %1, %2"_s.arg(volunteer, coordinator),
        u"GRANT SELECT ON pcc.schema_version, pcc.coverage, pcc.volunteers TO %1, %2"_s.arg(volunteer, coordinator),
        u"GRANT SELECT, INSERT, UPDATE ON pcc.contacts TO %1"_s.arg(volunteer),
        u"GRANT SELECT ON pcc.contacts, pcc.volunteer_counts TO %1"_s.arg(coordinator),
    };
    // Version 2: coverage from a running summary per (force, volunteer), kept by a trigger, so
    // reading it costs the same with 100 letters or a million (the plain view took 100 ms at
    // 100,000). The table is not granted to anyone: only the view, as its owner, reads it.
    // A commitment counts only on a letter that was sent: a draft has had no reply.
    const QString contribution = u"(%1.status <> '%2')::int, (%1.status = '%3')::int, "
                                 "(%1.status <> '%2' AND %1.reply_outcome = '%4')::int"_s;
    QStringList v2 = {
        u"CREATE TABLE pcc.force_volunteer (force_id text NOT NULL, volunteer name NOT NULL, "
        "sent integer NOT NULL DEFAULT 0, replied integer NOT NULL DEFAULT 0, commitments integer NOT NULL DEFAULT 0, "
        "PRIMARY KEY (force_id, volunteer))"_s,
        u"INSERT INTO pcc.force_volunteer SELECT force_id, volunteer, count(*) FILTER (WHERE status <> '%1'), "
        "count(*) FILTER (WHERE status = '%2'), count(*) FILTER (WHERE status <> '%1' AND reply_outcome = '%3') "
        "FROM pcc.contacts GROUP BY force_id, volunteer"_s.arg(drafted, replied, commitment),
        // SECURITY DEFINER: a volunteer's insert updates the summary they may not touch themselves.
        u"CREATE FUNCTION pcc.count_contact() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
        "SET search_path = pg_catalog, pcc AS $$ BEGIN "
        "IF TG_OP = 'UPDATE' THEN "
        "UPDATE pcc.force_volunteer f SET sent = f.sent - d.s, replied = f.replied - d.r, commitments = f.commitments - d.c "
        "FROM (SELECT %1) AS d(s, r, c) WHERE f.force_id = OLD.force_id AND f.volunteer = OLD.volunteer; "
        "END IF; "
        "INSERT INTO pcc.force_volunteer AS f (force_id, volunteer, sent, replied, commitments) SELECT NEW.force_id, NEW.volunteer, %2 "
        "ON CONFLICT (force_id, volunteer) DO UPDATE SET sent = f.sent + excluded.sent, replied = f.replied + excluded.replied, "
        "commitments = f.commitments + excluded.commitments; "
        "RETURN NULL; END $$"_s.arg(contribution.arg(u"OLD"_s, drafted, replied, commitment),
                                     contribution.arg(u"NEW"_s, drafted, replied, commitment)),
        u"REVOKE ALL ON FUNCTION pcc.count_contact() FROM PUBLIC"_s,
        u"CREATE TRIGGER contacts_counted AFTER INSERT OR UPDATE ON pcc.contacts FOR EACH ROW EXECUTE FUNCTION pcc.count_contact()"_s,
        u"CREATE OR REPLACE VIEW pcc.coverage AS SELECT force_id, "
        "count(*) FILTER (WHERE sent > 0) AS volunteers, sum(sent)::bigint AS sent, sum(replied)::bigint AS replied, "
        "sum(commitments)::bigint AS commitments FROM pcc.force_volunteer GROUP BY force_id"_s,
    };
    return {{1, v1}, {2, v2}, {3, TeamSchemaVersions::version3()}, {4, TeamSchemaVersions::version4()},
            {5, TeamSchemaVersions::version5()}};
}

} // namespace pcc
