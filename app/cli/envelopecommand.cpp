#include "envelopecommand.h"

#include "clitr.h"
#include "commandparser.h"
#include "clioutput.h"
#include "cliprinting.h"
#include "contactlog.h"
#include "enveloperenderer.h"
#include "letterlayout.h"
#include "logaccess.h"

using namespace Qt::StringLiterals;

namespace pcc {

int EnvelopeCommand::run(const QStringList &args, CliOutput &io)
{
    CommandParser parser(CliTr::tr(
        "envelope (--force ID | --all) [--size DL|C5] [--return-address [--profile NAME]] (--pdf OUT | --print [--printer NAME])\n"
        "Addressed envelopes, one a page. With --return-address the fronts are followed by as many backs with your\n"
        "address: put the printed envelopes through again, in the same order, flap side up."));
    parser.addOption({u"size"_s, CliTr::tr("The envelope: DL (an A4 letter folded in three, the default) or C5 (folded once)."), u"SIZE"_s,
                      u"DL"_s});
    parser.addOption({u"return-address"_s, CliTr::tr("Print the sender's address for the back of each envelope.")});
    parser.addProfileOption(CliTr::tr("The sender's profile, for --return-address."));
    CliPrinting::addAddressOptions(&parser);
    if (const auto stop = io.parse(parser, args))
        return *stop;
    if (const auto stop = CliPrinting::checkPdfOrPrint(parser, io))
        return *stop;
    const auto layout = EnvelopeLayout::named(parser.value(u"size"_s));
    if (!layout)
        return io.fail(ExitCode::Usage,
                       CliTr::tr("--size '%1' is not an envelope this app knows: %2").arg(parser.value(u"size"_s), EnvelopeLayout::names().join(u", "_s)));

    QStringList returnAddress;
    if (parser.isSet(u"return-address"_s)) {
        const auto opened = openContactLogWithSender(parser, io);
        if (!opened)
            return ExitCode::Failure;
        const Profile &sender = opened->sender;
        returnAddress << sender.name << sender.address << sender.postcode;
        returnAddress.removeAll(QString());
        if (sender.address.isEmpty())
            return io.fail(ExitCode::Failure, CliTr::tr("the profile '%1' has no address to return letters to").arg(sender.name));
    }
    int exitCode = ExitCode::Ok;
    const auto addresses = CliPrinting::chosenAddresses(parser, io, &exitCode);
    if (!addresses)
        return exitCode;

    const EnvelopeRenderer renderer(*layout, LetterLayout::saved().fontFamily);
    if (parser.isSet(u"pdf"_s)) {
        QString error;
        if (!renderer.writePdf(*addresses, returnAddress, parser.value(u"pdf"_s), &error))
            return io.fail(ExitCode::Failure, error);
        return ExitCode::Ok;
    }
    const PrintQueue::Job job{{}, CliTr::tr("%n envelope(s)", nullptr, int(addresses->size())), layout->pageLayout(), 1, false};
    return CliPrinting::print(parser, job, [&](QPainter *p, QPagedPaintDevice *d) { return renderer.render(p, d, *addresses, returnAddress); },
                              io);
}

} // namespace pcc
