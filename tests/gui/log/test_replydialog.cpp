// Issue 26: a reply recorded in the window, with a document; a program renamed .pdf is refused,
// the dialog stays open with the reason, and nothing is stored.
#include "catchcompat.h"
#include "testsupport.h"

#include "contactlog.h"
#include "apppaths.h"
#include "directory.h"
#include "log/followupbanner.h"
#include "log/replydialog.h"
#include "replyrecorder.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace pcc;

TEST_CASE("reply dialog: a document is attached through the window, a program renamed .pdf is refused and the dialog stays open", "[gui][replies]")
{
    QTemporaryDir dir;
    ContactLog log;
    REQUIRE(log.open(dir.filePath(u"log.sqlite"_s)));
    Profile p;
    p.name = u"Ann"_s;
    REQUIRE(log.addProfile(&p));
    ContactRecord letter;
    letter.profileUuid = p.uuid;
    letter.forceId = u"kent"_s;
    letter.date = QDate::currentDate().addDays(-10);
    REQUIRE(log.addContact(&letter));

    auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile f(dir.filePath(name));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return f.fileName();
    };
    const QString program = write(u"reply.pdf"_s, QByteArray("MZ\x90\x00", 4) + QByteArray(100, '\0'));
    const QString pdf = write(u"answer.pdf"_s, "%PDF-1.4\nthe office's answer\n%%EOF\n");

    ReplyRecorder recorder(log);
    ReplyDialog dialog(letter.uuid, u"Kent"_s, letter.date, [&recorder](Reply *r, const QStringList &files, QString *error) {
        if (recorder.record(r, files))
            return true;
        *error = recorder.lastError();
        return false;
    });
    dialog.addFiles({pdf, program});
    QString warning;
    QTimer::singleShot(0, [&warning] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        REQUIRE(box);
        warning = box->text();
        box->accept();
    });
    dialog.accept();
    CHECK(warning.contains(u"reply.pdf"_s));
    CHECK(warning.contains(u"program"_s));
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(log.replies(letter.uuid)->isEmpty());

    // The volunteer removes the bad file and saves again.
    dialog.findChild<QListWidget *>()->setCurrentRow(1);
    const QList<QPushButton *> buttons = dialog.findChildren<QPushButton *>();
    for (QPushButton *b : buttons) {
        if (b->text() == ReplyDialog::tr("Re&move"))
            b->click();
    }
    CHECK(dialog.files() == QStringList{pdf});
    dialog.findChild<QPlainTextEdit *>()->setPlainText(u"They will reply in full next month"_s);
    QCheckBox *share = dialog.findChild<QCheckBox *>();
    REQUIRE(share);
    CHECK_FALSE(share->isChecked()); // the summary stays on this computer unless the volunteer says
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    const auto replies = log.replies(letter.uuid);
    REQUIRE(replies->size() == 1);
    REQUIRE(replies->at(0).attachments.size() == 1);
    CHECK(replies->at(0).attachments.at(0).name == u"answer.pdf"_s);
    CHECK(replies->at(0).summary == u"They will reply in full next month"_s);
    CHECK_FALSE(replies->at(0).shareSummary);
    CHECK(replies->at(0).outcome == ReplyOutcome::Substantive);
    CHECK(log.contact(letter.uuid)->status == ContactStatus::Replied);

    // The fuller answer, its summary shared with the coordinator.
    ReplyDialog second(letter.uuid, u"Kent"_s, letter.date, [&recorder](Reply *r, const QStringList &files, QString *) {
        return recorder.record(r, files);
    });
    second.findChild<QPlainTextEdit *>()->setPlainText(u"They fund an advocate until March"_s);
    second.findChild<QCheckBox *>()->setChecked(true);
    second.accept();
    REQUIRE(second.result() == QDialog::Accepted);
    const auto both = log.replies(letter.uuid);
    REQUIRE(both->size() == 2);
    for (const Reply &reply : *both) {
        INFO(reply.summary.toStdString());
        CHECK(reply.shareSummary == (reply.summary == u"They fund an advocate until March"_s));
    }
}

TEST_CASE("follow-up banner: asks whether the oldest unanswered letter's office replied, and its buttons say which letter", "[gui][replies]")
{
    Directory directory = Directory::fromFile(AppPaths::bundledPolicingBodies(), nullptr);
    FollowUpBanner banner;
    banner.setDue({}, directory);
    CHECK(banner.isHidden());
    CHECK(banner.askingAbout().isEmpty());

    ContactRecord kent;
    kent.uuid = u"kent-letter"_s;
    kent.forceId = u"kent"_s;
    kent.date = QDate(2026, 11, 10);
    ContactRecord essex = kent;
    essex.uuid = u"essex-letter"_s;
    essex.forceId = u"essex"_s;
    essex.date = QDate(2026, 11, 2); // older: asked first
    banner.setDue({kent, essex}, directory);
    CHECK_FALSE(banner.isHidden());
    CHECK(banner.askingAbout() == u"essex-letter"_s);
    const QString text = banner.findChild<QLabel *>()->text();
    CHECK(text.contains(u"Kent"_s));
    CHECK(text.contains(u"Did Essex reply"_s));

    QString replied, notYet;
    QObject::connect(&banner, &FollowUpBanner::replyRequested, &banner, [&replied](const QString &uuid) { replied = uuid; });
    QObject::connect(&banner, &FollowUpBanner::notYetRequested, &banner, [&notYet](const QString &uuid) { notYet = uuid; });
    banner.findChild<QPushButton *>(u"repliedButton"_s)->click();
    banner.findChild<QPushButton *>(u"notYetButton"_s)->click();
    CHECK(replied == u"essex-letter"_s);
    CHECK(notYet == u"essex-letter"_s);
}

TEST_CASE("reply dialog: a commitment keeps no dates unless the reply gives them, and then the dates given", "[gui][replies]")
{
    ReplyDialog dialog(u"letter"_s, u"Kent"_s, QDate::currentDate().addDays(-30),
                       [](Reply *, const QStringList &, QString *) { return true; });
    QComboBox *outcome = dialog.findChild<QComboBox *>();
    REQUIRE(outcome);
    outcome->setCurrentIndex(outcome->findData(int(ReplyOutcome::Commitment)));
    QLineEdit *what = nullptr;
    for (QLineEdit *edit : dialog.findChildren<QLineEdit *>()) {
        if (edit->placeholderText().startsWith(u"for example"_s))
            what = edit;
    }
    REQUIRE(what);
    what->setText(u"An independent stalking advocate"_s);
    auto *hasDates = pcctest::childWithText<QCheckBox>(&dialog, u"The reply gives dates"_s);
    REQUIRE(hasDates);
    CHECK_FALSE(hasDates->isChecked());

    Reply r = dialog.reply();
    CHECK(r.outcome == ReplyOutcome::Commitment);
    CHECK(r.commitment.what == u"An independent stalking advocate"_s);
    CHECK_FALSE(r.commitment.from.isValid()); // not "from today for three years"
    CHECK_FALSE(r.commitment.until.isValid());

    hasDates->setChecked(true);
    const QList<QDateEdit *> dates = dialog.findChildren<QDateEdit *>(); // the reply's, from, until
    REQUIRE(dates.size() == 3);
    dates.at(1)->setDate(QDate(2027, 4, 1));
    dates.at(2)->setDate(QDate(2028, 3, 31));
    r = dialog.reply();
    CHECK(r.commitment.from == QDate(2027, 4, 1));
    CHECK(r.commitment.until == QDate(2028, 3, 31));

    // Another outcome carries no commitment at all.
    outcome->setCurrentIndex(outcome->findData(int(ReplyOutcome::Substantive)));
    CHECK(dialog.reply().commitment.isEmpty());
}
