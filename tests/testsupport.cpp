#include "testsupport.h"

#include "catchcompat.h"

#include <QApplication>
#include <QTimer>

#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

#include "apppaths.h"

#include <QRandomGenerator>

#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pcctest {

void onNextDialog(const std::function<void(QWidget *)> &act)
{
    QTimer::singleShot(0, [act] {
        QWidget *dialog = QApplication::activeModalWidget();
        REQUIRE(dialog);
        act(dialog);
    });
}

void chooseInDialog(QFileDialog *dialog, const QString &path)
{
    dialog->setDirectory(QFileInfo(path).absolutePath());
    if (auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
        name->setText(QFileInfo(path).fileName());
    else
        dialog->selectFile(path);
    QMetaObject::invokeMethod(dialog, "accept");
}

ScopedAppPaths::ScopedAppPaths(const QString &dataDir, const QString &database)
    : m_previousDataDir(pcc::AppPaths::dataDirOverride())
    , m_previousDatabase(pcc::AppPaths::databaseOverride())
    , m_database(!database.isEmpty())
{
    pcc::AppPaths::setDataDirOverride(dataDir);
    if (m_database)
        pcc::AppPaths::setDatabaseOverride(database);
}

ScopedAppPaths::~ScopedAppPaths()
{
    pcc::AppPaths::setDataDirOverride(m_previousDataDir);
    if (m_database)
        pcc::AppPaths::setDatabaseOverride(m_previousDatabase);
}

quint32 testSeed()
{
    bool ok = false;
    const quint32 fixed = qEnvironmentVariable("PCC_TEST_SEED").toUInt(&ok);
    return ok ? fixed : QRandomGenerator::global()->generate();
}

QProcessEnvironment sandboxEnvironment(const QString &sandbox)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, sandbox);
    env.insert(u"XDG_DATA_HOME"_s, sandbox + u"/data"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, sandbox + u"/config"_s);
    env.insert(u"XDG_CACHE_HOME"_s, sandbox + u"/cache"_s);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    // Never this computer's printers: a test's own print server when one runs, else none at all.
    if (!env.contains(u"CUPS_SERVER"_s))
        env.insert(u"CUPS_SERVER"_s, sandbox + u"/no-print-system.sock"_s);
    return env;
}

int fileMode(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat st{};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
#else
    Q_UNUSED(path);
    return -1;
#endif
}

RunResult runApp(const QStringList &args, const QString &sandbox, const QByteArray &stdinData)
{
    return runProgram(QStringLiteral(PCC_EXECUTABLE), args, sandbox, stdinData);
}

RunResult runCli(const QStringList &args, const QString &sandbox, const QByteArray &stdinData)
{
    return runProgram(QStringLiteral(PCC_CLI_EXECUTABLE), args, sandbox, stdinData);
}

RunResult runProgram(const QString &program, const QStringList &args, const QString &sandbox, const QByteArray &stdinData)
{
    QProcess p;
    p.setProcessEnvironment(sandboxEnvironment(sandbox));
    p.setWorkingDirectory(sandbox);
    p.start(program, args);
    p.waitForStarted();
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    RunResult r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString PdfPage::text() const
{
    QStringList all;
    for (const PdfWord &w : words)
        all << w.text;
    return all.join(u' ');
}

QList<PdfPage> pdfPages(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral(PCC_PDFTOTEXT), {u"-bbox"_s, pdf, u"-"_s});
    if (!p.waitForFinished(120000) || p.exitCode() != 0)
        return {};
    const QString html = QString::fromUtf8(p.readAllStandardOutput());
    static const QRegularExpression tag(u"<page width=\"([0-9.]+)\" height=\"([0-9.]+)\">|<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" "
                                        "xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">([^<]*)</word>"_s);
    QList<PdfPage> pages;
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        if (!m.captured(1).isEmpty()) {
            pages.append({QSizeF(m.captured(1).toDouble(), m.captured(2).toDouble()), {}});
        } else if (!pages.isEmpty()) {
            const QPointF topLeft(m.captured(3).toDouble(), m.captured(4).toDouble());
            const QPointF bottomRight(m.captured(5).toDouble(), m.captured(6).toDouble());
            QString text = m.captured(7);
            text.replace(u"&amp;"_s, u"&"_s).replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s).replace(u"&quot;"_s, u"\""_s).replace(u"&apos;"_s, u"'"_s);
            pages.last().words.append({QRectF(topLeft, bottomRight), text});
        }
    }
    return pages;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(data);
}

QString sourcePath(const QString &relative)
{
    return QStringLiteral(PCC_SOURCE_DIR) + u'/' + relative;
}

QByteArray shippedPolicingBodies()
{
    return readFile(sourcePath(u"pcc_data/policing_bodies.json"_s));
}

QByteArray shippedWithField(const QString &forceId, const QString &field, const QJsonValue &value)
{
    QJsonObject root = QJsonDocument::fromJson(shippedPolicingBodies()).object();
    QJsonArray forces = root.value(u"forces"_s).toArray();
    for (qsizetype i = 0; i < forces.size(); ++i) {
        QJsonObject f = forces.at(i).toObject();
        if (f.value(u"force_id"_s).toString() == forceId) {
            f.insert(field, value);
            forces.replace(i, f);
        }
    }
    root.insert(u"forces"_s, forces);
    return QJsonDocument(root).toJson();
}

QByteArray policingBodiesUpdate(const QString &dataVersion, const QString &kentEmail)
{
    QJsonObject root = QJsonDocument::fromJson(shippedWithField(u"kent"_s, u"email"_s, kentEmail)).object();
    root.insert(u"data_version"_s, dataVersion);
    return QJsonDocument(root).toJson();
}

} // namespace pcctest
