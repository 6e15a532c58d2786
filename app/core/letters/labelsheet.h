#pragma once

#include <QPageSize>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <optional>

namespace pcc {

// A sheet of self-adhesive address labels, by its maker's code, in millimetres from the sheet's
// top-left corner.
struct LabelSheet
{
    QString code;          // "L7163"
    QPageSize::PageSizeId page = QPageSize::A4;
    int columns = 1;
    int rows = 1;
    QSizeF labelMm;        // one label
    QPointF firstMm;       // the top-left label's corner
    QSizeF pitchMm;        // from one label's corner to the next across and down

    static LabelSheet l7163(); // 14 labels, 99.1 × 38.1 mm, two across, on A4
    static std::optional<LabelSheet> named(const QString &code);
    static QStringList codes();

    int labelsPerSheet() const { return columns * rows; }
    QRectF labelRectMm(int indexOnSheet) const; // across, then down
};

} // namespace pcc
