#include "datacommand.h"

#include "clitr.h"
#include "commandparser.h"
#include "clioutput.h"
#include "corrections.h"
#include "directory.h"
#include "directorymerge.h"
#include "directoryupdate.h"
#include "lettercomposer.h"
#include "letterlayout.h"
#include "signingkeys.h"
#include "trustedkeys.h"
#include "updatefetcher.h"

#include "wholefile.h"
#include <QEventLoop>
#include <QFile>

using namespace Qt::StringLiterals;

namespace pcc {

namespace {

int check(const QString &file, CliOutput &io)
{
    DataIssues issues;
    const Directory dir = Directory::fromFile(file, &issues);
    if (issues.isEmpty())
        issues = LetterComposer::addressBlockIssues(dir, LetterLayout::dlPreset());
    if (!issues.isEmpty()) {
        for (const DataIssue &issue : issues)
            io.err() << file << u": "_s << issue.toString() << u'\n';
        io.err().flush();
        return ExitCode::Failure;
    }
    io.out() << CliTr::tr("%1: valid (%2 forces, data version %3)").arg(file).arg(dir.forces().size()).arg(dir.dataVersion()) << Qt::endl;
    return ExitCode::Ok;
}

int installed(const DirectoryUpdate::Installed &result, CliOutput &io)
{
    io.out() << CliTr::tr("installed: data version %1 (was %2)").arg(result.toVersion, result.fromVersion) << Qt::endl;
    for (const QString &c : result.droppedCorrections)
        io.out() << CliTr::tr("your correction is now in the directory, so it was removed: %1").arg(c) << Qt::endl;
    return ExitCode::Ok;
}

int fetch(const QString &url, int timeoutSeconds, CliOutput &io)
{
    UpdateFetcher fetcher;
    QEventLoop loop;
    QByteArray data;
    QByteArray signature;
    QString error;
    QObject::connect(&fetcher, &UpdateFetcher::fetched, &loop, [&](const QByteArray &d, const QByteArray &s) {
        data = d;
        signature = s;
        loop.quit();
    });
    QObject::connect(&fetcher, &UpdateFetcher::failed, &loop, [&](const QString &reason) {
        error = reason;
        loop.quit();
    });
    io.err() << CliTr::tr("fetching %1 and its signature (the only request made)").arg(url) << Qt::endl;
    fetcher.fetch(QUrl(url), timeoutSeconds * 1000);
    if (error.isEmpty() && data.isNull())
        loop.exec();
    if (!error.isEmpty())
        return io.fail(ExitCode::Failure, error + u" "_s + CliTr::tr("Nothing was changed."));
    DirectoryUpdate::Installed result;
    if (!DirectoryUpdate::install(data, signature, &result, &error))
        return io.fail(ExitCode::Failure, error);
    return installed(result, io);
}

int merge(const QStringList &files, const QString &out, CliOutput &io)
{
    DataIssues issues;
    const Directory base = Directory::fromFile(files.first(), &issues);
    if (base.isEmpty())
        return io.fail(ExitCode::Failure, CliTr::tr("%1 does not pass the data check: %2").arg(files.first(), issues.value(0).toString()));
    QList<Corrections> sets;
    for (const QString &file : files.mid(1)) {
        QString error;
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return io.fail(ExitCode::Failure, CliTr::tr("cannot read %1: %2").arg(file, f.errorString()));
        const Corrections set = Corrections::fromJson(f.read(1024 * 1024), &error);
        if (!error.isEmpty())
            return io.fail(ExitCode::Failure, file + u": "_s + error);
        sets << set;
    }
    const DirectoryMerge::Result result = DirectoryMerge::merge(base, sets, QDate::currentDate());
    QString error;
    if (!result.conflicts.isEmpty()) {
        for (const QString &c : result.conflicts)
            io.err() << u"pcc-campaigner: conflict: "_s << c << u'\n';
        return io.fail(ExitCode::Failure, CliTr::tr("%1 not written: settle the conflicts above (remove one of each pair) and merge again").arg(out));
    }
    DataIssues check;
    if (Directory::fromJson(result.directory.toJson(), &check).isEmpty())
        return io.fail(ExitCode::Failure, CliTr::tr("the merged directory does not pass the data check: %1").arg(check.value(0).toString()));
    if (!WholeFile::write(out, result.directory.toJson(), &error))
        return io.fail(ExitCode::Failure, error);
    io.out() << CliTr::tr("%1: %2 corrections applied, %3 checks dated; data version %4 (was %5)")
                    .arg(out)
                    .arg(result.applied)
                    .arg(result.verified)
                    .arg(result.directory.dataVersion(), base.dataVersion())
             << Qt::endl;
    return ExitCode::Ok;
}

} // namespace

int DataCommand::run(const QStringList &args, CliOutput &io)
{
    CommandParser parser(CliTr::tr(
        "data check FILE                       validate a policing-bodies file (exit 0 valid, 1 with one line per problem)\n"
        "data keygen SECRET_FILE PUBLIC_FILE   a coordinator's key pair (the secret file is owner-only)\n"
        "data sign FILE --key SECRET_FILE      writes FILE.sig, a detached signature\n"
        "data trust PUBLIC_FILE                trust this publisher key for updates on this computer\n"
        "data install FILE                     install a signed update (needs FILE.sig); exit 0 installed, 1 refused\n"
        "data fetch URL [--timeout S]          download URL and URL.sig (HTTPS), then as install\n"
        "data revert                           back to the directory in use before the last install\n"
        "data merge BASE.json CORRECTIONS.json... --out NEW.json   fold volunteers' corrections into a new file\n"
        "A refused update leaves the directory in use exactly as it was."));
    parser.addOption({u"key"_s, CliTr::tr("The secret key file (sign)."), u"SECRET_FILE"_s});
    parser.addOption({u"out"_s, CliTr::tr("The merged file to write (merge)."), u"NEW.json"_s});
    parser.addOption({u"timeout"_s, CliTr::tr("Seconds to wait for the server (fetch; default 30)."), u"S"_s, u"30"_s});
    parser.addPositionalArgument(u"action"_s, CliTr::tr("check, keygen, sign, trust, install, fetch, revert or merge"));
    if (const auto stop = io.parse(parser, args))
        return *stop;
    const QStringList pos = parser.positionalArguments();
    const QString action = pos.value(0);
    const QStringList rest = pos.mid(1);
    auto usage = [&](const char *line) { return io.fail(ExitCode::Usage, CliTr::tr("usage: pcc-campaigner %1").arg(QLatin1String(line))); };
    QString error;

    if (action == u"check"_s)
        return rest.size() == 1 ? check(rest.first(), io) : usage("data check FILE");
    if (action == u"keygen"_s) {
        if (rest.size() != 2)
            return usage("data keygen SECRET_FILE PUBLIC_FILE");
        if (!SigningKeys::generate(rest.at(0), rest.at(1), &error))
            return io.fail(ExitCode::Failure, error);
        SigningKeys::PublicKey key;
        SigningKeys::readPublicKey(rest.at(1), &key, &error);
        io.out() << CliTr::tr("key %1: keep %2 secret; give %3 to your volunteers").arg(key.id(), rest.at(0), rest.at(1)) << Qt::endl;
        return ExitCode::Ok;
    }
    if (action == u"sign"_s) {
        if (rest.size() != 1 || !parser.isSet(u"key"_s))
            return usage("data sign FILE --key SECRET_FILE");
        if (!SigningKeys::sign(rest.first(), parser.value(u"key"_s), &error))
            return io.fail(ExitCode::Failure, error);
        io.out() << CliTr::tr("wrote %1.sig").arg(rest.first()) << Qt::endl;
        return ExitCode::Ok;
    }
    if (action == u"trust"_s) {
        if (rest.size() != 1)
            return usage("data trust PUBLIC_FILE");
        SigningKeys::PublicKey key;
        if (!TrustedKeys::add(rest.first(), &key, &error))
            return io.fail(ExitCode::Failure, error);
        io.out() << CliTr::tr("trusted key %1 for directory updates on this computer").arg(key.id()) << Qt::endl;
        return ExitCode::Ok;
    }
    if (action == u"install"_s) {
        if (rest.size() != 1)
            return usage("data install FILE");
        DirectoryUpdate::Installed result;
        if (!DirectoryUpdate::installFile(rest.first(), &result, &error))
            return io.fail(ExitCode::Failure, error);
        return installed(result, io);
    }
    if (action == u"fetch"_s) {
        bool ok = false;
        const int timeout = parser.value(u"timeout"_s).toInt(&ok);
        if (rest.size() != 1 || !ok || timeout < 1)
            return usage("data fetch URL [--timeout SECONDS]");
        return fetch(rest.first(), timeout, io);
    }
    if (action == u"revert"_s) {
        QString message;
        if (!rest.isEmpty())
            return usage("data revert");
        if (!DirectoryUpdate::revert(&message, &error))
            return io.fail(ExitCode::Failure, error);
        io.out() << message << Qt::endl;
        return ExitCode::Ok;
    }
    if (action == u"merge"_s) {
        if (rest.size() < 2 || !parser.isSet(u"out"_s))
            return usage("data merge BASE.json CORRECTIONS.json... --out NEW.json");
        return merge(rest, parser.value(u"out"_s), io);
    }
    return usage("data check|keygen|sign|trust|install|fetch|revert|merge ... (see data --help)");
}

} // namespace pcc
