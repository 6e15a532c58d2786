#include "evidencecommand.h"

#include "clitr.h"
#include "clidirectory.h"
#include "clioutput.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace pcc {

namespace {

QJsonValue nullable(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

} // namespace

int EvidenceCommand::run(const QStringList &args, CliOutput &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliTr::tr("evidence [--json]: what each office was found to fund for stalking victims (research of the date\n"
          "in the data), one line per force: force_id, status, evidence up to (year), years, funding seen\n"
          "to end, service or provider (tab-separated; '-' = none). Status keys: funds_advocacy,\n"
          "commissioning, funded_may_have_ended, police_led_or_other_only, general_services_only,\n"
          "nothing_found. A letter thanks an office only for funds_advocacy and funded_may_have_ended."));
    parser.addHelpOption();
    parser.addOption({u"json"_s, CliTr::tr("Print a JSON array: force_id, status, evidence_as_of, letter_clause, confirm_question, "
                                   "summary, service_or_provider, funder, years, sources (a list), confidence, "
                                   "funding_seen_to_end, thanked_in_letters.")});
    if (const auto stop = io.parse(parser, args))
        return *stop;
    const auto directory = loadDirectory(io);
    if (!directory)
        return ExitCode::Failure;

    if (parser.isSet(u"json"_s)) {
        QJsonArray all;
        for (const ForceRecord &f : directory->forces()) {
            const StalkingSupport &e = f.stalkingSupport;
            all.append(QJsonObject{{u"force_id"_s, f.id},
                                   {u"status"_s, e.isKnown() ? QJsonValue(advocacyStatusKey(e.status)) : QJsonValue(QJsonValue::Null)},
                                   {u"evidence_as_of"_s, nullable(e.evidenceAsOf)},
                                   {u"letter_clause"_s, nullable(e.letterClause)},
                                   {u"confirm_question"_s, nullable(e.confirmQuestion)},
                                   {u"summary"_s, nullable(e.summary)},
                                   {u"service_or_provider"_s, nullable(e.provider)},
                                   {u"funder"_s, nullable(e.funder)},
                                   {u"years"_s, nullable(e.years)},
                                   {u"sources"_s, QJsonArray::fromStringList(e.sources)},
                                   {u"confidence"_s, nullable(e.confidence)},
                                   {u"funding_seen_to_end"_s, nullable(e.fundingSeenToEnd)},
                                   {u"thanked_in_letters"_s, e.thanksAllowed()}});
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
