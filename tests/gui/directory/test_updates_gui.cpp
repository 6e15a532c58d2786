// A signed directory update opened from a file in the window: the changes are shown first, and
// only Install installs; Cancel leaves the directory in use exactly as it was.
#include "catchcompat.h"
#include "core/updates/publisherfixture.h"
#include "dialoganswers.h"
#include "testsupport.h"

#include "directory/directorycontroller.h"
#include "directory/updatepreviewdialog.h"
#include "shippeddata.h"


using namespace Qt::StringLiterals;
using namespace pcc;

TEST_CASE("updates in the window: an update file is installed only when Install is pressed in its preview", "[gui][updates]")
{
    pcctest::Publisher publisher;
    const QString file = publisher.signedFile(u"update.json"_s, pcctest::Publisher::update(u"2026-12-01"_s));
    const Directory directory = ShippedData::loadDirectory().directory;
    const QString shipped = directory.dataVersion();
    REQUIRE(shipped != u"2026-12-01"_s);
    const QByteArray before = pcctest::inUseBytes();

    DirectoryController controller(directory, nullptr);
    int reloads = 0;
    QObject::connect(&controller, &DirectoryController::directoryChanged, &controller, [&reloads] { ++reloads; });
    // The preview is answered Cancel, then Install.
    bool install = false;
    int previews = 0;
    pcctest::DialogAnswers answers(file);
    answers.other = [&install, &previews](QWidget *dialog) {
        if (auto *preview = qobject_cast<UpdatePreviewDialog *>(dialog)) {
            ++previews;
            install ? preview->accept() : preview->reject();
        }
    };

    controller.openUpdateFile(); // Cancel in the preview
    CHECK(previews == 1);
    CHECK(reloads == 0);
    CHECK(pcctest::inUseBytes() == before);
    CHECK(ShippedData::loadDirectory().directory.dataVersion() == shipped);

    install = true;
    controller.openUpdateFile(); // Install
    CHECK(previews == 2);
    CHECK(reloads == 1);
    CHECK(ShippedData::loadDirectory().directory.dataVersion() == u"2026-12-01"_s);
}
