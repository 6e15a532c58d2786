#include "catchcompat.h"
#include "testsupport.h"

#include "apppaths.h"
#include "letterlayout.h"
#include "settingsstore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace pcc;

namespace {

// Points the settings at another file for one test, and back after.
struct ScopedSettingsFile
{
    QString previous = AppPaths::settingsFile();
    explicit ScopedSettingsFile(const QString &file) { AppPaths::setSettingsFileOverride(file); }
    ~ScopedSettingsFile() { AppPaths::setSettingsFileOverride(previous); }
};

} // namespace

TEST_CASE("settings store: a value written is in the file and read back, the letter layout's too", "[settings]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"settings.ini"_s);
    const ScopedSettingsFile scoped(file);
    CHECK(SettingsStore::value(u"guide/seen"_s, false).toBool() == false);
    REQUIRE(SettingsStore::setValue(u"guide/seen"_s, true));
    CHECK(SettingsStore::value(u"guide/seen"_s, false).toBool());
    CHECK(SettingsStore::lastError().isEmpty());
    // Written through at once: another program reading the file sees it.
    CHECK(pcctest::readFile(file).contains("seen=true"));

    LetterLayout layout = LetterLayout::saved();
    layout.foldMarks = !layout.foldMarks;
    layout.fontFamily = u"Liberation Serif"_s;
    REQUIRE(layout.save());
    CHECK(LetterLayout::saved().foldMarks == layout.foldMarks);
    CHECK(LetterLayout::saved().fontFamily == u"Liberation Serif"_s);
    CHECK(SettingsStore::value(u"guide/seen"_s).toBool()); // one file: the layout did not replace the rest
}

TEST_CASE("settings store: a file that cannot be written is reported, not ignored", "[settings]")
{
    QTemporaryDir dir;
    // A plain file where the settings folder should be: nobody, not even root, can create the file.
    pcctest::writeFile(dir.filePath(u"not-a-folder"_s), "x");
    const ScopedSettingsFile scoped(dir.filePath(u"not-a-folder/settings.ini"_s));
    CHECK_FALSE(SettingsStore::setValue(u"guide/seen"_s, true));
    CHECK(SettingsStore::lastError().contains(u"could not be saved"_s));
    CHECK(SettingsStore::lastError().contains(u"not-a-folder"_s));
    LetterLayout layout;
    CHECK_FALSE(layout.save());
    // Pointed back at a folder that works, the next write succeeds and the error clears.
    QTemporaryDir good;
    AppPaths::setSettingsFileOverride(good.filePath(u"settings.ini"_s));
    CHECK(SettingsStore::setValue(u"guide/seen"_s, true));
    CHECK(SettingsStore::lastError().isEmpty());
    CHECK(QFile::exists(good.filePath(u"settings.ini"_s)));
}

TEST_CASE("settings store: after a failed write, nothing unsaved is kept and the next write works once the folder is fixed", "[settings]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"config"_s);
    pcctest::writeFile(folder, "x"); // a file where the folder should be
    const ScopedSettingsFile scoped(folder + u"/settings.ini"_s);
    REQUIRE_FALSE(SettingsStore::setValue(u"export/lastFolder"_s, u"/somewhere"_s));
    // The value the volunteer was told was not saved is not used either.
    CHECK(SettingsStore::value(u"export/lastFolder"_s).toString().isEmpty());
    // The same place, now usable: the write succeeds and reaches the file.
    REQUIRE(QFile::remove(folder));
    REQUIRE(QDir().mkpath(folder));
    CHECK(SettingsStore::setValue(u"export/lastFolder"_s, u"/elsewhere"_s));
    CHECK(SettingsStore::lastError().isEmpty());
    CHECK(SettingsStore::value(u"export/lastFolder"_s).toString() == u"/elsewhere"_s);
    CHECK(pcctest::readFile(folder + u"/settings.ini"_s).contains("/elsewhere"));
}
