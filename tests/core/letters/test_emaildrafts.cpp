// Email drafts: a real mail reader (Python's email library) reads every header and both bodies;
// headers carry any letter safely and cannot be bent by a name; a hostile template stays harmless.
#include "catchcompat.h"
#include "letterfixture.h"
#include "testsupport.h"

#include "emaildraft.h"
#include "lettercomposer.h"
#include "templatestore.h"

#include <QProcess>
#include <QTimeZone>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace pcc;
using pcctest::bundledDirectory;
using pcctest::letterSender;

namespace {

// What a script prints about `eml` after Python's email package, an independent and strict
// RFC 5322 / MIME parser, has read it as `msg` and found no defects; one line each.
QStringList readByPython(const QByteArray &eml, const QString &script)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"draft.eml"_s);
    pcctest::writeFile(file, eml);
    const QString reading = u"import sys, email, email.policy\n"
                            "msg = email.message_from_binary_file(open(sys.argv[1], 'rb'), policy=email.policy.strict)\n"
                            "assert not msg.defects, msg.defects\n"_s;
    QProcess p;
    p.start(QStringLiteral(PCC_PYTHON3), {u"-c"_s, reading + script, file});
    REQUIRE(p.waitForFinished(30000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput()).split(u'\n');
}

} // namespace

TEST_CASE("letters: the .eml draft is a valid message with the right headers", "[letter][email]")
{
    const Letter l = LetterComposer::compose(TemplateStore::defaultTemplate(), *bundledDirectory().force(u"gwent"_s),
                                             letterSender(), QDate(2026, 11, 28));
    const QByteArray eml = EmailDraft::toEml(l, u"Jane Völunteer"_s, u"jane@example.org"_s);
    CHECK(eml.contains("\r\nX-Unsent: 1\r\n"));
    CHECK(eml.contains("\r\nTo: Commissioner@gwent.police.uk\r\n"));
    PCC_REQUIRE_TOOL(PCC_PYTHON3, "python3");
    const QStringList lines = readByPython(eml, uR"(
print(msg['To']); print(msg['From']); print(msg['Subject']); print(msg['X-Unsent'])
print(msg.get_content_type())
print(msg.get_body(preferencelist=('plain',)).get_content().strip().splitlines()[0])
print('html' if msg.get_body(preferencelist=('html',)) is not None else 'nohtml')
raw = msg.get_body(preferencelist=('plain',)).get_payload(decode=True)
print('crlf' if raw.count(b'\n') > 3 and raw.count(b'\n') == raw.count(b'\r\n') else 'bare line feeds')
plain = msg.get_body(preferencelist=('plain',)).get_content().splitlines()
print('|'.join(plain[-4:]))
print('trailing spaces' if any(line != line.rstrip() for line in plain) else 'no trailing spaces')
print('gap' if any(a == b == '' for a, b in zip(plain, plain[1:])) else 'no gap')
html = msg.get_body(preferencelist=('html',)).get_content()
print('address in html' if 'Jane Volunteer<br>12 Example Road<br>Cheltenham<br>GL50 1AA</p>' in html else 'no address in html')
print('room for a pen' if '<br /><br />Jane' in html else 'no room for a pen')
print('email or phone in body' if 'jane@example.org' in '\n'.join(plain) + html else 'no email in body')
)"_s);
    CHECK(lines.at(0) == u"Commissioner@gwent.police.uk"_s);
    CHECK(lines.at(1) == u"Jane Völunteer <jane@example.org>"_s);
    CHECK(lines.at(2) == u"Funding specialist support services for stalking victims in Gwent"_s);
    CHECK(lines.at(3) == u"1"_s);
    CHECK(lines.at(4) == u"multipart/alternative"_s);
    CHECK(lines.at(5) == u"Dear Commissioner Mudd"_s);
    CHECK(lines.at(6) == u"html"_s);
    CHECK(lines.at(7) == u"crlf"_s); // RFC 2046: a text part's lines end in CRLF on every system
    // Signed with the name, then the sender's address: the office can check where the writer lives.
    CHECK(lines.at(8) == u"Jane Volunteer|12 Example Road|Cheltenham|GL50 1AA"_s);
    CHECK(lines.at(9) == u"no trailing spaces"_s);
    CHECK(lines.at(10) == u"no gap"_s); // one blank line at most: no room left for a pen
    CHECK(lines.at(11) == u"address in html"_s); // in the name's paragraph, as in the plain part
    CHECK(lines.at(12) == u"no room for a pen"_s);
    CHECK(lines.at(13) == u"no email in body"_s); // the From header says who wrote
}

TEST_CASE("letters: a header with any letter beyond ASCII goes out encoded, Latin-1 ones too", "[letter][email]")
{
    Letter l = LetterComposer::compose(TemplateStore::defaultTemplate(), *bundledDirectory().force(u"gwent"_s), letterSender(),
                                       QDate(2026, 11, 28));
    for (const QString &subject : {u"Stalking support in Ynys Môn"_s, u"Café – naïve"_s, u"Gŵyl"_s}) {
        INFO(subject.toStdString());
        l.subject = subject;
        const QByteArray eml = EmailDraft::toEml(l, u"Siân"_s, u"sian@example.org"_s);
        const QByteArray headers = eml.left(eml.indexOf("\r\n\r\n"));
        CHECK(headers.contains("\r\nSubject: =?UTF-8?B?"));
        for (const char c : headers)
            CHECK(static_cast<unsigned char>(c) < 128); // no raw 8-bit byte in any header
    }
    l.subject = u"Plain ASCII subject"_s;
    CHECK(EmailDraft::toEml(l, u"Sian"_s, u"sian@example.org"_s).contains("\r\nSubject: Plain ASCII subject\r\n"));
}

TEST_CASE("letters: mailto links carry short letters, long ones go to the clipboard instead", "[letter][email]")
{
    Letter l = LetterComposer::compose(TemplateStore::defaultTemplate(), *bundledDirectory().force(u"gwent"_s), letterSender(),
                                       QDate(2026, 11, 28));
    CHECK(EmailDraft::toMailto(l).isEmpty()); // the campaign letter is too long for a mailto: link
    l.bodyHtml = u"<p>Dear Commissioner Mudd</p><p>Please fund stalking advocacy.</p>"_s;
    const QUrl url = EmailDraft::toMailto(l);
    REQUIRE_FALSE(url.isEmpty());
    CHECK(url.scheme() == u"mailto"_s);
    CHECK(url.toString().contains(u"Commissioner@gwent.police.uk"_s));
}

TEST_CASE("letters: a hostile template reaches the .eml without remote resources, scripts or unsafe links", "[letter][email][safety]")
{
    QTemporaryDir dir;
    const QString templatePath = dir.filePath(u"hostile.html"_s);
    pcctest::writeFile(templatePath,
                       "<html><head><link rel=\"stylesheet\" href=\"https://evil.example/x.css\">"
                       "<style>p { background: url(https://evil.example/style.png) }</style>"
                       "<script>alert('script')</script></head><body>"
                       "<p>{{salutation}}</p>"
                       "<p>Tracked <img src=\"https://tracker.example/pixel.png\" width=1 height=1> text."
                       " <img src=\"file:///etc/passwd\"></p>"
                       "<p style=\"background-image: url(https://evil.example/bg.png)\">"
                       "<a href=\"javascript:alert('link')\">click me</a> and "
                       "<a href=\"data:text/html;base64,PHNjcmlwdD4=\">data link</a> and "
                       "<a href=\"https://www.suzylamplugh.org/\">the Suzy Lamplugh Trust</a>"
                       " <iframe src=\"https://evil.example/frame\"></iframe></p>"
                       "<p onclick=\"alert('handler')\">{{sign_off}}</p><p>{{sender_name}}</p></body></html>");
    QString error;
    const auto tmpl = TemplateStore::fromFile(templatePath, &error);
    REQUIRE(tmpl);
    const Letter l = LetterComposer::compose(*tmpl, *bundledDirectory().force(u"gwent"_s), letterSender(), QDate(2026, 11, 28));
    const QDateTime when(QDate(2026, 11, 28), QTime(19, 31, 12), QTimeZone(3600));
    const QByteArray eml = EmailDraft::toEml(l, u"Jane Volunteer"_s, u"jane@example.org"_s, when);
    CHECK(eml.contains("\r\nDate: Sat, 28 Nov 2026 19:31:12 +0100\r\n"));

    PCC_REQUIRE_TOOL(PCC_PYTHON3, "python3");
    // Every header through Python's strict parser, the Date as a real date; then the HTML part.
    const QStringList lines = readByPython(eml, uR"(
for name, value in msg.items():
    assert not getattr(value, 'defects', None), (name, value.defects)
print(msg['Date'].datetime.isoformat())
html = msg.get_body(preferencelist=('html',)).get_content()
print(html.replace('\n', ' '))
)"_s);
    CHECK(lines.at(0) == u"2026-11-28T19:31:12+01:00"_s);
    const QString html = lines.at(1);
    INFO(html.toStdString());
    for (const QString &banned : {u"tracker.example"_s, u"evil.example"_s, u"javascript:"_s, u"data:"_s, u"<script"_s,
                                  u"<img"_s, u"<iframe"_s, u"onclick"_s, u"/etc/passwd"_s, u"alert("_s})
        CHECK_FALSE(html.contains(banned, Qt::CaseInsensitive));
    CHECK(html.contains(u"href=\"https://www.suzylamplugh.org/\""_s)); // an ordinary link stays
    CHECK(html.contains(u"click me"_s));                                // the words of a removed link stay
    CHECK(html.contains(u"Dear Commissioner Mudd"_s));
}

TEST_CASE("letters: names and addresses can never add or bend an email header", "[letter][email][safety]")
{
    // Found by fuzzing the .eml writer: a display name with markup, quotes or a backslash,
    // and an address with a line break, must stay one harmless From (or none).
    const Letter l = LetterComposer::compose(TemplateStore::defaultTemplate(), *bundledDirectory().force(u"gwent"_s),
                                             letterSender(), QDate(2026, 11, 28));
    const QByteArray eml = EmailDraft::toEml(l, u"Jane \"J\\\" <img src=x>, Smith"_s, u"jane@example.org"_s);
    const QByteArray injected = EmailDraft::toEml(l, u"Jane"_s, u"jane@example.org\r\nBcc: victim@example.org"_s);
    CHECK_FALSE(injected.contains("Bcc"));
    CHECK_FALSE(injected.contains("\r\nFrom:"));
    PCC_REQUIRE_TOOL(PCC_PYTHON3, "python3");
    const QStringList lines = readByPython(eml, uR"(
print(msg['From'].addresses[0].display_name)
print(msg['From'].addresses[0].addr_spec)
print(len(msg['From'].addresses))
)"_s);
    CHECK(lines.at(0) == u"Jane \"J\\\" <img src=x>, Smith"_s);
    CHECK(lines.at(1) == u"jane@example.org"_s);
    CHECK(lines.at(2) == u"1"_s);
}
