#include "contactrecord.h"

#include "plaintext.h"

#include <QCoreApplication>

#include <tuple>

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
    // Notes and letters have lines; a name is one line, without tabs (it is a column of the
    // command line's tab-separated lists, and a line break there would make a row of its own).
    const std::tuple<const char *, const QString *, bool> fields[] = {
        {QT_TRANSLATE_NOOP("pcc::ContactRecord", "notes"), &notes, true},
        {QT_TRANSLATE_NOOP("pcc::ContactRecord", "letter text"), &letterText, true},
        {QT_TRANSLATE_NOOP("pcc::ContactRecord", "volunteer's name"), &profileName, false},
        {QT_TRANSLATE_NOOP("pcc::ContactRecord", "office"), &bodyName, false},
        {QT_TRANSLATE_NOOP("pcc::ContactRecord", "holder"), &holderName, false},
        {QT_TRANSLATE_NOOP("pcc::ContactRecord", "template"), &templateName, false},
    };
    for (const auto &[name, value, lines] : fields) {
        const qsizetype at = lines ? PlainText::firstControlCharacter(*value) : PlainText::firstLineBreakOrControl(*value);
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
