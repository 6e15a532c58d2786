#pragma once

#include <QStringList>

namespace pcc {
class CliOutput;

// `lookup POSTCODE [--online]`: candidate forces, best first.
class LookupCommand
{
public:
    static int run(const QStringList &args, CliOutput &io);
};

} // namespace pcc
