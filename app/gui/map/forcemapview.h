#pragma once

#include "contactrecord.h"
#include "directory.h"
#include "forceareas.h"
#include "mapviewport.h"
#include "map/maplabels.h"
#include "map/maplegend.h"
#include "mapcolouring.h"

#include <QHash>
#include <QWidget>

#include <memory>

class QToolButton;

namespace pcc {

class MapControls;

// The clickable map of police force areas: hover, click to select, wheel/pinch zoom,
// drag to pan, a one-click zoom to London, keyboard navigation between neighbours, and
// one accessible child per area (see ForceMapAccessible).
class ForceMapView : public QWidget
{
    Q_OBJECT
public:
    explicit ForceMapView(QWidget *parent = nullptr);
    ~ForceMapView() override;

    void setAreas(const ForceAreas &areas);
    void setPlaceholderText(const QString &text) { m_placeholder = text; update(); }
    void setDirectory(const Directory &directory) { m_directory = directory; update(); }
    void setProgress(const QHash<QString, ForceProgress> &progress, const QString &scopeLabel);
    QString scopeLabel() const { return m_scopeLabel; } // whose contacts the colours show
    enum class Colouring { Status, Evidence, Replies }; // the contact status (default), what each office funds, how it answers
    void setResponsiveness(const QList<ForceResponsiveness> &figures);
    void setColouringMode(Colouring mode);
    Colouring colouringMode() const { return m_colouringMode; }
    MapColouring colouring() const; // what the view paints now
    const ForceAreas &areas() const { return m_areas; }

    QString selectedForce() const { return m_selected; }
    QString currentForce() const { return m_current; } // keyboard focus
    QString hoveredForce() const { return m_hovered; }
    void setSelectedForce(const QString &id);
    // Areas a postcode could be in, outlined (dashed) until one is chosen; cleared by a selection.
    void setCandidates(const QStringList &ids);
    QStringList candidates() const { return m_candidates; }
    QList<QToolButton *> controls() const; // zoom in, out, all, London
    QStringList labelledAreas() const { return m_labels.labelled(); } // named on the map at the last paint
    QRectF labelRect(const QString &id) const { return m_labels.rect(id); } // where its name was drawn, empty if it was not

    QPointF toWidget(const QPointF &projected) const;
    QPointF toProjected(const QPointF &widgetPoint) const;
    QRectF areaRectOnWidget(const QString &id) const;
    QString accessibleTextFor(const QString &id) const;
    QRectF legendRect() const { return m_legend.rect(); } // where the key was last drawn
    bool isLegendFolded() const { return m_legend.isFolded(); }
    double zoom() const { return m_viewport.zoom(); }

    void zoomBy(double factor, const QPointF &anchor);
    void resetView();
    void zoomToLondon();

    QSize sizeHint() const override { return {700, 800}; }

    // Accessible children are registered once per area and removed with the view.
    QHash<int, unsigned> &accessibleChildIds() { return m_accessibleChildIds; }

signals:
    void forceClicked(const QString &id);   // a force area chosen by click or Enter
    void noPccAreaClicked(const QString &id);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    bool event(QEvent *event) override;

private:
    void fitTo(const QRectF &projected); // and keep it fitted while the widget is resized
    void setHovered(const QString &id);
    void setCurrent(const QString &id);
    void activate(const QString &id);
    QString areaAtWidget(const QPointF &pos) const;
    bool isDark() const;

    ForceAreas m_areas;
    Directory m_directory;
    QHash<QString, ForceProgress> m_progress;
    QList<ForceResponsiveness> m_responsiveness;
    QString m_scopeLabel;
    Colouring m_colouringMode = Colouring::Status;
    QString m_placeholder;
    MapLegend m_legend;
    QString m_selected;
    QStringList m_candidates;
    MapLabels m_labels;
    QString m_hovered;
    QString m_current;
    MapViewport m_viewport;
    QPoint m_pressPos;
    QPointF m_lastDragPos;
    bool m_dragging = false;
    bool m_pressed = false;
    std::unique_ptr<MapControls> m_controls;
    QHash<int, unsigned> m_accessibleChildIds;
};

} // namespace pcc
