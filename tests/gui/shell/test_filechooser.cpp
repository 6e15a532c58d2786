#include "catchcompat.h"

#include "shell/filechooser.h"
#include "shell/settings.h"

#include <QDir>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace pcc;

namespace {
const QList<FileChooser::Type> kMapTypes = {{u"PNG picture"_s, u"png"_s}, {u"SVG drawing"_s, u"svg"_s}, {u"PDF document"_s, u"pdf"_s}};
}

TEST_CASE("file chooser: the type chosen in the dialog decides the file's name, not the name typed", "[gui][files]")
{
    // The type chosen wins over another offered type's suffix typed by hand.
    CHECK(FileChooser::pathForType(u"/home/v/map.png"_s, kMapTypes, 1) == u"/home/v/map.svg"_s);
    CHECK(FileChooser::pathForType(u"/home/v/map.svg"_s, kMapTypes, 2) == u"/home/v/map.pdf"_s);
    // The right suffix is left alone, in capitals too: the dialog asked about that very file.
    CHECK(FileChooser::pathForType(u"/home/v/map.png"_s, kMapTypes, 0) == u"/home/v/map.png"_s);
    CHECK(FileChooser::pathForType(u"/home/v/MAP.PDF"_s, kMapTypes, 2) == u"/home/v/MAP.PDF"_s);
    CHECK(FileChooser::pathForType(u"/home/v/MAP.PNG"_s, kMapTypes, 2) == u"/home/v/MAP.pdf"_s);
    // No suffix, or one no type uses: the type's is added and nothing typed is lost.
    CHECK(FileChooser::pathForType(u"/home/v/map"_s, kMapTypes, 0) == u"/home/v/map.png"_s);
    CHECK(FileChooser::pathForType(u"/home/v/report.v2"_s, kMapTypes, 2) == u"/home/v/report.v2.pdf"_s);
    CHECK(FileChooser::pathForType(u"/home/v.d/map"_s, kMapTypes, 1) == u"/home/v.d/map.svg"_s);
    // Nothing chosen, or cancelled: unchanged.
    CHECK(FileChooser::pathForType(u"/home/v/map.png"_s, kMapTypes, -1) == u"/home/v/map.png"_s);
    CHECK(FileChooser::pathForType(QString(), kMapTypes, 0).isEmpty());
}

TEST_CASE("file chooser: dialogs open in the folder last used, or home when it is gone", "[gui][files]")
{
    const QString previous = Settings::lastExportFolder();
    QTemporaryDir dir;
    REQUIRE(Settings::setLastExportFolder(dir.path()));
    CHECK(FileChooser::startFolder() == dir.path());
    REQUIRE(Settings::setLastExportFolder(dir.filePath(u"removed-since"_s)));
    CHECK(FileChooser::startFolder() == QDir::homePath());
    REQUIRE(Settings::setLastExportFolder(QString()));
    CHECK(FileChooser::startFolder() == QDir::homePath());
    Settings::setLastExportFolder(previous);
}
