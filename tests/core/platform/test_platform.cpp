// What differs between Windows, macOS and Linux, held where Linux can hold it: private files
// from their first byte, the one-time move of the data folder, Excel's CSV encodings.
#include "catchcompat.h"
#include "testsupport.h"

#include "apppaths.h"
#include "csv.h"
#include "loopbackhost.h"
#include "uuidtext.h"
#include "wholefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <atomic>
#include <thread>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/sysmacros.h>
#endif


using namespace Qt::StringLiterals;
using namespace pcc;

TEST_CASE("platform: a private file is written whole, owner-only, and never through a link", "[platform][files]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"letter.pdf"_s);
    QString error;
    REQUIRE(WholeFile::writePrivate(path, "first", &error));
    CHECK(pcctest::readFile(path) == "first");
#ifdef Q_OS_UNIX
    CHECK(pcctest::fileMode(path) == 0600);
    // A file someone made world-readable is private again once the app writes it.
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
    REQUIRE(WholeFile::writePrivate(path, "second", &error));
    CHECK(pcctest::fileMode(path) == 0600);
    CHECK(pcctest::readFile(path) == "second");
    // A plain write keeps the usual permissions: the rule is for personal files only.
    const QString plain = dir.filePath(u"template.html"_s);
    REQUIRE(WholeFile::write(plain, "x", &error));
    CHECK(pcctest::fileMode(plain) != 0600);

    // A link to a file outside is refused, and the file it points to is untouched.
    const QString outside = dir.filePath(u"outside.txt"_s);
    pcctest::writeFile(outside, "keep me");
    const QString link = dir.filePath(u"link.pdf"_s);
    REQUIRE(QFile::link(outside, link));
    CHECK_FALSE(WholeFile::writePrivate(link, "overwritten", &error));
    CHECK(error.contains(u"symbolic link"_s));
    CHECK(pcctest::readFile(outside) == "keep me");
#endif
    // A folder that does not exist: a clear message, nothing created.
    CHECK_FALSE(WholeFile::writePrivate(dir.filePath(u"no/such/folder/x.pdf"_s), "x", &error));
    CHECK(error.startsWith(u"Cannot write"_s));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(u"no"_s)));
}

TEST_CASE("platform: a pipe, a device or a folder is never replaced by a saved file", "[platform][files]")
{
    QTemporaryDir dir;
    QString error;
    const QString folder = dir.filePath(u"folder"_s);
    REQUIRE(QDir().mkdir(folder));
    CHECK_FALSE(WholeFile::writePrivate(folder, "x", &error));
    CHECK(error.contains(u"not a file"_s));
    CHECK_FALSE(WholeFile::write(folder, "x", &error));
    CHECK(QFileInfo(folder).isDir());
#ifdef Q_OS_UNIX
    const QString pipe = dir.filePath(u"pipe"_s);
    REQUIRE(::mkfifo(QFile::encodeName(pipe).constData(), 0644) == 0);
    CHECK_FALSE(WholeFile::writePrivate(pipe, "x", &error));
    CHECK(error.contains(u"not a file"_s));
    CHECK_FALSE(WholeFile::write(pipe, "x", &error));
    struct stat st {};
    REQUIRE(::lstat(QFile::encodeName(pipe).constData(), &st) == 0);
    CHECK(S_ISFIFO(st.st_mode));
    CHECK((st.st_mode & 07777) == 0644);
    // A device, made in the test's own folder (never the system's /dev/null: a bug would replace
    // it); only root may make one, as CI runs.
#ifdef Q_OS_LINUX
    const QString device = dir.filePath(u"null-copy"_s);
    if (::geteuid() == 0) {
        REQUIRE(::mknod(QFile::encodeName(device).constData(), S_IFCHR | 0666, makedev(1, 3)) == 0);
        CHECK_FALSE(WholeFile::writePrivate(device, "x", &error));
        CHECK(error.contains(u"not a file"_s));
        REQUIRE(::lstat(QFile::encodeName(device).constData(), &st) == 0);
        CHECK(S_ISCHR(st.st_mode));
    }
#endif
#endif
}

#ifdef Q_OS_LINUX
TEST_CASE("platform: a private file that cannot be written whole leaves no empty file behind", "[platform][files]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"saved.eml"_s);
    // A disk that fills up, as the file-size limit makes it for this process: writing fails.
    struct rlimit before {};
    REQUIRE(::getrlimit(RLIMIT_FSIZE, &before) == 0);
    const auto oldHandler = ::signal(SIGXFSZ, SIG_IGN);
    struct rlimit small = before;
    small.rlim_cur = 100;
    REQUIRE(::setrlimit(RLIMIT_FSIZE, &small) == 0);
    QString error;
    const bool written = WholeFile::writePrivate(path, QByteArray(1000, 'x'), &error);
    ::setrlimit(RLIMIT_FSIZE, &before);
    ::signal(SIGXFSZ, oldHandler);
    CHECK_FALSE(written);
    CHECK(error.startsWith(u"Cannot write"_s));
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
    // A file that was there before is kept as it was.
    pcctest::writeFile(path, "old");
    REQUIRE(::setrlimit(RLIMIT_FSIZE, &small) == 0);
    ::signal(SIGXFSZ, SIG_IGN);
    CHECK_FALSE(WholeFile::writePrivate(path, QByteArray(1000, 'x'), &error));
    ::setrlimit(RLIMIT_FSIZE, &before);
    ::signal(SIGXFSZ, oldHandler);
    CHECK(pcctest::readFile(path) == "old");
}
#endif

TEST_CASE("platform: two copies of the app writing the same new private file both succeed", "[platform][files]")
{
    // Eight volunteers syncing from one account at once all save the team's coverage file: each
    // finds it missing, and all but the first find it made by another when they come to make it.
    QTemporaryDir dir;
    constexpr int writers = 8;
    for (int round = 0; round < 20; ++round) {
        const QString path = dir.filePath(u"coverage-%1.json"_s.arg(round));
        std::atomic<int> ready = 0;
        std::atomic<int> failures = 0;
        std::vector<std::thread> threads;
        for (int i = 0; i < writers; ++i) {
            threads.emplace_back([&, i] {
                ++ready;
                while (ready.load() < writers) {
                }
                QString error;
                if (!WholeFile::writePrivate(path, QByteArray::number(i), &error))
                    ++failures;
            });
        }
        for (std::thread &t : threads)
            t.join();
        INFO("round " << round);
        CHECK(failures.load() == 0);
        CHECK(pcctest::readFile(path).toInt() < writers);
#ifdef Q_OS_UNIX
        CHECK(pcctest::fileMode(path) == 0600);
#endif
    }
}

TEST_CASE("platform: the data folder moves from the roaming profile once, and never over a newer one", "[platform][files]")
{
    QTemporaryDir dir;
    const QString roaming = dir.filePath(u"Roaming/PCC Campaigner"_s);
    const QString local = dir.filePath(u"Local/PCC Campaigner"_s);
    REQUIRE(QDir().mkpath(roaming));
    pcctest::writeFile(roaming + u"/contact-log.sqlite"_s, "the volunteer's log");
    QString warning;
    CHECK(AppPaths::moveDataFolderOnce(roaming, local, &warning) == local);
    CHECK(warning.isEmpty());
    CHECK(pcctest::readFile(local + u"/contact-log.sqlite"_s) == "the volunteer's log");
    CHECK_FALSE(QFileInfo::exists(roaming));
    // Again: nothing to move.
    CHECK(AppPaths::moveDataFolderOnce(roaming, local, &warning) == local);
    // Both exist (a log started in Local since): the Local one is used and Roaming is left alone.
    REQUIRE(QDir().mkpath(roaming));
    pcctest::writeFile(roaming + u"/contact-log.sqlite"_s, "an old copy");
    CHECK(AppPaths::moveDataFolderOnce(roaming, local, &warning) == local);
    CHECK(pcctest::readFile(local + u"/contact-log.sqlite"_s) == "the volunteer's log");
    CHECK(pcctest::readFile(roaming + u"/contact-log.sqlite"_s) == "an old copy");
    // The same folder (Linux, macOS): nothing happens.
    CHECK(AppPaths::moveDataFolderOnce(local, local, &warning) == local);
    // A move that fails (here a file stands where the new folder's parent would be, as root
    // ignores permissions): the old folder stays in use, whole, and the volunteer is told.
    pcctest::writeFile(dir.filePath(u"Blocked"_s), "a file, not a folder");
    const QString blocked = dir.filePath(u"Blocked/PCC Campaigner"_s);
    CHECK(AppPaths::moveDataFolderOnce(roaming, blocked, &warning) == roaming);
    CHECK(warning.contains(u"could not be moved"_s));
    CHECK(pcctest::readFile(roaming + u"/contact-log.sqlite"_s) == "an old copy");
}

TEST_CASE("platform: a CSV Excel saved as Windows-1252 reads as the letters it holds", "[platform][csv]")
{
    CHECK(Csv::decodeWindows1252("Si\xe2n \x93quoted\x94 \x80 5 \x96 6") == u"Siân “quoted” € 5 – 6"_s);
    CHECK(Csv::decodeWindows1252("plain") == u"plain"_s);
    CHECK(QByteArray(Csv::Utf8ByteOrderMark) == QByteArray("\xEF\xBB\xBF"));
}

TEST_CASE("platform: CSV rows come back as written, the last one too with or without a line break", "[platform][csv]")
{
    const QString text = u"name,note\r\n\"Smith, Jo\",\"said \"\"hi\"\"\nthen left\"\r\nLee,"_s;
    const auto check = [](const QList<Csv::Row> &rows) {
        REQUIRE(rows.size() == 3);
        CHECK(rows.at(0).fields == QStringList{u"name"_s, u"note"_s});
        CHECK(rows.at(1).fields == QStringList{u"Smith, Jo"_s, u"said \"hi\"\nthen left"_s});
        CHECK(rows.at(1).line == 2);
        CHECK(rows.at(2).fields == QStringList{u"Lee"_s, QString()});
        CHECK(rows.at(2).line == 4);
    };
    for (const QString &ending : {QString(), u"\n"_s, u"\r\n"_s}) {
        INFO("ending: " << ending.toStdString());
        QList<Csv::Row> parsed;
        int errorLine = 0;
        REQUIRE(Csv::parse(text + ending, &parsed, &errorLine));
        check(parsed);
        QList<Csv::Row> streamed;
        REQUIRE(Csv::forEachRow(text + ending, [&](Csv::Row &&row) { streamed.append(std::move(row)); }, &errorLine));
        check(streamed);
    }
    QList<Csv::Row> rows;
    int errorLine = 0;
    CHECK_FALSE(Csv::parse(u"a,b\n1,\"open\n2,3\n"_s, &rows, &errorLine));
    CHECK(errorLine == 2);
}

TEST_CASE("platform: a CSV whose lines end in a carriage return alone reads row by row", "[platform][csv]")
{
    // Excel's "CSV (Macintosh)": every line ends in CR. A quoted field keeps a CR of its own.
    const QString text = u"name,note\rLee,\r\"Smith, Jo\",\"two\rlines\"\rKay,x"_s;
    for (const QString &ending : {QString(), u"\r"_s, u"\r\r\n"_s}) {
        INFO("ending: " << ending.toStdString());
        QList<Csv::Row> rows;
        int errorLine = 0;
        REQUIRE(Csv::parse(text + ending, &rows, &errorLine));
        REQUIRE(rows.size() == 4);
        CHECK(rows.at(0).fields == QStringList{u"name"_s, u"note"_s});
        CHECK(rows.at(1).fields == QStringList{u"Lee"_s, QString()});
        CHECK(rows.at(2).fields == QStringList{u"Smith, Jo"_s, u"two\rlines"_s});
        CHECK(rows.at(3).fields == QStringList{u"Kay"_s, u"x"_s});
        CHECK(rows.at(3).line == 4);
    }
}

TEST_CASE("platform: only this computer counts as this computer", "[platform][loopback]")
{
    for (const QString &host : {u"localhost"_s, u"LocalHost"_s, u"127.0.0.1"_s, u"127.0.0.53"_s, u"127.255.255.255"_s, u"::1"_s}) {
        INFO(host.toStdString());
        CHECK(isLoopbackHost(host));
    }
    // Names and addresses that only look like it, or reach another machine.
    for (const QString &host : {u"128.0.0.1"_s, u"10.127.0.1"_s, u"127.0.0.1.example.org"_s, u"localhost.example.org"_s,
                                u"example-localhost"_s, u"127.0.0.256"_s, u"127.0.0"_s, u"127.0.0.1\n"_s, u"0.0.0.0"_s, u"::2"_s, u""_s}) {
        INFO(host.toStdString());
        CHECK_FALSE(isLoopbackHost(host));
    }
}

TEST_CASE("platform: one id however it is written, and only real ids", "[platform][uuid]")
{
    const QString id = u"0f8fad5b-d9cb-469f-a165-70867728950e"_s;
    CHECK(UuidText::isCanonical(id));
    for (const QString &other : {u"{0F8FAD5B-D9CB-469F-A165-70867728950E}"_s, u"0F8FAD5B-D9CB-469F-A165-70867728950E"_s,
                                 u"{0f8fad5b-d9cb-469f-a165-70867728950e}"_s}) {
        INFO(other.toStdString());
        CHECK_FALSE(UuidText::isCanonical(other));
        CHECK(UuidText::parse(other) == id);
        CHECK(UuidText::canonical(other) == id);
    }
    // Thirty-six characters of the right kinds in the wrong places are not an id.
    for (const QString &bad : {u"0f8fad5bd-9cb-469f-a165-70867728950e"_s, u"------------------------------------"_s,
                               u"0f8fad5b-d9cb-469f-a165-70867728950g"_s, u"00000000-0000-0000-0000-000000000000"_s,
                               u"not an id"_s, QString()}) {
        INFO(bad.toStdString());
        CHECK_FALSE(UuidText::parse(bad).has_value());
        CHECK(UuidText::canonical(bad) == bad); // left as it is, for the caller to refuse
    }
    CHECK_FALSE(UuidText::isCanonical(u"0f8fad5bd-9cb-469f-a165-70867728950e"_s));
}
