#include "evidencecommand.h"

#include "clitr.h"
#include "commandparser.h"
#include "clidirectory.h"
#include "clioutput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace pcc {

int EvidenceCommand::run(const QStringList &args, CliOutput &io)
{
    CommandParser parser(
        CliTr::tr("evidence [--json]: what each office was found to fund for stalking victims (research of the date\n"
          "in the data), one line per force: force_id, status, evidence up to (year), years, funding seen\n"
          "to end, service or provider (tab-separated; '-' = none). Status keys: funds_advocacy,\n"
          "commissioning, funded_may_have_ended, police_led_or_other_only, general_services_only,\n"
          "nothing_found. A letter thanks an office only for funds_advocacy and funded_may_have_ended."));
    parser.addJsonOption(CliTr::tr("Print a JSON array: force_id, status, evidence_as_of, letter_clause, confirm_question, "
                                   "summary, service_or_provider, funder, years, sources (a list), confidence, "
                                   "funding_seen_to_end, thanked_in_letters."));
    if (const auto stop = io.parse(parser, args))
        return *stop;
    const auto directory = loadDirectory(io);
    if (!directory)
        return ExitCode::Failure;

    if (parser.isSet(u"json"_s)) {
        QJsonArray all;
        for (const ForceRecord &f : directory->forces()) {
            // The data file's keys, less the earlier reading's status, with the force and the letter rule.
            QJsonObject evidence = f.stalkingSupport.toJson();
            evidence.insert(u"status"_s, evidence.take(u"advocacy_status"_s));
            evidence.remove(u"research_status"_s);
            evidence.insert(u"force_id"_s, f.id);
            evidence.insert(u"thanked_in_letters"_s, f.stalkingSupport.thanksAllowed());
            all.append(evidence);
        }
        io.out() << QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Indented));
        return ExitCode::Ok;
    }
    for (const ForceRecord &f : directory->forces()) {
        const StalkingSupport &e = f.stalkingSupport;
        io.out() << f.id << u'\t' << CliOutput::field(advocacyStatusKey(e.status)) << u'\t' << CliOutput::field(e.evidenceAsOf) << u'\t'
                 << CliOutput::field(e.years) << u'\t' << CliOutput::field(e.fundingSeenToEnd) << u'\t' << CliOutput::field(e.provider) << u'\n';
    }
    return ExitCode::Ok;
}

} // namespace pcc
