#pragma once

#include <QStringList>

namespace pcc {

class CliOutput;

// `map (--png FILE [--width N] [--scale S] | --svg FILE | --pdf FILE) [--colour status|evidence]
// [--profile NAME]`: the map as a picture, drawn as the window draws it.
namespace MapCommand {
int run(const QStringList &args, CliOutput &io);
}

} // namespace pcc
