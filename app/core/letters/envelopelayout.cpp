#include "envelopelayout.h"

using namespace Qt::StringLiterals;

namespace pcc {

EnvelopeLayout EnvelopeLayout::dl()
{
    return {u"DL"_s, QSizeF(220, 110), QRectF(95, 45, 115, 50), QRectF(40, 42, 140, 30)};
}

EnvelopeLayout EnvelopeLayout::c5()
{
    return {u"C5"_s, QSizeF(229, 162), QRectF(100, 70, 115, 60), QRectF(45, 55, 140, 35)};
}

std::optional<EnvelopeLayout> EnvelopeLayout::named(const QString &name)
{
    for (const EnvelopeLayout &e : {dl(), c5()}) {
        if (e.name.compare(name, Qt::CaseInsensitive) == 0)
            return e;
    }
    return std::nullopt;
}

QStringList EnvelopeLayout::names()
{
    return {dl().name, c5().name};
}

QPageLayout EnvelopeLayout::pageLayout() const
{
    // The page size is given upright (as paper sizes are named) and turned.
    const QPageSize size(QSizeF(sizeMm.height(), sizeMm.width()), QPageSize::Millimeter, name + u" envelope"_s);
    return QPageLayout(size, QPageLayout::Landscape, QMarginsF(0, 0, 0, 0));
}

} // namespace pcc
