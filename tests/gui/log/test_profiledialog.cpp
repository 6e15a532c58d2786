// The profile form refuses what it cannot use, says how to put it right, and keeps the form open.
#include "catchcompat.h"
#include "dialoganswers.h"
#include "testsupport.h"

#include "log/profiledialog.h"

#include <QLineEdit>

using namespace Qt::StringLiterals;
using namespace pcc;

namespace {
// Presses OK with these values and returns what the warning said (empty when none came up).
QString warningOnOk(ProfileDialog &dialog, const QString &postcode)
{
    dialog.findChild<QLineEdit *>(u"profileName"_s)->setText(u"Jane Volunteer"_s);
    dialog.findChild<QLineEdit *>(u"profilePostcode"_s)->setText(postcode);
    pcctest::DialogAnswers answers;
    dialog.accept();
    return answers.messages.value(0);
}
} // namespace

TEST_CASE("profile form: a bad postcode is refused with an example and the way round it", "[gui][profiles]")
{
    ProfileDialog dialog(Profile{});
    const QString said = warningOnOk(dialog, u"NOTAPOSTCODE"_s);
    CHECK(said.contains(u"“NOTAPOSTCODE” is not a full UK postcode"_s));
    CHECK(said.contains(u"such as GL50 1AA"_s));
    CHECK(said.contains(u"or leave it empty"_s));
    CHECK(dialog.result() != QDialog::Accepted);
    // A district alone is not an address to print under the volunteer's name.
    CHECK(warningOnOk(dialog, u"GL50"_s).contains(u"“GL50” is not a full UK postcode"_s));
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(warningOnOk(dialog, u"gl50 1aa"_s).isEmpty());
    CHECK(dialog.result() == QDialog::Accepted);
}
