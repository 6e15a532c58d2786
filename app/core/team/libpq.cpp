#include "libpq.h"

#include <QCoreApplication>
#include <QLibrary>
#include <QMutex>

using namespace Qt::StringLiterals;

namespace pcc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pcc::LibPq)
};

template <typename F>
bool resolve(QLibrary &library, const char *name, F *function)
{
    *function = reinterpret_cast<F>(library.resolve(name));
    return *function != nullptr;
}

} // namespace

const LibPq *LibPq::get(QString *error)
{
    static QMutex mutex;
    static LibPq calls;
    static bool loaded = false;
    static QString problem;
    const QMutexLocker lock(&mutex);
    if (!loaded && problem.isEmpty()) {
#ifdef Q_OS_WIN
        QLibrary library(u"libpq"_s);
#else
        QLibrary library(u"pq"_s, 5);
#endif
        const bool ok = library.load() && resolve(library, "PQexecParams", &calls.execParams)
                        && resolve(library, "PQresultStatus", &calls.resultStatus)
                        && resolve(library, "PQresultErrorField", &calls.resultErrorField)
                        && resolve(library, "PQerrorMessage", &calls.errorMessage)
                        && resolve(library, "PQntuples", &calls.ntuples) && resolve(library, "PQnfields", &calls.nfields)
                        && resolve(library, "PQgetvalue", &calls.getvalue) && resolve(library, "PQgetisnull", &calls.getisnull)
                        && resolve(library, "PQclear", &calls.clear)
                        && resolve(library, "PQencryptPasswordConn", &calls.encryptPasswordConn)
                        && resolve(library, "PQfreemem", &calls.freemem);
        if (ok)
            loaded = true; // the library stays loaded: QLibrary unloads only on unload()
        else
            problem = Tr::tr("The PostgreSQL client library (libpq, version 10 or later) could not be used: %1")
                          .arg(library.errorString());
    }
    if (!loaded && error)
        *error = problem;
    return loaded ? &calls : nullptr;
}

} // namespace pcc
