#pragma once

#include <QPageSize>
#include <QRectF>
#include <QString>

namespace pcc {

// Page geometry of a UK business letter, in millimetres from the top-left of the page.
// The recipient block sits where a window envelope shows it; presets are starting points
// and every offset can be adjusted (print the test page and hold it against an envelope).
struct LetterLayout
{
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    double marginLeftMm = 20;
    double marginRightMm = 20;
    double marginTopMm = 15;
    double marginBottomMm = 20;
    QRectF windowMm{20, 50, 90, 35}; // DL window: 90 x 35 mm, 20 mm in, 50 mm down
    bool foldMarks = true;
    double bodyFontPt = 11;
    // One typeface for the whole letter (its bold and italic included), the same in print,
    // in the editor's PDF and in the command line's PDF.
    QString fontFamily = QStringLiteral("Liberation Serif");

    static LetterLayout dlPreset();
    static LetterLayout c5Preset();
    QString presetName() const; // "DL", "C5" or "custom"

    // The volunteer's page setup (settings.ini), for the window and the command line alike.
    static LetterLayout saved();
    bool save() const; // false: not written (SettingsStore::lastError says why)
};

} // namespace pcc
