#include "mapcommand.h"

#include "clitr.h"
#include "commandparser.h"
#include "clioutput.h"
#include "reportsource.h"

using namespace Qt::StringLiterals;

namespace pcc {

int MapCommand::run(const QStringList &args, CliOutput &io)
{
    CommandParser parser(
        CliTr::tr("map (--png FILE [--width N] [--scale S] | --svg FILE | --pdf FILE) [--colour status|evidence|replies] [--profile NAME]\n"
          "The map of the 43 force areas as a picture, with a title, the date, the data version, the\n"
          "legend with its counts and the Natural Earth credit. Colours: the contact status from the\n"
          "log (everyone's, or one profile's with --profile), or what each office funds (evidence)."));
    parser.addOption({u"png"_s, CliTr::tr("Write a PNG."), u"FILE"_s});
    parser.addOption({u"svg"_s, CliTr::tr("Write an SVG."), u"FILE"_s});
    parser.addOption({u"pdf"_s, CliTr::tr("Write a one-page PDF."), u"FILE"_s});
    parser.addOption({u"width"_s, CliTr::tr("The PNG's width in pixels (default 1200)."), u"N"_s, u"1200"_s});
    parser.addOption({u"scale"_s, CliTr::tr("Pixels per point for the PNG, e.g. 2 for a sharp picture (default 1)."), u"S"_s, u"1"_s});
    parser.addOption({u"colour"_s, CliTr::tr("status (default), evidence or replies."), u"WHAT"_s, u"status"_s});
    parser.addProfileOption(CliTr::tr("Only this volunteer's contacts (a personal map)."));
    if (const auto stop = io.parse(parser, args))
        return *stop;
    const int outputs = int(parser.isSet(u"png"_s)) + int(parser.isSet(u"svg"_s)) + int(parser.isSet(u"pdf"_s));
    if (outputs != 1)
        return io.fail(ExitCode::Usage, CliTr::tr("give exactly one of --png FILE, --svg FILE or --pdf FILE"));
    ReportBuilder::Colour colour;
    if (!ReportBuilder::colourFromKey(parser.value(u"colour"_s), &colour))
        return io.fail(ExitCode::Usage, CliTr::tr("'%1' is not a colouring: use status, evidence or replies").arg(parser.value(u"colour"_s)));
    bool widthOk = false;
    bool scaleOk = false;
    const int width = parser.value(u"width"_s).toInt(&widthOk);
    const double scale = parser.value(u"scale"_s).toDouble(&scaleOk);
    if (!widthOk || !scaleOk)
        return io.fail(ExitCode::Usage, CliTr::tr("--width takes a whole number of pixels and --scale a number"));

    const auto builder = loadReportBuilder(parser.value(u"profile"_s), io);
    if (!builder)
        return ExitCode::Failure;
    const MapPicture picture = builder->map(colour);
    QString error;
    bool ok = false;
    if (parser.isSet(u"png"_s))
        ok = picture.writePng(parser.value(u"png"_s), width, scale, &error);
    else if (parser.isSet(u"svg"_s))
        ok = picture.writeSvg(parser.value(u"svg"_s), &error);
    else
        ok = picture.writePdf(parser.value(u"pdf"_s), &error);
    return ok ? ExitCode::Ok : io.fail(ExitCode::Failure, error);
}

} // namespace pcc
