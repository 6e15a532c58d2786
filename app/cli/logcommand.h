#pragma once

#include <QStringList>

namespace pcc {
class CliOutput;

// `log add|list|export|import`: the contact log from the command line.
class LogCommand
{
public:
    static int run(const QStringList &args, CliOutput &io);
};

} // namespace pcc
