// pcc-bench: measures the figures the issues set targets for. One line per figure:
//   name<TAB>value<TAB>unit
// Child processes are started with posix_spawn and reaped with wait4 so that each one's
// wall time and peak RSS are its own.
#include "apppaths.h"
#include "contactlog.h"
#include "directory.h"
#include "forceareas.h"
#include "forceids.h"
#include "forcemapview.h"
#include "lettercomposer.h"
#include "letterrenderer.h"
#include "logexchange.h"
#include "templatestore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QMainWindow>
#include <QPainter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
extern char **environ;
#endif

using namespace Qt::StringLiterals;
using namespace pcc;

namespace {

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

struct ChildRun
{
    double ms = 0;
    double maxRssMb = 0;
};

#ifdef Q_OS_LINUX
ChildRun runChild(const QStringList &args, bool quiet = true)
{
    std::vector<QByteArray> storage;
    for (const QString &a : args)
        storage.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &s : storage)
        argv.push_back(s.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    if (quiet)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    QElapsedTimer t;
    t.start();
    pid_t pid = 0;
    ChildRun r;
    if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) != 0)
        return r;
    int status = 0;
    struct rusage usage{};
    wait4(pid, &status, 0, &usage);
    r.ms = double(t.nsecsElapsed()) / 1e6;
    r.maxRssMb = double(usage.ru_maxrss) / 1024.0;
    posix_spawn_file_actions_destroy(&actions);
    return r;
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

// The reference for startup: a bare QMainWindow that exits after its first paint.
class BareWindow : public QMainWindow
{
protected:
    void paintEvent(QPaintEvent *e) override
    {
        QMainWindow::paintEvent(e);
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    }
};

QList<ContactRecord> syntheticContacts(int n)
{
    QList<ContactRecord> records;
    records.reserve(n);
    const QStringList &ids = ForceIds::all();
    auto *rng = QRandomGenerator::global();
    for (int i = 0; i < n; ++i) {
        ContactRecord r;
        r.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        r.profileName = i % 10 == 0 ? u"Bench Other"_s : u"Bench Volunteer"_s;
        r.forceId = ids.at(int(rng->bounded(ids.size())));
        r.channel = Channel::Post;
        r.date = QDate(2026, 1, 1).addDays(int(rng->bounded(300)));
        r.status = ContactStatus(int(rng->bounded(4)));
        r.letterText = u"A short letter snapshot for benchmarking."_s;
        r.updatedAt = QDateTime::currentDateTimeUtc();
        records.append(r);
    }
    return records;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (argc > 1 && (QByteArray(argv[1]) == "--bare-window" || QByteArray(argv[1]) == "--text-window")) {
        QApplication app(argc, argv);
        BareWindow w;
        w.resize(1280, 800);
        // The second reference shows one line of text: it pays for the font database, which
        // a window that draws nothing never loads.
        if (QByteArray(argv[1]) == "--text-window")
            w.setCentralWidget(new QLabel(u"PCC Campaigner"_s));
        w.show();
        return QApplication::exec();
    }
    if (argc > 2 && QByteArray(argv[1]) == "--log-bench") {
        // Run as a child so that the parent stays small for the peak-RSS figures.
        QCoreApplication app(argc, argv);
        QTemporaryDir sandbox;
        const QString db = QString::fromLocal8Bit(argv[2]);
        {
            ContactLog log;
            log.open(db);
            const QList<ContactRecord> records = syntheticContacts(100000);
            ContactLog::ImportReport rep;
            QElapsedTimer t;
            t.start();
            log.merge(records, &rep);
            report("log_import_100k", double(t.nsecsElapsed()) / 1e6, "ms");
            report("log_status_per_force_query_100k", timeMs([&] { log.progressByForce(u"Bench Volunteer"_s); }, 51), "ms");
            report("log_csv_export_100k", timeMs([&] {
                       const QByteArray csv = LogExchange::write(log.contacts(), LogExchange::Format::Csv, false);
                       QFile out(sandbox.filePath(u"export.csv"_s));
                       out.open(QIODevice::WriteOnly);
                       out.write(csv);
                   }, 3),
                   "ms");
            log.setCurrentProfile(u"Bench Volunteer"_s);
        }
        return 0;
    }
    // Startup and peak memory are measured first, while this process is still small:
    // a spawned child's peak RSS starts from its parent's at exec time.
    QTemporaryDir sandbox;
    qputenv("XDG_DATA_HOME", QFile::encodeName(sandbox.filePath(u"data"_s)));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(sandbox.filePath(u"config"_s)));
    const QString db = sandbox.filePath(u"bench.sqlite"_s);
#ifdef Q_OS_LINUX
    const QString self = QFile::symLinkTarget(u"/proc/self/exe"_s);
    runChild({self, u"--log-bench"_s, db}, false);
    const QString exe0 = QStringLiteral(PCC_EXECUTABLE);
    const QString emptyDb = sandbox.filePath(u"empty.sqlite"_s);
    runChild({exe0, u"--db"_s, emptyDb, u"profile"_s, u"add"_s, u"Bench Volunteer"_s});
    // The four are run in turn, many times, so that drift in the machine's load hits all alike.
    const QList<QStringList> startups = {{self, u"--bare-window"_s},
                                         {self, u"--text-window"_s},
                                         {exe0, u"--db"_s, emptyDb, u"--exit-after-startup"_s},
                                         {exe0, u"--db"_s, db, u"--exit-after-startup"_s}};
    std::vector<std::vector<double>> ms(startups.size()), rss(startups.size());
    for (int round = 0; round < 31; ++round) {
        for (qsizetype i = 0; i < startups.size(); ++i) {
            const ChildRun r = runChild(startups.at(i));
            ms[size_t(i)].push_back(r.ms);
            rss[size_t(i)].push_back(r.maxRssMb);
        }
    }
    auto summary = [&](int i) { return ChildRun{median(ms[size_t(i)]), median(rss[size_t(i)])}; };
    const ChildRun bare = summary(0);
    const ChildRun text = summary(1);
    const ChildRun appEmpty = summary(2);
    const ChildRun appFull = summary(3);
    report("startup_bare_qmainwindow", bare.ms, "ms");
    report("startup_qmainwindow_with_one_label", text.ms, "ms");
    report("startup_first_paint_empty_log", appEmpty.ms, "ms");
    report("startup_first_paint_100k_log", appFull.ms, "ms");
    report("startup_ratio_vs_bare", appEmpty.ms / bare.ms, "x");
    report("startup_ratio_vs_window_with_text", appEmpty.ms / text.ms, "x");
    report("startup_100k_vs_empty", appFull.ms / appEmpty.ms, "x");
    report("peak_rss_bare_qmainwindow", bare.maxRssMb, "MB");
    report("peak_rss_app_empty_log", appEmpty.maxRssMb, "MB");
    report("peak_rss_app_100k_log", appFull.maxRssMb, "MB");
    report("peak_rss_ratio_vs_bare", appEmpty.maxRssMb / bare.maxRssMb, "x");
#endif
    QApplication app(argc, argv);
    const QString exe = QStringLiteral(PCC_EXECUTABLE);
    const int runs = 15;

    // Data
    QFile bodies(AppPaths::bundledPolicingBodies());
    bodies.open(QIODevice::ReadOnly);
    const QByteArray bodiesJson = bodies.readAll();
    report("data_load_validate", timeMs([&] { Directory::fromJson(bodiesJson, nullptr); }, runs), "ms");
    const Directory dir = Directory::fromJson(bodiesJson, nullptr);

    // Geometry and map
    QFile geo(AppPaths::bundledForceAreas());
    geo.open(QIODevice::ReadOnly);
    const QByteArray geoJson = geo.readAll();
    report("geometry_load", timeMs([&] { ForceAreas::fromGeoJson(geoJson, nullptr); }, runs), "ms");
    const ForceAreas areas = ForceAreas::fromGeoJson(geoJson, nullptr);
    {
        ForceMapView view;
        view.setAreas(areas);
        view.setDirectory(dir);
        view.setSelectedForce(u"kent"_s);
        view.resize(1600, 1000);
        QImage image(1600, 1000, QImage::Format_ARGB32_Premultiplied);
        view.render(&image); // warm-up
        report("map_repaint_1600x1000_median", timeMs([&] { view.render(&image); }, 31), "ms");
        auto *rng = QRandomGenerator::global();
        const QRectF b = areas.bounds();
        std::vector<QPointF> points;
        for (int i = 0; i < 20000; ++i)
            points.emplace_back(b.left() + rng->generateDouble() * b.width(), b.top() + rng->generateDouble() * b.height());
        QElapsedTimer t;
        t.start();
        int hits = 0;
        for (const QPointF &p : points)
            hits += areas.areaAt(p).isEmpty() ? 0 : 1;
        report("hit_test_mean", double(t.nsecsElapsed()) / 1e3 / double(points.size()), "us");
        Q_UNUSED(hits);
    }

    // Letters
    Profile sender;
    sender.name = u"Bench Volunteer"_s;
    sender.address = {u"1 Bench Street"_s, u"Bristol"_s};
    sender.postcode = u"BS1 1AA"_s;
    QList<Letter> letters;
    for (const ForceRecord &f : dir.forces())
        letters << LetterComposer::compose(TemplateStore::defaultTemplate(), f, sender, QDate(2026, 11, 28));
    QString error;
    const QString pdf = sandbox.filePath(u"bench.pdf"_s);
    report("letter_pdf_one_inprocess", timeMs([&] { LetterRenderer().writePdf({letters.first()}, pdf, sender.name, &error); }, runs), "ms");
    report("letter_pdf_all43_inprocess", timeMs([&] { LetterRenderer().writePdf(letters, pdf, sender.name, &error); }, 7), "ms");

#ifdef Q_OS_LINUX
    // Whole commands and startup, as separate processes.
    report("cli_forces", medianChild({exe, u"forces"_s}, runs).ms, "ms");
    report("cli_letter_all_pdf", medianChild({exe, u"--db"_s, emptyDb, u"letter"_s, u"--all"_s, u"--pdf"_s, pdf}, 7).ms, "ms");
#endif
    return 0;
}
