#pragma once

#include <QString>

#include <functional>

// pcc-bench's team figures, against a real PostgreSQL server started for the run:
//   team_sync_10k_whole_command, team_sync_again_whole_command (nothing to send),
//   team_coverage_query_1000x100, team_20_volunteers_at_once.
namespace TeamBench {
using Report = std::function<void(const char *name, double value, const char *unit)>;
using Fail = std::function<void(const QString &what)>;
void run(const QString &executable, const Report &report, const Fail &fail);
} // namespace TeamBench
