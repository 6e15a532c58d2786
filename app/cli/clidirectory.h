#pragma once

#include "directory.h"

#include <optional>

namespace pcc {

class CliOutput;

// The directory a command works on, the same the window shows: an installed update over the
// shipped data, with the volunteer's corrections. A warning (an update that could not be used)
// goes to stderr; nullopt, with the error printed, when there is no usable data at all.
std::optional<Directory> loadDirectory(CliOutput &io);

} // namespace pcc
