#pragma once

#include <QStringList>

namespace pcc {
class CliOutput;

// `forces [--json]`: every force with its policing body and contacts.
class ForcesCommand
{
public:
    static int run(const QStringList &args, CliOutput &io);
};

} // namespace pcc
