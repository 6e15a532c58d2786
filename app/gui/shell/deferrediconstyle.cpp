#include "shell/deferrediconstyle.h"

#include "shell/deferrediconengine.h"

#include <QPointer>

namespace pcc {

DeferredIconStyle::DeferredIconStyle(const QString &baseStyleName)
    : QProxyStyle(baseStyleName)
{
}

QIcon DeferredIconStyle::standardIcon(StandardPixmap icon, const QStyleOption *option, const QWidget *widget) const
{
    if (icon != SP_ToolBarHorizontalExtensionButton && icon != SP_ToolBarVerticalExtensionButton)
        return QProxyStyle::standardIcon(icon, option, widget);
    // The base style's icon, asked for without the option and widget, which may be gone by then.
    QPointer<QStyle> base = baseStyle();
    return QIcon(new DeferredIconEngine([base, icon] { return base ? base->standardIcon(icon) : QIcon(); }));
}

} // namespace pcc
