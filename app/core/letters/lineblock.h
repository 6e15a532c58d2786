#pragma once

#include <QRectF>
#include <QStringList>

class QFontMetricsF;
class QPainter;

namespace pcc {

// A block of short lines set in a box: a sender's or a recipient's address, a footer. Long lines
// wrap at spaces (never cut short), and the font shrinks, down to a floor, until the block fits.
class LineBlock
{
public:
    // Splits lines that are too wide for `width`; a continuation is indented, so
    // "…for Leicester," / "  Leicestershire and Rutland" does not read as a town on a line of its own.
    static QStringList wrapped(const QStringList &lines, const QFontMetricsF &fm, double width);
    // Draws `lines` top-down from the box's top in `family` at `pt` (smaller, down to `minPt`,
    // when `shrinkToFit` and they do not fit the box's height). Returns the y below the last line.
    static double draw(QPainter *p, const QString &family, const QStringList &lines, const QRectF &box, double pt,
                       Qt::Alignment align, bool shrinkToFit, double minPt = 7);
    // Whether `lines` fit the box at `minPt` at the least.
    static bool fits(QPainter *p, const QString &family, const QStringList &lines, const QRectF &box, double minPt);
};

} // namespace pcc
