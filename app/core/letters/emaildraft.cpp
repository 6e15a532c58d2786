#include "emaildraft.h"

#include "emailaddress.h"

#include "owneronly.h"
#include "safehtml.h"

#include "wholefile.h"

#include <QCoreApplication>

#include <QRegularExpression>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace pcc {

namespace {

// An RFC 2047 encoded word: any text, safe in a header.
QByteArray encodedWord(const QString &text)
{
    return "=?UTF-8?B?" + text.toUtf8().toBase64() + "?=";
}

// A header value as it is when it is printable ASCII, else as an encoded word.
QByteArray encodeHeader(const QString &text)
{
    bool ascii = true;
    for (const QChar c : text) {
        if (c.unicode() > 126 || c.unicode() < 32)
            ascii = false;
    }
    return ascii ? text.toLatin1() : encodedWord(text);
}

// A display name goes out as plain atoms when it is only letters, digits and spaces, and as
// an RFC 2047 encoded word otherwise: quotes, backslashes, angle brackets and commas in a
// name can then never change how the address is read.
QByteArray mailbox(const QString &name, const QString &email)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return email.toLatin1();
    bool plain = true;
    for (const QChar c : trimmed) {
        if (!(c.isSpace() || (c.unicode() < 128 && c.isLetterOrNumber())))
            plain = false;
    }
    const QByteArray display = plain ? trimmed.toLatin1() : encodedWord(trimmed);
    return display + " <" + email.toLatin1() + ">";
}

// RFC 5322 section 3.3: "Sat, 28 Nov 2026 19:31:12 +0000", in English whatever the locale.
QByteArray rfc5322Date(const QDateTime &when)
{
    static constexpr const char *days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static constexpr const char *months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDate d = when.date();
    const QTime t = when.time();
    const int offset = when.offsetFromUtc() / 60;
    const int absOffset = offset < 0 ? -offset : offset;
    return QString::asprintf("%s, %02d %s %04d %02d:%02d:%02d %c%02d%02d", days[d.dayOfWeek() - 1], d.day(),
                             months[d.month() - 1], d.year(), t.hour(), t.minute(), t.second(), offset < 0 ? '-' : '+',
                             absOffset / 60, absOffset % 60)
        .toLatin1();
}

QByteArray base64Lines(const QByteArray &data)
{
    const QByteArray b64 = data.toBase64();
    QByteArray out;
    for (qsizetype i = 0; i < b64.size(); i += 76)
        out += b64.mid(i, 76) + "\r\n";
    return out;
}

// The sender's postal address under the body: beneath the name when the body ends with it, else
// after the name, so the office knows where the writer lives and can reply by post. The phone
// and email are not added: the email's From already says who wrote.
QStringList contactLines(const Letter &letter, const QString &lastBodyLine)
{
    if (letter.senderName.isEmpty())
        return {};
    if (lastBodyLine.trimmed() == letter.senderName)
        return letter.senderAddress;
    return QStringList{QString(), letter.senderName} + letter.senderAddress;
}

// The email's plain text, from the body's (`body`, read once by the caller).
QString plainEmail(const Letter &letter, const QString &body)
{
    QStringList lines;
    for (const QString &line : body.split(u'\n')) {
        // One blank line at most: the room a printed letter leaves for a signature has no use here.
        if (line.isEmpty() && !lines.isEmpty() && lines.constLast().isEmpty())
            continue;
        lines << line;
    }
    lines << contactLines(letter, lines.constLast());
    return lines.join(u'\n') + u'\n';
}

// The body's HTML for an email: no room left for a pen (line breaks opening a paragraph), and
// the sender's address in the paragraph of the name, as in the plain part.
QString emailHtml(const Letter &letter, const QString &body)
{
    QString html = SafeHtml::clean(letter.bodyHtml);
    static const QRegularExpression pen(u"(<p[^>]*>)(\\s*<br\\s*/?>)+"_s);
    html.replace(pen, u"\\1"_s);
    QStringList escaped;
    for (const QString &line : contactLines(letter, body.section(u'\n', -1)))
        escaped << line.toHtmlEscaped();
    if (escaped.isEmpty())
        return html;
    if (!escaped.constFirst().isEmpty()) { // under the name: inside its paragraph
        const qsizetype end = html.lastIndexOf(u"</p>"_s);
        if (end >= 0)
            return html.insert(end, u"<br>"_s + escaped.join(u"<br>"_s));
    }
    escaped.removeAll(QString());
    return html + u"<p>"_s + escaped.join(u"<br>"_s) + u"</p>"_s;
}

} // namespace

QString EmailDraft::emailBodyText(const Letter &letter)
{
    return plainEmail(letter, letter.bodyPlainText());
}

QByteArray EmailDraft::toEml(const Letter &letter, const QString &fromName, const QString &fromEmail,
                             const QDateTime &when)
{
    const QByteArray boundary = "pcc-" + QUuid::createUuid().toByteArray(QUuid::Id128);
    const QString domain = isEmailAddress(fromEmail) ? fromEmail.section(u'@', 1) : u"pcc-campaigner.invalid"_s;
    QByteArray eml;
    eml += "MIME-Version: 1.0\r\n";
    eml += "Date: " + rfc5322Date(when.isValid() ? when : QDateTime::currentDateTime()) + "\r\n";
    if (isEmailAddress(fromEmail))
        eml += "From: " + mailbox(fromName, fromEmail) + "\r\n";
    if (isEmailAddress(letter.toEmail))
        eml += "To: " + letter.toEmail.toLatin1() + "\r\n";
    eml += "Subject: " + encodeHeader(letter.subject) + "\r\n";
    eml += "Message-ID: <" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + "@" + domain.toLatin1() + ">\r\n";
    eml += "X-Unsent: 1\r\n";
    eml += "Content-Type: multipart/alternative; boundary=\"" + boundary + "\"\r\n";
    eml += "\r\n";
    eml += "--" + boundary + "\r\n";
    eml += "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n";
    // RFC 2046: a text part's lines end in CRLF, whatever the system the draft was made on.
    const QString body = letter.bodyPlainText(); // laid out once, for both parts
    QString plain = plainEmail(letter, body);
    plain.replace(u"\r\n"_s, u"\n"_s).replace(u'\n', u"\r\n"_s);
    eml += base64Lines(plain.toUtf8());
    eml += "--" + boundary + "\r\n";
    eml += "Content-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n";
    const QString html = u"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>"_s + letter.subject.toHtmlEscaped()
        + u"</title></head><body>"_s + emailHtml(letter, body) + u"</body></html>"_s;
    eml += base64Lines(html.toUtf8());
    eml += "--" + boundary + "--\r\n";
    return eml;
}

bool EmailDraft::save(const QString &path, const Letter &letter, const QString &fromName, const QString &fromEmail,
                      QString *error, QString *warning)
{
    Q_UNUSED(warning);
    // The draft holds the volunteer's name, email and letter: private from its first byte.
    return WholeFile::writePrivate(path, toEml(letter, fromName, fromEmail), error);
}

QUrl EmailDraft::toMailto(const Letter &letter)
{
    QUrl url;
    url.setScheme(u"mailto"_s);
    url.setPath(letter.toEmail);
    QUrlQuery query;
    query.addQueryItem(u"subject"_s, QString::fromLatin1(QUrl::toPercentEncoding(letter.subject)));
    query.addQueryItem(u"body"_s, QString::fromLatin1(QUrl::toPercentEncoding(emailBodyText(letter))));
    url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    if (url.toEncoded().size() > MaxMailtoLength)
        return {};
    return url;
}

} // namespace pcc
