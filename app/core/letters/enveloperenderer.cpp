#include "enveloperenderer.h"

#include "lineblock.h"
#include "pagedpdf.h"

#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace pcc {

namespace {

QRectF onDevice(const QRectF &mm, const QPagedPaintDevice *device)
{
    const double x = device->logicalDpiX() / 25.4;
    const double y = device->logicalDpiY() / 25.4;
    return QRectF(mm.left() * x, mm.top() * y, mm.width() * x, mm.height() * y);
}

} // namespace

EnvelopeRenderer::EnvelopeRenderer(const EnvelopeLayout &layout, const QString &fontFamily)
    : m_layout(layout), m_fontFamily(fontFamily)
{
}

bool EnvelopeRenderer::render(QPainter *p, QPagedPaintDevice *device, const QList<MailingAddress> &addresses,
                              const QStringList &returnAddress) const
{
    // Every front first, then (with a return address) every back in the same order: the stack
    // that came out goes through again, flap side up, and each back lands on its own envelope.
    p->setPen(Qt::black);
    bool first = true;
    for (const MailingAddress &address : addresses) {
        if (!first && !device->newPage())
            return false;
        first = false;
        LineBlock::draw(p, m_fontFamily, address.lines, onDevice(m_layout.addressMm, device), AddressPt, Qt::AlignLeft, true,
                        MinAddressPt);
    }
    if (returnAddress.isEmpty())
        return true;
    QStringList back{QCoreApplication::translate("pcc::EnvelopeRenderer", "If undelivered, please return to:")};
    back << returnAddress;
    for (qsizetype i = 0; i < addresses.size(); ++i) {
        if (!device->newPage())
            return false;
        LineBlock::draw(p, m_fontFamily, back, onDevice(m_layout.returnMm, device), 9, Qt::AlignHCenter, true, 7);
    }
    return true;
}

bool EnvelopeRenderer::writePdf(const QList<MailingAddress> &addresses, const QStringList &returnAddress, const QString &path,
                                QString *error) const
{
    const QPageLayout page = m_layout.pageLayout();
    const PagedPdf pdf{page.pageSize(), page.orientation(),
                       QCoreApplication::translate("pcc::EnvelopeRenderer", "%n envelope(s) for letters about stalking support", nullptr,
                                                   int(addresses.size()))};
    return pdf.write(path, [&](QPainter *p, QPagedPaintDevice *d) { return render(p, d, addresses, returnAddress); }, error);
}

} // namespace pcc
