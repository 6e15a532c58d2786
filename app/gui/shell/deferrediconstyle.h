#pragma once

#include <QProxyStyle>

namespace pcc {

// The platform's own style, except that the overflow buttons' icons (the "»" a menu bar or tool
// bar shows when the window is too narrow for it) are read only when first drawn. Qt's menu bar
// asks for its icon as it is made, and reading that one small PNG loads every image-format
// plugin there is (GIF, ICO, JPEG, SVG): a tenth of the time to the first paint, for a button
// that shows only in a narrow window.
class DeferredIconStyle : public QProxyStyle
{
    Q_OBJECT
public:
    explicit DeferredIconStyle(const QString &baseStyleName);

    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option = nullptr, const QWidget *widget = nullptr) const override;
};

} // namespace pcc
