#pragma once

#include <QStringList>

namespace pcc {
class CliOutput;

// `data check FILE`: validates a policing-bodies file.
class DataCommand
{
public:
    static int run(const QStringList &args, CliOutput &io);
};

} // namespace pcc
