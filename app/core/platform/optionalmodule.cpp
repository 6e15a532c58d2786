#include "optionalmodule.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibrary>

using namespace Qt::StringLiterals;

namespace pcc {

namespace {
QString g_searchDirectory;
} // namespace

void OptionalModule::setSearchDirectory(const QString &dir)
{
    g_searchDirectory = dir;
}

QFunctionPointer OptionalModule::address(const QString &name, const char *symbol, QString *reason)
{
    const QString appDir = QCoreApplication::applicationDirPath();
    QStringList folders;
    if (!g_searchDirectory.isEmpty())
        folders << g_searchDirectory;
    folders << appDir << QDir(appDir).filePath(QStringLiteral(PCC_MODULE_DIR_FROM_BIN));
#ifdef Q_OS_MACOS
    folders << QDir(appDir).filePath(u"../PlugIns/pcc-campaigner"_s); // inside the .app bundle
#endif
    QStringList tried;
    for (const QString &folder : std::as_const(folders)) {
        // A QLibrary going out of scope leaves its library loaded: loading it again only counts up.
        QLibrary library(QDir(folder).filePath(name));
        if (!library.load()) {
            tried << library.errorString();
            continue;
        }
        if (QFunctionPointer function = library.resolve(symbol))
            return function;
        tried << library.errorString();
    }
    if (reason)
        *reason = tried.join(u"; "_s);
    return nullptr;
}

} // namespace pcc
