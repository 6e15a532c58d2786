#pragma once

#include "letterlayout.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QCheckBox;
class QFontComboBox;

namespace pcc {

// Paper size and the envelope window position (DL and C5 presets, or custom offsets),
// with a test page to hold against a real envelope.
class PageSetupDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PageSetupDialog(const LetterLayout &layout, QWidget *parent = nullptr);
    LetterLayout layout() const;

signals:
    void testPageRequested(const LetterLayout &layout);

private:
    void applyPreset(int index);

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
