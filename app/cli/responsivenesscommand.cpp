#include "responsivenesscommand.h"

#include "clitr.h"
#include "commandparser.h"
#include "clioutput.h"
#include "contactlog.h"
#include "isodates.h"
#include "logaccess.h"
#include "responsiveness.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace pcc {

int ResponsivenessCommand::run(const QStringList &args, CliOutput &io)
{
    CommandParser parser(CliTr::tr("responsiveness [--json] [--profile NAME]\n"
               "Per office written to: letters sent, letters answered, the reply rate, the median days from a letter "
               "to its reply, commitments and the last reply. Everyone's letters on this computer, or one profile's."));
    parser.addJsonOption(CliTr::tr("As JSON."));
    parser.addProfileOption(CliTr::tr("Only this profile's letters."));
    if (const auto stop = io.parse(parser, args))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return io.fail(ExitCode::Usage, CliTr::tr("usage: pcc-campaigner responsiveness [--json] [--profile NAME]"));

    const auto opened = openContactLogFor(parser, io, ContactLog::Check::Quick);
    if (!opened)
        return ExitCode::Failure;
    ContactLog *log = opened->log.get();
    const QString &profileUuid = opened->profileUuid;
    const auto letters = log->letterOutcomes(profileUuid);
    if (!letters)
        return io.fail(ExitCode::Failure, log->lastError());
    const QList<ForceResponsiveness> figures = Responsiveness::compute(*letters);

    if (parser.isSet(u"json"_s)) {
        QJsonArray forces;
        for (const ForceResponsiveness &f : figures)
            forces.append(f.toJson());
        io.out() << QString::fromUtf8(QJsonDocument(QJsonObject{{u"forces"_s, forces}}).toJson());
        return ExitCode::Ok;
    }
    io.out() << u"force_id\tsent\treplied\treply_rate\tmedian_days_to_reply\tcommitments\tlast_reply"_s << Qt::endl;
    for (const ForceResponsiveness &f : figures) {
        io.out() << u"%1\t%2\t%3\t%4\t%5\t%6\t%7"_s.arg(f.forceId)
                        .arg(f.sent)
                        .arg(f.replied)
                        .arg(QString::number(f.replyRate(), 'f', 2))
                        .arg(f.medianDaysToReply ? QString::number(*f.medianDaysToReply) : u"-"_s)
                        .arg(f.commitments)
                        .arg(f.lastReply.isValid() ? IsoDates::date(f.lastReply) : u"-"_s)
                 << Qt::endl;
    }
    return ExitCode::Ok;
}

} // namespace pcc
