#include "map/mapcontrols.h"

#include <QToolButton>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pcc {

namespace {
constexpr int kControlSize = 30;
constexpr int kMargin = 8;
} // namespace

MapControls::MapControls(QWidget *map, const Actions &actions)
{
    const struct
    {
        QString text;
        QString tip;
        std::function<void()> action;
    } controls[] = {
        {u"+"_s, tr("Zoom in (+)"), actions.zoomIn},
        {u"−"_s, tr("Zoom out (−)"), actions.zoomOut},
        {u"⟲"_s, tr("Show all of England and Wales (0)"), actions.showAll},
        {tr("London"), tr("Zoom to London: the Metropolitan and City of London areas (L)"), actions.london},
    };
    for (const auto &c : controls) {
        auto *button = new QToolButton(map);
        button->setText(c.text);
        button->setToolTip(c.tip);
        button->setAccessibleName(c.tip);
        button->setFocusPolicy(Qt::TabFocus);
        QObject::connect(button, &QToolButton::clicked, map, c.action);
        m_buttons.append(button);
    }
}

void MapControls::layout(int mapWidth)
{
    int x = mapWidth - kMargin;
    for (qsizetype i = m_buttons.size() - 1; i >= 0; --i) {
        QToolButton *b = m_buttons.at(i);
        const int w = std::max(kControlSize, b->sizeHint().width());
        x -= w;
        b->setGeometry(x, kMargin, w, kControlSize);
        x -= 4;
    }
}

void MapControls::setVisible(bool visible)
{
    for (QToolButton *b : std::as_const(m_buttons))
        b->setVisible(visible);
}

QRectF MapControls::rect() const
{
    QRectF r;
    for (const QToolButton *b : m_buttons)
        r = r.united(b->geometry());
    return r.adjusted(-kMargin, -kMargin, kMargin, kMargin);
}

} // namespace pcc
