#include "lineblock.h"

#include "typefaces.h"

#include <QFontMetricsF>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace pcc {

QStringList LineBlock::wrapped(const QStringList &lines, const QFontMetricsF &fm, double width)
{
    static const QString indent = QStringLiteral("\u2002\u2002");
    QStringList out;
    for (const QString &line : lines) {
        // An office's name breaks before "for", never inside the place it is for.
        const qsizetype at = line.lastIndexOf(u" for "_s);
        if (fm.horizontalAdvance(line) > width && at > 0 && fm.horizontalAdvance(line.left(at)) <= width
            && fm.horizontalAdvance(indent + line.mid(at + 1)) <= width) {
            out << line.left(at) << indent + line.mid(at + 1);
            continue;
        }
        QString current;
        const QStringList words = line.split(u' ', Qt::SkipEmptyParts);
        for (const QString &word : words) {
            const QString candidate = current.isEmpty() ? word : current + u' ' + word;
            if (!current.isEmpty() && fm.horizontalAdvance(candidate) > width) {
                out << current;
                current = indent + word;
            } else {
                current = candidate;
            }
        }
        out << current;
    }
    return out;
}

double LineBlock::draw(QPainter *p, const QString &family, const QStringList &lines, const QRectF &box, double pt,
                       Qt::Alignment align, bool shrinkToFit, double minPt)
{
    QFont font = Typefaces::printFont(family, pt);
    QFontMetricsF fm(font, p->device());
    QStringList laidOut = wrapped(lines, fm, box.width());
    while (shrinkToFit && pt - 0.5 >= minPt && fm.lineSpacing() * laidOut.size() > box.height()) {
        pt -= 0.5;
        font.setPointSizeF(pt);
        fm = QFontMetricsF(font, p->device());
        laidOut = wrapped(lines, fm, box.width());
    }
    p->setFont(font);
    double y = box.top();
    for (const QString &line : std::as_const(laidOut)) {
        p->drawText(QRectF(box.left(), y, box.width(), fm.lineSpacing()), int(align | Qt::AlignTop), line);
        y += fm.lineSpacing();
    }
    return y;
}

bool LineBlock::fits(QPainter *p, const QString &family, const QStringList &lines, const QRectF &box, double minPt)
{
    const QFontMetricsF fm(Typefaces::printFont(family, minPt), p->device());
    return fm.lineSpacing() * wrapped(lines, fm, box.width()).size() <= box.height() + 0.01;
}

} // namespace pcc
