#pragma once

#include <QStringList>

namespace pcc {

class CliOutput;

// printers: the print queues this computer knows, "name<TAB>default|-", one a line.
struct PrintersCommand
{
    static int run(const QStringList &args, CliOutput &io);
};

} // namespace pcc
