// ContactLog: letters' outcomes, read without their text, for responsiveness.
#include "contactlog.h"

#include "isodates.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace pcc {

std::optional<QList<LetterOutcome>> ContactLog::letterOutcomes(const QString &profileUuid)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Grouped here: a figure over 100,000 letters reads a few hundred rows, not 100,000.
    // The days' expression is the contacts_outcomes index's own, so the index alone answers
    // this, already in group order (half a second at 100,000 letters without it, 0.1 s with).
    // "+profile_id" keeps SQLite from reaching for the profile index instead. Letters only: a call
    // or a meeting is not a letter an office answers.
    q.prepare(u"SELECT c.force_id, c.status, c.reply_outcome, "
              "CAST(julianday(c.reply_date) - julianday(c.contact_date) AS INTEGER) AS days, max(c.reply_date), count(*) "
              "FROM contacts c WHERE +c.profile_id IN (SELECT id FROM profiles WHERE ? = '' OR uuid = ?) "
              "AND c.channel NOT IN ('phone', 'meeting') "
              "GROUP BY c.force_id, c.status, c.reply_outcome, days"_s);
    const QVariant uuid = profileUuid.isNull() ? QVariant(u""_s) : QVariant(profileUuid);
    q.addBindValue(uuid);
    q.addBindValue(uuid);
    if (!q.exec()) {
        failSql(QCoreApplication::translate("pcc::ContactLog", "Cannot read the contact log"), q.lastError());
        return std::nullopt;
    }
    QList<LetterOutcome> out;
    while (q.next()) {
        LetterOutcome o;
        o.forceId = q.value(0).toString();
        statusFromKey(q.value(1).toString(), &o.status);
        replyOutcomeFromKey(q.value(2).toString(), &o.outcome);
        if (!q.value(3).isNull())
            o.daysToReply = q.value(3).toLongLong();
        o.repliedOn = IsoDates::parseDate(q.value(4).toString());
        o.letters = q.value(5).toInt();
        out.append(o);
    }
    return out;
}

} // namespace pcc
