#include "letters/letterlayoutform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFontComboBox>
#include <QFormLayout>

using namespace Qt::StringLiterals;

namespace pcc {

LetterLayoutForm::LetterLayoutForm(const LetterLayout &layout, QWidget *parent)
    : QWidget(parent)
    , m_base(layout)
    , m_paper(new QComboBox(this))
    , m_preset(new QComboBox(this))
    , m_left(new QDoubleSpinBox(this))
    , m_top(new QDoubleSpinBox(this))
    , m_width(new QDoubleSpinBox(this))
    , m_height(new QDoubleSpinBox(this))
    , m_foldMarks(new QCheckBox(tr("Print &fold marks"), this))
    , m_font(new QFontComboBox(this))
{
    m_font->setFontFilters(QFontComboBox::ScalableFonts);
    m_font->setCurrentFont(QFont(layout.fontFamily));
    m_font->setToolTip(tr("One typeface for the whole letter, in print and in PDFs"));
    m_paper->addItem(tr("A4"), int(QPageSize::A4));
    m_paper->addItem(tr("US Letter"), int(QPageSize::Letter));
    m_paper->setCurrentIndex(layout.pageSize == QPageSize::Letter ? 1 : 0);
    m_preset->addItems({tr("DL window envelope (A4 folded in three)"), tr("C5 window envelope (A4 folded once)"), tr("Custom")});
    for (QDoubleSpinBox *box : {m_left, m_top, m_width, m_height}) {
        box->setRange(0, 250);
        box->setSuffix(tr(" mm"));
        box->setDecimals(1);
    }
    m_left->setValue(layout.windowMm.left());
    m_top->setValue(layout.windowMm.top());
    m_width->setValue(layout.windowMm.width());
    m_height->setValue(layout.windowMm.height());
    m_foldMarks->setChecked(layout.foldMarks);
    m_preset->setCurrentIndex(layout.presetName() == u"DL"_s ? 0 : layout.presetName() == u"C5"_s ? 1 : 2);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Paper:"), m_paper);
    form->addRow(tr("&Envelope:"), m_preset);
    form->addRow(tr("Window from &left:"), m_left);
    form->addRow(tr("Window from &top:"), m_top);
    form->addRow(tr("Window &width:"), m_width);
    form->addRow(tr("Window &height:"), m_height);
    form->addRow(tr("&Typeface:"), m_font);
    form->addRow(QString(), m_foldMarks);

    connect(m_preset, &QComboBox::activated, this, &LetterLayoutForm::applyPreset);
    for (QDoubleSpinBox *box : {m_left, m_top, m_width, m_height}) {
        connect(box, &QDoubleSpinBox::valueChanged, this, [this] {
            const QString name = this->layout().presetName();
            m_preset->setCurrentIndex(name == u"DL"_s ? 0 : name == u"C5"_s ? 1 : 2);
        });
    }
}

void LetterLayoutForm::applyPreset(int index)
{
    if (index > 1)
        return;
    const LetterLayout preset = index == 0 ? LetterLayout::dlPreset() : LetterLayout::c5Preset();
    m_left->setValue(preset.windowMm.left());
    m_top->setValue(preset.windowMm.top());
    m_width->setValue(preset.windowMm.width());
    m_height->setValue(preset.windowMm.height());
}

LetterLayout LetterLayoutForm::layout() const
{
    LetterLayout l = m_base;
    l.pageSize = QPageSize::PageSizeId(m_paper->currentData().toInt());
    l.windowMm = QRectF(m_left->value(), m_top->value(), m_width->value(), m_height->value());
    l.foldMarks = m_foldMarks->isChecked();
    l.fontFamily = m_font->currentFont().family();
    return l;
}

} // namespace pcc
