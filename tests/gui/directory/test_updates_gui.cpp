// A signed directory update opened from a file in the window: the changes are shown first, and
// only Install installs; Cancel leaves the directory in use exactly as it was.
#include "catchcompat.h"
#include "core/updates/publisherfixture.h"
#include "testsupport.h"

#include "directory/directorycontroller.h"
#include "directory/updatepreviewdialog.h"
#include "shippeddata.h"

#include <QApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace pcc;

namespace {

// Answers the dialogs the controller raises: the file dialog with `path`, the preview with
// Install or Cancel as told, any message by reading it.
struct UpdateAnswers
{
    QString path;
    bool install = false;
    int previews = 0;
    QStringList messages;
    QTimer timer;

    UpdateAnswers()
    {
        QObject::connect(&timer, &QTimer::timeout, [this] {
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *files = qobject_cast<QFileDialog *>(modal)) {
                if (!files->property("pcc-answered").toBool()) {
                    files->setProperty("pcc-answered", true);
                    QTimer::singleShot(0, files, [this, files] { pcctest::chooseInDialog(files, path); });
                }
            } else if (auto *preview = qobject_cast<UpdatePreviewDialog *>(modal)) {
                ++previews;
                install ? preview->accept() : preview->reject();
            } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                messages << box->text();
                box->accept();
            }
        });
        timer.start(10);
    }
};

} // namespace

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
    QObject::connect(&controller, &DirectoryController::directoryChanged, [&reloads] { ++reloads; });
    UpdateAnswers answers;
    answers.path = file;

    controller.openUpdateFile(); // Cancel in the preview
    CHECK(answers.previews == 1);
    CHECK(reloads == 0);
    CHECK(pcctest::inUseBytes() == before);
    CHECK(ShippedData::loadDirectory().directory.dataVersion() == shipped);

    answers.install = true;
    controller.openUpdateFile(); // Install
    CHECK(answers.previews == 2);
    CHECK(reloads == 1);
    CHECK(ShippedData::loadDirectory().directory.dataVersion() == u"2026-12-01"_s);
}
