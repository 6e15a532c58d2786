// The menu bar's overflow icon is read only when it is drawn, and looks as the style's own.
#include "catchcompat.h"

#include "shell/deferrediconengine.h"
#include "shell/deferrediconstyle.h"

#include <QApplication>
#include <QImage>
#include <QPixmap>
#include <QStyleFactory>
#include <QToolButton>

#include <memory>

using namespace pcc;
using namespace Qt::StringLiterals;

TEST_CASE("deferred icon: nothing is made until the icon is drawn, and then only once", "[gui][startup]")
{
    int made = 0;
    QPixmap red(16, 16);
    red.fill(Qt::red);
    QIcon icon(new DeferredIconEngine([&] {
        ++made;
        return QIcon(red);
    }));
    CHECK_FALSE(icon.isNull());
    QIcon copy = icon;
    QToolButton button;
    button.setIcon(copy);
    (void)button.sizeHint();
    CHECK(made == 0);

    const QImage drawn = icon.pixmap(QSize(16, 16)).toImage();
    CHECK(made == 1);
    REQUIRE_FALSE(drawn.isNull());
    CHECK(drawn.pixelColor(8, 8) == QColor(Qt::red));
    (void)icon.pixmap(QSize(16, 16));
    CHECK(made == 1);
}

TEST_CASE("deferred icon style: the overflow buttons look as the style's own, and every other icon is the style's", "[gui][startup]")
{
    DeferredIconStyle style(u"fusion"_s);
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"fusion"_s));
    REQUIRE(fusion);
    for (const auto which : {QStyle::SP_ToolBarHorizontalExtensionButton, QStyle::SP_ToolBarVerticalExtensionButton,
                             QStyle::SP_DialogOkButton, QStyle::SP_MessageBoxWarning}) {
        INFO(int(which));
        const QImage ours = style.standardIcon(which).pixmap(QSize(16, 16)).toImage().convertToFormat(QImage::Format_ARGB32);
        const QImage theirs = fusion->standardIcon(which).pixmap(QSize(16, 16)).toImage().convertToFormat(QImage::Format_ARGB32);
        REQUIRE_FALSE(theirs.isNull());
        CHECK(ours == theirs);
    }
}
