#include "map/forcemapaccessible.h"

#include "map/forcemapview.h"

#include <QPointer>

using namespace Qt::StringLiterals;

namespace pcc {

namespace {

class AreaAccessible : public QAccessibleInterface, public QAccessibleActionInterface
{
public:
    AreaAccessible(ForceMapView *view, int index)
        : m_view(view), m_index(index)
    {
    }

    bool isValid() const override { return m_view && m_index < m_view->areas().areas().size(); }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_view ? m_view->window()->windowHandle() : nullptr; }
    QAccessibleInterface *parent() const override { return QAccessible::queryAccessibleInterface(m_view); }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessible::Role role() const override { return QAccessible::Button; }
    void setText(QAccessible::Text, const QString &) override {}

    QString id() const { return isValid() ? m_view->areas().areas().at(m_index).id : QString(); }

    QString text(QAccessible::Text t) const override
    {
        if (!isValid())
            return {};
        if (t == QAccessible::Name)
            return m_view->accessibleTextFor(id());
        if (t == QAccessible::Description)
            return ForceMapView::tr("Press Enter to show this area's policing body and contact details.");
        return {};
    }

    QRect rect() const override
    {
        if (!isValid())
            return {};
        const QRect local = m_view->areaRectOnWidget(id()).toAlignedRect().intersected(m_view->rect());
        return QRect(m_view->mapToGlobal(local.topLeft()), local.size());
    }

    QAccessible::State state() const override
    {
        QAccessible::State s;
        if (!isValid())
            return s;
        s.selectable = true;
        s.focusable = true;
        s.selected = m_view->selectedForce() == id();
        s.focused = m_view->hasFocus() && m_view->currentForce() == id();
        s.hotTracked = m_view->hoveredForce() == id();
        s.offscreen = !m_view->rect().intersects(m_view->areaRectOnWidget(id()).toAlignedRect());
        return s;
    }

    void *interface_cast(QAccessible::InterfaceType type) override
    {
        return type == QAccessible::ActionInterface ? static_cast<QAccessibleActionInterface *>(this) : nullptr;
    }
    QStringList actionNames() const override { return {pressAction()}; }
    void doAction(const QString &name) override
    {
        if (name == pressAction() && isValid())
            emit m_view->forceClicked(id());
    }
    QStringList keyBindingsForAction(const QString &) const override { return {}; }

private:
    QPointer<ForceMapView> m_view;
    int m_index;
};

} // namespace

ForceMapAccessible::ForceMapAccessible(QWidget *widget)
    : QAccessibleWidget(widget, QAccessible::List)
{
}

QAccessibleInterface *ForceMapAccessible::factory(const QString &className, QObject *object)
{
    if (className == u"pcc::ForceMapView"_s && object && object->isWidgetType())
        return new ForceMapAccessible(static_cast<QWidget *>(object));
    return nullptr;
}

ForceMapView *ForceMapAccessible::mapView() const
{
    return static_cast<ForceMapView *>(widget());
}

int ForceMapAccessible::childCount() const
{
    return int(mapView()->areas().areas().size());
}

QAccessibleInterface *ForceMapAccessible::child(int index) const
{
    if (index < 0 || index >= childCount())
        return nullptr;
    QHash<int, unsigned> &ids = mapView()->accessibleChildIds();
    if (const auto it = ids.constFind(index); it != ids.cend()) {
        if (QAccessibleInterface *existing = QAccessible::accessibleInterface(*it))
            return existing;
    }
    auto *iface = new AreaAccessible(mapView(), index);
    ids.insert(index, QAccessible::registerAccessibleInterface(iface));
    return iface;
}

int ForceMapAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    for (int i = 0; i < childCount(); ++i) {
        if (this->child(i) == child)
            return i;
    }
    return -1;
}

QAccessibleInterface *ForceMapAccessible::childAt(int x, int y) const
{
    const QPoint local = mapView()->mapFromGlobal(QPoint(x, y));
    const QString id = mapView()->areas().areaAt(mapView()->toProjected(local));
    const auto &areas = mapView()->areas().areas();
    for (qsizetype i = 0; i < areas.size(); ++i) {
        if (areas.at(i).id == id)
            return child(int(i));
    }
    return nullptr;
}

QAccessibleInterface *ForceMapAccessible::focusChild() const
{
    const auto &areas = mapView()->areas().areas();
    for (qsizetype i = 0; i < areas.size(); ++i) {
        if (areas.at(i).id == mapView()->currentForce())
            return child(int(i));
    }
    return nullptr;
}

} // namespace pcc
