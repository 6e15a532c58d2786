#include "catchcompat.h"
#include "testsupport.h"

#include "apppaths.h"
#include "draftautosaver.h"
#include "draftstore.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

using namespace Qt::StringLiterals;
using namespace pcc;

TEST_CASE("drafts: the autosaver saves shortly after a change and on flush", "[drafts]")
{
    QTemporaryDir dir;
    AppPaths::setDataDirOverride(dir.path());
    DraftAutosaver saver(nullptr, 30);
    QSignalSpy spy(&saver, &DraftAutosaver::saved);
    saver.setTarget(u"Alice"_s, u"kent"_s, u"campaign"_s);
    saver.markChanged(u"<p>first</p>"_s);
    saver.markChanged(u"<p>second</p>"_s);
    REQUIRE(spy.wait(2000));
    CHECK(spy.count() == 1); // debounced: one save for the burst
    CHECK(DraftStore::load(u"Alice"_s, u"kent"_s)->html == u"<p>second</p>"_s);

    saver.markChanged(u"<p>third</p>"_s);
    REQUIRE(saver.flush());
    CHECK(DraftStore::load(u"Alice"_s, u"kent"_s)->html == u"<p>third</p>"_s);
    CHECK_FALSE(DraftStore::load(u"Bob"_s, u"kent"_s)); // drafts are per profile
    AppPaths::setDataDirOverride({});
}

#ifdef Q_OS_UNIX
TEST_CASE("drafts: after the editor is killed, the last saved draft is there on restart", "[drafts][crash]")
{
    QTemporaryDir dir;
    for (int round = 0; round < 10; ++round) {
        QProcess child;
        child.start(QStringLiteral(PCC_TEST_HELPER), {u"draft-editor"_s, dir.path()});
        REQUIRE(child.waitForStarted());
        QByteArray output;
        while (output.count('\n') < 2 + round % 4 && child.waitForReadyRead(3000))
            output += child.readAllStandardOutput();
        ::kill(pid_t(child.processId()), SIGKILL);
        child.waitForFinished();
        output += child.readAllStandardOutput();
        const QList<QByteArray> lines = output.split('\n');
        REQUIRE(lines.size() >= 2);
        const int lastSaved = lines.at(lines.size() - 2).toInt(); // the last complete line

        AppPaths::setDataDirOverride(dir.path());
        const auto draft = DraftStore::load(u"Crash Test"_s, u"kent"_s);
        AppPaths::setDataDirOverride({});
        REQUIRE(draft);
        const auto m = QRegularExpression(u"edit number (\\d+)"_s).match(draft->html);
        REQUIRE(m.hasMatch());
        CHECK(m.captured(1).toInt() >= lastSaved); // nothing reported as saved was lost
    }
}
#endif
