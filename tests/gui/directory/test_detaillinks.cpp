// Links in the office's panel: web and email addresses go to the desktop's own programs; any
// other kind a data file could name is not opened, and the volunteer is told why.
#include "catchcompat.h"
#include "dialoganswers.h"
#include "urlcatcher.h"

#include "directory/forcedetailpanel.h"

#include <QTextBrowser>

using namespace Qt::StringLiterals;
using namespace pcc;

TEST_CASE("office panel: web and email links open in the desktop's programs, other kinds are refused and said", "[gui][directory]")
{
    pcctest::UrlCatcher desktop({u"mailto"_s, u"https"_s, u"http"_s, u"file"_s, u"javascript"_s});
    ForceDetailPanel panel;
    auto *browser = panel.findChild<QTextBrowser *>();
    REQUIRE(browser);
    pcctest::DialogAnswers answers;
    const QStringList &said = answers.messages;
    const QList<QUrl> safe{QUrl(u"mailto:office@kent.example"_s), QUrl(u"https://www.kent.example/contact"_s)};
    for (const QUrl &url : safe)
        emit browser->anchorClicked(url);
    CHECK(desktop.opened == safe);
    CHECK(said.isEmpty());

    for (const QUrl &url : {QUrl(u"file:///etc/passwd"_s), QUrl(u"javascript:alert(1)"_s)})
        emit browser->anchorClicked(url);
    CHECK(desktop.opened == safe); // nothing more was opened
    REQUIRE(said.size() == 2);
    CHECK(said.at(0).contains(u"is not a web address, so it was not opened"_s));
}
