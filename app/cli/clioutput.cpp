#include "clioutput.h"

#include <QString>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace pcc {

CliOutput::CliOutput()
    : m_out(stdout)
    , m_err(stderr)
{
}

int CliOutput::fail(int exitCode, const QString &message)
{
    m_out.flush();
    m_err << u"pcc-campaigner: "_s << message << Qt::endl;
    return exitCode;
}

} // namespace pcc
