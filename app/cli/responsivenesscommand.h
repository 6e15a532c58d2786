#pragma once

#include <QStringList>

namespace pcc {

class CliOutput;

// `responsiveness [--json] [--profile NAME]`: per office, letters sent, replies, the reply rate,
// the median days to a reply, commitments and the last reply; everyone's on this computer, or
// one profile's.
namespace ResponsivenessCommand {
int run(const QStringList &args, CliOutput &io);
} // namespace ResponsivenessCommand

} // namespace pcc
