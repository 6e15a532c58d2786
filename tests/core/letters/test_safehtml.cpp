// What of a template's HTML reaches a letter, a PDF and an email draft: text, layout and ordinary
// links; nothing that fetches from elsewhere or runs.
#include "catchcompat.h"

#include "safehtml.h"

using namespace Qt::StringLiterals;
using namespace pcc;

TEST_CASE("safe html: a background picture is dropped from a table, its cells and a table inside a cell", "[letter][safety]")
{
    const QString html =
        u"<p style=\"background-image: url(https://track.example/p.png)\">Dear Commissioner,</p>"
        "<table background=\"https://track.example/table.png\"><tr>"
        "<td background=\"https://track.example/cell.png\">outer"
        "<table background=\"https://track.example/inner.png\"><tr><td background=\"https://track.example/innercell.png\">"
        "inner</td></tr></table></td></tr></table><p>Yours sincerely</p>"_s;
    const QString cleaned = SafeHtml::clean(html);
    INFO(cleaned.toStdString());
    CHECK_FALSE(cleaned.contains(u"track.example"_s));
    for (const QString &kept : {u"Dear Commissioner,"_s, u"outer"_s, u"inner"_s, u"Yours sincerely"_s})
        CHECK(cleaned.contains(kept));
}

TEST_CASE("safe html: web and mail links stay links, every other kind becomes plain text", "[letter][safety]")
{
    const QString cleaned = SafeHtml::clean(
        u"<p><a href=\"https://www.example.org/report\">the report</a>, <a href=\"http://example.org/\">the site</a>, "
        "<a href=\"mailto:opcc@kent.police.uk\">write to them</a>, <a href=\"javascript:alert(1)\">run</a>, "
        "<a href=\"data:text/html,hi\">data</a>, <a href=\"file:///etc/passwd\">a file</a>, "
        "<a href=\"smb://server/share\">a share</a></p>"_s);
    INFO(cleaned.toStdString());
    CHECK(cleaned.contains(u"href=\"https://www.example.org/report\""_s));
    CHECK(cleaned.contains(u"href=\"http://example.org/\""_s));
    CHECK(cleaned.contains(u"href=\"mailto:opcc@kent.police.uk\""_s));
    for (const QString &gone : {u"javascript:"_s, u"data:"_s, u"file:"_s, u"smb:"_s})
        CHECK_FALSE(cleaned.contains(gone));
    for (const QString &words : {u"run"_s, u"a file"_s, u"a share"_s})
        CHECK(cleaned.contains(words)); // the words stay, without the link
    CHECK(SafeHtml::isAllowedLink(u"  MAILTO:a@example.org "_s));
    CHECK_FALSE(SafeHtml::isAllowedLink(u"jAvAsCrIpT:alert(1)"_s));
}
