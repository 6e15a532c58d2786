// The files the app holds (the log, its journal, the stored documents) are never written over
// by its own exports; a file beside them with a longer name is not one of them.
#include "catchcompat.h"
#include "testsupport.h"

#include "protectedfiles.h"

#include <QDir>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace pcc;

TEST_CASE("protected files: a folder covers what is in it, and not a file that only starts with its name", "[platform][files]")
{
    QTemporaryDir dir;
    const QString log = dir.filePath(u"log.sqlite"_s);
    const QString documents = dir.filePath(u"log.sqlite-attachments"_s);
    REQUIRE(QDir().mkpath(documents));
    pcctest::writeFile(log, "log");
    ProtectedFiles::protect(log);
    ProtectedFiles::protect(documents, true);
    CHECK(ProtectedFiles::covers(log));
    CHECK(ProtectedFiles::covers(dir.filePath(u"./log.sqlite"_s)));
    CHECK(ProtectedFiles::covers(documents + u"/0123abcd"_s));
    CHECK(ProtectedFiles::covers(documents));
    CHECK_FALSE(ProtectedFiles::covers(dir.filePath(u"log.sqlite-attachments.zip"_s)));
    CHECK_FALSE(ProtectedFiles::covers(dir.filePath(u"log.sqlite-attachments-old/report.pdf"_s)));
    CHECK_FALSE(ProtectedFiles::covers(dir.filePath(u"log.sqlite.csv"_s))); // a file covers only itself
    ProtectedFiles::release(log);
    ProtectedFiles::release(documents, true);
    CHECK_FALSE(ProtectedFiles::covers(log));
    CHECK_FALSE(ProtectedFiles::covers(documents + u"/0123abcd"_s));
}
