<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>pcc</name>
    <message numerus="yes">
        <source>removed from the server what you deleted here: %n contact(s)</source>
        <translation><numerusform>removed from the server what you deleted here: %n contact</numerusform><numerusform>removed from the server what you deleted here: %n contacts</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up date(s) written to %1</source>
        <translation><numerusform>%n follow-up date written to %1</numerusform><numerusform>%n follow-up dates written to %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n envelope(s)</source>
        <translation><numerusform>%n envelope</numerusform><numerusform>%n envelopes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n address label(s)</source>
        <translation><numerusform>%n address label</numerusform><numerusform>%n address labels</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) about stalking support</source>
        <translation><numerusform>%n letter about stalking support</numerusform><numerusform>%n letters about stalking support</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) exported to %1</source>
        <translation><numerusform>%n contact exported to %1</numerusform><numerusform>%n contacts exported to %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n suggested correction(s) written to %1: send the file to the campaign's coordinator, who merges it with 'data merge' and writes the letter's sentence for each office.</source>
        <translation><numerusform>%n suggested correction written to %1: send the file to the campaign's coordinator, who merges it with 'data merge' and writes the letter's sentence for each office.</numerusform><numerusform>%n suggested corrections written to %1: send the file to the campaign's coordinator, who merges it with 'data merge' and writes the letter's sentence for each office.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n reply(ies) exported with them</source>
        <translation><numerusform>%n reply exported with them</numerusform><numerusform>%n replies exported with them</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>the %n document(s) that came with the replies are not in the file; they stay with the log</source>
        <translation><numerusform>the %n document that came with the replies is not in the file; it stays with the log</numerusform><numerusform>the %n documents that came with the replies are not in the file; they stay with the log</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n reply(ies) in the log are not in this file: only a full JSON export (--json, without --anonymous) carries replies</source>
        <translation><numerusform>%n reply in the log is not in this file: only a full JSON export (--json, without --anonymous) carries replies</numerusform><numerusform>%n replies in the log are not in this file: only a full JSON export (--json, without --anonymous) carries replies</numerusform></translation>
    </message>
</context>
<context>
    <name>pcc::ContactLogPanel</name>
    <message numerus="yes">
        <source>Showing %1 of %n contact(s)</source>
        <translation><numerusform>Showing %1 of %n contact</numerusform><numerusform>Showing %1 of %n contacts</numerusform></translation>
    </message>
</context>
<context>
    <name>pcc::DirectoryController</name>
    <message numerus="yes">
        <source>%n correction(s) saved to %1: send this file to your coordinator.</source>
        <translation><numerusform>%n correction saved to %1: send this file to your coordinator.</numerusform><numerusform>%n corrections saved to %1: send this file to your coordinator.</numerusform></translation>
    </message>
</context>
<context>
    <name>pcc::EnvelopeRenderer</name>
    <message numerus="yes">
        <source>%n envelope(s) for letters about stalking support</source>
        <translation><numerusform>%n envelope for letters about stalking support</numerusform><numerusform>%n envelopes for letters about stalking support</numerusform></translation>
    </message>
</context>
<context>
    <name>pcc::LabelRenderer</name>
    <message numerus="yes">
        <source>%n address label(s) for letters about stalking support</source>
        <translation><numerusform>%n address label for letters about stalking support</numerusform><numerusform>%n address labels for letters about stalking support</numerusform></translation>
    </message>
</context>
<context>
    <name>pcc::LetterOutput</name>
    <message numerus="yes">
        <source>Cancelled after %1 of %n letter(s).</source>
        <translation><numerusform>Cancelled after %1 of %n letter.</numerusform><numerusform>Cancelled after %1 of %n letters.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) written to %1</source>
        <translation><numerusform>%n letter written to %1</numerusform><numerusform>%n letters written to %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>…and %n more office(s).</source>
        <translation><numerusform>…and %n more office.</numerusform><numerusform>…and %n more offices.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) about stalking support</source>
        <translation><numerusform>%n letter about stalking support</numerusform><numerusform>%n letters about stalking support</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) sent to the printer</source>
        <translation><numerusform>%n letter sent to the printer</numerusform><numerusform>%n letters sent to the printer</numerusform></translation>
    </message>
</context>
<context>
    <name>pcc::LetterRecordOffer</name>
    <message numerus="yes">
        <source>Record %n letter(s) as sent today in your contact log?</source>
        <translation><numerusform>Record %n letter as sent today in your contact log?</numerusform><numerusform>Record %n letters as sent today in your contact log?</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n letter(s) in your contact log.</source>
        <translation><numerusform>Recorded %n letter in your contact log.</numerusform><numerusform>Recorded %n letters in your contact log.</numerusform></translation>
    </message>
</context>
<context>
    <name>pcc::LogController</name>
    <message numerus="yes">
        <source>%n contact(s) exported to %1.</source>
        <translation><numerusform>%n contact exported to %1.</numerusform><numerusform>%n contacts exported to %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems:</source>
        <translation><numerusform>%n row has problems:</numerusform><numerusform>%n rows have problems:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Import the %n good row(s) and skip the rest?</source>
        <translation><numerusform>Import the %n good row and skip the rest?</numerusform><numerusform>Import the %n good rows and skip the rest?</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The %n reply(ies) recorded are not in this file. Only a JSON export of everything carries replies.</source>
        <translation><numerusform>The %n reply recorded is not in this file. Only a JSON export of everything carries replies.</numerusform><numerusform>The %n replies recorded are not in this file. Only a JSON export of everything carries replies.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n reply(ies) could not join the letter as this log holds it:</source>
        <translation><numerusform>%n reply could not join the letter as this log holds it:</numerusform><numerusform>%n replies could not join the letter as this log holds it:</numerusform></translation>
    </message>
</context>
<context>
    <name>pcc::MainWindow</name>
    <message numerus="yes">
        <source>%n policing bodies · contact data version %1 · everything stays on this computer</source>
        <translation><numerusform>%n policing body · contact data version %1 · everything stays on this computer</numerusform><numerusform>%n policing bodies · contact data version %1 · everything stays on this computer</numerusform></translation>
    </message>
</context>
<context>
    <name>pcc::PaperOutput</name>
    <message numerus="yes">
        <source>…and %n more office(s).</source>
        <translation><numerusform>…and %n more office.</numerusform><numerusform>…and %n more offices.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n envelope(s)</source>
        <translation><numerusform>%n envelope</numerusform><numerusform>%n envelopes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n envelope(s) sent to the printer</source>
        <translation><numerusform>%n envelope sent to the printer</numerusform><numerusform>%n envelopes sent to the printer</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n address label(s)</source>
        <translation><numerusform>%n address label</numerusform><numerusform>%n address labels</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n address label(s) sent to the printer</source>
        <translation><numerusform>%n address label sent to the printer</numerusform><numerusform>%n address labels sent to the printer</numerusform></translation>
    </message>
</context>
<context>
    <name>pcc::Responsiveness</name>
    <message numerus="yes">
        <source>No reply yet to the %n letter(s) sent from this computer.</source>
        <translation><numerusform>No reply yet to the %n letter sent from this computer.</numerusform><numerusform>No reply yet to the %n letters sent from this computer.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>This office has answered %1 of the %n letter(s) sent from this computer</source>
        <translation><numerusform>This office has answered %1 of the %n letter sent from this computer</numerusform><numerusform>This office has answered %1 of the %n letters sent from this computer</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n reply(ies) made a commitment to fund.</source>
        <translation><numerusform>%n reply made a commitment to fund.</numerusform><numerusform>%n replies made a commitment to fund.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>No reply yet to the %n letter(s) the campaign's volunteers have sent.</source>
        <translation><numerusform>No reply yet to the %n letter the campaign's volunteers have sent.</numerusform><numerusform>No reply yet to the %n letters the campaign's volunteers have sent.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>This office has answered %1 of the %n letter(s) the campaign's volunteers have sent</source>
        <translation><numerusform>This office has answered %1 of the %n letter the campaign's volunteers have sent</numerusform><numerusform>This office has answered %1 of the %n letters the campaign's volunteers have sent</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, %n day(s) after it was sent</source>
        <translation><numerusform>, %n day after it was sent</numerusform><numerusform>, %n days after it was sent</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, half of the replies within %n day(s)</source>
        <translation><numerusform>, half of the replies within %n day</numerusform><numerusform>, half of the replies within %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>This office has answered all %n letter(s) sent from this computer</source>
        <translation><numerusform>This office has answered all %n letter sent from this computer</numerusform><numerusform>This office has answered all %n letters sent from this computer</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>This office has answered all %n letter(s) the campaign's volunteers have sent</source>
        <translation><numerusform>This office has answered all %n letter the campaign's volunteers have sent</numerusform><numerusform>This office has answered all %n letters the campaign's volunteers have sent</numerusform></translation>
    </message>
</context>
<context>
    <name>pcc::TeamConnection</name>
    <message numerus="yes">
        <source>The team server is busy: another session has held a lock for more than %n second(s), so it could not %1. Nothing was changed; try again later.</source>
        <translation><numerusform>The team server is busy: another session has held a lock for more than %n second, so it could not %1. Nothing was changed; try again later.</numerusform><numerusform>The team server is busy: another session has held a lock for more than %n seconds, so it could not %1. Nothing was changed; try again later.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The team server took more than %n second(s) to %1, so it was stopped. Nothing was changed; try again later.</source>
        <translation><numerusform>The team server took more than %n second to %1, so it was stopped. Nothing was changed; try again later.</numerusform><numerusform>The team server took more than %n seconds to %1, so it was stopped. Nothing was changed; try again later.</numerusform></translation>
    </message>
</context>
<context>
    <name>pcc::UpdateFetcher</name>
    <message numerus="yes">
        <source>Could not download %1: no complete answer within %n second(s); nothing was installed.</source>
        <translation><numerusform>Could not download %1: no complete answer within %n second; nothing was installed.</numerusform><numerusform>Could not download %1: no complete answer within %n seconds; nothing was installed.</numerusform></translation>
    </message>
</context>
<context>
    <name>pcc::UpdatePreviewDialog</name>
    <message numerus="yes">
        <source>Data version %1 → %2, signed by trusted key %3. %n change(s):</source>
        <translation><numerusform>Data version %1 → %2, signed by trusted key %3. %n change:</numerusform><numerusform>Data version %1 → %2, signed by trusted key %3. %n changes:</numerusform></translation>
    </message>
</context>
</TS>
