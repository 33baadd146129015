// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "frameassembler.h"
#include "lanearrangements.h"
#include "tilecache.h"
#include "timelineeditor.h"
#include "timelineframe.h"
#include "timelinenavigator.h"
#include "timelinerenderer.h"
#include "timelineselection.h"

#include <QAbstractSlider>
#include <QPoint>
#include <QSet>
#include <QWidget>

#include <utility>

class QAction;
class QHelpEvent;
class QPainter;
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
    // The tiles it has read and asked for; none without a store. For tests and benchmarks.
    TileCache *tiles() const { return m_assembler.tiles(); }
    // Why the last read of the timeline failed, drawn in place of the lanes; empty once a
    // frame has all its data.
    QString fetchError() const { return m_fetchError; }

    const TimeScale &scale() const { return m_frame.scale; }
    void setVisibleRange(qint64 from, qint64 to);
    qint64 selectedEventId() const { return m_frame.selectedEventId; }
    // Every selected event, the current one first.
    QList<qint64> selectedEventIds() const;
    // Selects these events; `current` (one of them, or 0) is the one details and keys follow.
    void setSelection(const QList<qint64> &eventIds, qint64 current);
    TimelineFrame::ColourBy colourBy() const { return m_frame.colourBy; }
    void setColourBy(TimelineFrame::ColourBy colourBy);
    bool showsLegend() const { return m_frame.showLegend; }
    void setShowLegend(bool show);
    // Events not among the matches are drawn faint (none: nothing is asked); F3 and Shift+F3
    // step through them.
    void setMatches(std::shared_ptr<const entente::MatchSet> matches);
    const std::shared_ptr<const MatchSet> &matches() const { return m_frame.matches; }
    // The corner the user put the legend in; none: wherever it covers the fewest labels.
    std::optional<Qt::Corner> legendCorner() const { return m_frame.legendCorner; }
    void setLegendCorner(std::optional<Qt::Corner> corner);
    // Where the legend is drawn now; empty when there is none.
    QRectF legendRect();
    // Folds the lanes of the people under an actor into its lane, or unfolds them.
    void toggleLane(qint64 actorId);
    // Lanes by actor, by category, or one packed lane. Each mode keeps its own hidden lanes and
    // order.
    LaneModel::Mode laneMode() const { return m_lanes.mode(); }
    void setLaneMode(LaneModel::Mode mode);
    const LaneModel &lanes() const { return m_frame.lanes; }
    // A mode's hidden, moved and folded lanes.
    const LaneModel::Arrangement &arrangement(LaneModel::Mode mode) const
    {
        return m_lanes.of(mode);
    }
    void setArrangement(LaneModel::Mode mode, const LaneModel::Arrangement &arrangement);
    // Every mode's arrangement and the mode, as one, for saving and restoring.
    const LaneArrangements &laneArrangements() const { return m_lanes; }
    void setLaneArrangements(const LaneArrangements &lanes);
    void hideLane(qint64 key);
    void showLane(qint64 key);
    void showAllLanes();
    // The lanes hidden in this mode, by key, with their names.
    QList<std::pair<qint64, QString>> hiddenLanes() const;
    // Moves a lane up (steps < 0) or down among the lanes of the same parent; false when it
    // cannot move.
    bool moveLane(int lane, int steps);
    // Where an event is drawn now (widget coordinates), empty if it is not on screen.
    QRectF eventRect(qint64 eventId);
    // Every place the event is drawn (one per lane it is in), top to bottom.
    QList<QRectF> eventRects(qint64 eventId);
    // The events drawn on screen now, top to bottom and left to right within a lane, each once
    // (for assistive technology).
    QList<qint64> eventsOnScreen();
    // What each colour stands for, as drawn now.
    QList<TimelineRenderer::LegendEntry> colourKey();
    // The count badges and lanes as laid out now.
    const QList<TimelineRenderer::Badge> &badges();
    const QList<TimelineRenderer::LaneGeometry> &laneGeometry();
    // The events as laid out now, one item per lane each is drawn in.
    const QList<TimelineRenderer::Item> &items();
    qint64 eventAtGlobal(const QPoint &global);
    // Dragging, relating, the editing keys; it writes only once it is given a way to push
    // commands (TimelineEditor::setPush).
    TimelineEditor *editor() { return &m_editor; }
    // What a right click on an event offers (after selecting it, unless it is selected):
    // actions on the selection that others own, in the order added.
    void addEventMenuAction(QAction *action) { m_eventMenu.append(action); }

    QSize sizeHint() const override { return {900, 500}; }

public slots:
    void setSelectedEventId(qint64 eventId);
    void zoomIn();
    void zoomOut();
    void zoomToFit() { m_navigator.zoomToFit(); }
    void ensureVisible(qint64 eventId);
    // Shows the whole of `date` (a year, a month, a day or a minute) with room either side.
    void goToDate(const PartialDate &date) { m_navigator.goToDate(date); }
    void goBack() { m_navigator.goBack(); }
    void goForward() { m_navigator.goForward(); }
    // Select the first / last event in time, or the next / previous one from the selection
    // (from the visible window's edge when nothing is selected).
    void selectFirstEvent() { m_navigator.selectFirstEvent(); }
    void selectLastEvent() { m_navigator.selectLastEvent(); }
    void selectNextEvent() { m_navigator.selectAdjacentEvent(true); }
    void selectPreviousEvent() { m_navigator.selectAdjacentEvent(false); }
    // F3 and Shift+F3: the next / previous match in time from the selection (from the visible
    // window's edge when nothing is selected), round to the first / last after the end.
    void selectNextMatch() { m_navigator.selectAdjacentMatch(true); }
    void selectPreviousMatch() { m_navigator.selectAdjacentMatch(false); }
    // Moves the window through time by a share of its width: later when positive.
    void panBy(double share);
    // Scrolls the lanes by a step or a page, up or down.
    void scrollLanes(QAbstractSlider::SliderAction action);
    // Says the current event was activated, as Enter does; nothing when there is none.
    void activateCurrentEvent();
    // Rings these events (an agreement's provision's evidence, from Details) until Esc or the
    // selection of an event that is not one of them; none: no ring. With none of them in the
    // visible window, shows the first.
    void setHighlightedEvents(const QList<qint64> &eventIds);
    QList<qint64> highlightedEvents() const
    {
        return QList<qint64>(m_frame.highlighted.begin(), m_frame.highlighted.end());
    }
    // Esc: clears the highlighted events, else the selection; with neither, hands the focus on. Tab
    // walks the events, so this is a way out of the timeline for the keyboard.
    void clearSelectionOrLeave();

signals:
    void selectedEventChanged(qint64 eventId);            // the current event
    void selectionChanged(const QList<qint64> &eventIds); // Ctrl+click, or any change
    void visibleRangeChanged(qint64 from, qint64 to);
    void eventActivated(qint64 eventId); // Enter or a double click on an event
    void historyChanged(bool canGoBack, bool canGoForward);
    void lanesChanged();                      // mode, hidden, order or folding
    void fetchFailed(const QString &message); // a read of the timeline failed
    void undatedHintClicked();                // "1 undated event: see the list"
    void legendMoved(Qt::Corner corner);      // the user dragged it there

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool event(QEvent *event) override;

private:
    static qint64 nowSecond();
    void zoomToBadge(const TimelineRenderer::Badge &badge);
    bool overUndatedHint(const QPointF &pos) const; // "1 undated event: see the list"
    // False when there is nothing under the pointer to tell about.
    bool showToolTip(const QHelpEvent &help);
    // The lanes read again, after the store or their arrangement changed.
    void reloadLanes();
    void onStoreChanged(const StoreChange &change);
    void onFetchFailed(const QString &message);
    void scrollToLaneOf(const Event &event);
    // Scrolls the lanes to show this one once they are laid out for the window shown next.
    void bringLaneIntoView(int lane);
    // Scrolls to the lane being brought into view, as laid out now.
    void followLane();
    void relayout();
    void ensureLayout();
    void layOut();
    void syncScaleWidth();
    QSize contentSize() const;
    void zoomAboutTimeX(double x, double factor);
    void scaleChanged();
    void setCurrentEvent(qint64 eventId);
    void toggleInSelection(qint64 eventId);
    void paintFetchError(QPainter &painter) const;
    // The end of a press, drag and release: nothing is being dragged any more.
    void endMouseGesture();
    // The event menu for a right click at `pos`; false when no event is there.
    bool execEventMenu(const QPoint &pos, const QPoint &global);

    EventStore *m_store = nullptr;
    TimelineFrame m_frame;
    TimelineRenderer m_renderer;
    TimelineSelection m_selection{m_frame};
    LaneArrangements m_lanes;
    FrameAssembler m_assembler{m_frame};
    TimelineNavigator m_navigator{*this, m_frame, m_selection, m_lanes};
    TimelineEditor m_editor{*this, m_frame, m_renderer};
    TileCache::Mode m_fetchMode = TileCache::Mode::Background;
    bool m_dataComplete = false;
    QString m_fetchError;
    bool m_layoutDirty = true;
    QPoint m_pressPos;
    QPoint m_lastDragPos;
    bool m_dragging = false;
    bool m_selectingRange = false; // Shift+drag: a time range to zoom into
    bool m_draggingLegend = false; // to another corner
    int m_draggedLane = -1;        // a lane header being dragged to another place
    QScrollBar *m_verticalBar;
    QList<QAction *> m_eventMenu;
};

} // namespace entente
