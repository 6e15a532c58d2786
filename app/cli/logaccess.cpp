#include "logaccess.h"

#include "apppaths.h"
#include "clioutput.h"
#include "contactlog.h"

using namespace Qt::StringLiterals;

namespace pcc {

std::unique_ptr<ContactLog> openContactLog(CliOutput &io)
{
    auto log = std::make_unique<ContactLog>();
    if (!log->open(AppPaths::databaseFile())) {
        io.fail(ExitCode::Failure, log->lastError());
        return nullptr;
    }
    if (!log->notice().isEmpty())
        io.err() << u"pcc-campaigner: "_s << log->notice() << Qt::endl;
    return log;
}

} // namespace pcc
