#include "reportcommand.h"

#include "clitr.h"
#include "commandparser.h"
#include "clioutput.h"
#include "reportsource.h"

using namespace Qt::StringLiterals;

namespace pcc {

int ReportCommand::run(const QStringList &args, CliOutput &io)
{
    CommandParser parser(
        CliTr::tr("report --pdf FILE [--profile NAME]\n"
          "The campaign's progress as an A4 PDF: the map, offices contacted, letters sent, replies,\n"
          "commitments to fund, letters per month and a table by force. Everyone's contacts on this\n"
          "computer, with no personal data; --profile makes a personal report for one volunteer."));
    parser.addOption({u"pdf"_s, CliTr::tr("Write the report to FILE."), u"FILE"_s});
    parser.addProfileOption(CliTr::tr("Only this volunteer's contacts (names the volunteer)."));
    if (const auto stop = io.parse(parser, args))
        return *stop;
    if (!parser.isSet(u"pdf"_s))
        return io.fail(ExitCode::Usage, CliTr::tr("give --pdf FILE"));
    const auto builder = loadReportBuilder(parser.value(u"profile"_s), io);
    if (!builder)
        return ExitCode::Failure;
    QString error;
    if (!builder->report().writePdf(parser.value(u"pdf"_s), &error))
        return io.fail(ExitCode::Failure, error);
    return ExitCode::Ok;
}

} // namespace pcc
