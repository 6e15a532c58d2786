#pragma once

#include "letterlayout.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFontComboBox;

namespace pcc {

// The fields of a letter's page setup: paper, envelope window (DL and C5 presets, or custom
// offsets), typeface and fold marks. Shown by Page setup in the editor and by Settings.
class LetterLayoutForm : public QWidget
{
    Q_OBJECT
public:
    explicit LetterLayoutForm(const LetterLayout &layout, QWidget *parent = nullptr);
    LetterLayout layout() const; // the given layout with this form's fields applied

private:
    void applyPreset(int index);

    LetterLayout m_base;
    QComboBox *m_paper;
    QComboBox *m_preset;
    QDoubleSpinBox *m_left;
    QDoubleSpinBox *m_top;
    QDoubleSpinBox *m_width;
    QDoubleSpinBox *m_height;
    QCheckBox *m_foldMarks;
    QFontComboBox *m_font;
};

} // namespace pcc
