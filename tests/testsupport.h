#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QProcessEnvironment>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>

class QFileDialog;
class QWidget;

namespace pcctest {

// Puts `path` in an open file dialog and accepts it. QFileDialog::selectFile leaves the name
// field alone once it has the focus, which it may or may not have yet: the field is set itself.
void chooseInDialog(QFileDialog *dialog, const QString &path);

// Runs `act` on the next modal dialog to open (inside its exec()); a test fails if none opens.
void onNextDialog(const std::function<void(QWidget *)> &act);

struct RunResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the real pcc-campaigner executable with HOME and the XDG dirs inside `sandbox`,
// so nothing touches the user's own data.
RunResult runApp(const QStringList &args, const QString &sandbox, const QByteArray &stdinData = {});
// A file's permission bits (0600, say), or -1 when it cannot be read: Unix only.
int fileMode(const QString &path);

// The console program, pcc-campaigner-cli.
RunResult runCli(const QStringList &args, const QString &sandbox, const QByteArray &stdinData = {});
RunResult runProgram(const QString &program, const QStringList &args, const QString &sandbox, const QByteArray &stdinData = {});
QProcessEnvironment sandboxEnvironment(const QString &sandbox);

// Points the app's data folder and contact log into a temporary folder for one test and
// puts the previous paths back when it goes out of scope, whatever the test's outcome.
class ScopedAppPaths
{
public:
    explicit ScopedAppPaths(const QString &dataDir, const QString &database = {});
    ~ScopedAppPaths();
    ScopedAppPaths(const ScopedAppPaths &) = delete;
    ScopedAppPaths &operator=(const ScopedAppPaths &) = delete;

private:
    QString m_previousDataDir;
    QString m_previousDatabase;
    bool m_database;
};

// A data folder and contact log of the test's own, in a temporary folder, for the app's
// windows (the GUI tests' sandbox).
struct AppSandbox
{
    QTemporaryDir dir;
    ScopedAppPaths paths{dir.filePath(QStringLiteral("data")), dir.filePath(QStringLiteral("log.sqlite"))};
};

// The seed for a test's random choices: PCC_TEST_SEED when set (to replay a failure), else
// a fresh one. The caller logs it (INFO) so that a failure can be replayed.
quint32 testSeed();

// A PDF's pages as poppler reads them (pdftotext -bbox): each page's size and its words with
// their boxes, in points from the top-left.
struct PdfWord
{
    QRectF box;
    QString text;
};
struct PdfPage
{
    QSizeF size;
    QList<PdfWord> words;
    QString text() const; // the words, space-separated
};
QList<PdfPage> pdfPages(const QString &pdf);
constexpr double pointsPerMm = 72.0 / 25.4;

QByteArray readFile(const QString &path);
void writeFile(const QString &path, const QByteArray &data);
QString sourcePath(const QString &relative); // a file in the source tree
QByteArray shippedPolicingBodies();
// The shipped directory with one field of one force replaced (null: not known).
QByteArray shippedWithField(const QString &forceId, const QString &field, const QJsonValue &value);
// The shipped directory as an update would carry it: a new data_version and Kent's email changed.
QByteArray policingBodiesUpdate(const QString &dataVersion, const QString &kentEmail);

// The child whose text, without its & accelerator, is `text`: a button, a check box, an action.
template<typename T>
T *childWithText(QObject *parent, const QString &text)
{
    for (T *child : parent->findChildren<T *>()) {
        if (child->text().remove(u'&') == text)
            return child;
    }
    return nullptr;
}

} // namespace pcctest
