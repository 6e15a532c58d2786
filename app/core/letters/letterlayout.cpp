#include "letterlayout.h"

#include "settingsstore.h"

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

namespace {
namespace Key {
const QString PageSize = u"letter/pageSize"_s;
const QString WindowLeft = u"letter/windowLeftMm"_s;
const QString WindowTop = u"letter/windowTopMm"_s;
const QString WindowWidth = u"letter/windowWidthMm"_s;
const QString WindowHeight = u"letter/windowHeightMm"_s;
const QString FoldMarks = u"letter/foldMarks"_s;
const QString FontFamily = u"letter/fontFamily"_s;
} // namespace Key
} // namespace

LetterLayout LetterLayout::saved()
{
    const auto value = [](const QString &key, const QVariant &fallback = {}) { return SettingsStore::value(key, fallback); };
    LetterLayout l = dlPreset();
    l.pageSize = value(Key::PageSize, u"A4"_s).toString() == u"Letter"_s ? QPageSize::Letter : QPageSize::A4;
    l.windowMm = QRectF(value(Key::WindowLeft, l.windowMm.left()).toDouble(), value(Key::WindowTop, l.windowMm.top()).toDouble(),
                        value(Key::WindowWidth, l.windowMm.width()).toDouble(),
                        value(Key::WindowHeight, l.windowMm.height()).toDouble());
    l.foldMarks = value(Key::FoldMarks, l.foldMarks).toBool();
    const QString family = value(Key::FontFamily).toString().trimmed();
    if (!family.isEmpty())
        l.fontFamily = family;
    return l;
}

bool LetterLayout::save() const
{
    return SettingsStore::setValue(Key::PageSize, pageSize == QPageSize::Letter ? u"Letter"_s : u"A4"_s)
        && SettingsStore::setValue(Key::WindowLeft, windowMm.left()) && SettingsStore::setValue(Key::WindowTop, windowMm.top())
        && SettingsStore::setValue(Key::WindowWidth, windowMm.width())
        && SettingsStore::setValue(Key::WindowHeight, windowMm.height()) && SettingsStore::setValue(Key::FoldMarks, foldMarks)
        && SettingsStore::setValue(Key::FontFamily, fontFamily);
}

} // namespace pcc
