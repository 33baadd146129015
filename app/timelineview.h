// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tilecache.h"
#include "timelineframe.h"
#include "timelinerenderer.h"

#include <QPoint>
#include <QWidget>

#include <memory>

class QScrollBar;

namespace entente {

class EventStore;
struct StoreChange;

// The zoomable timeline. Fetches the events of the visible window (plus a screen either side)
// from the store by time range and hands them to TimelineRenderer: no widget or graphics item
// per event, so a frame costs what is visible.
class TimelineView final : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineView(QWidget *parent = nullptr);
    ~TimelineView() override;

    // Background (the default): tiles are read on a worker thread and drawn when they arrive.
    // Immediate: read when needed, on this thread (headless export).
    void setFetchMode(TileCache::Mode mode);
    void setStore(EventStore *store);
    // Waits (running the event loop) until everything the current view needs has arrived and
    // is laid out; false on timeout. For exports, tests and benchmarks.
    bool waitForData(int timeoutMs = 30000);
    EventStore *store() const { return m_store; }

    const TimeScale &scale() const { return m_frame.scale; }
    void setVisibleRange(qint64 from, qint64 to);
    qint64 selectedEventId() const { return m_frame.selectedEventId; }
    // Where an event is drawn now (widget coordinates), empty if it is not on screen.
    QRectF eventRect(qint64 eventId);

    QSize sizeHint() const override { return {900, 500}; }

public slots:
    void setSelectedEventId(qint64 eventId);
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    void ensureVisible(qint64 eventId);

signals:
    void selectedEventChanged(qint64 eventId);
    void visibleRangeChanged(qint64 from, qint64 to);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    static qint64 nowSecond();
    void reloadFromStore();
    void onStoreChanged(const StoreChange &change);
    bool assembleFrame(); // true when every tile the view needs was there
    QList<qint64> visibleLaneActors() const;
    void collectVisible(const QList<const Tile *> &tiles, bool summarized);
    void scrollToLaneOf(const Event &event);
    void relayout();
    void ensureLayout();
    void syncScaleWidth();
    QSize contentSize() const;
    void zoomAboutTimeX(double x, double factor);
    void scaleChanged();

    EventStore *m_store = nullptr;
    TimelineFrame m_frame;
    TimelineRenderer m_renderer;
    TileCache::Mode m_fetchMode = TileCache::Mode::Background;
    std::unique_ptr<TileCache> m_tiles;
    bool m_dataComplete = false;
    QList<qint64> m_assembledLanes; // the lanes whose tiles the frame was built from
    Event m_selectedEvent;
    bool m_layoutDirty = true;
    QPoint m_pressPos;
    QPoint m_lastDragPos;
    bool m_dragging = false;
    QScrollBar *m_verticalBar;
};

} // namespace entente
