#include "clidirectory.h"

#include "clitr.h"
#include "clioutput.h"
#include "shippeddata.h"


using namespace Qt::StringLiterals;

namespace pcc {

std::optional<Directory> loadDirectory(CliOutput &io)
{
    const ShippedData::DirectoryLoad load = ShippedData::loadDirectory();
    if (!load.warning.isEmpty())
        io.err() << u"pcc-campaigner: warning: "_s << load.warning << Qt::endl;
    if (load.directory.isEmpty()) {
        io.fail(ExitCode::Failure, CliTr::tr("no usable policing-bodies data"));
        return std::nullopt;
    }
    return load.directory;
}

} // namespace pcc
