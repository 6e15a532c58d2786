// Settings checks what is typed where it is typed: the update address by the rule the download
// uses, with the dialog kept open and nothing saved.
#include "catchcompat.h"
#include "dialoganswers.h"
#include "testsupport.h"

#include "shell/mainwindow.h"
#include "shell/settings.h"
#include "shell/settingsdialog.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QTabWidget>

using namespace Qt::StringLiterals;
using namespace pcc;

TEST_CASE("settings: an update address that is not an https web address is refused in the dialog", "[gui][settings][updates]")
{
    pcctest::AppSandbox sandbox;
    REQUIRE(Settings::setUpdateUrl(u"https://campaign.example.org/policing_bodies.json"_s));
    MainWindow window;
    for (const QString &typed : {u"not a url"_s, u"http://campaign.example.org/policing_bodies.json"_s, u"ftp://x.example/p.json"_s}) {
        SettingsDialog dialog(window.teamController(), &window);
        dialog.show();
        QLineEdit *field = nullptr;
        for (QLineEdit *e : dialog.findChildren<QLineEdit *>()) {
            if (e->placeholderText().startsWith(u"https://"_s))
                field = e;
        }
        REQUIRE(field);
        field->setText(typed);
        pcctest::DialogAnswers answers;
        dialog.accept();
        INFO(typed.toStdString());
        CHECK(answers.messages.size() == 1);
        CHECK(dialog.isVisible());
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(Settings::updateUrl() == u"https://campaign.example.org/policing_bodies.json"_s);
    }
    // A good one, and an empty one (no updates address), are saved.
    for (const QString &typed : {u"https://other.example.org/bodies.json"_s, QString()}) {
        SettingsDialog dialog(window.teamController(), &window);
        for (QLineEdit *e : dialog.findChildren<QLineEdit *>()) {
            if (e->placeholderText().startsWith(u"https://"_s))
                e->setText(typed);
        }
        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(Settings::updateUrl() == typed);
    }
}

TEST_CASE("settings: Sync when the app starts is kept as ticked, on and off", "[gui][settings][team]")
{
    pcctest::AppSandbox sandbox;
    REQUIRE(Settings::setSyncOnStart(false));
    MainWindow window;
    for (const bool on : {true, false}) {
        SettingsDialog dialog(window.teamController(), &window);
        auto *sync = pcctest::childWithText<QCheckBox>(&dialog, u"Sync when the app starts"_s);
        REQUIRE(sync);
        CHECK(sync->isChecked() == !on); // as saved last time
        sync->setChecked(on);
        dialog.accept();
        REQUIRE(dialog.result() == QDialog::Accepted);
        CHECK(Settings::syncOnStart() == on);
    }
}
