// Child process for crash-safety tests: the parent kills it with SIGKILL at random moments
// and then checks that everything reported as saved is really there.
//
//   pcc-test-helper log-writer DB     adds contacts forever, printing each uuid once committed
#include "appinfo.h"
#include "contactlog.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    pcc::AppInfo::initialise();
    const QStringList args = QCoreApplication::arguments();
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.size() == 3 && args.at(1) == u"log-writer"_s) {
        pcc::ContactLog log;
        if (!log.open(args.at(2))) {
            err << log.lastError() << Qt::endl;
            return 1;
        }
        if (!log.profile(u"Crash Test"_s)) {
            pcc::Profile p;
            p.name = u"Crash Test"_s;
            if (!log.addProfile(&p) && !log.profile(u"Crash Test"_s)) {
                err << log.lastError() << Qt::endl;
                return 1;
            }
        }
        const QStringList forces = {u"kent"_s, u"essex"_s, u"gwent"_s, u"sussex"_s};
        for (int i = 0;; ++i) {
            pcc::ContactRecord r;
            r.profileName = u"Crash Test"_s;
            r.forceId = forces.at(i % forces.size());
            r.letterText = QString(200, QChar(u'a' + i % 26));
            if (!log.addContact(&r)) {
                err << log.lastError() << Qt::endl;
                return 1;
            }
            out << r.uuid << Qt::endl; // flushed: the parent reads it as "committed"
        }
    }
    err << "usage: pcc-test-helper log-writer DB" << Qt::endl;
    return 2;
}
