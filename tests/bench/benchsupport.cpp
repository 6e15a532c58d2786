#include "benchsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#ifdef Q_OS_LINUX
#include <spawn.h>
#include <sys/wait.h>
extern char **environ;
#endif

using namespace Qt::StringLiterals;

namespace BenchSupport {

void fail(const QString &what)
{
    std::fprintf(stderr, "pcc-bench: FAILED: %s\n", qPrintable(what));
    std::exit(1);
}

void check(bool ok, const QString &what)
{
    if (!ok)
        fail(what);
}

void report(const char *name, double value, const char *unit)
{
    std::printf("%s\t%.3f\t%s\n", name, value, unit);
    std::fflush(stdout);
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

double timeMs(const std::function<void()> &fn, int runs)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        fn();
        times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    return median(times);
}

#ifdef Q_OS_LINUX
namespace {
QByteArray readWholeFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

// Runs a child through pcc-spawn-measure (see spawnmeasure.cpp) so that its peak RSS is its
// own; fails the benchmark on a non-zero exit status.
ChildRun runChild(const QStringList &args, bool quiet)
{
    static QTemporaryDir resultDir;
    const QString result = resultDir.filePath(u"child.txt"_s);
    // A child that prints figures of its own runs directly, its output going to ours.
    std::vector<QByteArray> storage;
    if (quiet)
        storage = {QByteArray(PCC_SPAWN_MEASURE), QFile::encodeName(result)};
    for (const QString &a : args)
        storage.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &s : storage)
        argv.push_back(s.data());
    argv.push_back(nullptr);
    pid_t pid = 0;
    if (posix_spawn(&pid, argv[0], nullptr, nullptr, argv.data(), environ) != 0)
        fail(u"cannot start "_s + args.join(u' '));
    int status = 0;
    if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        fail(u"failed: "_s + args.join(u' '));
    if (!quiet)
        return {};
    const QList<QByteArray> fields = readWholeFile(result).trimmed().split(' ');
    if (fields.size() != 4 || fields.at(0) != "0")
        fail(u"exit status %1 from: "_s.arg(QString::fromLatin1(fields.value(0))) + args.join(u' '));
    ChildRun r;
    r.ms = fields.at(1).toDouble();
    r.maxRssMb = fields.at(2).toDouble() / 1024.0;
    r.firstPaintMs = fields.at(3).toDouble();
    return r;
}

// Instructions a child runs (valgrind's callgrind), which do not depend on the machine's load:
// wall times on a shared machine wander by half, this by well under one per cent.
double instructionsOf(const QStringList &args)
{
    static const QString valgrind = QStandardPaths::findExecutable(u"valgrind"_s);
    if (valgrind.isEmpty())
        fail(u"valgrind is not installed (packaging/setup-deps.sh installs it): it counts the instructions to first paint"_s);
    static QTemporaryDir outDir;
    QProcess p;
    p.start(valgrind, QStringList{u"--tool=callgrind"_s, u"--callgrind-out-file="_s + outDir.filePath(u"callgrind.out"_s)} + args);
    if (!p.waitForFinished(300000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        fail(u"failed under valgrind: "_s + args.join(u' '));
    static const QRegularExpression collected(u"Collected : (\\d+)"_s);
    const QRegularExpressionMatch m = collected.match(QString::fromLocal8Bit(p.readAllStandardError()));
    if (!m.hasMatch())
        fail(u"valgrind did not say how many instructions ran: "_s + args.join(u' '));
    return m.captured(1).toDouble();
}

ChildRun medianChild(const QStringList &args, int runs)
{
    std::vector<double> ms;
    std::vector<double> rss;
    for (int i = 0; i < runs; ++i) {
        const ChildRun r = runChild(args);
        ms.push_back(r.ms);
        rss.push_back(r.maxRssMb);
    }
    return {median(ms), median(rss)};
}
#endif

} // namespace BenchSupport
