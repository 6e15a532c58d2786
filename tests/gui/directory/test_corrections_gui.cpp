// Correcting a contact detail from the panel, as a volunteer does it.
#include "catchcompat.h"
#include "dialoganswers.h"
#include "testsupport.h"

#include "directory/correctiondialog.h"
#include "directory/forcedetailpanel.h"
#include "shell/mainwindow.h"

#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace pcc;

TEST_CASE("corrections in the window: correct, see it marked, undo", "[gui][corrections]")
{
    QTemporaryDir dir;
    pcctest::ScopedAppPaths paths(dir.filePath(u"data"_s), dir.filePath(u"log.sqlite"_s));
    MainWindow window;
    window.ensureLoaded();
    window.selectForce(u"kent"_s);
    const QString panel = window.detailPanel()->plainText();
    // One "Correct or confirm a detail…" per section, not two links under every field.
    CHECK(panel.count(u"Correct or confirm a detail…"_s) == 2);
    CHECK_FALSE(panel.contains(u"Correct this"_s));
    CHECK_FALSE(panel.contains(u"I checked this"_s));
    CHECK_FALSE(panel.contains(u"pcc@kent.example"_s));
    // Its menu names each field of the section, with "correct it" and, for a field that has a
    // value, "I checked it".
    QMenu *contact = window.detailPanel()->fixMenu(u"contact"_s);
    QStringList fields;
    for (QAction *a : contact->actions())
        fields << a->text();
    CHECK(fields == QStringList{u"Holder"_s, u"Address"_s, u"Email"_s, u"Phone"_s, u"Website"_s, u"Contact form"_s});
    QMenu *email = contact->actions().at(2)->menu();
    REQUIRE(email);
    CHECK(email->actions().size() == 2);
    CHECK(email->actions().at(1)->text().remove(u'&') == u"I checked it and it is right"_s);
    QMenu *evidence = window.detailPanel()->fixMenu(u"evidence"_s);
    CHECK(evidence->actions().size() == 6);

    QTimer::singleShot(0, [] {
        QWidget *dialog = QApplication::activeModalWidget();
        REQUIRE(dialog);
        dialog->findChild<QLineEdit *>(u"correctionValue"_s)->setText(u"pcc@kent.example"_s);
        dialog->findChild<QLineEdit *>(u"correctionSource"_s)->setText(u"https://www.kent-pcc.gov.uk/contact/"_s);
        QMetaObject::invokeMethod(dialog, "accept", Qt::QueuedConnection);
    });
    emit window.detailPanel()->correctRequested(u"kent"_s, u"email"_s);
    const QString corrected = window.detailPanel()->plainText();
    CHECK(corrected.contains(u"pcc@kent.example"_s));
    CHECK(corrected.contains(u"corrected by you on"_s));
    CHECK(corrected.contains(u"Undo mine"_s));
    CHECK(window.statusBar()->currentMessage().contains(u"Corrected: Kent, Email"_s));

    // What the dialog refuses (it says why and stays open).
    CHECK(CorrectionDialog::problemWith(u"email"_s, u"not an email"_s).contains(u"not an email address"_s));
    CHECK(CorrectionDialog::problemWith(u"website"_s, u"kent-pcc.gov.uk"_s).contains(u"not a web address"_s));
    CHECK(CorrectionDialog::problemWith(u"address"_s, u"Sutton Road\nMaidstone"_s).contains(u"postcode last"_s));
    CHECK(CorrectionDialog::problemWith(u"address"_s, u"Sutton Road\nMaidstone\nME15 9BZ"_s).isEmpty());
    CHECK(CorrectionDialog::problemWith(u"phone"_s, u"   "_s).contains(u"Type the new value"_s));

    emit window.detailPanel()->undoRequested(u"kent"_s, u"email"_s);
    CHECK_FALSE(window.detailPanel()->plainText().contains(u"pcc@kent.example"_s));
    CHECK_FALSE(window.detailPanel()->plainText().contains(u"corrected by you on"_s));
}

TEST_CASE("corrections in the window: an address without its street, and a check without its source, are refused", "[gui][corrections]")
{
    CHECK(CorrectionDialog::problemWith(u"address"_s, u"ME15 9BZ"_s).contains(u"postcode last"_s));

    // "I checked this and it is right" still says where: the dialog warns and stays open.
    CorrectionDialog dialog(u"Office of the Kent Police and Crime Commissioner"_s, u"email"_s, u"office@kent.example"_s,
                            Correction::Kind::Verification);
    pcctest::DialogAnswers answers;
    dialog.accept();
    CHECK(answers.messages.value(0).contains(u"Say where you saw it"_s));
    CHECK(dialog.result() != QDialog::Accepted);
    dialog.findChild<QLineEdit *>(u"correctionSource"_s)->setText(u"https://www.kent-pcc.gov.uk/contact/"_s);
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.correction(u"kent"_s).kind == Correction::Kind::Verification);
}
