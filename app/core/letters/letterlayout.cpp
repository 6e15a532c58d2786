#include "letterlayout.h"

using namespace Qt::StringLiterals;

namespace pcc {

LetterLayout LetterLayout::dlPreset()
{
    return LetterLayout();
}

LetterLayout LetterLayout::c5Preset()
{
    LetterLayout l;
    // A4 folded once into a C5 window envelope: the window sits a little lower and is taller.
    l.windowMm = QRectF(20, 55, 90, 40);
    return l;
}

QString LetterLayout::presetName() const
{
    if (windowMm == dlPreset().windowMm)
        return u"DL"_s;
    if (windowMm == c5Preset().windowMm)
        return u"C5"_s;
    return u"custom"_s;
}

} // namespace pcc
