// A reply's document is known by what it holds, never by its name.
#include "catchcompat.h"

#include "attachmenttype.h"

#include <QList>

using namespace Qt::StringLiterals;
using namespace pcc;

namespace {

QString typeOf(const QByteArray &content, QString *why = nullptr)
{
    QString ignored;
    return AttachmentType::recognise(content, why ? why : &ignored);
}

} // namespace

TEST_CASE("attachment type: a program is refused as one, whatever it starts like after its first bytes", "[replies][security]")
{
    const QList<std::pair<const char *, QByteArray>> programs{
        {"a Windows program", QByteArray("MZ\x90\x00", 4) + "%PDF-1.7"},
        {"a Linux program", QByteArray("\x7f" "ELF\x02\x01") + "%PDF-1.7"},
        {"a script", "#!/bin/sh\nrm -rf ~\n"},
        {"a macOS program", QByteArray("\xcf\xfa\xed\xfe\x07\x00") + "%PDF-1.7"},
        {"a universal macOS program", QByteArray("\xca\xfe\xba\xbe\x00") + "%PDF-1.7"},
    };
    for (const auto &[what, content] : programs) {
        INFO(what);
        QString why;
        CHECK(typeOf(content, &why).isEmpty());
        CHECK(why.contains(u"it is a program"_s));
    }
    // "#" alone starts many a plain note.
    CHECK(typeOf("# Reply from the office\nThank you.\n") == u"text/plain"_s);
}

TEST_CASE("attachment type: a PDF is found where scanners put it, in the first kilobyte, and no later", "[replies]")
{
    CHECK(typeOf("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n") == u"application/pdf"_s);
    CHECK(typeOf(QByteArray(300, '\0') + "%PDF-1.4\n") == u"application/pdf"_s);
    CHECK(typeOf(QByteArray(1019, '\0') + "%PDF-1.4\n") == u"application/pdf"_s); // ends at byte 1024
    QString why;
    CHECK(typeOf(QByteArray(1020, '\0') + "%PDF-1.4\n", &why).isEmpty());
    CHECK(why.contains(u"not a PDF, a PNG or JPEG picture"_s));
    CHECK(typeOf("\x89PNG\r\n\x1a\n....") == u"image/png"_s);
    CHECK(typeOf("\xff\xd8\xff\xe0....") == u"image/jpeg"_s);
    CHECK(typeOf("", &why).isEmpty());
    CHECK(why == u"it is empty"_s);
}

TEST_CASE("attachment type: an email needs a From, a Date or Subject, and a blank line after its header", "[replies]")
{
    CHECK(typeOf("From: office@opcc.example\r\nSubject: Your letter\r\n\r\nThank you.\r\n") == u"message/rfc822"_s);
    CHECK(typeOf("Date: Mon, 30 Nov 2026 10:00:00 +0000\nFrom: office@opcc.example\n\nThank you.\n") == u"message/rfc822"_s);
    CHECK(typeOf("From: office@opcc.example\nSubject: a long\n subject, folded\n\nThank you.\n") == u"message/rfc822"_s);
    // A note of the volunteer's own is no email.
    CHECK(typeOf("From: me\n\nRemember to ring them on Monday.\n") == u"text/plain"_s);
    CHECK(typeOf("Subject: ring back\n\nMonday.\n") == u"text/plain"_s);
    CHECK(typeOf("From: office@opcc.example\nSubject: Your letter\nThank you, with no blank line before.\n") == u"text/plain"_s);
    CHECK(typeOf(" From: office@opcc.example\nSubject: x\n\nbody\n") == u"text/plain"_s);
    CHECK(typeOf("\nFrom: office@opcc.example\nSubject: x\n\nbody\n") == u"text/plain"_s);
}

TEST_CASE("attachment type: plain text is valid UTF-8 with no control character but tabs, line ends and form feeds", "[replies]")
{
    CHECK(typeOf("Caf\xc3\xa9 meeting\tat 10\r\n\f") == u"text/plain"_s);
    CHECK(typeOf("bad \xc3 byte").isEmpty());
    CHECK(typeOf("cut at the end \xe2\x80").isEmpty()); // a character cut in two
    CHECK(typeOf("a bell \x07 here").isEmpty());
    CHECK(typeOf("a delete \x7f here").isEmpty());
    CHECK(AttachmentType::describe(u"message/rfc822"_s) == u"Email message"_s);
    CHECK(AttachmentType::describe(u"application/pdf"_s) == u"PDF document"_s);
}
