#include "networkmodule.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibrary>

using namespace Qt::StringLiterals;

namespace pcc {

namespace {
QString g_searchDirectory;
HttpClient *g_client = nullptr;
} // namespace

void NetworkModule::setSearchDirectory(const QString &dir)
{
    g_searchDirectory = dir;
}

HttpClient *NetworkModule::client(QString *error)
{
    if (g_client)
        return g_client;
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
        QLibrary library(QDir(folder).filePath(u"pcc-network"_s));
        if (!library.load()) {
            tried << library.errorString();
            continue;
        }
        auto create = reinterpret_cast<PccCreateHttpClient *>(library.resolve("pcc_create_http_client"));
        if (!create) {
            tried << library.errorString();
            continue;
        }
        g_client = create();
        if (g_client)
            return g_client;
    }
    if (error) {
        *error = QCoreApplication::translate("pcc::NetworkModule", "The network part of PCC Campaigner (pcc-network) is missing, "
                                                                   "so nothing can be looked up online: %1")
                     .arg(tried.join(u"; "_s));
    }
    return nullptr;
}

} // namespace pcc
