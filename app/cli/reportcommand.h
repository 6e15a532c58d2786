#pragma once

#include <QStringList>

namespace pcc {

class CliOutput;

// `report --pdf FILE [--profile NAME]`: the campaign's progress on one or two A4 pages.
namespace ReportCommand {
int run(const QStringList &args, CliOutput &io);
}

} // namespace pcc
