#pragma once

#include <QCoreApplication>
#include <QList>
#include <QRectF>

#include <functional>

class QToolButton;
class QWidget;

namespace pcc {

// The map's buttons in its top right corner: zoom in, zoom out, all of England and Wales,
// London. Children of the map; it lays them out and keeps its labels off them.
class MapControls
{
    Q_DECLARE_TR_FUNCTIONS(pcc::MapControls)

public:
    struct Actions
    {
        std::function<void()> zoomIn;
        std::function<void()> zoomOut;
        std::function<void()> showAll;
        std::function<void()> london;
    };

    MapControls(QWidget *map, const Actions &actions);

    void layout(int mapWidth);
    void setVisible(bool visible); // shown with the map: they have nothing to act on before
    QRectF rect() const; // the buttons and a margin round them
    QList<QToolButton *> buttons() const { return m_buttons; }

private:
    QList<QToolButton *> m_buttons;
};

} // namespace pcc
