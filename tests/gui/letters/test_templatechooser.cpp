// The Templates menu of the letter window: a template saved, renamed and deleted stays the one
// shown in the template box until it is gone.
#include "catchcompat.h"
#include "dialoganswers.h"
#include "testsupport.h"

#include "letters/templatechooser.h"
#include "templatestore.h"

#include <QAction>
#include <QComboBox>
#include <QInputDialog>
#include <QMenu>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace pcc;

namespace {

// Chooses the menu's action named `text` (without its & accelerator); the name it asks for is
// `name`, and its question is answered Yes.
void choose(QMenu &menu, const QString &text, const QString &name)
{
    pcctest::DialogAnswers answers;
    answers.other = [name](QWidget *dialog) {
        if (auto *ask = qobject_cast<QInputDialog *>(dialog)) {
            ask->setTextValue(name);
            ask->accept();
        }
    };
    auto *action = pcctest::childWithText<QAction>(&menu, text);
    REQUIRE(action);
    action->trigger();
}

} // namespace

TEST_CASE("templates: a saved template is the one in use, renamed it stays in use, deleted the campaign's is", "[gui][letter][template]")
{
    pcctest::AppSandbox sandbox;
    QWidget window;
    TemplateChooser chooser(&window, [] { return u"<p>{{salutation}}</p><p>Thank you for funding the advocate.</p>"_s; });
    QMenu menu;
    chooser.fillMenu(&menu);
    chooser.reload(TemplateStore::defaultTemplate().id);
    QComboBox *box = window.findChild<QComboBox *>();
    REQUIRE(box);
    CHECK(box->currentData().toString() == TemplateStore::defaultTemplate().id);
    QSignalSpy changed(&chooser, &TemplateChooser::currentChanged);

    choose(menu, u"Save the editor's text as a template…"_s, u"Kent thanks"_s);
    CHECK(box->currentText() == u"Kent thanks (yours)"_s);
    CHECK(changed.size() == 1);

    choose(menu, u"Rename this template…"_s, u"Thanks to Kent"_s);
    CHECK(box->currentText() == u"Thanks to Kent (yours)"_s);
    CHECK(box->findText(u"Kent thanks (yours)"_s) < 0);
    const auto renamed = TemplateStore::find(box->currentData().toString());
    REQUIRE(renamed);
    CHECK(renamed->html.contains(u"Thank you for funding the advocate."_s));
    CHECK(changed.size() == 2);

    choose(menu, u"Delete this template…"_s, QString());
    CHECK(box->currentData().toString() == TemplateStore::defaultTemplate().id);
    CHECK(box->findText(u"Thanks to Kent (yours)"_s) < 0);
    CHECK(changed.size() == 3);
}
