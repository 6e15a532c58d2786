#include "contactrecord.h"

#include "plaintext.h"

#include <QCoreApplication>

namespace pcc {

void ContactRecord::setRecipient(const ForceRecord &force)
{
    forceId = force.id;
    bodyName = force.officeName;
    holderName = force.holder.name;
}

void ContactRecord::setSender(const Profile &profile)
{
    profileUuid = profile.uuid;
    profileName = profile.name;
}

QString ContactRecord::controlCharacterProblem() const
{
    const std::pair<const char *, const QString *> fields[] = {
        {QT_TRANSLATE_NOOP("pcc::ContactRecord", "notes"), &notes},
        {QT_TRANSLATE_NOOP("pcc::ContactRecord", "letter text"), &letterText},
        {QT_TRANSLATE_NOOP("pcc::ContactRecord", "volunteer's name"), &profileName},
        {QT_TRANSLATE_NOOP("pcc::ContactRecord", "office"), &bodyName},
        {QT_TRANSLATE_NOOP("pcc::ContactRecord", "holder"), &holderName},
        {QT_TRANSLATE_NOOP("pcc::ContactRecord", "template"), &templateName},
    };
    for (const auto &[name, value] : fields) {
        const qsizetype at = PlainText::firstControlCharacter(*value);
        if (at >= 0)
            return QCoreApplication::translate("pcc::ContactRecord",
                                               "The %1 hold a control character (U+%2, at character %3) that cannot be stored; "
                                               "remove it and save again.")
                .arg(QCoreApplication::translate("pcc::ContactRecord", name))
                .arg(value->at(at).unicode(), 4, 16, QLatin1Char('0'))
                .arg(at + 1);
    }
    return {};
}

} // namespace pcc
