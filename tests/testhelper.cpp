// Child process for crash-safety tests: the parent kills it with SIGKILL at random moments
// and then checks that everything reported as saved is really there.
//
//   pcc-test-helper log-writer DB     adds contacts forever, printing each uuid once committed
//   pcc-test-helper draft-editor DIR  types into a draft through the autosaver, printing each
//                                     edit number once the autosaver has saved it
#include "appinfo.h"
#include "apppaths.h"
#include "contactlog.h"
#include "draftautosaver.h"
#include "draftstore.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

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
        auto profile = log.profileByName(u"Crash Test"_s);
        if (!profile) {
            pcc::Profile p;
            p.name = u"Crash Test"_s;
            if (!log.addProfile(&p)) {
                err << log.lastError() << Qt::endl;
                return 1;
            }
            profile = p;
        }
        const QStringList forces = {u"kent"_s, u"essex"_s, u"gwent"_s, u"sussex"_s};
        for (int i = 0;; ++i) {
            pcc::ContactRecord r;
            r.setSender(*profile);
            r.forceId = forces.at(i % forces.size());
            r.letterText = QString(200, QChar(u'a' + i % 26));
            if (!log.addContact(&r)) {
                err << log.lastError() << Qt::endl;
                return 1;
            }
            out << r.uuid << Qt::endl; // flushed: the parent reads it as "committed"
        }
    }
    if (args.size() == 3 && args.at(1) == u"draft-editor"_s) {
        pcc::AppPaths::setDataDirOverride(args.at(2));
        auto *saver = new pcc::DraftAutosaver(&app, 50);
        pcc::Profile profile;
        profile.uuid = u"5f0c7a52-1111-4a7e-9e57-000000000001"_s;
        profile.name = u"Crash Test"_s;
        saver->setTarget(profile, u"kent"_s, u"campaign"_s);
        int edit = 0;
        saver->setHtmlSource([&edit] { return u"<p>Dear Commissioner Scott, edit number %1</p>"_s.arg(edit); });
        QObject::connect(saver, &pcc::DraftAutosaver::saved, &app, [&] { out << edit << Qt::endl; });
        auto *typist = new QTimer(&app);
        QObject::connect(typist, &QTimer::timeout, &app, [&] {
            ++edit;
            saver->markChanged();
        });
        typist->start(70);
        return QCoreApplication::exec();
    }
    err << "usage: pcc-test-helper log-writer DB | draft-editor DIR" << Qt::endl;
    return 2;
}
