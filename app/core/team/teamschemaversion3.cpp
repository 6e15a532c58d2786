// Team schema version 3.
#include "teamschemaversions.h"

#include "contactenums.h"
#include "forceids.h"
#include "teamschema.h"

using namespace Qt::StringLiterals;

namespace pcc {

// Version 3: volunteers write only through pcc.store_contacts, which checks every row and the
// coordinator's limits before anything is stored; the counts follow deletions; coverage lists
// only the 43 forces with a letter sent. Messages name a contact by its place in the batch and
// a field by its name, never by a value: what the server says goes into its log.
QStringList TeamSchemaVersions::version3()
{
    const QString drafted = statusKey(ContactStatus::Drafted);
    const QString replied = statusKey(ContactStatus::Replied);
    const QString commitment = replyOutcomeKey(ReplyOutcome::Commitment);
    const QString volunteer = QLatin1StringView(TeamSchema::VolunteerGroup);
    const QString coordinator = QLatin1StringView(TeamSchema::CoordinatorGroup);
    QStringList forces;
    for (const QString &id : ForceIds::all())
        forces << u"('%1')"_s.arg(id);
    const QString contribution = u"(%1.status <> '%2')::int, (%1.status = '%3')::int, "
                                 "(%1.status <> '%2' AND %1.reply_outcome = '%4')::int"_s;

    return {
        u"CREATE TABLE pcc.forces (force_id text PRIMARY KEY)"_s,
        u"INSERT INTO pcc.forces (force_id) VALUES %1"_s.arg(forces.join(u", "_s)),
        u"CREATE TABLE pcc.limits (name text PRIMARY KEY, value integer NOT NULL CHECK (value >= 0))"_s,
        u"INSERT INTO pcc.limits (name, value) VALUES ('rows_per_day', %1), ('commitments_per_force', %2)"_s
            .arg(TeamSchema::DefaultRowsPerDay).arg(TeamSchema::DefaultCommitmentsPerForce),
        // Per volunteer: the coordinator's own limits for them (null: the campaign's), and what
        // they have written today.
        u"ALTER TABLE pcc.volunteers ADD COLUMN rows_per_day integer CHECK (rows_per_day >= 0), "
        "ADD COLUMN commitments_per_force integer CHECK (commitments_per_force >= 0), "
        "ADD COLUMN written_on date, ADD COLUMN written integer NOT NULL DEFAULT 0"_s,

        storeContactsFunction(3),

        // A volunteer removes their own contacts (deleted on their computer), by id or a whole profile.
        u"CREATE FUNCTION pcc.remove_contacts(ids json) RETURNS integer LANGUAGE plpgsql SECURITY DEFINER "
        "SET search_path = pg_catalog, pcc, pg_temp AS $$ DECLARE removed integer; BEGIN "
        "DELETE FROM pcc.contacts WHERE volunteer = session_user AND uuid IN (SELECT json_array_elements_text(ids)); "
        "GET DIAGNOSTICS removed = ROW_COUNT; RETURN removed; END $$"_s,
        u"CREATE FUNCTION pcc.remove_profile(profile text) RETURNS integer LANGUAGE plpgsql SECURITY DEFINER "
        "SET search_path = pg_catalog, pcc, pg_temp AS $$ DECLARE removed integer; BEGIN "
        "DELETE FROM pcc.contacts WHERE volunteer = session_user AND profile_uuid = profile; "
        "GET DIAGNOSTICS removed = ROW_COUNT; RETURN removed; END $$"_s,
        // The coordinator's clean-up: one volunteer's rows, for one force or all.
        u"CREATE FUNCTION pcc.remove_rows(whose name, force text) RETURNS integer LANGUAGE plpgsql SECURITY DEFINER "
        "SET search_path = pg_catalog, pcc, pg_temp AS $$ DECLARE removed integer; BEGIN "
        "DELETE FROM pcc.contacts WHERE volunteer = whose AND (force IS NULL OR force_id = force); "
        "GET DIAGNOSTICS removed = ROW_COUNT; RETURN removed; END $$"_s,
        u"REVOKE ALL ON FUNCTION pcc.store_contacts(json), pcc.remove_contacts(json), pcc.remove_profile(text), "
        "pcc.remove_rows(name, text) FROM PUBLIC"_s,
        u"GRANT EXECUTE ON FUNCTION pcc.store_contacts(json), pcc.remove_contacts(json), pcc.remove_profile(text) TO %1, %2"_s
            .arg(volunteer, coordinator),
        u"GRANT EXECUTE ON FUNCTION pcc.remove_rows(name, text) TO %1"_s.arg(coordinator),
        u"REVOKE INSERT, UPDATE, DELETE ON pcc.contacts FROM %1"_s.arg(volunteer),
        u"GRANT SELECT ON pcc.limits TO %1, %2"_s.arg(volunteer, coordinator),
        u"GRANT UPDATE ON pcc.limits TO %1"_s.arg(coordinator),
        u"GRANT UPDATE (rows_per_day, commitments_per_force) ON pcc.volunteers TO %1"_s.arg(coordinator),
        u"CREATE POLICY coordinator_limits ON pcc.volunteers FOR UPDATE TO %1 USING (true)"_s.arg(coordinator),

        // The summary follows deletions too (and a TRUNCATE), and is counted again from the
        // contacts, since deletions before this version left it wrong.
        u"CREATE OR REPLACE FUNCTION pcc.count_contact() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
        "SET search_path = pg_catalog, pcc, pg_temp AS $$ BEGIN "
        "IF TG_OP IN ('UPDATE', 'DELETE') THEN "
        "UPDATE pcc.force_volunteer f SET sent = f.sent - d.s, replied = f.replied - d.r, commitments = f.commitments - d.c "
        "FROM (SELECT %1) AS d(s, r, c) WHERE f.force_id = OLD.force_id AND f.volunteer = OLD.volunteer; "
        "END IF; "
        "IF TG_OP IN ('INSERT', 'UPDATE') THEN "
        "INSERT INTO pcc.force_volunteer AS f (force_id, volunteer, sent, replied, commitments) SELECT NEW.force_id, NEW.volunteer, %2 "
        "ON CONFLICT (force_id, volunteer) DO UPDATE SET sent = f.sent + excluded.sent, replied = f.replied + excluded.replied, "
        "commitments = f.commitments + excluded.commitments; "
        "END IF; "
        "RETURN NULL; END $$"_s.arg(contribution.arg(u"OLD"_s, drafted, replied, commitment),
                                     contribution.arg(u"NEW"_s, drafted, replied, commitment)),
        u"DROP TRIGGER contacts_counted ON pcc.contacts"_s,
        u"CREATE TRIGGER contacts_counted AFTER INSERT OR UPDATE OR DELETE ON pcc.contacts FOR EACH ROW "
        "EXECUTE FUNCTION pcc.count_contact()"_s,
        u"CREATE FUNCTION pcc.count_nothing() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
        "SET search_path = pg_catalog, pcc, pg_temp AS $$ BEGIN DELETE FROM pcc.force_volunteer; RETURN NULL; END $$"_s,
        u"REVOKE ALL ON FUNCTION pcc.count_nothing() FROM PUBLIC"_s,
        u"CREATE TRIGGER contacts_emptied AFTER TRUNCATE ON pcc.contacts FOR EACH STATEMENT EXECUTE FUNCTION pcc.count_nothing()"_s,
        u"DELETE FROM pcc.force_volunteer"_s,
        u"INSERT INTO pcc.force_volunteer SELECT force_id, volunteer, count(*) FILTER (WHERE status <> '%1'), "
        "count(*) FILTER (WHERE status = '%2'), count(*) FILTER (WHERE status <> '%1' AND reply_outcome = '%3') "
        "FROM pcc.contacts GROUP BY force_id, volunteer"_s.arg(drafted, replied, commitment),
        u"CREATE OR REPLACE VIEW pcc.coverage AS SELECT fv.force_id, "
        "count(*) FILTER (WHERE fv.sent > 0) AS volunteers, sum(fv.sent)::bigint AS sent, sum(fv.replied)::bigint AS replied, "
        "sum(fv.commitments)::bigint AS commitments FROM pcc.force_volunteer fv JOIN pcc.forces f ON f.force_id = fv.force_id "
        "GROUP BY fv.force_id HAVING sum(fv.sent) > 0"_s,
    };
}

} // namespace pcc
