#include "mappicture.h"

#include "typefaces.h"

#include "forceids.h"
#include "mapcolours.h"
#include "mappainter.h"
#include "optionalmodule.h"
#include "svgdevice.h"
#include "wholefile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QBuffer>

#include <memory>

using namespace Qt::StringLiterals;

namespace pcc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(pcc::MapPicture)
};

} // namespace

MapPicture::MapPicture(ForceAreas areas, MapColouring colouring, QString title, QString subtitle)
    : m_areas(std::move(areas))
    , m_colouring(std::move(colouring))
    , m_title(std::move(title))
    , m_subtitle(std::move(subtitle))
{
}

QString MapPicture::credit()
{
    return Tr::tr("Boundaries: Natural Earth (public domain). Made with PCC Campaigner.");
}

QRectF MapPicture::englandAndWales() const
{
    QRectF r;
    for (const ForceArea &a : m_areas.areas()) {
        if (!ForceIds::isNoPccArea(a.id))
            r = r.united(a.bounds);
    }
    return r.isEmpty() ? m_areas.bounds() : r;
}

// Title band on top, legend band at the bottom, the map in between.
QRectF MapPicture::mapRect(const QRectF &target) const
{
    const double w = target.width();
    return QRectF(target.left() + w * 0.04, target.top() + w * 0.13, w * 0.92, target.height() - w * 0.13 - w * 0.34);
}

QTransform MapPicture::mapTransform(const QRectF &target) const
{
    return MapPainter::fit(englandAndWales(), mapRect(target));
}

void MapPicture::paint(QPainter &p, const QRectF &target) const
{
    const double w = target.width();
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setClipRect(target);
    p.fillRect(target, MapColours::sea(false));

    const QTransform t = mapTransform(target);
    MapPainter::paintAreas(p, m_areas, t, m_colouring, false, t.inverted().mapRect(target));

    QFont titleFont = Typefaces::printFont(Typefaces::sansFamily(), 10);
    titleFont.setPixelSize(std::max(8, int(w / 34)));
    titleFont.setBold(true);
    QFont body = titleFont;
    body.setBold(false);
    body.setPixelSize(std::max(6, int(w / 50)));
    // Title and subtitle on a white band, so they read over any colour.
    const QRectF band(target.left(), target.top(), w, w * 0.11);
    p.fillRect(band, QColor(255, 255, 255, 235));
    p.setPen(Qt::black);
    p.setFont(titleFont);
    p.drawText(band.adjusted(w * 0.04, w * 0.015, -w * 0.04, -band.height() / 2), Qt::AlignLeft | Qt::AlignVCenter, m_title);
    p.setFont(body);
    p.drawText(band.adjusted(w * 0.04, band.height() / 2, -w * 0.04, -w * 0.01), Qt::AlignLeft | Qt::AlignVCenter, m_subtitle);

    const QRectF legend = MapPainter::paintLegend(p, QPointF(target.left() + w * 0.04, target.bottom() - w * 0.07), m_colouring, body, false);
    QFont small = body;
    small.setPixelSize(std::max(5, int(w / 64)));
    p.setFont(small);
    p.setPen(QColor(0x33, 0x33, 0x33));
    p.drawText(QRectF(target.left() + w * 0.04, legend.bottom() + w * 0.01, w * 0.92, w * 0.05), Qt::AlignLeft | Qt::AlignTop,
               credit());
    p.restore();
}

bool MapPicture::writePng(const QString &path, int width, double scale, QString *error) const
{
    if (width < 200 || width > 10000 || scale < 1 || scale > 4) {
        *error = Tr::tr("The width must be 200 to 10000 pixels and the scale 1 to 4.");
        return false;
    }
    const QSize logical(width, qRound(width * AspectRatio));
    QImage image(logical * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        paint(p, QRectF(QPointF(0, 0), QSizeF(logical)));
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.setDevicePixelRatio(1); // the file's pixels are what the user asked for
    if (!image.save(&buffer, "PNG")) {
        *error = Tr::tr("Could not encode the PNG.");
        return false;
    }
    return WholeFile::write(path, bytes, error);
}

bool MapPicture::writeSvg(const QString &path, QString *error) const
{
    QString reason;
    auto create = OptionalModule::resolve<PccCreateSvgDevice>(u"pcc-svg"_s, "pcc_create_svg_device", &reason);
    if (!create) {
        *error = Tr::tr("The SVG part of PCC Campaigner (pcc-svg) is missing, so the map cannot be saved as SVG; PNG and "
                        "PDF still work: %1")
                     .arg(reason);
        return false;
    }
    const QSize size(1000, qRound(1000 * AspectRatio));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        const std::unique_ptr<QPaintDevice> svg(create(&buffer, size, m_title, m_subtitle + u" — "_s + credit()));
        QPainter p;
        if (!svg || !p.begin(svg.get())) {
            *error = Tr::tr("Could not start drawing the SVG.");
            return false;
        }
        paint(p, QRectF(QPointF(0, 0), QSizeF(size)));
    }
    return WholeFile::write(path, bytes, error);
}

bool MapPicture::writePdf(const QString &path, QString *error) const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    pdf.setTitle(m_title);
    pdf.setCreator(u"PCC Campaigner"_s);
    pdf.setResolution(300);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter);
    {
        QPainter p(&pdf);
        const QRect page = pdf.pageLayout().paintRectPixels(pdf.resolution());
        const QRectF area(QPointF(0, 0), QSizeF(page.size()));
        const double w = std::min(area.width(), area.height() / AspectRatio);
        paint(p, QRectF(area.left() + (area.width() - w) / 2, area.top(), w, w * AspectRatio));
    }
    return WholeFile::write(path, bytes, error);
}

} // namespace pcc
