#pragma once

#include "reportbuilder.h"

#include <QString>

#include <optional>

namespace pcc {

class CliOutput;

// The report builder loaded from the log for `map` and `report`: everyone's contacts, or one
// profile's when `profileName` is given. Nullopt with the error printed.
std::optional<ReportBuilder> loadReportBuilder(const QString &profileName, CliOutput &io);

} // namespace pcc
