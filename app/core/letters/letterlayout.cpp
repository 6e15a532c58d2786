#include "letterlayout.h"

#include "settingskeys.h"
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

LetterLayout LetterLayout::saved()
{
    const auto value = [](const QString &key, const QVariant &fallback = {}) { return SettingsStore::value(key, fallback); };
    LetterLayout l = dlPreset();
    l.pageSize = value(SettingsKey::PageSize, u"A4"_s).toString() == u"Letter"_s ? QPageSize::Letter : QPageSize::A4;
    l.windowMm = QRectF(value(SettingsKey::WindowLeft, l.windowMm.left()).toDouble(), value(SettingsKey::WindowTop, l.windowMm.top()).toDouble(),
                        value(SettingsKey::WindowWidth, l.windowMm.width()).toDouble(),
                        value(SettingsKey::WindowHeight, l.windowMm.height()).toDouble());
    l.foldMarks = value(SettingsKey::FoldMarks, l.foldMarks).toBool();
    const QString family = value(SettingsKey::FontFamily).toString().trimmed();
    if (!family.isEmpty())
        l.fontFamily = family;
    return l;
}

bool LetterLayout::save() const
{
    return SettingsStore::setValue(SettingsKey::PageSize, pageSize == QPageSize::Letter ? u"Letter"_s : u"A4"_s)
        && SettingsStore::setValue(SettingsKey::WindowLeft, windowMm.left()) && SettingsStore::setValue(SettingsKey::WindowTop, windowMm.top())
        && SettingsStore::setValue(SettingsKey::WindowWidth, windowMm.width())
        && SettingsStore::setValue(SettingsKey::WindowHeight, windowMm.height()) && SettingsStore::setValue(SettingsKey::FoldMarks, foldMarks)
        && SettingsStore::setValue(SettingsKey::FontFamily, fontFamily);
}

} // namespace pcc
