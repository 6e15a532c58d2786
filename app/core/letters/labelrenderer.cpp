#include "labelrenderer.h"

#include "lineblock.h"
#include "pagedpdf.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>

#include "typefaces.h"

namespace pcc {

LabelRenderer::LabelRenderer(const LabelSheet &sheet, const QString &fontFamily) : m_sheet(sheet), m_fontFamily(fontFamily) {}

int LabelRenderer::sheetsFor(int addresses) const
{
    return (addresses + m_sheet.labelsPerSheet() - 1) / m_sheet.labelsPerSheet();
}

bool LabelRenderer::render(QPainter *p, QPagedPaintDevice *device, const QList<MailingAddress> &addresses) const
{
    const double x = device->logicalDpiX() / 25.4;
    const double y = device->logicalDpiY() / 25.4;
    p->setPen(Qt::black);
    for (qsizetype i = 0; i < addresses.size(); ++i) {
        const int onSheet = int(i % m_sheet.labelsPerSheet());
        if (i > 0 && onSheet == 0 && !device->newPage())
            return false;
        const QRectF label = m_sheet.labelRectMm(onSheet).adjusted(InsetMm, InsetMm, -InsetMm, -InsetMm);
        QRectF box(label.left() * x, label.top() * y, label.width() * x, label.height() * y);
        // Centred down the label: the block's own height decides where it starts.
        const QFontMetricsF fm(Typefaces::printFont(m_fontFamily, AddressPt), device);
        const double height = fm.lineSpacing() * LineBlock::wrapped(addresses.at(i).lines, fm, box.width()).size();
        if (height < box.height())
            box.setTop(box.top() + (box.height() - height) / 2);
        LineBlock::draw(p, m_fontFamily, addresses.at(i).lines, box, AddressPt, Qt::AlignLeft, true, MinAddressPt);
    }
    return true;
}

bool LabelRenderer::writePdf(const QList<MailingAddress> &addresses, const QString &path, QString *error) const
{
    const PagedPdf pdf{QPageSize(m_sheet.page), QPageLayout::Portrait,
                       QCoreApplication::translate("pcc::LabelRenderer", "%n address label(s) for letters about stalking support", nullptr,
                                                   int(addresses.size()))};
    return pdf.write(path, [&](QPainter *p, QPagedPaintDevice *d) { return render(p, d, addresses); }, error);
}

} // namespace pcc
