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
    q.prepare(u"SELECT c.force_id, c.status, c.reply_outcome, c.contact_date, c.reply_date FROM contacts c "
              "JOIN profiles p ON p.id = c.profile_id WHERE (? = '' OR p.uuid = ?)"_s);
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
        o.sentOn = IsoDates::parseDate(q.value(3).toString());
        o.repliedOn = IsoDates::parseDate(q.value(4).toString());
        out.append(o);
    }
    return out;
}

} // namespace pcc
