// Export and import from the window: what a volunteer moving to a new computer is offered and
// told. The files themselves are checked in core (test_replyexchange.cpp).
#include "catchcompat.h"
#include "dialoganswers.h"
#include "testsupport.h"

#include "apppaths.h"
#include "contactlog.h"
#include "directory.h"
#include "log/logcontroller.h"
#include "postcodedistricts.h"
#include "replyrecorder.h"

#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace pcc;

TEST_CASE("log transfer window: everything goes out as JSON with its replies, and the new computer says how many came", "[gui][log][replies]")
{
    QTemporaryDir shared;
    const QString file = shared.filePath(u"everything.json"_s);
    const Directory directory = Directory::fromFile(AppPaths::bundledPolicingBodies(), nullptr);
    const PostcodeDistricts districts;
    const auto districtsSource = [&districts]() -> const PostcodeDistricts & { return districts; };
    QString letter;
    {
        pcctest::AppSandbox oldComputer;
        QWidget parent;
        LogController controller(directory, districtsSource, &parent);
        REQUIRE(controller.open());
        ContactLog &log = *controller.log();
        Profile ann;
        ann.name = u"Ann"_s;
        REQUIRE(log.addProfile(&ann));
        ContactRecord r;
        r.setSender(ann);
        r.forceId = u"kent"_s;
        r.date = QDate(2026, 11, 2);
        REQUIRE(log.addContact(&r));
        letter = r.uuid;
        const QString pdf = oldComputer.dir.filePath(u"answer.pdf"_s);
        pcctest::writeFile(pdf, "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");
        Reply reply;
        reply.contactUuid = letter;
        reply.date = QDate(2026, 11, 9);
        reply.outcome = ReplyOutcome::Commitment;
        reply.commitment.what = u"An independent stalking advocate"_s;
        ReplyRecorder recorder(log);
        REQUIRE(recorder.record(&reply, {pdf}));

        pcctest::DialogAnswers answers(file);
        controller.exportLog(LogExchange::Privacy::Full);
        answers.stop();
        REQUIRE(answers.offeredTypes.size() == 1);
        CHECK(answers.offeredTypes.first().contains(u"json"_s)); // only JSON carries the replies
        REQUIRE(answers.messages.size() == 2); // the personal-data question, then what was written
        CHECK(answers.messages.first().contains(u"the replies with your summaries"_s));
        CHECK(answers.messages.last().contains(u"Replies in the file: 1."_s));
        CHECK(answers.messages.last().contains(u"Documents that came with them, not in the file (they stay on this computer): 1."_s));
    }
    pcctest::AppSandbox newComputer;
    QWidget parent;
    LogController controller(directory, districtsSource, &parent);
    REQUIRE(controller.open());
    pcctest::DialogAnswers answers(file);
    controller.importLog();
    answers.stop();
    REQUIRE(answers.messages.size() == 1);
    CHECK(answers.messages.first().contains(u"Added 1, updated 0, skipped 0"_s));
    CHECK(answers.messages.first().contains(u"Replies: added 1, skipped 0"_s));
    const auto replies = controller.log()->replies(letter);
    REQUIRE(replies);
    REQUIRE(replies->size() == 1);
    CHECK(replies->first().commitment.what == u"An independent stalking advocate"_s);
    CHECK(replies->first().attachments.isEmpty()); // the document stayed behind, as the volunteer was told
}
