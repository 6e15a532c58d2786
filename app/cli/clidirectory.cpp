#include "clidirectory.h"

#include "clioutput.h"
#include "shippeddata.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace pcc {

std::optional<Directory> loadDirectory(CliOutput &io)
{
    const ShippedData::DirectoryLoad load = ShippedData::loadDirectory();
    if (!load.warning.isEmpty())
        io.err() << u"pcc-campaigner: warning: "_s << load.warning << Qt::endl;
    if (load.directory.isEmpty()) {
        io.fail(ExitCode::Failure, QCoreApplication::translate("pcc", "no usable policing-bodies data"));
        return std::nullopt;
    }
    return load.directory;
}

} // namespace pcc
