#include "labelscommand.h"

#include "clitr.h"
#include "commandparser.h"
#include "clioutput.h"
#include "cliprinting.h"
#include "labelrenderer.h"
#include "letterlayout.h"

using namespace Qt::StringLiterals;

namespace pcc {

int LabelsCommand::run(const QStringList &args, CliOutput &io)
{
    CommandParser parser(CliTr::tr("labels (--all | --force ID...) [--sheet L7163] (--pdf OUT | --print [--printer NAME])\n"
                                            "The offices' addresses on sheets of labels, one address a label."));
    parser.addOption({u"sheet"_s, CliTr::tr("The label sheet's code: L7163 (14 labels of 99.1 × 38.1 mm on A4)."), u"CODE"_s, u"L7163"_s});
    CliPrinting::addAddressOptions(&parser);
    if (const auto stop = io.parse(parser, args))
        return *stop;
    if (const auto stop = CliPrinting::checkPdfOrPrint(parser, io))
        return *stop;
    const auto sheet = LabelSheet::named(parser.value(u"sheet"_s));
    if (!sheet)
        return io.fail(ExitCode::Usage,
                       CliTr::tr("--sheet '%1' is not a label sheet this app knows: %2").arg(parser.value(u"sheet"_s), LabelSheet::codes().join(u", "_s)));

    int exitCode = ExitCode::Ok;
    const auto addresses = CliPrinting::chosenAddresses(parser, io, &exitCode);
    if (!addresses)
        return exitCode;

    const LabelRenderer renderer(*sheet, LetterLayout::saved().fontFamily);
    if (parser.isSet(u"pdf"_s)) {
        QString error;
        if (!renderer.writePdf(*addresses, parser.value(u"pdf"_s), &error))
            return io.fail(ExitCode::Failure, error);
        return ExitCode::Ok;
    }
    const PrintQueue::Job job{{}, CliTr::tr("%n address label(s)", nullptr, int(addresses->size())),
                              QPageLayout(QPageSize(sheet->page), QPageLayout::Portrait, QMarginsF()), 1, false};
    return CliPrinting::print(parser, job, [&](QPainter *p, QPagedPaintDevice *d) { return renderer.render(p, d, *addresses); }, io);
}

} // namespace pcc
