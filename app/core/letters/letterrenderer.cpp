#include "letterrenderer.h"

#include "safehtml.h"
#include "lineblock.h"
#include "typefaces.h"
#include "wholefile.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

using namespace Qt::StringLiterals;

namespace pcc {

namespace {

// Millimetres to device pixels. A printer may resolve differently across and down the page
// (600 x 1200 dpi), so horizontal positions use the horizontal resolution.
struct Units
{
    double pxPerMmX;
    double pxPerMmY;
    double mm(double v) const { return v * pxPerMmY; } // vertical positions and sizes
    double x(double v) const { return v * pxPerMmX; }  // horizontal positions and widths
};

Units unitsOf(QPagedPaintDevice *device)
{
    return {device->logicalDpiX() / 25.4, device->logicalDpiY() / 25.4};
}

QFont letterFont(const QString &family, double pt)
{
    return Typefaces::printFont(family, pt);
}

// The recipient's address is never set smaller than this: a block that does not fit the
// window at 10 pt is refused by `data check` and cleaned in the data instead.
constexpr double MinAddressPt = 10;
constexpr double AddressPt = 10.5;

// Whatever fonts the editor's HTML names (a pasted paragraph, the editor's own default),
// the body is set in the letter's one family; sizes, bold and italic stay.
void useOneFamily(QTextDocument *doc, const QString &family)
{
    QTextCursor all(doc);
    all.select(QTextCursor::Document);
    QTextCharFormat f;
    f.setFontFamilies({family});
    all.mergeCharFormat(f);
    Typefaces::avoidLigatures(doc);
}

QByteArray xmpMetadata(const QString &title, const QString &author)
{
    const QString xmp =
        u"<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>"
        "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
        "<rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/' xmlns:pdf='http://ns.adobe.com/pdf/1.3/'>"
        "<dc:title><rdf:Alt><rdf:li xml:lang='x-default'>%1</rdf:li></rdf:Alt></dc:title>"
        "<dc:creator><rdf:Seq><rdf:li>%2</rdf:li></rdf:Seq></dc:creator>"
        "<pdf:Producer>PCC Campaigner</pdf:Producer>"
        "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end='w'?>"_s.arg(title.toHtmlEscaped(), author.toHtmlEscaped());
    return xmp.toUtf8();
}

} // namespace

QRectF LetterRenderer::addressBoxMm(const LetterLayout &layout)
{
    // A small inset from the window's edges.
    return QRectF(layout.windowMm.left() + 3, layout.windowMm.top() + 2, layout.windowMm.width() - 6, layout.windowMm.height() - 4);
}

int LetterRenderer::addressLinesAtMinimum(const QStringList &block, const LetterLayout &layout, int *linesThatFit)
{
    // Measured as the PDF sets it: 300 dots per inch.
    QImage device(8, 8, QImage::Format_Mono);
    device.setDotsPerMeterX(11811);
    device.setDotsPerMeterY(11811);
    const QFontMetricsF fm(letterFont(layout.fontFamily, MinAddressPt), &device);
    const QRectF box = addressBoxMm(layout);
    const double pxPerMm = 300 / 25.4;
    if (linesThatFit)
        *linesThatFit = int(box.height() * pxPerMm / fm.lineSpacing());
    return int(LineBlock::wrapped(block, fm, box.width() * pxPerMm).size());
}

LetterRenderer::LetterRenderer(const LetterLayout &layout)
    : m_layout(layout)
{
}

QList<QPair<double, double>> LetterRenderer::paginate(QTextDocument *body, double firstPageHeight, double pageHeight) const
{
    // Line boxes of the whole document, and where the closing (sign-off onwards) starts.
    struct LineBox
    {
        double top;
        double bottom;
    };
    QList<LineBox> lines;
    qsizetype keepFrom = -1; // index of the first line that must stay with the signature
    QAbstractTextDocumentLayout *docLayout = body->documentLayout();
    for (QTextBlock block = body->begin(); block.isValid(); block = block.next()) {
        const QRectF rect = docLayout->blockBoundingRect(block);
        const QTextLayout *tl = block.layout();
        if (block.text().trimmed().startsWith(u"Yours"_s, Qt::CaseInsensitive))
            keepFrom = qMax<qsizetype>(0, lines.size() - 2); // the last two lines of the paragraph before
        for (int i = 0; i < tl->lineCount(); ++i) {
            const QTextLine line = tl->lineAt(i);
            lines.append({rect.top() + line.y(), rect.top() + line.y() + line.height()});
        }
    }
    QList<QPair<double, double>> slices;
    double top = 0;
    const double end = docLayout->documentSize().height();
    qsizetype index = 0;
    while (top < end - 0.5) {
        const double available = slices.isEmpty() ? firstPageHeight : pageHeight;
        qsizetype next = index;
        while (next < lines.size() && lines.at(next).bottom - top <= available)
            ++next;
        if (next == lines.size()) {
            slices.append({top, end});
            break;
        }
        if (next == index)
            ++next; // a line taller than a page: place it anyway
        if (keepFrom > index && next > keepFrom)
            next = keepFrom; // never leave the sign-off alone on the next page
        slices.append({top, lines.at(next).top});
        top = lines.at(next).top;
        index = next;
    }
    if (slices.isEmpty())
        slices.append({0, end});
    return slices;
}

bool LetterRenderer::renderLetter(QPainter *p, QPagedPaintDevice *device, const Letter &letter) const
{
    const Units u = unitsOf(device);
    const QSizeF page = QPageSize(m_layout.pageSize).size(QPageSize::Millimeter);
    const double left = u.x(m_layout.marginLeftMm);
    const double contentWidth = u.x(page.width() - m_layout.marginLeftMm - m_layout.marginRightMm);
    const double bottom = u.mm(page.height() - m_layout.marginBottomMm);
    p->setPen(Qt::black);

    // Sender block, top right; then the date under it.
    const QRectF senderBox(left + contentWidth / 2, u.mm(m_layout.marginTopMm), contentWidth / 2,
                           u.mm(m_layout.windowMm.top() - m_layout.marginTopMm - 2));
    double y = LineBlock::draw(p, m_layout.fontFamily, letter.senderBlock, senderBox, 10, Qt::AlignRight, true);
    LineBlock::draw(p, m_layout.fontFamily, {letter.dateText}, QRectF(senderBox.left(), y + u.mm(3), senderBox.width(), u.mm(6)), 10,
              Qt::AlignRight, false);

    // Recipient block in the envelope window, with a small inset from the window's edges.
    const QRectF boxMm = addressBoxMm(m_layout);
    const QRectF window(u.x(boxMm.left()), u.mm(boxMm.top()), u.x(boxMm.width()), u.mm(boxMm.height()));
    LineBlock::draw(p, m_layout.fontFamily, letter.recipientBlock, window, AddressPt, Qt::AlignLeft, true, MinAddressPt);

    if (m_layout.foldMarks) {
        // Thirds of A4 (DL) and the half (C5) as short ticks in the left margin.
        p->save();
        p->setPen(QPen(Qt::gray, u.mm(0.2)));
        for (const double mm : {page.height() / 3.0, page.height() * 2.0 / 3.0})
            p->drawLine(QPointF(u.x(4), u.mm(mm)), QPointF(u.x(9), u.mm(mm)));
        p->restore();
    }

    QTextDocument body;
    body.documentLayout()->setPaintDevice(device);
    body.setDefaultFont(letterFont(m_layout.fontFamily, m_layout.bodyFontPt));
    body.setDocumentMargin(0);
    body.setHtml(SafeHtml::clean(letter.bodyHtml));
    useOneFamily(&body, m_layout.fontFamily);
    body.setTextWidth(contentWidth);
    const double bodyTop = u.mm(m_layout.windowMm.bottom() + 10);
    const auto slices = paginate(&body, bottom - bodyTop, bottom - u.mm(m_layout.marginTopMm));

    for (qsizetype i = 0; i < slices.size(); ++i) {
        if (i > 0 && !device->newPage())
            return false;
        const double pageTop = i == 0 ? bodyTop : u.mm(m_layout.marginTopMm);
        const auto [from, to] = slices.at(i);
        p->save();
        p->translate(left, pageTop - from);
        body.drawContents(p, QRectF(0, from, contentWidth, to - from));
        p->restore();
        if (slices.size() > 1) {
            const QString footer = QCoreApplication::translate("pcc::LetterRenderer", "Page %1 of %2").arg(i + 1).arg(slices.size());
            LineBlock::draw(p, m_layout.fontFamily, {footer}, QRectF(left, bottom + u.mm(6), contentWidth, u.mm(6)), 9, Qt::AlignHCenter, false);
        }
    }
    return true;
}

bool LetterRenderer::render(QPainter *painter, QPagedPaintDevice *device, const QList<Letter> &letters,
                            const Progress &progress) const
{
    for (qsizetype i = 0; i < letters.size(); ++i) {
        if (progress && !progress(int(i)))
            return false;
        if (i > 0 && !device->newPage())
            return false;
        if (!renderLetter(painter, device, letters.at(i)))
            return false;
    }
    return true;
}

void LetterRenderer::renderTestPage(QPainter *p, QPagedPaintDevice *device) const
{
    const Units u = unitsOf(device);
    const QRectF window(u.x(m_layout.windowMm.left()), u.mm(m_layout.windowMm.top()), u.x(m_layout.windowMm.width()),
                        u.mm(m_layout.windowMm.height()));
    p->setPen(QPen(Qt::black, u.mm(0.3), Qt::DashLine));
    p->drawRect(window);
    const QString text = QCoreApplication::translate(
        "pcc::LetterRenderer",
        "Envelope window (%1): %2 × %3 mm, %4 mm from the left, %5 mm from the top.\n"
        "Fold this page and put it in your envelope: the dashed box should sit inside the window. "
        "If it does not, change the offsets in Page Setup.")
                             .arg(m_layout.presetName())
                             .arg(m_layout.windowMm.width()).arg(m_layout.windowMm.height())
                             .arg(m_layout.windowMm.left()).arg(m_layout.windowMm.top());
    p->setFont(letterFont(m_layout.fontFamily, 10));
    p->drawText(QRectF(u.x(m_layout.marginLeftMm), window.bottom() + u.mm(10),
                       u.x(QPageSize(m_layout.pageSize).size(QPageSize::Millimeter).width() - 40), u.mm(40)),
                Qt::TextWordWrap, text);
    const bool marks = m_layout.foldMarks;
    if (marks) {
        const double h = QPageSize(m_layout.pageSize).size(QPageSize::Millimeter).height();
        p->setPen(QPen(Qt::gray, u.mm(0.2)));
        for (const double mm : {h / 3.0, h * 2.0 / 3.0})
            p->drawLine(QPointF(u.x(4), u.mm(mm)), QPointF(u.x(9), u.mm(mm)));
    }
}

bool LetterRenderer::writePdf(const QList<Letter> &letters, const QString &path, const QString &author,
                              QString *error, const Progress &progress) const
{
    // Made in memory, then written whole and private: the letters carry the volunteer's
    // home address.
    QByteArray pdf;
    bool ok = false;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(m_layout.pageSize));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(300);
        const QString title = letters.size() == 1 ? letters.first().title
                                                  : QCoreApplication::translate("pcc::LetterRenderer", "%1 letters about stalking support").arg(letters.size());
        writer.setTitle(title);
        writer.setCreator(u"PCC Campaigner"_s);
        writer.setDocumentXmpMetadata(xmpMetadata(title, author));
        QPainter painter;
        if (!painter.begin(&writer)) {
            *error = QCoreApplication::translate("pcc::LetterRenderer", "Cannot start the PDF %1").arg(path);
            return false;
        }
        ok = render(&painter, &writer, letters, progress);
        painter.end();
    }
    if (!ok) {
        *error = QCoreApplication::translate("pcc::LetterRenderer", "Cancelled: %1 was not written.").arg(path);
        return false;
    }
    return WholeFile::writePrivate(path, pdf, error);
}

} // namespace pcc
