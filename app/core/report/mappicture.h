#pragma once

#include "forceareas.h"
#include "mapcolouring.h"

#include <QSizeF>
#include <QString>

class QPainter;

namespace pcc {

// The map as a picture to share: a title, a line with the date and the data version, the
// areas in their colours, the legend with its counts and the Natural Earth credit. Drawn by
// MapPainter, as the window is, onto a PNG, an SVG or a PDF.
class MapPicture
{
public:
    MapPicture(ForceAreas areas, MapColouring colouring, QString title, QString subtitle);

    static constexpr double AspectRatio = 1.3; // height / width

    void paint(QPainter &p, const QRectF &target) const;
    QTransform mapTransform(const QRectF &target) const; // projected km -> target (for tests)

    bool writePng(const QString &path, int width, double scale, QString *error) const;
    bool writeSvg(const QString &path, QString *error) const;
    bool writePdf(const QString &path, QString *error) const;

    static QString credit();

private:
    QRectF mapRect(const QRectF &target) const;
    QRectF englandAndWales() const;

    ForceAreas m_areas;
    MapColouring m_colouring;
    QString m_title;
    QString m_subtitle;
};

} // namespace pcc
