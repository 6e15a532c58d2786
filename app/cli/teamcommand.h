#pragma once

#include <QStringList>

namespace pcc {

class CliOutput;

// `team init|add-volunteer|sync|coverage`: the campaign's shared log on a PostgreSQL server.
// The password comes from PGPASSWORD (or ~/.pgpass), never from the command line.
namespace TeamCommand {
int run(const QStringList &args, CliOutput &io);
} // namespace TeamCommand

} // namespace pcc
