#include "letter.h"

#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace pcc {

QString Letter::bodyPlainText() const
{
    // One blank line between paragraphs, as in a typed letter or an email.
    QTextDocument doc;
    doc.setHtml(bodyHtml);
    QStringList paragraphs;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        QString text = block.text();
        text.replace(QChar::Nbsp, u' ');
        text.replace(QChar::LineSeparator, u'\n');
        // Spaces at the end of a line come from the HTML's layout, not from the words.
        static const QRegularExpression trailing(u"[ \\t]+(?=\\n|$)"_s);
        text.remove(trailing);
        paragraphs << text;
    }
    return paragraphs.join(u"\n\n"_s).trimmed();
}

QString Letter::plainText() const
{
    QStringList parts;
    parts << senderBlock.join(u'\n') << dateText << recipientBlock.join(u'\n') << bodyPlainText();
    return parts.join(u"\n\n"_s) + u'\n';
}

QString Letter::html() const
{
    auto lines = [](const QStringList &block) {
        QStringList escaped;
        for (const QString &line : block)
            escaped << line.toHtmlEscaped();
        return escaped.join(u"<br/>"_s);
    };
    return u"<p align=\"right\">"_s + lines(senderBlock) + u"<br/><br/>"_s + dateText.toHtmlEscaped() + u"</p><p>"_s
           + lines(recipientBlock) + u"</p>"_s + bodyHtml;
}

} // namespace pcc
