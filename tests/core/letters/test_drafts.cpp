#include "catchcompat.h"
#include "testsupport.h"

#include "apppaths.h"
#include "draftautosaver.h"
#include "draftstore.h"
#include "templatestore.h"
#include "textsimilarity.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

using namespace Qt::StringLiterals;
using namespace pcc;

namespace {
Profile profile(const QString &uuid, const QString &name)
{
    Profile p;
    p.uuid = uuid;
    p.name = name;
    return p;
}
const Profile kAlice = profile(u"a11ce000-0000-4000-8000-000000000001"_s, u"Alice"_s);
const Profile kBob = profile(u"b0b00000-0000-4000-8000-000000000002"_s, u"Bob"_s);
} // namespace

TEST_CASE("drafts: the autosaver saves shortly after a change and on flush", "[drafts]")
{
    QTemporaryDir dir;
    const pcctest::ScopedAppPaths paths(dir.path());
    DraftAutosaver saver(nullptr, 30);
    QSignalSpy spy(&saver, &DraftAutosaver::saved);
    QString text;
    int serialised = 0;
    saver.setHtmlSource([&] { ++serialised; return text; });
    saver.setTarget(kAlice, u"kent"_s, u"campaign"_s);
    text = u"<p>first</p>"_s;
    saver.markChanged();
    text = u"<p>second</p>"_s;
    saver.markChanged();
    REQUIRE(spy.wait(2000));
    CHECK(spy.count() == 1);    // debounced: one save for the burst
    CHECK(serialised == 1);     // and the text was asked for once, not per keystroke
    CHECK(DraftStore::load(kAlice, u"kent"_s)->html == u"<p>second</p>"_s);

    text = u"<p>third</p>"_s;
    saver.markChanged();
    REQUIRE(saver.flush());
    CHECK(DraftStore::load(kAlice, u"kent"_s)->html == u"<p>third</p>"_s);
    CHECK_FALSE(DraftStore::load(kBob, u"kent"_s)); // drafts are per profile

    // Keyed by the profile's uuid: a new name finds the same drafts.
    Profile renamed = kAlice;
    renamed.name = u"Alice Renamed"_s;
    CHECK(DraftStore::load(renamed, u"kent"_s)->html == u"<p>third</p>"_s);

    // Once saved, nothing is left to save: opening another office's letter and closing the
    // window makes no draft for an office the volunteer never wrote to.
    const int savesSoFar = int(spy.count());
    saver.setTarget(kAlice, u"essex"_s, u"campaign"_s);
    REQUIRE(saver.flush());
    CHECK_FALSE(DraftStore::load(kAlice, u"essex"_s).has_value());
    CHECK(spy.count() == savesSoFar);
}

TEST_CASE("drafts: a draft that cannot be read is kept aside, said so, and never written over", "[drafts]")
{
    QTemporaryDir dir;
    const pcctest::ScopedAppPaths paths(dir.path());
    QString error;
    REQUIRE(DraftStore::save(kAlice, u"kent"_s, {u"campaign"_s, u"<p>mine</p>"_s, QDateTime::currentDateTimeUtc()}, &error));
    const QString path = DraftStore::pathFor(kAlice, u"kent"_s);
    const QByteArray damaged = "{\"template\":\"campaign\",\"html\":\"<p>Dear Commissioner, I have been";
    pcctest::writeFile(path, damaged);

    QString problem;
    CHECK_FALSE(DraftStore::load(kAlice, u"kent"_s, &problem).has_value());
    const QStringList aside = QDir(DraftStore::folderFor(kAlice)).entryList({u"kent.json.unreadable-*"_s}, QDir::Files);
    REQUIRE(aside.size() == 1);
    CHECK(problem.contains(aside.first()));
    const QString kept = QDir(DraftStore::folderFor(kAlice)).filePath(aside.first());
    CHECK(pcctest::readFile(kept) == damaged);

    // The next save starts a new draft beside it; the damaged one is untouched.
    REQUIRE(DraftStore::save(kAlice, u"kent"_s, {u"campaign"_s, u"<p>again</p>"_s, QDateTime::currentDateTimeUtc()}, &error));
    CHECK(DraftStore::load(kAlice, u"kent"_s)->html == u"<p>again</p>"_s);
    CHECK(pcctest::readFile(kept) == damaged);

    // A draft that is valid JSON but not a draft is kept aside too; no draft at all says nothing.
    pcctest::writeFile(DraftStore::pathFor(kAlice, u"essex"_s), "[1, 2, 3]");
    problem.clear();
    CHECK_FALSE(DraftStore::load(kAlice, u"essex"_s, &problem).has_value());
    CHECK_FALSE(problem.isEmpty());
    problem.clear();
    CHECK_FALSE(DraftStore::load(kAlice, u"surrey"_s, &problem).has_value());
    CHECK(problem.isEmpty());
}

TEST_CASE("drafts: a first-release drafts folder (named by the profile's name) is adopted", "[drafts]")
{
    QTemporaryDir dir;
    const pcctest::ScopedAppPaths paths(dir.path());
    // The first release named the folder by the first 16 hex digits of SHA-256(name).
    const QString legacy = dir.filePath(u"drafts/"_s)
        + QString::fromLatin1(QCryptographicHash::hash("Alice", QCryptographicHash::Sha256).toHex().left(16));
    REQUIRE(QDir().mkpath(legacy));
    pcctest::writeFile(legacy + u"/kent.json"_s, R"({"html":"<p>old draft</p>","template":"campaign"})");
    const auto draft = DraftStore::load(kAlice, u"kent"_s);
    REQUIRE(draft);
    CHECK(draft->html == u"<p>old draft</p>"_s);
    CHECK_FALSE(QFileInfo::exists(legacy));
    CHECK(QFileInfo::exists(DraftStore::pathFor(kAlice, u"kent"_s)));
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

        const pcctest::ScopedAppPaths paths(dir.path());
        const auto draft = DraftStore::load(profile(u"5f0c7a52-1111-4a7e-9e57-000000000001"_s, u"Crash Test"_s), u"kent"_s);
        REQUIRE(draft);
        const auto m = QRegularExpression(u"edit number (\\d+)"_s).match(draft->html);
        REQUIRE(m.hasMatch());
        CHECK(m.captured(1).toInt() >= lastSaved); // nothing reported as saved was lost
    }
}
#endif

TEST_CASE("templates: names are one file on every system: no case twins, no device names", "[letter][templates][platform]")
{
    QTemporaryDir dir;
    const pcctest::ScopedAppPaths paths(dir.path());
    QString error;
    LetterTemplate saved;
    REQUIRE(TemplateStore::save(u"Campaign Letter Mine"_s, u"<p>one</p>"_s, &saved, &error));
    // The same name in other capitals would overwrite it on Windows and macOS: refused.
    CHECK_FALSE(TemplateStore::save(u"campaign letter mine"_s, u"<p>two</p>"_s, nullptr, &error));
    CHECK(error.contains(u"Campaign Letter Mine"_s));
    CHECK(TemplateStore::find(u"campaign letter mine"_s)->html.contains(u"one"_s));
    // Saving under its own name again is an update, not a clash.
    CHECK(TemplateStore::save(u"Campaign Letter Mine"_s, u"<p>three</p>"_s, nullptr, &error));
    CHECK(TemplateStore::find(u"Campaign Letter Mine"_s)->html.contains(u"three"_s));
    // Built-in names in any capitals are kept for the built-ins.
    CHECK_FALSE(TemplateStore::save(u"CAMPAIGN-2026"_s, u"<p>x</p>"_s, nullptr, &error));
    // Windows device names, with or without an extension, a trailing dot, and a line break at
    // the end (a regular expression's "$" lets one through).
    for (const QString &name : {u"CON"_s, u"nul"_s, u"Com1"_s, u"lpt9.txt"_s, u"aux "_s, u"Letter."_s, u"Letter\n"_s}) {
        INFO(name.toStdString());
        CHECK_FALSE(TemplateStore::save(name, u"<p>x</p>"_s, nullptr, &error));
    }
    CHECK(TemplateStore::save(u"Console letter"_s, u"<p>x</p>"_s, nullptr, &error)); // only the whole name is reserved
    // A change of capitals only is a rename of the same template.
    REQUIRE(TemplateStore::rename(*TemplateStore::find(u"Campaign Letter Mine"_s), u"campaign letter mine"_s, &error));
    CHECK(QDir(AppPaths::templatesDir()).entryList({u"*.html"_s}).contains(u"campaign letter mine.html"_s));
    CHECK_FALSE(QDir(AppPaths::templatesDir()).entryList({u"*.html"_s}).contains(u"Campaign Letter Mine.html"_s));
}

TEST_CASE("own words: Welsh letters are letters, not word breaks", "[letter]")
{
    // ŵ, ŷ and â split words under an ASCII-only \w: "Gŵyl" became "g" and "yl".
    CHECK(TextSimilarity::sharedWordFraction(u"Gŵyl Dŷ Siân"_s, u"Gŵyl Dŷ Siân"_s) == 1.0);
    CHECK(TextSimilarity::sharedWordFraction(u"Gŵyl"_s, u"Gwyl"_s) == 0.0);
    CHECK(TextSimilarity::sharedWordFraction(u"the cat sat"_s, u"the dog sat"_s) > 0.5);
}

TEST_CASE("drafts: a draft file that is a link is neither read nor moved, and a profile with no drafts has none to delete", "[drafts][security]")
{
    QTemporaryDir dir;
    const pcctest::ScopedAppPaths paths(dir.path());
    QString error;
    // Bob's draft for Kent, and in Alice's folder a link under her Kent draft's name pointing at it.
    REQUIRE(DraftStore::save(kBob, u"kent"_s, {u"campaign"_s, u"<p>Bob's own words</p>"_s, QDateTime::currentDateTimeUtc()}, &error));
    REQUIRE(DraftStore::save(kAlice, u"essex"_s, {u"campaign"_s, u"<p>Alice</p>"_s, QDateTime::currentDateTimeUtc()}, &error));
    const QString target = DraftStore::pathFor(kBob, u"kent"_s);
    const QString link = DraftStore::pathFor(kAlice, u"kent"_s);
    const QByteArray bobsDraft = pcctest::readFile(target);
#ifdef Q_OS_UNIX
    REQUIRE(QFile::link(target, link));
    QString problem;
    CHECK_FALSE(DraftStore::load(kAlice, u"kent"_s, &problem).has_value());
    CHECK(problem.contains(u"left as it is"_s));
    CHECK(QFileInfo(link).isSymLink());
    CHECK(pcctest::readFile(target) == bobsDraft);
    CHECK(QDir(DraftStore::folderFor(kAlice)).entryList({u"kent.json.unreadable-*"_s}, QDir::Files | QDir::System).isEmpty());
#endif
    CHECK(DraftStore::removeAll(profile(u"c0c00000-0000-4000-8000-000000000003"_s, u"Carol"_s)) == 0);
    CHECK(DraftStore::removeAll(kBob) == 1);
    CHECK_FALSE(QFile::exists(target));
}
