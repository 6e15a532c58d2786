#include "teambench.h"

#include "contactlog.h"
#include "forceids.h"
#include "pgtestserver.h"
#include "teamadmin.h"
#include "teamconnection.h"
#include "teamcoverage.h"
#include "teamlimits.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <QVariant>

#include <algorithm>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace pcc;

namespace {

// A volunteer's local log: one profile and `n` letters to random forces.
QString makeLog(const QString &path, int n, const TeamBench::Fail &fail)
{
    ContactLog log;
    if (!log.open(path))
        fail(log.lastError());
    Profile p;
    p.name = u"Bench Volunteer"_s;
    if (!log.addProfile(&p) || !log.setCurrentProfile(p.uuid))
        fail(log.lastError());
    QList<ContactRecord> records;
    const QStringList &ids = ForceIds::all();
    for (int i = 0; i < n; ++i) {
        ContactRecord r;
        r.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        r.profileUuid = p.uuid;
        r.profileName = p.name;
        r.forceId = ids.at(i % ids.size());
        r.date = QDate(2026, 1, 1).addDays(i % 300);
        r.status = ContactStatus(i % 4);
        r.letterText = u"A short letter snapshot for benchmarking, about as long as a paragraph of the real one."_s;
        r.updatedAt = QDateTime::currentDateTimeUtc();
        records.append(r);
    }
    ContactLog::ImportReport rep;
    if (!log.merge(records, &rep) || rep.added != n)
        fail(u"cannot fill the bench log: "_s + log.lastError());
    return p.uuid;
}

QString addVolunteer(TeamConnection &admin, const QString &role, const TeamBench::Fail &fail)
{
    QString password;
    if (!TeamAdmin::addMember(admin, role, TeamAdmin::Kind::Volunteer, &password))
        fail(admin.lastError());
    return password;
}

double runCommand(const QString &exe, const QStringList &args, const QString &password, const TeamBench::Fail &fail,
                  QString *out = nullptr)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PGPASSWORD"_s, password);
    p.setProcessEnvironment(env);
    QElapsedTimer t;
    t.start();
    p.start(exe, args);
    if (!p.waitForFinished(300000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        fail(args.join(u' ') + u": "_s + QString::fromLocal8Bit(p.readAllStandardError()));
    const double ms = double(t.nsecsElapsed()) / 1e6;
    if (out)
        *out = QString::fromLocal8Bit(p.readAllStandardOutput());
    return ms;
}

} // namespace

void TeamBench::run(const QString &exe, const Report &report, const Fail &fail)
{
    pcctest::PgTestServer server;
    if (!server.start())
        fail(server.error());
    TeamConnection admin(TeamServerAddress::parse(server.url(pcctest::PgTestServer::adminRole())));
    TeamAdmin::InitResult init;
    if (!admin.open(pcctest::PgTestServer::adminPassword()) || !TeamAdmin::init(admin, &init))
        fail(admin.lastError());
    QTemporaryDir dir;

    // One volunteer, 10,000 records, the whole command; then again, with nothing to send.
    const QString password = addVolunteer(admin, u"v_bench"_s, fail);
    // A coordinator lets a long-standing volunteer's first sync through the daily limit.
    if (!TeamLimits::set(admin, u"v_bench"_s, 20000, std::nullopt))
        fail(admin.lastError());
    const QString db = dir.filePath(u"bench.sqlite"_s);
    makeLog(db, 10000, fail);
    const QStringList sync = {u"--db"_s, db, u"--data"_s, dir.filePath(u"data"_s), u"team"_s, u"sync"_s, server.url(u"v_bench"_s)};
    QString out;
    report("team_sync_10k_whole_command", runCommand(exe, sync, password, fail, &out), "ms");
    if (!out.contains(u"sent 10000,"_s))
        fail(u"the first sync did not send 10000 records: "_s + out);
    report("team_sync_again_whole_command", runCommand(exe, sync, password, fail, &out), "ms");
    if (!out.contains(u"sent 0, already there 10000"_s))
        fail(u"the second sync was not a no-op: "_s + out);

    // 1,000 volunteers with 100 records each, written straight into the table; half answered, with
    // their days to a reply spread over three months.
    if (!admin.exec(u"INSERT INTO pcc.contacts (volunteer, uuid, profile_uuid, force_id, channel, contact_date, status, "
                    "reply_outcome, reply_date, updated_at) SELECT 'v' || (i / 100), i::text, 'p' || (i / 100), "
                    "(ARRAY['sussex','kent','surrey','essex','dorset','gwent','cumbria','durham'])[1 + i % 8], 'post', "
                    "date '2026-01-01' + (i % 300), (ARRAY['drafted','sent','acknowledged','replied'])[1 + i % 4], "
                    "CASE WHEN i % 13 = 0 THEN 'commitment' ELSE '' END, "
                    "CASE WHEN i % 4 >= 2 THEN date '2026-01-01' + (i % 300) + (i % 97) END, now() FROM generate_series(1, 100000) AS i"_s,
                    u"fill"_s)
        || !admin.exec(u"ANALYZE pcc.contacts"_s, u"analyze"_s))
        fail(admin.lastError());
    TeamConnection volunteer(TeamServerAddress::parse(server.url(u"v_bench"_s)));
    if (!volunteer.open(password))
        fail(volunteer.lastError());
    std::vector<double> times;
    for (int i = 0; i < 21; ++i) {
        TeamCoverage coverage;
        QElapsedTimer t;
        t.start();
        if (!TeamCoverage::fetch(volunteer, &coverage) || coverage.forces.isEmpty())
            fail(volunteer.lastError());
        times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    report("team_coverage_query_1000x100", times[times.size() / 2], "ms");
    report("team_coverage_whole_command",
           runCommand(exe, {u"team"_s, u"coverage"_s, server.url(u"v_bench"_s), u"--json"_s}, password, fail), "ms");

    // 20 volunteers, 500 records each, all syncing at the same moment.
    constexpr int volunteers = 20;
    constexpr int each = 500;
    QStringList passwords;
    for (int i = 0; i < volunteers; ++i) {
        passwords << addVolunteer(admin, u"v_many_%1"_s.arg(i), fail);
        makeLog(dir.filePath(u"many-%1.sqlite"_s.arg(i)), each, fail);
    }
    std::vector<std::unique_ptr<QProcess>> running;
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < volunteers; ++i) {
        auto p = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PGPASSWORD"_s, passwords.at(i));
        p->setProcessEnvironment(env);
        p->start(exe, {u"--db"_s, dir.filePath(u"many-%1.sqlite"_s.arg(i)), u"--data"_s, dir.filePath(u"data"_s), u"team"_s,
                       u"sync"_s, server.url(u"v_many_%1"_s.arg(i))});
        running.push_back(std::move(p));
    }
    for (auto &p : running) {
        if (!p->waitForFinished(300000) || p->exitCode() != 0)
            fail(u"a concurrent sync failed: "_s + QString::fromLocal8Bit(p->readAllStandardError()));
    }
    report("team_20_volunteers_at_once", double(t.nsecsElapsed()) / 1e6, "ms");
    QSqlQuery count = admin.query();
    if (!count.exec(u"SELECT count(*) FROM pcc.contacts WHERE volunteer LIKE 'v\\_many\\_%'"_s) || !count.next()
        || count.value(0).toInt() != volunteers * each)
        fail(u"records were lost when 20 volunteers synced at once"_s);
}
