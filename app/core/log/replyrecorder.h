#pragma once

#include "contactrecord.h"
#include "reply.h"

#include <QString>
#include <QStringList>

namespace pcc {

class ContactLog;

// Records a reply to a letter with the documents that came with it, for the window and the
// command line alike. Every file is read and checked before anything is kept: one bad file
// (a program renamed .pdf, over 20 MB, a folder, a device) refuses the reply, and nothing is
// stored, neither the reply nor any document.
class ReplyRecorder
{
public:
    explicit ReplyRecorder(ContactLog &log);

    bool record(Reply *reply, const QStringList &files);
    // Why a reply cannot be kept for this letter (a draft's, dated before it or after today), or
    // empty. Imported replies meet the same rule, against the letter as the log holds it.
    static QString replyProblem(const Reply &reply, const ContactRecord &letter, const QDate &today);
    // The part that needs no letter: what a file is checked for as it is read.
    static QString replyProblem(const Reply &reply, const QDate &today);
    // The bytes of one of a contact's documents, by the name it was attached under (unique among
    // the letter's documents) or by its SHA-256.
    bool attachment(const QString &contactUuid, const QString &name, QByteArray *content);
    // The letter a reply from this office most likely answers: the profile's newest letter to
    // it (post or email) that went out: not a draft, not a call or a meeting. Empty, with
    // lastError(), when there is none or either id is empty.
    QString letterAnsweredBy(const QString &profileUuid, const QString &forceId);
    QString lastError() const { return m_error; }

private:
    bool fail(const QString &message);

    ContactLog &m_log;
    QString m_error;
};

} // namespace pcc
