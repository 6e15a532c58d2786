#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

// What every figure of pcc-bench is measured with: a failed step stops the run with a message
// (so that a failure never looks fast), one line per figure, medians, and children run apart.
namespace BenchSupport {

[[noreturn]] void fail(const QString &what);
void check(bool ok, const QString &what);
void report(const char *name, double value, const char *unit); // name<TAB>value<TAB>unit
double median(std::vector<double> v);
double timeMs(const std::function<void()> &fn, int runs); // the median of runs

struct ChildRun
{
    double ms = 0; // to the child's exit
    double maxRssMb = 0;
    double firstPaintMs = -1; // to its first paint, when it says when that was
};

#ifdef Q_OS_LINUX
// Runs a child through pcc-spawn-measure (see spawnmeasure.cpp) so that its peak RSS is its
// own; fails the benchmark on a non-zero exit status. Not quiet: the child's output is ours,
// and nothing is measured.
ChildRun runChild(const QStringList &args, bool quiet = true);
// Instructions a child runs (valgrind's callgrind), which do not depend on the machine's load.
double instructionsOf(const QStringList &args);
ChildRun medianChild(const QStringList &args, int runs);
#endif

} // namespace BenchSupport
