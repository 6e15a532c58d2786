// A letter saved as a file is not sent yet: the offer to record it waits until the letter
// window closes, with the channel it will go by.
#include "catchcompat.h"
#include "dialoganswers.h"
#include "testsupport.h"

#include "apppaths.h"
#include "contactlog.h"
#include "contactrecorder.h"
#include "directory.h"
#include "lettercomposer.h"
#include "letters/letteroutput.h"
#include "letters/letterrecordoffer.h"
#include "log/recordcontactdialog.h"
#include "templatestore.h"

#include <QComboBox>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <memory>

using namespace Qt::StringLiterals;
using namespace pcc;

namespace {

// Jane's log, and the offer the letter window makes to record her letters in it.
struct Offering
{
    QTemporaryDir dir;
    ContactLog log;
    Profile jane;
    Directory directory = Directory::fromFile(AppPaths::bundledPolicingBodies(), nullptr);
    std::unique_ptr<ContactRecorder> recorder;
    QWidget parent;
    std::unique_ptr<LetterRecordOffer> offer;

    Offering()
    {
        REQUIRE(log.open(dir.filePath(u"log.sqlite"_s)));
        jane.name = u"Jane Volunteer"_s;
        REQUIRE(log.addProfile(&jane));
        recorder = std::make_unique<ContactRecorder>(log);
        offer = std::make_unique<LetterRecordOffer>(directory, recorder.get(), &parent);
    }
    Letter letterTo(const QString &id) const
    {
        return LetterComposer::compose(TemplateStore::defaultTemplate(), *directory.force(id), jane, QDate::currentDate());
    }
};

} // namespace

TEST_CASE("record offer: a PDF and an email draft are offered when the window closes, each with its channel", "[gui][letters]")
{
    Offering o;
    ContactLog &log = o.log;
    const Profile &jane = o.jane;
    LetterRecordOffer &offer = *o.offer;
    auto letterTo = [&o](const QString &id) { return o.letterTo(id); };

    offer.remember({letterTo(u"kent"_s)}, Channel::Post);
    offer.remember({letterTo(u"gwent"_s)}, Channel::Email);
    offer.remember({letterTo(u"essex"_s)}, Channel::Post); // a PDF and an email draft: one contact, by both
    offer.remember({letterTo(u"essex"_s)}, Channel::Email);
    offer.remember({letterTo(u"essex"_s)}, Channel::Email);
    CHECK(log.contactCount() == 0); // saving a file records nothing

    QStringList offered;
    pcctest::DialogAnswers answers;
    answers.other = [&offered](QWidget *modal) {
        if (auto *dialog = qobject_cast<RecordContactDialog *>(modal)) {
            offered << dialog->record().forceId + u' ' + channelKey(dialog->record().channel);
            dialog->accept();
        }
    };
    offer.offerRemembered(jane);
    answers.stop();
    offered.sort();
    CHECK(offered == QStringList{u"essex both"_s, u"gwent email"_s, u"kent post"_s});
    const auto contacts = log.contacts();
    REQUIRE(contacts);
    REQUIRE(contacts->size() == 3);
    for (const ContactRecord &r : *contacts) {
        const Channel expected = r.forceId == u"gwent"_s ? Channel::Email : r.forceId == u"essex"_s ? Channel::Both : Channel::Post;
        CHECK(r.channel == expected);
    }
    // Offered once: nothing is left to offer.
    offer.offerRemembered(jane);
    CHECK(log.contactCount() == 3);
}

TEST_CASE("record offer: a printed letter is recorded as sent, with its follow-up, by the way chosen in the dialog", "[gui][letters]")
{
    Offering o;
    ContactLog &log = o.log;
    const Profile &jane = o.jane;
    LetterRecordOffer &offer = *o.offer;
    QSignalSpy said(&offer, &LetterRecordOffer::recorded);
    // The volunteer printed the letter but will email it after all: they change How.
    pcctest::DialogAnswers answers;
    answers.other = [](QWidget *modal) {
        if (auto *dialog = qobject_cast<RecordContactDialog *>(modal)) {
            CHECK(dialog->record().channel == Channel::Post);
            auto *how = dialog->findChild<QComboBox *>();
            how->setCurrentIndex(how->findData(int(Channel::Email)));
            dialog->accept();
        }
    };
    offer.offer({o.letterTo(u"kent"_s)}, Channel::Post, jane);
    answers.stop();
    const auto contacts = log.contacts();
    REQUIRE(contacts);
    REQUIRE(contacts->size() == 1);
    const ContactRecord &r = contacts->first();
    CHECK(r.status == ContactStatus::Sent);
    CHECK(r.channel == Channel::Email);
    CHECK(r.followUpDue.isValid()); // a reminder will come if no reply does
    REQUIRE(said.size() == 1);
    CHECK(said.first().at(0).toString() == u"Recorded: your letter to Kent (%1)."_s.arg(channelLabel(Channel::Email)));
}

TEST_CASE("record offer: saving an email draft does not count as sending it", "[gui][letters][email]")
{
    QTemporaryDir dir;
    const pcctest::ScopedAppPaths paths(dir.filePath(u"data"_s));
    const Directory directory = Directory::fromFile(AppPaths::bundledPolicingBodies(), nullptr);
    Profile jane;
    jane.name = u"Jane Volunteer"_s;
    jane.email = u"jane@example.org"_s;
    QWidget parent;
    LetterOutput output(directory, &parent);
    QSignalSpy sent(&output, &LetterOutput::lettersSent);
    QSignalSpy saved(&output, &LetterOutput::lettersSaved);
    const QString path = dir.filePath(u"kent.eml"_s);
    pcctest::DialogAnswers answers(path); // the file dialog with the path, any question with Yes
    output.saveEml(LetterComposer::compose(TemplateStore::defaultTemplate(), *directory.force(u"kent"_s), jane,
                                           QDate::currentDate()),
                   jane);
    answers.stop();
    CHECK(QFile::exists(path));
    CHECK(sent.isEmpty()); // not sent: the volunteer sends it from their email program
    REQUIRE(saved.size() == 1);
    CHECK(saved.first().at(1).value<Channel>() == Channel::Email);
}

TEST_CASE("letter output: a PDF asks about an unverified address only, an email draft about an unverified email only", "[gui][letters]")
{
    QTemporaryDir dir;
    const pcctest::ScopedAppPaths paths(dir.filePath(u"data"_s));
    const Directory directory = Directory::fromFile(AppPaths::bundledPolicingBodies(), nullptr);
    const ForceRecord *office = nullptr; // a verified address with an unverified email
    for (const ForceRecord &f : directory.forces()) {
        if (!f.address.isEmpty() && f.provenanceOf(u"address"_s).isHigh() && !f.email.isEmpty()
            && !f.provenanceOf(u"email"_s).isHigh())
            office = &f;
    }
    REQUIRE(office);
    Profile jane;
    jane.name = u"Jane Volunteer"_s;
    jane.email = u"jane@example.org"_s;
    QWidget parent;
    LetterOutput output(directory, &parent);
    pcctest::DialogAnswers answers;
    const Letter letter = LetterComposer::compose(TemplateStore::defaultTemplate(), *office, jane, QDate::currentDate());
    answers.path = dir.filePath(u"letter.pdf"_s);
    output.exportPdf({letter}, false, jane);
    CHECK(QFile::exists(answers.path));
    CHECK_FALSE(answers.messages.join(u'\n').contains(u"not verified"_s));
    answers.messages.clear();
    answers.path = dir.filePath(u"letter.eml"_s);
    output.saveEml(letter, jane);
    answers.stop();
    CHECK(QFile::exists(answers.path));
    CHECK(answers.messages.join(u'\n').contains(u"the email is not verified"_s));
    CHECK_FALSE(answers.messages.join(u'\n').contains(u"address is not verified"_s));
}

TEST_CASE("letter output: the email program is not opened for an unverified email without the volunteer's yes", "[gui][letters]")
{
    QTemporaryDir dir;
    const pcctest::ScopedAppPaths paths(dir.filePath(u"data"_s));
    const Directory directory = Directory::fromFile(AppPaths::bundledPolicingBodies(), nullptr);
    const ForceRecord *office = nullptr;
    for (const ForceRecord &f : directory.forces()) {
        if (!f.email.isEmpty() && !f.provenanceOf(u"email"_s).isHigh())
            office = &f;
    }
    REQUIRE(office);
    Profile jane;
    jane.name = u"Jane Volunteer"_s;
    QWidget parent;
    LetterOutput output(directory, &parent);
    QSignalSpy sent(&output, &LetterOutput::lettersSent);
    pcctest::DialogAnswers answers;
    answers.yes = false;
    output.openInEmailProgram(LetterComposer::compose(TemplateStore::defaultTemplate(), *office, jane, QDate::currentDate()));
    answers.stop();
    CHECK(answers.messages.join(u'\n').contains(u"the email is not verified"_s));
    CHECK(sent.isEmpty()); // nothing handed to the email program
}
