#include "attachmenttype.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace pcc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pcc::AttachmentType)
};

bool isProgram(const QByteArray &c)
{
    return c.startsWith("MZ") || c.startsWith("\x7f" "ELF") || c.startsWith("#!") || c.startsWith("\xcf\xfa\xed\xfe")
           || c.startsWith("\xce\xfa\xed\xfe") || c.startsWith("\xca\xfe\xba\xbe") || c.startsWith("\xfe\xed\xfa\xcf");
}

// Valid UTF-8 with no control character but tab, line breaks and form feed.
bool isPlainText(const QByteArray &c, QString *text)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    *text = utf8.decode(c);
    if (utf8.hasError())
        return false;
    for (const QChar ch : std::as_const(*text)) {
        const char16_t u = ch.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r' && u != u'\f') || u == 0x7f)
            return false;
    }
    return true;
}

// An email message: a header block of "Name: value" lines (continuations indented) that holds
// a From and a Date or Subject, then a blank line.
bool isEmail(const QString &text)
{
    static const QRegularExpression field(u"^[!-9;-~]+:"_s);
    const QStringList lines = text.left(64 * 1024).split(u'\n');
    bool from = false;
    bool dateOrSubject = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).endsWith(u'\r') ? lines.at(i).chopped(1) : lines.at(i);
        if (line.isEmpty())
            return i > 0 && from && dateOrSubject;
        if (line.startsWith(u' ') || line.startsWith(u'\t')) {
            if (i == 0)
                return false;
            continue;
        }
        if (!field.match(line).hasMatch())
            return false;
        const QString name = line.section(u':', 0, 0).toLower();
        from = from || name == u"from"_s;
        dateOrSubject = dateOrSubject || name == u"date"_s || name == u"subject"_s;
    }
    return false;
}

} // namespace

QString AttachmentType::recognise(const QByteArray &c, QString *why)
{
    if (c.isEmpty()) {
        *why = Tr::tr("it is empty");
        return {};
    }
    if (isProgram(c)) {
        *why = Tr::tr("it is a program, not a document, whatever its name says");
        return {};
    }
    if (c.left(1024).contains("%PDF-"))
        return u"application/pdf"_s;
    if (c.startsWith("\x89PNG\r\n\x1a\n"))
        return u"image/png"_s;
    if (c.startsWith("\xff\xd8\xff"))
        return u"image/jpeg"_s;
    QString text;
    if (isPlainText(c, &text))
        return isEmail(text) ? u"message/rfc822"_s : u"text/plain"_s;
    *why = Tr::tr("its content is not a PDF, a PNG or JPEG picture, an email or plain text, whatever its name says");
    return {};
}

QString AttachmentType::describe(const QString &mediaType)
{
    if (mediaType == u"application/pdf"_s)
        return Tr::tr("PDF document");
    if (mediaType == u"image/png"_s)
        return Tr::tr("PNG picture");
    if (mediaType == u"image/jpeg"_s)
        return Tr::tr("JPEG picture");
    if (mediaType == u"message/rfc822"_s)
        return Tr::tr("Email message");
    if (mediaType == u"text/plain"_s)
        return Tr::tr("Plain text");
    return mediaType;
}

} // namespace pcc
