#include "labelsheet.h"

using namespace Qt::StringLiterals;

namespace pcc {

LabelSheet LabelSheet::l7163()
{
    // The maker's template: 15.1 mm from the top and 4.7 mm from the left to the first label,
    // 101.6 mm across and 38.1 mm down from one label to the next.
    return {u"L7163"_s, QPageSize::A4, 2, 7, QSizeF(99.1, 38.1), QPointF(4.7, 15.1), QSizeF(101.6, 38.1)};
}

std::optional<LabelSheet> LabelSheet::named(const QString &code)
{
    const LabelSheet known = l7163();
    if (known.code.compare(code, Qt::CaseInsensitive) == 0)
        return known;
    return std::nullopt;
}

QStringList LabelSheet::codes()
{
    return {l7163().code};
}

QRectF LabelSheet::labelRectMm(int index) const
{
    const int column = index % columns;
    const int row = index / columns;
    return QRectF(firstMm.x() + column * pitchMm.width(), firstMm.y() + row * pitchMm.height(), labelMm.width(), labelMm.height());
}

} // namespace pcc
