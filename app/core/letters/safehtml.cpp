#include "safehtml.h"

#include <QList>
#include <QPair>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace pcc {

namespace {

// Never reads a file, a resource or the network while the HTML is parsed.
class InertDocument : public QTextDocument
{
protected:
    QVariant loadResource(int, const QUrl &) override { return {}; }
};

void clearBackgroundImages(QTextFrame *frame)
{
    QTextFrameFormat ff = frame->frameFormat();
    if (ff.hasProperty(QTextFormat::BackgroundImageUrl)) {
        ff.clearProperty(QTextFormat::BackgroundImageUrl);
        frame->setFrameFormat(ff);
    }
    if (auto *table = qobject_cast<QTextTable *>(frame)) {
        for (int r = 0; r < table->rows(); ++r) {
            for (int c = 0; c < table->columns(); ++c) {
                QTextTableCell cell = table->cellAt(r, c);
                QTextCharFormat cf = cell.format();
                if (cf.hasProperty(QTextFormat::BackgroundImageUrl)) {
                    cf.clearProperty(QTextFormat::BackgroundImageUrl);
                    cell.setFormat(cf);
                }
            }
        }
    }
    const QList<QTextFrame *> children = frame->childFrames();
    for (QTextFrame *child : children)
        clearBackgroundImages(child);
}

QString bodyOf(const QString &html)
{
    const qsizetype open = html.indexOf(u"<body"_s);
    const qsizetype start = open < 0 ? -1 : html.indexOf(u'>', open);
    const qsizetype end = html.lastIndexOf(u"</body>"_s);
    if (start < 0 || end < start)
        return html;
    return html.mid(start + 1, end - start - 1).trimmed();
}

} // namespace

bool SafeHtml::isAllowedLink(const QString &href)
{
    const QUrl url(href.trimmed());
    if (!url.isValid())
        return false;
    const QString scheme = url.scheme().toLower();
    return scheme == u"http"_s || scheme == u"https"_s || scheme == u"mailto"_s;
}

QString SafeHtml::clean(const QString &html)
{
    InertDocument doc;
    doc.setHtml(html);

    // Collected first, then changed from the end backwards so positions stay valid.
    QList<QPair<int, int>> images;
    QList<QPair<int, int>> badLinks;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat bf = block.blockFormat();
        if (bf.hasProperty(QTextFormat::BackgroundImageUrl)) {
            bf.clearProperty(QTextFormat::BackgroundImageUrl);
            QTextCursor(block).setBlockFormat(bf);
        }
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat cf = fragment.charFormat();
            const QPair<int, int> range{fragment.position(), fragment.position() + fragment.length()};
            if (cf.isImageFormat() || cf.hasProperty(QTextFormat::ImageName))
                images.append(range);
            else if ((cf.isAnchor() || cf.hasProperty(QTextFormat::AnchorHref)) && !cf.anchorHref().isEmpty()
                     && !isAllowedLink(cf.anchorHref()))
                badLinks.append(range);
        }
    }
    QTextCursor cursor(&doc);
    for (auto it = badLinks.crbegin(); it != badLinks.crend(); ++it) {
        cursor.setPosition(it->first);
        cursor.setPosition(it->second, QTextCursor::KeepAnchor);
        QTextCharFormat plain;
        plain.setAnchor(false);
        plain.setAnchorHref(QString());
        plain.setFontUnderline(false);
        plain.clearForeground();
        cursor.mergeCharFormat(plain);
        QTextCharFormat merged = cursor.charFormat();
        merged.clearProperty(QTextFormat::AnchorHref);
        cursor.setCharFormat(merged);
    }
    for (auto it = images.crbegin(); it != images.crend(); ++it) {
        cursor.setPosition(it->first);
        cursor.setPosition(it->second, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
    }
    clearBackgroundImages(doc.rootFrame());
    return bodyOf(doc.toHtml());
}

} // namespace pcc
