#pragma once

#include <QAccessibleWidget>

namespace pcc {

class ForceMapView;

// Screen-reader view of the map: one child per area with its name, body, holder and
// contact status (the same pattern as Qt's QAccessibleTabBar).
class ForceMapAccessible : public QAccessibleWidget
{
public:
    explicit ForceMapAccessible(QWidget *widget);

    static QAccessibleInterface *factory(const QString &className, QObject *object);

    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *focusChild() const override;

    ForceMapView *mapView() const;
};

} // namespace pcc
