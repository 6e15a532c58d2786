#include "replyrecorder.h"

#include "attachmentstore.h"
#include "contactlog.h"
#include "followuppolicy.h"
#include "plaintext.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

using namespace Qt::StringLiterals;

namespace pcc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pcc::ReplyRecorder)
};

// A second document with the same name in one reply gets " (2)" before its extension.
QString uniqueName(const QString &name, const QSet<QString> &taken)
{
    if (!taken.contains(name))
        return name;
    const QFileInfo info(name);
    const QString suffix = info.suffix().isEmpty() ? QString() : u"."_s + info.suffix();
    const QString base = suffix.isEmpty() ? name : name.chopped(suffix.size());
    for (int n = 2;; ++n) {
        const QString candidate = u"%1 (%2)%3"_s.arg(base, QString::number(n), suffix);
        if (!taken.contains(candidate))
            return candidate;
    }
}

} // namespace

ReplyRecorder::ReplyRecorder(ContactLog &log)
    : m_log(log)
{
}

bool ReplyRecorder::fail(const QString &message)
{
    m_error = message;
    return false;
}

QString ReplyRecorder::replyProblem(const Reply &reply, const ContactRecord &letter, const QDate &today)
{
    if (letter.status == ContactStatus::Drafted)
        return Tr::tr("That letter is still a draft: record it as sent before recording a reply.");
    if (const QString problem = replyProblem(reply, today); !problem.isEmpty())
        return problem;
    if (letter.date.isValid() && reply.date < letter.date)
        return Tr::tr("The reply's date (%1) is before the letter's (%2).")
            .arg(QLocale().toString(reply.date, QLocale::LongFormat), QLocale().toString(letter.date, QLocale::LongFormat));
    return {};
}

QString ReplyRecorder::replyProblem(const Reply &reply, const QDate &today)
{
    if (reply.outcome == ReplyOutcome::None || reply.outcome == ReplyOutcome::NoReply)
        return Tr::tr("A reply is an acknowledgement, a substantive answer, a commitment or a refusal.");
    if (!reply.date.isValid() || reply.date > today)
        return Tr::tr("A reply's date is a day that has come, YYYY-MM-DD.");
    for (const QString *text : {&reply.summary, &reply.commitment.what, &reply.commitment.amount, &reply.commitment.quotation}) {
        if (const qsizetype at = PlainText::firstControlCharacter(*text); at >= 0)
            return Tr::tr("The reply's text holds a control character (at character %1) that cannot be stored.").arg(at + 1);
    }
    if (reply.outcome != ReplyOutcome::Commitment && !reply.commitment.isEmpty())
        return Tr::tr("Only a commitment to fund says what will be funded, how much, from when or in the office's words.");
    if (reply.commitment.from.isValid() && reply.commitment.until.isValid() && reply.commitment.until < reply.commitment.from)
        return Tr::tr("The commitment ends before it starts.");
    return {};
}

bool ReplyRecorder::record(Reply *reply, const QStringList &files)
{
    const auto letter = m_log.contact(reply->contactUuid);
    if (!letter)
        return fail(m_log.lastError().isEmpty() ? Tr::tr("There is no contact %1 in the log.").arg(reply->contactUuid)
                                                : m_log.lastError());
    if (const QString problem = replyProblem(*reply, *letter, QDate::currentDate()); !problem.isEmpty())
        return fail(problem);
    // A commitment is counted in the report and suggested to the coordinator: one recorded here
    // must say what. One read from a file need not, as a log upgraded from before version 4 holds
    // its letters' commitments with nothing of what, and its export must read back.
    if (reply->outcome == ReplyOutcome::Commitment && reply->commitment.what.trimmed().isEmpty()
        && reply->commitment.quotation.trimmed().isEmpty() && reply->summary.trimmed().isEmpty())
        return fail(Tr::tr("Say what the office committed to: what it will fund, its own words, or a summary of the reply."));

    // Every file read and checked first: nothing is kept unless all of them can be. A name is
    // unique among all the letter's documents, so that the name alone finds one of them.
    QList<AttachmentStore::Prepared> prepared;
    QSet<QString> names;
    if (!files.isEmpty()) {
        const auto earlier = m_log.replies(reply->contactUuid);
        if (!earlier)
            return fail(m_log.lastError());
        for (const Reply &r : *earlier) {
            for (const ReplyAttachment &a : r.attachments)
                names.insert(a.name);
        }
    }
    for (const QString &file : files) {
        AttachmentStore::Prepared p;
        if (!AttachmentStore::prepare(file, &p, &m_error))
            return false;
        if (PlainText::firstLineBreakOrControl(p.attachment.name) >= 0)
            return fail(Tr::tr("The name of %1 holds a control character (a line break or a tab, say): rename the file, "
                               "then attach it.").arg(file));
        p.attachment.name = uniqueName(p.attachment.name, names);
        names.insert(p.attachment.name);
        prepared.append(std::move(p));
    }

    AttachmentStore store(m_log.attachmentsFolder());
    QSet<QString> written;
    reply->attachments.clear();
    for (const AttachmentStore::Prepared &p : std::as_const(prepared)) {
        bool created = false;
        if (!store.store(p, &created, &m_error)) {
            store.remove(written);
            return false;
        }
        if (created)
            written.insert(p.attachment.sha256);
        reply->attachments.append(p.attachment);
    }
    if (!m_log.addReply(reply)) {
        m_error = m_log.lastError();
        store.remove(written); // only the files this attempt wrote
        return false;
    }
    return true;
}

bool ReplyRecorder::attachment(const QString &contactUuid, const QString &name, QByteArray *content)
{
    const auto replies = m_log.replies(contactUuid);
    if (!replies)
        return fail(m_log.lastError());
    // By name, or by the SHA-256 that `log show` prints: a log written before names were unique
    // across a letter's replies may hold two different documents under one name.
    QList<ReplyAttachment> found;
    QSet<QString> hashes;
    for (const Reply &r : *replies) {
        for (const ReplyAttachment &a : r.attachments) {
            if ((a.name == name || a.sha256 == name.toLower()) && !hashes.contains(a.sha256)) {
                hashes.insert(a.sha256);
                found.append(a);
            }
        }
    }
    if (found.isEmpty())
        return fail(Tr::tr("No document called %1 came with the replies to that letter.").arg(name));
    if (found.size() > 1)
        return fail(Tr::tr("Different documents are called %1: name the one you want by the SHA-256 that 'log show' "
                           "prints beside it.").arg(name));
    return AttachmentStore(m_log.attachmentsFolder()).read(found.first(), content, &m_error);
}

QString ReplyRecorder::letterAnsweredBy(const QString &profileUuid, const QString &forceId)
{
    m_error.clear();
    if (profileUuid.isEmpty() || forceId.isEmpty()) { // empty would mean "any" to contacts()
        fail(Tr::tr("Choose the office, and the volunteer whose letter it answers."));
        return {};
    }
    const auto letters = m_log.contacts(profileUuid, forceId);
    if (!letters) {
        fail(m_log.lastError());
        return {};
    }
    const ContactRecord *newest = FollowUpPolicy::newestLetter(*letters);
    if (!newest) {
        fail(Tr::tr("No letter to this office is recorded yet: record the letter you sent first (Letters, Record a "
                    "contact)."));
        return {};
    }
    return newest->uuid;
}

} // namespace pcc
