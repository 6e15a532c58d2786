#include "teamschema.h"

#include "contactenums.h"
#include "forceids.h"

using namespace Qt::StringLiterals;

namespace pcc {

namespace {

QString quotedList(const QStringList &keys)
{
    QStringList quoted;
    for (const QString &key : keys)
        quoted << u"'%1'"_s.arg(key);
    return quoted.join(u", "_s);
}

// Group roles are shared by every database on the server, so they are made only when missing.
QString createGroupRole(const char *name)
{
    return u"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN "
           "CREATE ROLE %1 NOLOGIN; END IF; END $$"_s.arg(QLatin1StringView(name));
}

// The columns a batch of contacts carries, as json_to_recordset reads them.
const QString kBatchColumns = u"uuid text, profile_uuid text, profile_name text, force_id text, body_name text, holder_name text, "
                              "channel text, contact_date date, template text, letter_text text, status text, reply_date date, "
                              "reply_outcome text, notes text, follow_up_due date, updated_at timestamptz"_s;

// Version 3: volunteers write only through pcc.store_contacts, which checks every row and the
// coordinator's limits before anything is stored; the counts follow deletions; coverage lists
// only the 43 forces with a letter sent. Messages name a contact by its place in the batch and
// a field by its name, never by a value: what the server says goes into its log.
QStringList version3()
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
    // Tab, line feed and carriage return are text; every other control character is refused,
    // as the app refuses it (a NUL cannot even be read from JSON into text).
    const QString controls = uR"('[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]')"_s;

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

        // pg_temp last in search_path: a caller's temporary table cannot stand in for a catalogue
        // or a table of ours; TimeZone fixed: "today" for the daily limit is the server's UTC day,
        // whatever time zone the caller's session sets.
        u"CREATE FUNCTION pcc.store_contacts(batch json) RETURNS integer LANGUAGE plpgsql SECURITY DEFINER "
        "SET search_path = pg_catalog, pcc, pg_temp SET TimeZone = 'UTC' AS $$ "
        "DECLARE who name := session_user; size integer; problem text; row_limit integer; commitment_limit integer; "
        "used integer := 0; stored integer; over text; "
        "BEGIN "
        "IF NOT EXISTS (SELECT 1 FROM pcc.volunteers WHERE role = who) "
        "AND who <> (SELECT pg_get_userbyid(nspowner) FROM pg_catalog.pg_namespace WHERE nspname = 'pcc') THEN "
        "RAISE EXCEPTION USING ERRCODE = 'PCC01', MESSAGE = 'this role is not one of the campaign''s volunteers'; END IF; "
        "IF batch IS NULL OR json_typeof(batch) <> 'array' THEN "
        "RAISE EXCEPTION USING ERRCODE = 'PCC01', MESSAGE = 'a batch is a list of contacts'; END IF; "
        "size := json_array_length(batch); "
        "IF size > %1 THEN RAISE EXCEPTION USING ERRCODE = 'PCC01', MESSAGE = format('a batch holds at most %1 contacts, not %s', size); END IF; "
        "BEGIN "
        "SELECT format('contact %s of the batch: %s', n, why) INTO problem FROM (SELECT n, CASE "
        "WHEN r.uuid IS NULL OR length(r.uuid) NOT BETWEEN 1 AND 64 THEN 'its id is missing or longer than 64 characters' "
        "WHEN r.profile_uuid IS NULL OR length(r.profile_uuid) NOT BETWEEN 1 AND 64 THEN 'its profile id is missing or longer than 64 characters' "
        "WHEN r.force_id IS NULL OR NOT EXISTS (SELECT 1 FROM pcc.forces f WHERE f.force_id = r.force_id) THEN 'its force is not one of the 43' "
        "WHEN r.channel IS NULL OR r.channel NOT IN (%2) THEN 'its channel is not one the app knows' "
        "WHEN r.status IS NULL OR r.status NOT IN (%3) THEN 'its status is not one the app knows' "
        "WHEN coalesce(r.reply_outcome, '') NOT IN (%4) THEN 'its reply outcome is not one the app knows' "
        "WHEN r.contact_date IS NULL OR r.contact_date NOT BETWEEN date '2000-01-01' AND current_date + 7 THEN 'its date is missing or not a date this campaign could have' "
        "WHEN r.reply_date NOT BETWEEN date '2000-01-01' AND current_date + 7 THEN 'its reply date is not a date this campaign could have' "
        "WHEN r.follow_up_due NOT BETWEEN date '2000-01-01' AND current_date + 3660 THEN 'its follow-up date is not a date this campaign could have' "
        "WHEN r.updated_at IS NULL OR r.updated_at > now() + interval '1 day' THEN 'its time of change is missing or in the future' "
        "WHEN length(r.profile_name) > 200 OR length(r.body_name) > 300 OR length(r.holder_name) > 200 OR length(r.template) > 200 "
        "THEN 'a name in it is longer than 200 characters' "
        "WHEN length(r.letter_text) > 100000 THEN 'its letter is longer than 100,000 characters' "
        "WHEN length(r.notes) > 20000 THEN 'its notes are longer than 20,000 characters' "
        "WHEN concat_ws(' ', r.profile_name, r.body_name, r.holder_name, r.template, r.letter_text, r.notes) ~ %5 "
        "THEN 'it holds a control character' "
        "END AS why FROM ROWS FROM (json_to_recordset(batch) AS (%6)) WITH ORDINALITY AS r(%7, n)) AS checked "
        "WHERE why IS NOT NULL ORDER BY n LIMIT 1; "
        "EXCEPTION WHEN untranslatable_character OR invalid_text_representation OR invalid_datetime_format "
        "OR datetime_field_overflow OR invalid_parameter_value OR numeric_value_out_of_range THEN "
        "problem := 'a contact holds a value the server cannot read (a date or time that is not one, or a NUL character)'; "
        "END; "
        "IF problem IS NOT NULL THEN RAISE EXCEPTION USING ERRCODE = 'PCC01', MESSAGE = problem; END IF; "
        "IF (SELECT count(DISTINCT uuid) FROM json_to_recordset(batch) AS r(uuid text)) <> size THEN "
        "RAISE EXCEPTION USING ERRCODE = 'PCC01', MESSAGE = 'the batch holds the same contact twice'; END IF; "
        "SELECT coalesce(v.rows_per_day, (SELECT value FROM pcc.limits WHERE name = 'rows_per_day')), "
        "coalesce(v.commitments_per_force, (SELECT value FROM pcc.limits WHERE name = 'commitments_per_force')), "
        "CASE WHEN v.written_on = current_date THEN v.written ELSE 0 END "
        "INTO row_limit, commitment_limit, used FROM pcc.volunteers v WHERE v.role = who FOR UPDATE; "
        "IF FOUND AND used + size > row_limit THEN RAISE EXCEPTION USING ERRCODE = 'PCC02', MESSAGE = format("
        "'%s contacts today and %s more would pass the limit of %s a day that the coordinator set; try again tomorrow "
        "or ask the coordinator to raise it', used, size, row_limit); END IF; "
        "INSERT INTO pcc.contacts (volunteer, uuid, profile_uuid, profile_name, force_id, body_name, holder_name, channel, "
        "contact_date, template, letter_text, status, reply_date, reply_outcome, notes, follow_up_due, updated_at) "
        "SELECT who, uuid, profile_uuid, coalesce(profile_name, ''), force_id, coalesce(body_name, ''), coalesce(holder_name, ''), "
        "channel, contact_date, coalesce(template, ''), coalesce(letter_text, ''), status, reply_date, coalesce(reply_outcome, ''), "
        "coalesce(notes, ''), follow_up_due, updated_at FROM json_to_recordset(batch) AS r(%6) "
        "ON CONFLICT (volunteer, uuid) DO UPDATE SET profile_uuid = excluded.profile_uuid, "
        "profile_name = excluded.profile_name, force_id = excluded.force_id, body_name = excluded.body_name, "
        "holder_name = excluded.holder_name, channel = excluded.channel, contact_date = excluded.contact_date, "
        "template = excluded.template, letter_text = excluded.letter_text, status = excluded.status, "
        "reply_date = excluded.reply_date, reply_outcome = excluded.reply_outcome, notes = excluded.notes, "
        "follow_up_due = excluded.follow_up_due, updated_at = excluded.updated_at "
        "WHERE pcc.contacts.updated_at < excluded.updated_at; "
        "GET DIAGNOSTICS stored = ROW_COUNT; "
        "IF commitment_limit IS NOT NULL THEN "
        "SELECT c.force_id INTO over FROM pcc.contacts c WHERE c.volunteer = who AND c.status <> '%8' AND c.reply_outcome = '%9' "
        "AND c.force_id IN (SELECT b.force_id FROM json_to_recordset(batch) AS b(force_id text, status text, reply_outcome text) "
        "WHERE b.status <> '%8' AND b.reply_outcome = '%9') "
        "GROUP BY c.force_id HAVING count(*) > commitment_limit LIMIT 1; "
        "IF over IS NOT NULL THEN RAISE EXCEPTION USING ERRCODE = 'PCC02', MESSAGE = format("
        "'more than %s commitments for one force from one volunteer; nothing in this batch was stored', commitment_limit); END IF; "
        "END IF; "
        "UPDATE pcc.volunteers SET written_on = current_date, written = used + size WHERE role = who; "
        "RETURN stored; END $$"_s
            .arg(QString::number(TeamSchema::MaxBatchSize), quotedList(channelKeys()), quotedList(statusKeys()), quotedList(replyOutcomeKeys()),
                 controls, kBatchColumns, u"uuid, profile_uuid, profile_name, force_id, body_name, holder_name, channel, "
                                         "contact_date, template, letter_text, status, reply_date, reply_outcome, notes, "
                                         "follow_up_due, updated_at"_s,
                 drafted, commitment),

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

} // namespace

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
        u"CREATE POLICY own_rows ON pcc.contacts FOR ALL TO %1 "
        "USING (volunteer = current_user) WITH CHECK (volunteer = current_user)"_s.arg(volunteer),
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
    return {{1, v1}, {2, v2}, {3, version3()}};
}

} // namespace pcc
