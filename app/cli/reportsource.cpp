#include "reportsource.h"

#include "clitr.h"
#include "clidirectory.h"
#include "clioutput.h"
#include "contactlog.h"
#include "logaccess.h"


using namespace Qt::StringLiterals;

namespace pcc {

std::optional<ReportBuilder> loadReportBuilder(const QString &profileName, CliOutput &io)
{
    const auto directory = loadDirectory(io);
    if (!directory)
        return std::nullopt;
    const ForceAreas areas = ForceAreas::loadDefault();
    if (areas.isEmpty()) {
        io.fail(ExitCode::Failure, CliTr::tr("the shipped data could not be read"));
        return std::nullopt;
    }
    const auto log = openContactLog(io);
    if (!log)
        return std::nullopt;
    QString uuid;
    if (!profileName.isEmpty()) {
        const auto profile = resolveProfile(*log, profileName, io);
        if (!profile)
            return std::nullopt;
        uuid = profile->uuid;
    }
    ReportBuilder builder(*directory, areas, QDate::currentDate());
    if (!builder.load(*log, uuid, profileName)) {
        io.fail(ExitCode::Failure, builder.lastError());
        return std::nullopt;
    }
    return builder;
}

} // namespace pcc
