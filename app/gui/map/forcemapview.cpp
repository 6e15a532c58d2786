#include "map/forcemapview.h"

#include "forceids.h"
#include "mapcolours.h"
#include "map/mapcontrols.h"
#include "mappainter.h"

#include <QAccessible>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

using namespace Qt::StringLiterals;

namespace pcc {

ForceMapView::ForceMapView(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_AcceptTouchEvents);
    setMinimumSize(320, 360);
    setAccessibleName(tr("Map of police force areas"));
    setAccessibleDescription(tr("Arrow keys move between neighbouring areas; Enter selects; plus and minus zoom."));

    MapControls::Actions actions;
    actions.zoomIn = [this] { zoomBy(1.5, rect().center()); };
    actions.zoomOut = [this] { zoomBy(1 / 1.5, rect().center()); };
    actions.showAll = [this] { resetView(); };
    actions.london = [this] { zoomToLondon(); };
    m_controls = std::make_unique<MapControls>(this, actions);
    m_controls->setVisible(false); // until there is a map: nothing to zoom before, and painting them cost the first paint 1%
}

QList<QToolButton *> ForceMapView::controls() const
{
    return m_controls->buttons();
}

ForceMapView::~ForceMapView()
{
    for (const unsigned id : std::as_const(m_accessibleChildIds))
        QAccessible::deleteAccessibleInterface(id);
}

void ForceMapView::setAreas(const ForceAreas &areas)
{
    m_areas = areas;
    m_placeholder.clear();
    m_controls->setVisible(!m_areas.isEmpty());
    m_viewport.setWorld(m_areas.bounds());
    m_viewport.resize(size());
    resetView();
}

void ForceMapView::setProgress(const QHash<QString, ForceProgress> &progress, const QString &scopeLabel)
{
    m_progress = progress;
    m_scopeLabel = scopeLabel;
    update();
}

void ForceMapView::setColouringMode(Colouring mode)
{
    m_colouringMode = mode;
    update();
}

void ForceMapView::setResponsiveness(const QList<ForceResponsiveness> &figures)
{
    m_responsiveness = figures;
    update();
}

MapColouring ForceMapView::colouring() const
{
    switch (m_colouringMode) {
    case Colouring::Evidence:
        return MapColouring::byEvidence(m_directory, isDark());
    case Colouring::Replies:
        return MapColouring::byReplies(m_responsiveness, m_scopeLabel, isDark());
    case Colouring::Status:
        break;
    }
    return MapColouring::byProgress(m_progress, m_scopeLabel, isDark());
}

void ForceMapView::setCandidates(const QStringList &ids)
{
    m_candidates = ids;
    update();
}

void ForceMapView::setSelectedForce(const QString &id)
{
    if (!id.isEmpty())
        m_candidates.clear();
    if (m_selected == id) {
        update();
        return;
    }
    m_selected = id;
    if (!id.isEmpty())
        m_current = id;
    update();
}

bool ForceMapView::isDark() const
{
    return palette().color(QPalette::Window).lightness() < 128;
}

void ForceMapView::fitTo(const QRectF &projected)
{
    m_viewport.fitTo(projected);
    update();
}

QPointF ForceMapView::toWidget(const QPointF &projected) const
{
    return m_viewport.toWidget(projected);
}

QPointF ForceMapView::toProjected(const QPointF &widgetPoint) const
{
    return m_viewport.toProjected(widgetPoint);
}

QRectF ForceMapView::areaRectOnWidget(const QString &id) const
{
    const ForceArea *a = m_areas.area(id);
    return a ? m_viewport.transform().mapRect(a->bounds) : QRectF();
}

void ForceMapView::resetView()
{
    // England and Wales fill the view; Scotland's south and Northern Ireland show at the edges.
    QRectF focus;
    for (const ForceArea &a : m_areas.areas()) {
        if (ForceIds::isForce(a.id))
            focus = focus.united(a.bounds);
    }
    fitTo(focus.isEmpty() ? m_areas.bounds() : focus);
}

void ForceMapView::zoomToLondon()
{
    if (const ForceArea *met = m_areas.area(u"metropolitan"_s))
        fitTo(met->bounds.adjusted(-met->bounds.width() * 0.1, -met->bounds.height() * 0.1,
                                   met->bounds.width() * 0.1, met->bounds.height() * 0.1));
}

void ForceMapView::zoomBy(double factor, const QPointF &anchor)
{
    m_viewport.zoomBy(factor, anchor);
    update();
}

void ForceMapView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_controls->layout(width());
    m_viewport.resize(size());
}

void ForceMapView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const bool dark = isDark();
    p.fillRect(rect(), MapColours::sea(dark));
    if (m_areas.isEmpty()) {
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(rect(), Qt::AlignCenter,
                   m_placeholder.isEmpty() ? tr("The map data could not be loaded. Use the list instead.") : m_placeholder);
        return;
    }
    const QTransform t = m_viewport.transform();
    const QRectF visible = t.inverted().mapRect(QRectF(rect()));
    const MapColouring colours = colouring();
    MapPainter::paintAreas(p, m_areas, t, colours, dark, visible, {m_selected, m_hovered});
    // Outlines on top, so neighbours never hide them.
    auto outline = [&](const QString &id, const QColor &colour, double width, Qt::PenStyle style) {
        if (const ForceArea *a = m_areas.area(id)) {
            p.setBrush(Qt::NoBrush);
            p.setPen(QPen(colour, width, style, Qt::RoundCap, Qt::RoundJoin));
            p.drawPath(t.map(a->path));
        }
    };
    if (hasFocus() && m_current != m_selected)
        outline(m_current, MapColours::selectedOutline(dark), 1.5, Qt::DashLine);
    const QColor focusColour = palette().color(QPalette::Highlight);
    for (const QString &id : std::as_const(m_candidates))
        outline(id, MapColours::selectedOutline(dark), 2.5, Qt::DashLine);
    outline(m_hovered, MapColours::selectedOutline(dark), 1.5, Qt::SolidLine);
    outline(m_selected, MapColours::selectedOutline(dark), 3.0, Qt::SolidLine);
    // The keyboard's place: the area Enter would choose, in the focus colour, even when it is
    // the one selected; and a ring round the whole map, as any focused control has.
    if (hasFocus()) {
        outline(m_current, focusColour, 2.0, Qt::DashLine);
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(focusColour, 2));
        p.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
    }

    // The key first, where it hides no area; labels then keep off it.
    m_legend.place(this, t, m_areas, colours, font(), m_controls->rect(), m_selected);
    QList<QRectF> taken{m_controls->rect(), m_legend.rect()};
    // Scotland and Northern Ireland carry a short note; then the selected, the candidates, the
    // hovered and the keyboard's area. Each is labelled once, whatever else it also is.
    QStringList labelled{ForceIds::Scotland, ForceIds::NorthernIreland, m_selected};
    labelled << m_candidates << m_hovered << (hasFocus() ? m_current : QString());
    labelled.removeAll(QString());
    labelled.removeDuplicates();
    m_labels.paint(p, m_areas, t, rect(), labelled, dark, taken);
    m_legend.paint(p, colours, font(), dark);
}

// A name drawn on the map stands for its area (see MapLabels); elsewhere the area under the point.
QString ForceMapView::areaAtWidget(const QPointF &pos) const
{
    const QString named = m_labels.areaAt(pos);
    return named.isEmpty() ? m_areas.areaAt(toProjected(pos)) : named;
}

QString ForceMapView::accessibleTextFor(const QString &id) const
{
    const ForceArea *a = m_areas.area(id);
    if (!a)
        return {};
    if (ForceIds::isNoPccArea(id))
        return tr("%1: no police and crime commissioner").arg(a->name);
    QString text = a->name;
    if (const ForceRecord *f = m_directory.force(id)) {
        text += u", "_s + bodyKindLabel(f->bodyKind);
        if (!f->holder.name.isEmpty())
            text += u", "_s + f->holder.name;
    }
    text += u", "_s + forceProgressLabel(m_progress.value(id, ForceProgress::NotContacted));
    if (m_colouringMode == Colouring::Evidence) {
        if (const ForceRecord *f = m_directory.force(id))
            text += u", "_s + advocacyStatusLabel(f->stalkingSupport.status);
    }
    return text;
}

void ForceMapView::setHovered(const QString &id)
{
    if (m_hovered == id)
        return;
    m_hovered = id;
    setCursor(id.isEmpty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
    update();
}

void ForceMapView::setCurrent(const QString &id)
{
    if (id.isEmpty() || m_current == id)
        return;
    m_current = id;
    // Keep the keyboard focus on screen.
    const QRectF r = areaRectOnWidget(id);
    if (!rect().contains(r.center().toPoint()))
        m_viewport.centreOn(m_areas.area(id)->labelPoint);
    update();
    if (QAccessible::isActive()) {
        const auto &areas = m_areas.areas();
        for (qsizetype i = 0; i < areas.size(); ++i) {
            if (areas.at(i).id == id) {
                QAccessibleEvent ev(this, QAccessible::Focus);
                ev.setChild(int(i));
                QAccessible::updateAccessibility(&ev);
            }
        }
    }
}

void ForceMapView::activate(const QString &id)
{
    if (id.isEmpty())
        return;
    if (ForceIds::isNoPccArea(id)) {
        emit noPccAreaClicked(id);
        return;
    }
    setCurrent(id);
    setSelectedForce(id);
    emit forceClicked(id);
}

void ForceMapView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_pressed && (event->buttons() & Qt::LeftButton)) {
        if (!m_dragging && (event->position().toPoint() - m_pressPos).manhattanLength() > 4)
            m_dragging = true;
        if (m_dragging) {
            m_viewport.panBy(event->position() - m_lastDragPos);
            m_lastDragPos = event->position();
            update();
            return;
        }
    }
    setHovered(areaAtWidget(event->position()));
}

void ForceMapView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    if (m_legend.toggleAt(event->position())) { // opens or folds the key; selects nothing
        update();
        return;
    }
    m_pressed = true;
    m_dragging = false;
    m_pressPos = event->position().toPoint();
    m_lastDragPos = event->position();
}

void ForceMapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressed)
        return;
    m_pressed = false;
    if (m_dragging) {
        m_dragging = false;
        return;
    }
    activate(areaAtWidget(event->position()));
}

void ForceMapView::wheelEvent(QWheelEvent *event)
{
    event->accept();
    // A trackpad's scroll goes on after the fingers lift (momentum): that never zooms.
    if (event->phase() == Qt::ScrollMomentum)
        return;
    // Two fingers on a trackpad (pixel deltas, no Ctrl) move the map, as in any map app;
    // pinching zooms (the native gesture below). A mouse wheel, or Ctrl with a trackpad, zooms.
    if (!event->pixelDelta().isNull() && !(event->modifiers() & Qt::ControlModifier)) {
        m_viewport.panBy(QPointF(event->pixelDelta()));
        update();
        return;
    }
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoomBy(std::pow(1.25, steps), event->position());
}

void ForceMapView::leaveEvent(QEvent *event)
{
    setHovered({});
    QWidget::leaveEvent(event);
}

void ForceMapView::focusInEvent(QFocusEvent *event)
{
    if (m_current.isEmpty())
        m_current = m_selected.isEmpty() ? u"west-midlands"_s : m_selected;
    QWidget::focusInEvent(event);
    update();
}

void ForceMapView::keyPressEvent(QKeyEvent *event)
{
    double dx = 0;
    double dy = 0;
    switch (event->key()) {
    case Qt::Key_Left: dx = -1; break;
    case Qt::Key_Right: dx = 1; break;
    case Qt::Key_Up: dy = -1; break;
    case Qt::Key_Down: dy = 1; break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        activate(m_current);
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.5, rect().center());
        return;
    case Qt::Key_Minus:
        zoomBy(1 / 1.5, rect().center());
        return;
    case Qt::Key_0:
        resetView();
        return;
    case Qt::Key_L:
        zoomToLondon();
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    if (m_current.isEmpty())
        m_current = u"west-midlands"_s;
    const QString next = m_areas.neighbourInDirection(m_current, dx, dy);
    if (!next.isEmpty())
        setCurrent(next);
}

bool ForceMapView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString id = areaAtWidget(help->pos());
        if (id.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), accessibleTextFor(id), this);
        return true;
    }
    if (event->type() == QEvent::NativeGesture) {
        auto *g = static_cast<QNativeGestureEvent *>(event);
        if (g->gestureType() == Qt::ZoomNativeGesture) {
            zoomBy(1.0 + g->value(), g->position());
            return true;
        }
    }
    return QWidget::event(event);
}

} // namespace pcc
