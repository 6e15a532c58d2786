// Keyboard users reach a field with Alt and its underlined letter: each letter must lead to one
// place, and a label's "&" must never show as a literal character.
#include "catchcompat.h"
#include "testsupport.h"

#include "log/profiledialog.h"
#include "log/recordcontactdialog.h"
#include "log/replydialog.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QMap>

using namespace Qt::StringLiterals;
using namespace pcc;

namespace {

// The letter after a single "&" ("&&" is a literal ampersand), lower-cased; null when none.
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// What a keyboard user would trip on, in the widgets the dialog shows now.
QStringList mnemonicProblems(QWidget *dialog)
{
    QStringList problems;
    QMap<QChar, QString> taken;
    auto claim = [&](const QString &text) {
        const QChar letter = mnemonicOf(text);
        if (letter.isNull())
            return;
        if (taken.contains(letter))
            problems << u"Alt+%1 is both \"%2\" and \"%3\""_s.arg(letter, taken.value(letter), text);
        else
            taken.insert(letter, text);
    };
    for (QLabel *label : dialog->findChildren<QLabel *>()) {
        if (!label->isVisibleTo(dialog) || mnemonicOf(label->text()).isNull())
            continue;
        if (!label->buddy())
            problems << u"\"%1\" shows its & (the label has no field to go to)"_s.arg(label->text());
        claim(label->text());
    }
    for (QAbstractButton *button : dialog->findChildren<QAbstractButton *>()) {
        if (button->isVisibleTo(dialog))
            claim(button->text());
    }
    for (QGroupBox *group : dialog->findChildren<QGroupBox *>()) {
        if (group->isVisibleTo(dialog))
            claim(group->title());
    }
    return problems;
}

} // namespace

TEST_CASE("mnemonics: the reply dialog's letters are each used once and none shows as a literal &", "[gui][keyboard]")
{
    ReplyDialog dialog(u"00000000-0000-4000-8000-000000000001"_s, u"Kent"_s, QDate::currentDate().addDays(-10),
                       [](Reply *, const QStringList &, QString *) { return true; });
    CHECK(mnemonicProblems(&dialog).isEmpty());
    // With a commitment, its own fields show too: the dates, the amount, the quotation.
    auto *outcome = dialog.findChild<QComboBox *>();
    REQUIRE(outcome);
    outcome->setCurrentIndex(outcome->findData(int(ReplyOutcome::Commitment)));
    const QStringList problems = mnemonicProblems(&dialog);
    INFO(problems.join(u'\n').toStdString());
    CHECK(problems.isEmpty());
}

TEST_CASE("mnemonics: the profile and record-a-contact dialogs' letters are each used once", "[gui][keyboard]")
{
    ProfileDialog profile(Profile{});
    QStringList problems = mnemonicProblems(&profile);
    INFO(problems.join(u'\n').toStdString());
    CHECK(problems.isEmpty());
    ContactRecord record;
    record.forceId = u"kent"_s;
    record.date = QDate::currentDate();
    RecordContactDialog contact(record, u"Kent"_s);
    problems = mnemonicProblems(&contact);
    INFO(problems.join(u'\n').toStdString());
    CHECK(problems.isEmpty());
}
