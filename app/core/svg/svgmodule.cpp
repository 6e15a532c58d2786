// The pcc-svg module: Qt Svg's generator behind the one function in svgdevice.h. Built as a
// separate shared module so that the program loads Qt Svg only when a map is saved as SVG.
#include "svgdevice.h"

#include <QRect>
#include <QSvgGenerator>

extern "C" Q_DECL_EXPORT QPaintDevice *pcc_create_svg_device(QIODevice *out, const QSize &size, const QString &title,
                                                             const QString &description)
{
    auto *svg = new QSvgGenerator;
    svg->setOutputDevice(out);
    svg->setSize(size);
    svg->setViewBox(QRect(QPoint(0, 0), size));
    svg->setTitle(title);
    svg->setDescription(description);
    return svg;
}
