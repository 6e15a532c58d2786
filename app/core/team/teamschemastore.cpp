// pcc.store_contacts: the one door through which volunteers write (team schema versions 3, 4 and 5).
#include "teamschemaversions.h"

#include "contactenums.h"
#include "teamschema.h"

using namespace Qt::StringLiterals;

namespace pcc {

namespace {

// The columns a batch of contacts carries, as json_to_recordset reads them.
const QString kContactColumns = u"uuid text, profile_uuid text, profile_name text, force_id text, body_name text, holder_name text, "
                                "channel text, contact_date date, template text, letter_text text, status text, reply_date date, "
                                "reply_outcome text, notes text, follow_up_due date, updated_at timestamptz"_s;
const QString kReplyColumns = u", commitment_what text, commitment_amount text, commitment_from date, commitment_until date, "
                              "commitment_quote text, reply_summary text"_s;

QString namesOf(const QString &columns)
{
    QStringList names;
    for (const QString &column : columns.split(u',', Qt::SkipEmptyParts))
        names << column.trimmed().section(u' ', 0, 0);
    return names.join(u", "_s);
}

} // namespace

QString TeamSchemaVersions::quotedList(const QStringList &keys)
{
    QStringList quoted;
    for (const QString &key : keys)
        quoted << u"'%1'"_s.arg(key);
    return quoted.join(u", "_s);
}

// Messages name a contact by its place in the batch and a field by its name, never by a value:
// what the server says goes into its log. pg_temp comes last in search_path, so a caller's
// temporary table cannot stand in for a catalogue or a table of ours; TimeZone is fixed, so
// "today" for the daily limit is the server's UTC day whatever time zone the caller's session sets.
QString TeamSchemaVersions::storeContactsFunction(int version)
{
    const bool withReplies = version >= 4;
    const QString drafted = statusKey(ContactStatus::Drafted);
    const QString commitment = replyOutcomeKey(ReplyOutcome::Commitment);
    const QString columns = kContactColumns + (withReplies ? kReplyColumns : QString());
    const QString names = namesOf(columns);
    // Tab, line feed and carriage return are text; every other control character is refused,
    // as the app refuses it (a NUL cannot even be read from JSON into text).
    const QString controls = version >= 5 ? uR"('[\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]')"_s
                                          : uR"('[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]')"_s;
    // From version 5 the ids too: the app sends only UUIDs, but a volunteer with psql could send anything.
    const QString idTexts = version >= 5 ? u"r.uuid, r.profile_uuid, "_s : QString();
    // "Today" for the daily limit, and "now" for times of change: until version 5 the start of the
    // caller's transaction, which a volunteer could hold open across midnight to be counted
    // against a day that had ended; from 5 the moment of the call. A time of change before 2000
    // ('-infinity' too) is refused from 5 as well.
    const bool callTime = version >= 5;

    QString replyChecks;
    QString replyTexts;
    QString replyValues;
    QString replyUpdates;
    if (withReplies) {
        replyChecks =
            u"WHEN (coalesce(r.commitment_what, '') <> '' OR coalesce(r.commitment_amount, '') <> '' OR r.commitment_from IS NOT NULL "
            "OR r.commitment_until IS NOT NULL OR coalesce(r.commitment_quote, '') <> '') AND coalesce(r.reply_outcome, '') <> '{COMMITMENT}' "
            "THEN 'it describes a commitment but its reply outcome is not a commitment' "
            "WHEN r.commitment_from NOT BETWEEN date '2000-01-01' AND {TODAY} + {YEARSAHEAD} "
            "OR r.commitment_until NOT BETWEEN date '2000-01-01' AND {TODAY} + {YEARSAHEAD} "
            "THEN 'its commitment''s dates are not dates this campaign could have' "
            "WHEN r.commitment_until < r.commitment_from THEN 'its commitment ends before it starts' "
            "WHEN length(r.commitment_what) > {MAXWHAT} OR length(r.commitment_amount) > {MAXAMOUNT} OR length(r.commitment_quote) > {MAXQUOTE} "
            "THEN 'its commitment is described at greater length than the server keeps' "
            "WHEN length(r.reply_summary) > {MAXSUMMARY} THEN 'its reply''s summary is longer than {MAXSUMMARY} characters' "_s;
        replyTexts = u", r.commitment_what, r.commitment_amount, r.commitment_quote, r.reply_summary"_s;
        replyValues = u", coalesce(commitment_what, ''), coalesce(commitment_amount, ''), commitment_from, commitment_until, "
                      "coalesce(commitment_quote, ''), coalesce(reply_summary, '')"_s;
        replyUpdates = u", commitment_what = excluded.commitment_what, commitment_amount = excluded.commitment_amount, "
                       "commitment_from = excluded.commitment_from, commitment_until = excluded.commitment_until, "
                       "commitment_quote = excluded.commitment_quote, reply_summary = excluded.reply_summary"_s;
    }

    QString sql = u"CREATE OR REPLACE FUNCTION pcc.store_contacts(batch json) RETURNS integer LANGUAGE plpgsql SECURITY DEFINER "
        "SET search_path = pg_catalog, pcc, pg_temp SET TimeZone = 'UTC' AS $$ "
        "DECLARE who name := session_user; {TODAYDECL}size integer; problem text; row_limit integer; commitment_limit integer; "
        "used integer := 0; stored integer; over text; "
        "BEGIN "
        "IF NOT EXISTS (SELECT 1 FROM pcc.volunteers WHERE role = who) "
        "AND who <> (SELECT pg_get_userbyid(nspowner) FROM pg_catalog.pg_namespace WHERE nspname = 'pcc') THEN "
        "RAISE EXCEPTION USING ERRCODE = 'PCC01', MESSAGE = 'this role is not one of the campaign''s volunteers'; END IF; "
        "IF batch IS NULL OR json_typeof(batch) <> 'array' THEN "
        "RAISE EXCEPTION USING ERRCODE = 'PCC01', MESSAGE = 'a batch is a list of contacts'; END IF; "
        "size := json_array_length(batch); "
        "IF size > {BATCH} THEN RAISE EXCEPTION USING ERRCODE = 'PCC01', MESSAGE = format('a batch holds at most {BATCH} contacts, not %s', size); END IF; "
        "BEGIN "
        "SELECT format('contact %s of the batch: %s', n, why) INTO problem FROM (SELECT n, CASE "
        "WHEN r.uuid IS NULL OR length(r.uuid) NOT BETWEEN 1 AND 64 THEN 'its id is missing or longer than 64 characters' "
        "WHEN r.profile_uuid IS NULL OR length(r.profile_uuid) NOT BETWEEN 1 AND 64 THEN 'its profile id is missing or longer than 64 characters' "
        "WHEN r.force_id IS NULL OR NOT EXISTS (SELECT 1 FROM pcc.forces f WHERE f.force_id = r.force_id) THEN 'its force is not one of the 43' "
        "WHEN r.channel IS NULL OR r.channel NOT IN ({CHANNELS}) THEN 'its channel is not one the app knows' "
        "WHEN r.status IS NULL OR r.status NOT IN ({STATUSES}) THEN 'its status is not one the app knows' "
        "WHEN coalesce(r.reply_outcome, '') NOT IN ({OUTCOMES}) THEN 'its reply outcome is not one the app knows' "
        "WHEN r.contact_date IS NULL OR r.contact_date NOT BETWEEN date '2000-01-01' AND {TODAY} + {DAYSAHEAD} THEN 'its date is missing or not a date this campaign could have' "
        "WHEN r.reply_date NOT BETWEEN date '2000-01-01' AND {TODAY} + {DAYSAHEAD} THEN 'its reply date is not a date this campaign could have' "
        "WHEN r.follow_up_due NOT BETWEEN date '2000-01-01' AND {TODAY} + {YEARSAHEAD} THEN 'its follow-up date is not a date this campaign could have' "
        "WHEN r.updated_at IS NULL{UPDATEDFLOOR} OR r.updated_at > {NOW} + interval '1 day' THEN 'its time of change is missing, before 2000 or in the future' "
        "WHEN length(r.profile_name) > 200 OR length(r.body_name) > 300 OR length(r.holder_name) > 200 OR length(r.template) > 200 "
        "THEN 'a name in it is longer than 200 characters' "
        "WHEN length(r.letter_text) > {MAXLETTER} THEN 'its letter is longer than 100,000 characters' "
        "WHEN length(r.notes) > {MAXNOTES} THEN 'its notes are longer than 20,000 characters' "
        "{REPLYCHECKS}"
        "WHEN concat_ws(' ', {IDTEXTS}r.profile_name, r.body_name, r.holder_name, r.template, r.letter_text, r.notes{REPLYTEXTS}) ~ {CONTROLS} "
        "THEN 'it holds a control character' "
        "END AS why FROM ROWS FROM (json_to_recordset(batch) AS ({COLUMNS})) WITH ORDINALITY AS r({NAMES}, n)) AS checked "
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
        "CASE WHEN v.written_on = {TODAY} THEN v.written ELSE 0 END "
        "INTO row_limit, commitment_limit, used FROM pcc.volunteers v WHERE v.role = who FOR UPDATE; "
        "IF FOUND AND used + size > row_limit THEN RAISE EXCEPTION USING ERRCODE = 'PCC02', MESSAGE = format("
        "'%s contacts today and %s more would pass the limit of %s a day that the coordinator set; try again tomorrow "
        "or ask the coordinator to raise it', used, size, row_limit); END IF; "
        "INSERT INTO pcc.contacts (volunteer, {NAMES}) "
        "SELECT who, uuid, profile_uuid, coalesce(profile_name, ''), force_id, coalesce(body_name, ''), coalesce(holder_name, ''), "
        "channel, contact_date, coalesce(template, ''), coalesce(letter_text, ''), status, reply_date, coalesce(reply_outcome, ''), "
        "coalesce(notes, ''), follow_up_due, updated_at{REPLYVALUES} FROM json_to_recordset(batch) AS r({COLUMNS}) "
        "ON CONFLICT (volunteer, uuid) DO UPDATE SET profile_uuid = excluded.profile_uuid, "
        "profile_name = excluded.profile_name, force_id = excluded.force_id, body_name = excluded.body_name, "
        "holder_name = excluded.holder_name, channel = excluded.channel, contact_date = excluded.contact_date, "
        "template = excluded.template, letter_text = excluded.letter_text, status = excluded.status, "
        "reply_date = excluded.reply_date, reply_outcome = excluded.reply_outcome, notes = excluded.notes, "
        "follow_up_due = excluded.follow_up_due, updated_at = excluded.updated_at{REPLYUPDATES} "
        "WHERE pcc.contacts.updated_at < excluded.updated_at; "
        "GET DIAGNOSTICS stored = ROW_COUNT; "
        "IF commitment_limit IS NOT NULL THEN "
        "SELECT c.force_id INTO over FROM pcc.contacts c WHERE c.volunteer = who AND c.status <> '{DRAFTED}' AND c.reply_outcome = '{COMMITMENT}' "
        "AND c.force_id IN (SELECT b.force_id FROM json_to_recordset(batch) AS b(force_id text, status text, reply_outcome text) "
        "WHERE b.status <> '{DRAFTED}' AND b.reply_outcome = '{COMMITMENT}') "
        "GROUP BY c.force_id HAVING count(*) > commitment_limit LIMIT 1; "
        "IF over IS NOT NULL THEN RAISE EXCEPTION USING ERRCODE = 'PCC02', MESSAGE = format("
        "'more than %s commitments for one force from one volunteer; nothing in this batch was stored', commitment_limit); END IF; "
        "END IF; "
        "UPDATE pcc.volunteers SET written_on = {TODAY}, written = used + size WHERE role = who; "
        "RETURN stored; END $$"_s;
    // Placeholders, not %n: the text holds format()'s own %s.
    const QList<std::pair<QString, QString>> values = {
        {u"{REPLYCHECKS}"_s, replyChecks}, {u"{REPLYTEXTS}"_s, replyTexts}, {u"{IDTEXTS}"_s, idTexts},
        {u"{TODAYDECL}"_s, callTime ? u"today date := statement_timestamp()::date; "_s : QString()},
        {u"{TODAY}"_s, callTime ? u"today"_s : u"current_date"_s},
        {u"{NOW}"_s, callTime ? u"statement_timestamp()"_s : u"now()"_s},
        {u"{UPDATEDFLOOR}"_s, callTime ? u" OR r.updated_at < timestamptz '2000-01-01 00:00:00+00'"_s : QString()}, {u"{REPLYVALUES}"_s, replyValues},
        {u"{REPLYUPDATES}"_s, replyUpdates}, {u"{COLUMNS}"_s, columns}, {u"{NAMES}"_s, names},
        {u"{BATCH}"_s, QString::number(TeamSchema::MaxBatchSize)},
        {u"{CHANNELS}"_s, quotedList(channelKeys())}, {u"{STATUSES}"_s, quotedList(statusKeys())},
        {u"{OUTCOMES}"_s, quotedList(replyOutcomeKeys())}, {u"{CONTROLS}"_s, controls},
        {u"{DRAFTED}"_s, drafted}, {u"{COMMITMENT}"_s, commitment},
        {u"{MAXLETTER}"_s, QString::number(TeamSchema::MaxLetterLength)},
        {u"{MAXNOTES}"_s, QString::number(TeamSchema::MaxNotesLength)},
        {u"{MAXSUMMARY}"_s, QString::number(TeamSchema::MaxSummaryLength)},
        {u"{MAXWHAT}"_s, QString::number(TeamSchema::MaxCommitmentWhatLength)},
        {u"{MAXAMOUNT}"_s, QString::number(TeamSchema::MaxCommitmentAmountLength)},
        {u"{MAXQUOTE}"_s, QString::number(TeamSchema::MaxCommitmentQuoteLength)},
        {u"{DAYSAHEAD}"_s, QString::number(TeamSchema::MaxDaysAhead)},
        {u"{YEARSAHEAD}"_s, QString::number(TeamSchema::MaxYearsDaysAhead)},
    };
    for (const auto &[key, value] : values)
        sql.replace(key, value);
    return sql;
}

} // namespace pcc
