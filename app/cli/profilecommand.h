#pragma once

#include <QStringList>

namespace pcc {
class CliOutput;

// `profile add NAME [...]`, `profile list [--json]`, `profile use NAME`, `profile delete NAME`.
class ProfileCommand
{
public:
    static int run(const QStringList &args, CliOutput &io);
};

} // namespace pcc
