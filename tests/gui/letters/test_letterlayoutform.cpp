// Page setup's envelope choice: DL and C5 set the window to their measurements; Custom keeps the
// volunteer's own, and changing a measurement by hand makes the choice Custom.
#include "catchcompat.h"

#include "letterlayout.h"
#include "letters/letterlayoutform.h"

#include <QComboBox>
#include <QDoubleSpinBox>

using namespace Qt::StringLiterals;
using namespace pcc;

TEST_CASE("page setup: an envelope preset sets the window, and Custom keeps the volunteer's measurements", "[gui][letter]")
{
    LetterLayoutForm form(LetterLayout::dlPreset());
    QComboBox *envelope = nullptr;
    for (QComboBox *box : form.findChildren<QComboBox *>()) {
        if (box->count() == 3 && box->itemText(2) == u"Custom"_s)
            envelope = box;
    }
    REQUIRE(envelope);
    const QList<QDoubleSpinBox *> window = form.findChildren<QDoubleSpinBox *>(); // left, top, width, height
    REQUIRE(window.size() == 4);
    auto choose = [envelope](int index) {
        envelope->setCurrentIndex(index);
        emit envelope->activated(index);
    };
    CHECK(form.layout().presetName() == u"DL"_s);

    choose(1);
    CHECK(form.layout().presetName() == u"C5"_s);
    CHECK(form.layout().windowMm == LetterLayout::c5Preset().windowMm);

    window.at(0)->setValue(window.at(0)->value() + 3); // the volunteer measured their own envelope
    CHECK(envelope->currentIndex() == 2);
    const QRectF own = form.layout().windowMm;
    CHECK(form.layout().presetName() == u"custom"_s);
    choose(2); // Custom, chosen again: the measurements stay
    CHECK(form.layout().windowMm == own);

    choose(0);
    CHECK(form.layout().windowMm == LetterLayout::dlPreset().windowMm);
    CHECK(form.layout().presetName() == u"DL"_s);
}
