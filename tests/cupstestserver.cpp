#include "cupstestserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QThread>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace pcctest {

namespace {

bool writeText(const QString &path, const QString &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text.toUtf8()) == text.toUtf8().size();
}

// Where cups-pdf puts a job of a user this computer does not know (its config is fixed at
// /etc/cups/cups-pdf.conf whatever the scheduler).
QString anonymousFolder()
{
    QFile conf(u"/etc/cups/cups-pdf.conf"_s);
    if (conf.open(QIODevice::ReadOnly)) {
        static const QRegularExpression line(u"^AnonDirName\\s+(\\S+)"_s, QRegularExpression::MultilineOption);
        const auto m = line.match(QString::fromUtf8(conf.readAll()));
        if (m.hasMatch())
            return m.captured(1);
    }
    return u"/var/spool/cups-pdf/ANONYMOUS"_s;
}

} // namespace

CupsTestServer::~CupsTestServer()
{
    if (m_cupsd.state() != QProcess::NotRunning) {
        m_cupsd.terminate();
        if (!m_cupsd.waitForFinished(10000))
            m_cupsd.kill();
        m_cupsd.waitForFinished(5000);
    }
    qunsetenv("CUPS_SERVER");
    qunsetenv("CUPS_USER");
}

bool CupsTestServer::run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    const bool finished = p.waitForFinished(30000);
    if (!finished || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        m_error = u"%1 %2 failed: %3"_s.arg(program, args.join(u' '), QString::fromLocal8Bit(p.readAll()) + p.errorString());
        return false;
    }
    return true;
}

bool CupsTestServer::start()
{
#ifdef Q_OS_UNIX
    if (::geteuid() != 0) {
        m_error = u"cups-pdf writes only for a scheduler that runs as root; run the printing tests as root (as CI does)"_s;
        return false;
    }
#endif
    const QString cupsd = QStringLiteral(PCC_CUPSD);
    const QString lpadmin = QStringLiteral(PCC_LPADMIN);
    const QString ppd = u"/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd"_s;
    if (cupsd.isEmpty() || lpadmin.isEmpty() || !QFileInfo::exists(ppd) || !QFileInfo::exists(u"/usr/lib/cups/backend/cups-pdf"_s)) {
        m_error = u"CUPS and cups-pdf are not installed: run packaging/setup-deps.sh (cups, printer-driver-cups-pdf)"_s;
        return false;
    }
    if (!m_dir.isValid()) {
        m_error = u"cannot make a temporary folder"_s;
        return false;
    }
    // The filters run as the scheduler's user lp: they must reach the folder and its tmp.
    const QDir root(m_dir.path());
    QFile::setPermissions(root.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                           | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                           | QFileDevice::ExeOther);
    for (const QString &sub : {u"conf"_s, u"conf/ppd"_s, u"spool"_s, u"tmp"_s, u"cache"_s, u"state"_s, u"log"_s})
        root.mkpath(sub);
#ifdef Q_OS_UNIX
    ::chmod(QFile::encodeName(root.filePath(u"tmp"_s)).constData(), 01777); // as /tmp: anyone writes, each their own
#endif
    const QString socket = root.filePath(u"cups.sock"_s);
    const bool written =
        writeText(root.filePath(u"conf/cupsd.conf"_s),
                  u"Listen %1\nLogLevel info\nWebInterface No\nBrowsing No\nDefaultAuthType None\n"
                  "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
                  "<Location /admin>\n  Order allow,deny\n  Allow all\n</Location>\n"
                  "<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n"_s.arg(socket))
        && writeText(root.filePath(u"conf/cups-files.conf"_s),
                     u"ServerRoot %1/conf\nRequestRoot %1/spool\nTempDir %1/tmp\nCacheDir %1/cache\nStateDir %1/state\n"
                     "ErrorLog %1/log/error_log\nAccessLog %1/log/access_log\nPageLog %1/log/page_log\n"
                     "ServerBin /usr/lib/cups\nDataDir /usr/share/cups\nFileDevice No\nSandboxing Relaxed\n"_s.arg(root.path()));
    if (!written) {
        m_error = u"cannot write the scheduler's configuration"_s;
        return false;
    }
    m_cupsd.setProcessChannelMode(QProcess::MergedChannels);
    m_cupsd.start(cupsd, {u"-f"_s, u"-c"_s, root.filePath(u"conf/cupsd.conf"_s), u"-s"_s, root.filePath(u"conf/cups-files.conf"_s)});
    QElapsedTimer waited;
    waited.start();
    while (!QFileInfo::exists(socket) && waited.elapsed() < 15000) {
        if (m_cupsd.state() == QProcess::NotRunning || m_cupsd.waitForFinished(100)) {
            m_error = u"cupsd stopped: %1 %2"_s.arg(QString::fromLocal8Bit(m_cupsd.readAll()), schedulerLog());
            return false;
        }
    }
    if (!QFileInfo::exists(socket)) {
        m_error = u"cupsd did not open its socket in 15 s: %1"_s.arg(schedulerLog());
        return false;
    }
    qputenv("CUPS_SERVER", QFile::encodeName(socket));
    // A user cups-pdf does not know: it writes to its anonymous folder, not into root's home.
    qputenv("CUPS_USER", "pcc-test-anonymous");
    m_outputDir = anonymousFolder();
    // pdftocairo turns the job into PostScript with its fonts kept, so the PDF that comes out
    // can be read back (the default renderer leaves glyphs without their characters).
    return run(lpadmin, {u"-p"_s, queue(), u"-E"_s, u"-v"_s, u"cups-pdf:/"_s, u"-P"_s, ppd, u"-o"_s,
                         u"pdftops-renderer-default=pdftocairo"_s})
           && run(lpadmin, {u"-d"_s, queue()});
}

QStringList CupsTestServer::printedSince(const QDateTime &since, const QString &prefix, int timeoutMs)
{
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < timeoutMs) {
        QProcess jobs;
        jobs.start(QStringLiteral(PCC_LPSTAT), {u"-o"_s, queue()});
        jobs.waitForFinished(10000);
        const bool pending = !jobs.readAllStandardOutput().trimmed().isEmpty();
        if (!pending) {
            QStringList found;
            const QFileInfoList files = QDir(m_outputDir).entryInfoList({prefix + u"*.pdf"_s}, QDir::Files, QDir::Time);
            for (const QFileInfo &f : files) {
                if (f.lastModified() >= since.addSecs(-1))
                    found << f.absoluteFilePath();
            }
            if (!found.isEmpty())
                return found;
        }
        QThread::msleep(250);
    }
    return {};
}

bool CupsTestServer::refuseJobs(const QString &reason)
{
    const QString cupsreject = QFileInfo(QStringLiteral(PCC_LPADMIN)).dir().filePath(u"cupsreject"_s);
    return run(cupsreject, {u"-r"_s, reason, queue()});
}

QString CupsTestServer::schedulerLog() const
{
    QFile log(QDir(m_dir.path()).filePath(u"log/error_log"_s));
    return log.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(log.readAll().right(4000)) : QString();
}

} // namespace pcctest
