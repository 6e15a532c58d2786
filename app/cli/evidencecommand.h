#pragma once

#include <QStringList>

namespace pcc {

class CliOutput;

// `evidence [--json]`: what each office funds for stalking victims, per the research.
namespace EvidenceCommand {
int run(const QStringList &args, CliOutput &io);
} // namespace EvidenceCommand

} // namespace pcc
