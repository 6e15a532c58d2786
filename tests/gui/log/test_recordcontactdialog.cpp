// A contact whose dates cannot be true is refused in the dialog, which stays open with the
// reason and the volunteer's input, and in core for the command line.
#include "catchcompat.h"
#include "testsupport.h"

#include "contactlog.h"
#include "contactrecorder.h"
#include "log/recordcontactdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace pcc;

TEST_CASE("contact dates: a letter on a day to come, or a reply before the letter or to come, is refused", "[log][dates]")
{
    const QDate today(2026, 12, 5);
    ContactRecord r;
    r.forceId = u"kent"_s;
    r.status = ContactStatus::Sent;
    r.date = today;
    CHECK(ContactRecorder::datesProblem(r, today).isEmpty());
    r.date = today.addDays(1);
    CHECK_FALSE(ContactRecorder::datesProblem(r, today).isEmpty());
    r.status = ContactStatus::Drafted; // a draft may carry the day it is meant to go
    CHECK(ContactRecorder::datesProblem(r, today).isEmpty());

    r.status = ContactStatus::Replied;
    r.date = today.addDays(-10);
    r.replyDate = today.addDays(-10); // answered the same day
    CHECK(ContactRecorder::datesProblem(r, today).isEmpty());
    r.replyDate = today.addDays(-11);
    CHECK(ContactRecorder::datesProblem(r, today).contains(u"before"_s));
    r.replyDate = today;
    CHECK(ContactRecorder::datesProblem(r, today).isEmpty());
    r.replyDate = today.addDays(1);
    CHECK_FALSE(ContactRecorder::datesProblem(r, today).isEmpty());

    // Through the recorder and the command line alike: nothing is stored.
    QTemporaryDir dir;
    ContactLog log;
    REQUIRE(log.open(dir.filePath(u"log.sqlite"_s)));
    Profile ann;
    ann.name = u"Ann"_s;
    REQUIRE(log.addProfile(&ann));
    ContactRecorder recorder(log);
    ContactRecord future;
    future.setSender(ann);
    future.forceId = u"kent"_s;
    future.date = QDate::currentDate().addDays(3);
    CHECK_FALSE(recorder.record(&future));
    CHECK(recorder.lastError().contains(u"still to come"_s));
    CHECK(log.contactCount() == 0);
    ContactRecord sent = future;
    sent.date = QDate::currentDate();
    REQUIRE(recorder.record(&sent));
    ContactRecord edited = sent;
    edited.status = ContactStatus::Replied;
    edited.replyOutcome = ReplyOutcome::Substantive;
    edited.replyDate = QDate::currentDate().addDays(-1);
    CHECK_FALSE(recorder.update(&edited));
    CHECK(log.contact(sent.uuid)->status == ContactStatus::Sent);

    const QString db = dir.filePath(u"cli.sqlite"_s);
    REQUIRE(pcctest::runApp({u"--db"_s, db, u"profile"_s, u"add"_s, u"Ann"_s}, dir.path()).exitCode == 0);
    const auto r2 = pcctest::runApp({u"--db"_s, db, u"log"_s, u"add"_s, u"--profile"_s, u"Ann"_s, u"--force"_s, u"kent"_s,
                                     u"--channel"_s, u"post"_s, u"--date"_s, QDate::currentDate().addDays(1).toString(Qt::ISODate)},
                                    dir.path());
    CHECK(r2.exitCode == 1);
    CHECK(r2.err.contains(u"still to come"_s));
    CHECK(pcctest::runApp({u"--db"_s, db, u"log"_s, u"list"_s}, dir.path()).out.trimmed().isEmpty());
}

TEST_CASE("record contact dialog: a reply dated before the letter keeps the dialog open with the reason", "[gui][log][dates]")
{
    ContactRecord r;
    r.forceId = u"sussex"_s;
    r.date = QDate::currentDate();
    RecordContactDialog dialog(r, u"Sussex"_s);
    dialog.show();
    auto *date = dialog.findChildren<QDateEdit *>().value(0);
    auto *replyDate = dialog.findChildren<QDateEdit *>().value(1);
    REQUIRE(date);
    REQUIRE(replyDate);
    auto *stages = dialog.findChildren<QComboBox *>().value(1);
    REQUIRE(stages);
    for (int i = 0; i < stages->count(); ++i) {
        const auto pair = stages->itemData(i).value<QPair<int, int>>();
        if (ContactStatus(pair.first) == ContactStatus::Replied && ReplyOutcome(pair.second) == ReplyOutcome::Substantive)
            stages->setCurrentIndex(i);
    }
    date->setDate(QDate::currentDate().addDays(-5));
    replyDate->setDate(QDate::currentDate().addDays(-6));
    dialog.findChild<QPlainTextEdit *>()->setPlainText(u"my notes"_s);

    QString warning;
    QTimer::singleShot(0, [&warning] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            warning = box->text();
            box->accept();
        }
    });
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    CHECK(warning.contains(u"before"_s));
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.record().notes == u"my notes"_s);

    replyDate->setDate(QDate::currentDate().addDays(-2));
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.record().replyDate == QDate::currentDate().addDays(-2));
}

TEST_CASE("record contact dialog: a commitment is offered only for a contact that already is one", "[gui][log][replies]")
{
    auto offersCommitment = [](const ContactRecord &r) {
        RecordContactDialog dialog(r, u"Kent"_s);
        auto *stages = dialog.findChildren<QComboBox *>().value(1);
        REQUIRE(stages);
        for (int i = 0; i < stages->count(); ++i) {
            if (ReplyOutcome(stages->itemData(i).value<QPair<int, int>>().second) == ReplyOutcome::Commitment)
                return true;
        }
        return false;
    };
    ContactRecord r;
    r.forceId = u"kent"_s;
    r.date = QDate::currentDate();
    CHECK_FALSE(offersCommitment(r)); // Record a reply… keeps what was committed to
    r.status = ContactStatus::Replied;
    r.replyOutcome = ReplyOutcome::Commitment;
    CHECK(offersCommitment(r)); // an imported commitment keeps what it says
}
