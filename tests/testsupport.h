#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace pcctest {

struct RunResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the real pcc-campaigner executable with HOME and the XDG dirs inside `sandbox`,
// so nothing touches the user's own data.
RunResult runApp(const QStringList &args, const QString &sandbox, const QByteArray &stdinData = {});
QProcessEnvironment sandboxEnvironment(const QString &sandbox);

QByteArray readFile(const QString &path);
void writeFile(const QString &path, const QByteArray &data);
QString sourcePath(const QString &relative); // a file in the source tree
QByteArray shippedPolicingBodies();

} // namespace pcctest
