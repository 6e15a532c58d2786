// The .eml writer: whatever the letter holds, the message has one header block of printable
// ASCII lines and nothing a recipient's mail program would fetch or run.
#include "emaildraft.h"
#include "fuzzsupport.h"
#include "safehtml.h"

#include <QDateTime>
#include <QSet>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    pccfuzz::startQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 64 * 1024)
        return 0;
    const QString text = QString::fromUtf8(pccfuzz::bytes(data, size));
    const QStringList parts = text.split(u'\x1f'); // unit separator splits the input into fields
    pcc::Letter letter;
    letter.subject = parts.value(0);
    letter.bodyHtml = parts.value(1);
    letter.toEmail = parts.size() > 4 ? parts.value(4) : u"office@example.org"_s;
    const QString fromEmail = parts.size() > 3 ? parts.value(3) : u"sender@example.org"_s;
    const QByteArray eml = pcc::EmailDraft::toEml(letter, parts.value(2), fromEmail,
                                                  QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC));
    // One header block of printable ASCII lines, each "Name: value", and no header twice.
    const qsizetype end = eml.indexOf("\r\n\r\n");
    if (end < 0)
        __builtin_trap();
    QSet<QByteArray> names;
    for (const QByteArray &line : eml.left(end).split('\n')) {
        const QByteArray bare = line.endsWith('\r') ? line.chopped(1) : line;
        if (bare.contains('\r'))
            __builtin_trap();
        for (const char c : bare) {
            if (c < 32 || c > 126)
                __builtin_trap();
        }
        const qsizetype colon = bare.indexOf(':');
        if (colon <= 0)
            __builtin_trap();
        const QByteArray name = bare.left(colon).toLower();
        if (names.contains(name))
            __builtin_trap();
        names.insert(name);
    }
    // The HTML part, decoded: no image, script or frame, and only http, https, mailto links.
    const qsizetype htmlStart = eml.indexOf("Content-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n");
    if (htmlStart < 0)
        __builtin_trap();
    const qsizetype from = eml.indexOf("\r\n\r\n", htmlStart) + 4;
    const QByteArray encoded = eml.mid(from, eml.indexOf("--", from) - from);
    const QString html = QString::fromUtf8(QByteArray::fromBase64(encoded)).toLower();
    pccfuzz::checkSafeHtml(html);
    return 0;
}
