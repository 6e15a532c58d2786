#include "labelscommand.h"

#include "clidirectory.h"
#include "clioutput.h"
#include "cliprinting.h"
#include "labelrenderer.h"
#include "letterlayout.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace pcc {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pcc)
};
} // namespace

int LabelsCommand::run(const QStringList &args, CliOutput &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("labels (--all | --force ID...) [--sheet L7163] (--pdf OUT | --print [--printer NAME])\n"
                                            "The offices' addresses on sheets of labels, one address a label."));
    parser.addHelpOption();
    parser.addOption({u"force"_s, Tr::tr("A force id (may be given more than once)."), u"ID"_s});
    parser.addOption({u"all"_s, Tr::tr("All 43 forces.")});
    parser.addOption({u"sheet"_s, Tr::tr("The label sheet's code: L7163 (14 labels of 99.1 × 38.1 mm on A4)."), u"CODE"_s, u"L7163"_s});
    parser.addOption({u"pdf"_s, Tr::tr("Write a PDF."), u"OUT"_s});
    CliPrinting::addPrintOptions(&parser);
    if (const auto stop = io.parse(parser, args))
        return *stop;
    if (const auto stop = CliPrinting::onlyWithPrint(parser, io))
        return *stop;
    if (parser.isSet(u"pdf"_s) == parser.isSet(u"print"_s))
        return io.fail(ExitCode::Usage, Tr::tr("give exactly one of --pdf OUT or --print"));
    const auto sheet = LabelSheet::named(parser.value(u"sheet"_s));
    if (!sheet)
        return io.fail(ExitCode::Usage,
                       Tr::tr("--sheet '%1' is not a label sheet this app knows: %2").arg(parser.value(u"sheet"_s), LabelSheet::codes().join(u", "_s)));

    const auto directory = loadDirectory(io);
    if (!directory)
        return ExitCode::Failure;
    const auto forces = CliPrinting::chosenForces(*directory, parser, io);
    if (!forces)
        return ExitCode::Usage;
    const auto addresses = CliPrinting::addressesOf(*forces, io);
    if (!addresses)
        return ExitCode::Failure;

    const LabelRenderer renderer(*sheet, LetterLayout::saved().fontFamily);
    if (parser.isSet(u"pdf"_s)) {
        QString error;
        if (!renderer.writePdf(*addresses, parser.value(u"pdf"_s), &error))
            return io.fail(ExitCode::Failure, error);
        return ExitCode::Ok;
    }
    const PrintQueue::Job job{{}, Tr::tr("%n address label(s)", nullptr, int(addresses->size())),
                              QPageLayout(QPageSize(sheet->page), QPageLayout::Portrait, QMarginsF()), 1, false};
    return CliPrinting::print(parser, job, [&](QPainter *p, QPagedPaintDevice *d) { return renderer.render(p, d, *addresses); }, io);
}

} // namespace pcc
