// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineview.h"

#include "calendar.h"
#include "densityindex.h"
#include "eventstore.h"
#include "lanekey.h"
#include "timelineaccessible.h"

#include <QAccessible>
#include <QContextMenuEvent>
#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>
#include <QToolTip>
#include <QWheelEvent>

#include <QSet>

#include <algorithm>
#include <cmath>
#include <functional>

namespace entente {

namespace {
constexpr double ZoomStep = 1.25;
constexpr double PanFraction = 0.1;
constexpr int SettleMs = 700;
} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent), m_settle(new QTimer(this)), m_verticalBar(new QScrollBar(Qt::Vertical, this))
{
    // Screen readers see the events as a list (installed once, for every view).
    static const bool accessible = [] {
        QAccessible::installFactory(&TimelineAccessible::create);
        return true;
    }();
    Q_UNUSED(accessible);
    // A view the user stays on for this long goes into the history.
    m_settle->setSingleShot(true);
    m_settle->setInterval(SettleMs);
    connect(m_settle, &QTimer::timeout, this, &TimelineView::recordView);
    m_verticalBar->hide();
    m_verticalBar->setSingleStep(TimelineRenderer::RowHeight);
    connect(m_verticalBar, &QScrollBar::valueChanged, this, [this](int value) {
        m_frame.verticalOffset = value;
        relayout();
    });
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(TimelineRenderer::HeaderWidth + 120, TimelineRenderer::AxisHeight + 60);
    m_frame.scale = TimeScale(0, SecondsPerDay * 365, TimelineRenderer::timeAreaWidth(width()));
}

TimelineView::~TimelineView() = default;

void TimelineView::setFetchMode(TileCache::Mode mode)
{
    m_fetchMode = mode;
    setStore(m_store);
}

void TimelineView::setStore(EventStore *store)
{
    if (m_store) {
        disconnect(m_store, nullptr, this, nullptr);
    }
    m_tiles.reset();
    m_store = store;
    m_frame.selectedEventId = 0;
    m_frame.selection.clear();
    if (m_store) {
        connect(m_store, &EventStore::changed, this, &TimelineView::onStoreChanged);
        m_tiles = std::make_unique<TileCache>(m_store, m_fetchMode);
        connect(m_tiles.get(), &TileCache::tilesArrived, this, &TimelineView::relayout);
    }
    reloadFromStore();
    zoomToFit();
}

void TimelineView::reloadFromStore()
{
    m_frame.actors.clear();
    m_frame.eras.clear();
    m_frame.lanes = LaneModel();
    m_frame.undatedEventCount = 0;
    if (!m_store) {
        m_frame.events.clear();
        relayout();
        return;
    }
    const QList<Actor> actors = m_store->actors();
    for (const Actor &actor : actors) {
        m_frame.actors.insert(actor.id, actor);
    }
    const LaneModel::Arrangement &arrangement = m_arrangements[laneModeIndex()];
    switch (m_laneMode) {
    case LaneModel::Mode::Actor:
        m_frame.lanes = LaneModel(actors, m_store->actorsInUse(), m_store->hasEventsWithoutActors(),
                                  arrangement);
        break;
    case LaneModel::Mode::Category:
        m_frame.lanes = LaneModel::byCategory(m_store->categoriesInUse(), arrangement);
        break;
    case LaneModel::Mode::Packed:
        m_frame.lanes = LaneModel::packed();
        break;
    }
    m_frame.eras = m_store->eras();
    // Undated events live in the list only; the view says how many there are.
    m_frame.undatedEventCount = int(m_store->undatedEventCount());
    relayout();
}

void TimelineView::onStoreChanged(const StoreChange &)
{
    m_relationEventIds.clear(); // relations may have changed with the events
    reloadFromStore();
}

QList<qint64> TimelineView::visibleLaneKeys() const
{
    // From the last layout; before there is one (or after the lanes changed), the first
    // lanes, which is what a fresh view shows.
    const QList<LaneModel::Lane> &lanes = m_frame.lanes.lanes();
    const QList<TimelineRenderer::LaneGeometry> &geometry = m_renderer.laneGeometry();
    QList<qint64> ids;
    for (qsizetype i = 0; i < lanes.size(); ++i) {
        const bool visible =
            geometry.size() == lanes.size()
                ? geometry.at(i).top < height() &&
                      geometry.at(i).top + geometry.at(i).height > TimelineRenderer::AxisHeight
                : i < 40;
        if (visible) { // a folded lane shows its people's events too
            ids += lanes.at(i).collapsed ? m_frame.lanes.keysOfLane(int(i))
                                         : QList<qint64>{lanes.at(i).key};
        }
    }
    return ids;
}

bool TimelineView::assembleFrame()
{
    if (!m_tiles) {
        return true;
    }
    const TimeScale &scale = m_frame.scale;
    const int zoom = TileKey::zoomFor(scale.secondsPerPixel());
    const qint64 first = TileKey::indexOf(scale.visibleFrom(), zoom);
    const qint64 last = TileKey::indexOf(scale.visibleTo(), zoom);
    m_assembledLanes = visibleLaneKeys();
    QList<TileKey> wanted;
    QList<const Tile *> found;
    bool summarized = false;
    for (qint64 index = first; index <= last; ++index) {
        const TileKey key{zoom, index, TileKey::AllLanes};
        const Tile *tile = m_tiles->find(key);
        if (!tile) {
            wanted.append(key);
            continue;
        }
        found.append(tile);
        summarized = summarized || tile->summarized;
        for (qint64 lane : tile->summarized ? m_assembledLanes : QList<qint64>()) {
            const Tile *laneTile = m_tiles->find(key.forLane(lane));
            laneTile ? found.append(laneTile) : wanted.append(key.forLane(lane));
        }
    }
    const bool complete = wanted.isEmpty();
    // The tiles either side come after the visible ones, ready for the next pan; they never
    // change this frame, which draws only what lies in the visible window.
    if (m_tiles->mode() == TileCache::Mode::Background) {
        wanted << TileKey{zoom, first - 1, TileKey::AllLanes}
               << TileKey{zoom, last + 1, TileKey::AllLanes};
    }
    m_tiles->request(wanted);
    if (!complete && m_tiles->mode() == TileCache::Mode::Immediate) {
        return assembleFrame(); // now they are all there
    }
    if (complete) {
        m_frame.events.clear();
        m_frame.density.clear();
    } // else: draw what there is, over the previous frame's data until the rest arrives
    collectVisible(found, summarized);
    return complete;
}

void TimelineView::collectVisible(const QList<const Tile *> &tiles, bool summarized)
{
    const qint64 from = m_frame.scale.visibleFrom(), to = m_frame.scale.visibleTo();
    QSet<qint64> seen;
    QSet<QPair<qint64, qint64>> seenBuckets;
    QList<Event> events;
    QList<DensityIndex::Bucket> density;
    const auto addEvent = [&](const Event &event) {
        // Long events and shared buckets come with every tile they cross: take each once.
        if (event.latestSecond() >= from && event.earliestSecond() <= to &&
            !seen.contains(event.id)) {
            seen.insert(event.id);
            events.append(event);
        }
    };
    const auto addBucket = [&](const DensityIndex::Bucket &bucket) {
        const QPair<qint64, qint64> key(bucket.actorId, bucket.from);
        if (bucket.to >= from && bucket.from <= to && !seenBuckets.contains(key)) {
            seenBuckets.insert(key);
            density.append(bucket);
        }
    };
    for (const Event &event : std::as_const(m_frame.events)) {
        addEvent(event);
    }
    for (const DensityIndex::Bucket &bucket : std::as_const(m_frame.density)) {
        addBucket(bucket);
    }
    if (m_selectedEvent.id != 0 && m_selectedEvent.id == m_frame.selectedEventId) {
        addEvent(m_selectedEvent);
    }
    for (const Tile *tile : tiles) {
        for (const Event &event : tile->events) {
            addEvent(event);
        }
        for (const DensityIndex::Bucket &bucket : tile->density) {
            addBucket(bucket);
        }
    }
    std::sort(events.begin(), events.end(), Event::startsBefore);
    m_frame.events = std::move(events);
    m_frame.density = std::move(density);
    m_frame.summarized = summarized;
    loadRelations(seen);
}

bool TimelineView::waitForData(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (true) {
        ensureLayout();
        if (!m_tiles || m_dataComplete) {
            return true;
        }
        if (deadline.hasExpired()) {
            return false;
        }
        // Sleep until the worker's next batch: a polling loop here would take a core from the
        // worker on a two-core machine. Batches are only taken in while events are processed,
        // so none can arrive between the check above and the loop below.
        QEventLoop loop;
        connect(m_tiles.get(), &TileCache::tilesArrived, &loop, &QEventLoop::quit);
        QTimer::singleShot(int(std::max<qint64>(1, deadline.remainingTime())), &loop,
                           &QEventLoop::quit);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
        QCoreApplication::processEvents(); // the rest of a burst of batches
    }
}

void TimelineView::relayout()
{
    m_layoutDirty = true;
    update();
}

QSize TimelineView::contentSize() const
{
    const int barWidth = m_verticalBar->isVisibleTo(this) ? m_verticalBar->width() : 0;
    return {width() - barWidth, height()};
}

void TimelineView::syncScaleWidth()
{
    // The same stretch of time stays in view when the window or the lanes' scroll bar
    // changes the width.
    const qint64 from = m_frame.scale.visibleFrom(), to = m_frame.scale.visibleTo();
    m_frame.scale.setWidth(TimelineRenderer::timeAreaWidth(contentSize().width()));
    m_frame.scale.setRange(from, to);
}

void TimelineView::setVisibleRange(qint64 from, qint64 to)
{
    syncScaleWidth(); // the widget may have been resized before it was shown
    m_frame.scale.setRange(from, to);
    scaleChanged();
}

void TimelineView::scaleChanged()
{
    m_layoutDirty = true;
    update();
    if (!m_restoring) {
        m_settle->start();
    }
    emit visibleRangeChanged(m_frame.scale.visibleFrom(), m_frame.scale.visibleTo());
}

void TimelineView::recordView()
{
    m_settle->stop();
    m_history.visit({m_frame.scale.visibleFrom(), m_frame.scale.visibleTo()});
    emit historyChanged(m_history.canGoBack(), m_history.canGoForward());
}

void TimelineView::jumpTo(qint64 from, qint64 to)
{
    if (m_settle->isActive()) {
        recordView(); // where the wheel or a drag had got to is a view to come back to
    }
    setVisibleRange(from, to);
    recordView();
}

void TimelineView::restoreView(const std::optional<ViewHistory::View> &view)
{
    if (!view) {
        return;
    }
    m_restoring = true;
    setVisibleRange(view->from, view->to);
    m_restoring = false;
    emit historyChanged(m_history.canGoBack(), m_history.canGoForward());
}

void TimelineView::goBack()
{
    if (m_settle->isActive()) {
        recordView();
    }
    restoreView(m_history.back());
}

void TimelineView::goForward()
{
    restoreView(m_history.forward());
}

void TimelineView::goToDate(const PartialDate &date)
{
    if (date.isNull()) {
        return;
    }
    const qint64 from = date.earliestSecond(), to = date.latestSecond() + 1;
    const qint64 margin = std::max<qint64>((to - from) / 2, 1800);
    jumpTo(from - margin, to + margin);
}

void TimelineView::showEventKeepingZoom(qint64 eventId)
{
    const std::optional<Event> event = m_store ? m_store->event(eventId) : std::nullopt;
    if (!event || event->isUndated()) {
        return;
    }
    const qint64 start = event->earliestSecond();
    if (start >= m_frame.scale.visibleFrom() && start <= m_frame.scale.visibleTo()) {
        return; // in view already: the view stays where the user put it
    }
    const qint64 span = m_frame.scale.visibleTo() - m_frame.scale.visibleFrom();
    jumpTo(start - span / 3, start - span / 3 + span);
}

void TimelineView::selectFirstEvent()
{
    if (const std::optional<qint64> id =
            m_store ? drawnAdjacentEvent(std::numeric_limits<qint64>::min(), 0, true)
                    : std::nullopt) {
        showEventKeepingZoom(*id);
        setSelectedEventId(*id);
    }
}

void TimelineView::selectLastEvent()
{
    constexpr qint64 End = std::numeric_limits<qint64>::max();
    if (const std::optional<qint64> id =
            m_store ? drawnAdjacentEvent(End, End, false) : std::nullopt) {
        showEventKeepingZoom(*id);
        setSelectedEventId(*id);
    }
}

void TimelineView::selectNextEvent()
{
    selectAdjacentEvent(true);
}

void TimelineView::selectPreviousEvent()
{
    selectAdjacentEvent(false);
}

void TimelineView::selectAdjacentEvent(bool forward)
{
    if (!m_store) {
        return;
    }
    // From the selection, else from the edge of the window the user is looking at.
    const bool fromSelection = m_frame.selectedEventId != 0 && !m_selectedEvent.isUndated();
    const qint64 start = fromSelection ? m_selectedEvent.earliestSecond()
                         : forward     ? m_frame.scale.visibleFrom()
                                       : m_frame.scale.visibleTo();
    const qint64 id = fromSelection ? m_frame.selectedEventId
                      : forward     ? 0
                                    : std::numeric_limits<qint64>::max();
    if (const std::optional<qint64> next = drawnAdjacentEvent(start, id, forward)) {
        setSelectedEventId(*next);
    }
}

std::optional<qint64> TimelineView::drawnAdjacentEvent(qint64 start, qint64 id, bool forward) const
{
    std::optional<qint64> next = m_store->adjacentEvent(start, id, forward);
    if (m_arrangements[laneModeIndex()].hidden.isEmpty()) {
        return next; // every dated event has a lane
    }
    // Past the events of hidden lanes, which the view does not draw; a bounded walk, so that
    // a key press never reads a whole hidden stretch of a large timeline.
    for (int step = 0; next && step < 2000; ++step) {
        const std::optional<Event> event = m_store->event(*next);
        if (!event || !m_frame.lanes.lanesOf(*event).isEmpty()) {
            return next;
        }
        next = m_store->adjacentEvent(event->earliestSecond(), event->id, forward);
    }
    return std::nullopt;
}

qint64 TimelineView::nowSecond()
{
    // Event times are calendar times without a zone, as the sources give them; so is "today".
    const QDateTime now = QDateTime::currentDateTime();
    return PartialDate::minute(now.date().year(), now.date().month(), now.date().day(),
                               now.time().hour(), now.time().minute())
        .earliestSecond();
}

void TimelineView::ensureLayout()
{
    if (!m_layoutDirty) {
        return;
    }
    m_frame.locale = locale();
    m_frame.today = nowSecond();
    m_dataComplete = assembleFrame();
    m_renderer.layout(m_frame, contentSize(), font());
    // Which lanes show depends on the layout, which depends on the data: settle the two.
    for (int round = 0; round < 3 && visibleLaneKeys() != m_assembledLanes; ++round) {
        m_dataComplete = assembleFrame();
        m_renderer.layout(m_frame, contentSize(), font());
    }
    m_layoutDirty = false;
    const int visible = height() - TimelineRenderer::AxisHeight;
    const int overflow = int(std::ceil(m_renderer.lanesHeight())) - visible;
    m_verticalBar->setRange(0, std::max(0, overflow));
    m_verticalBar->setPageStep(std::max(1, visible));
    const bool barChanged = m_verticalBar->isVisibleTo(this) != (overflow > 0);
    m_verticalBar->setVisible(overflow > 0);
    if (barChanged) {
        syncScaleWidth(); // the bar takes its width from the time area
    }
    if (barChanged || m_frame.verticalOffset != m_verticalBar->value()) {
        m_frame.verticalOffset = m_verticalBar->value(); // clamped by a shorter range
        m_renderer.layout(m_frame, contentSize(), font());
    }
}

QRectF TimelineView::eventRect(qint64 eventId)
{
    ensureLayout();
    return m_renderer.itemRect(eventId);
}

QList<QRectF> TimelineView::eventRects(qint64 eventId)
{
    ensureLayout();
    QList<QRectF> rects;
    for (const TimelineRenderer::Item &item : m_renderer.items()) {
        if (item.eventId == eventId) {
            rects.append(item.shape);
        }
    }
    return rects;
}

QList<qint64> TimelineView::selectedEventIds() const
{
    QList<qint64> ids(m_frame.selection.cbegin(), m_frame.selection.cend());
    std::sort(ids.begin(), ids.end());
    if (m_frame.selectedEventId != 0) {
        ids.removeOne(m_frame.selectedEventId);
        ids.prepend(m_frame.selectedEventId);
    }
    return ids;
}

void TimelineView::setSelection(const QList<qint64> &eventIds, qint64 current)
{
    QSet<qint64> selection(eventIds.cbegin(), eventIds.cend());
    selection.remove(0);
    if (current != 0) {
        selection.insert(current);
    }
    if (selection == m_frame.selection && current == m_frame.selectedEventId) {
        return;
    }
    m_frame.selection = selection;
    setCurrentEvent(current);
    relayout();
    emit selectionChanged(selectedEventIds());
}

void TimelineView::toggleInSelection(qint64 eventId)
{
    QList<qint64> ids = selectedEventIds();
    if (ids.removeOne(eventId)) {
        const qint64 current =
            eventId == m_frame.selectedEventId ? ids.value(0, 0) : m_frame.selectedEventId;
        setSelection(ids, current);
    } else {
        setSelection(ids << eventId, eventId);
    }
}

void TimelineView::setSelectedEventId(qint64 eventId)
{
    setSelection(eventId != 0 ? QList<qint64>{eventId} : QList<qint64>(), eventId);
}

void TimelineView::setCurrentEvent(qint64 eventId)
{
    if (m_frame.selectedEventId == eventId) {
        return;
    }
    m_frame.selectedEventId = eventId;
    // Kept at hand, so that it is drawn even where its tile shows only the lane's density.
    const std::optional<Event> event = m_store && eventId ? m_store->event(eventId) : std::nullopt;
    m_selectedEvent = event.value_or(Event());
    ensureVisible(eventId);
    relayout();
    TimelineAccessible::announceSelection(this, eventId);
    emit selectedEventChanged(eventId);
}

void TimelineView::ensureVisible(qint64 eventId)
{
    if (!m_store || eventId == 0) {
        return;
    }
    const std::optional<Event> event = m_store->event(eventId);
    if (!event || event->isUndated()) {
        return;
    }
    const qint64 from = m_frame.scale.visibleFrom(), to = m_frame.scale.visibleTo();
    const qint64 start = event->earliestSecond();
    if (start < from || start > to) {
        const qint64 span = to - from;
        setVisibleRange(start - span / 3, start - span / 3 + span);
    }
    scrollToLaneOf(*event);
}

void TimelineView::scrollToLaneOf(const Event &event)
{
    const QList<int> lanes = m_frame.lanes.lanesOf(event);
    const QList<TimelineRenderer::LaneGeometry> &geometry = m_renderer.laneGeometry();
    if (lanes.isEmpty() || lanes.first() >= geometry.size()) {
        return;
    }
    const TimelineRenderer::LaneGeometry &lane = geometry.at(lanes.first());
    const bool shown =
        lane.top >= TimelineRenderer::AxisHeight && lane.top + lane.height <= height();
    if (!shown) {
        const double laneTop = lane.top - TimelineRenderer::AxisHeight + m_frame.verticalOffset;
        m_verticalBar->setValue(int(laneTop));
    }
}

void TimelineView::zoomAboutTimeX(double x, double factor)
{
    m_frame.scale.zoomAbout(x, factor);
    scaleChanged();
}

void TimelineView::zoomIn()
{
    zoomAboutTimeX(m_frame.scale.width() / 2.0, ZoomStep);
}

void TimelineView::zoomOut()
{
    zoomAboutTimeX(m_frame.scale.width() / 2.0, 1 / ZoomStep);
}

void TimelineView::zoomToFit()
{
    std::optional<std::pair<qint64, qint64>> bounds =
        m_store ? m_store->timeBounds() : std::nullopt;
    if (!bounds) {
        jumpTo(PartialDate::year(2000).earliestSecond(), PartialDate::year(2030).earliestSecond());
        return;
    }
    for (const Era &era : m_frame.eras) {
        bounds->first = std::min(bounds->first, era.start.earliestSecond());
        bounds->second = std::max(bounds->second, era.end.latestSecond());
    }
    // Room on the right for the labels of the last events.
    const qint64 span = std::max<qint64>(bounds->second - bounds->first, SecondsPerDay);
    jumpTo(bounds->first - span / 40, bounds->second + span / 4);
}

void TimelineView::paintEvent(QPaintEvent *)
{
    ensureLayout();
    QPainter painter(this);
    if (m_verticalBar->isVisible()) { // the corner above the scroll bar
        painter.fillRect(
            QRect(m_verticalBar->x(), 0, m_verticalBar->width(), TimelineRenderer::AxisHeight),
            palette().color(QPalette::Window));
    }
    m_renderer.paint(painter, m_frame, palette());
    if (m_selectingRange && m_dragging) { // the range a Shift+drag will zoom into
        QColor band = palette().color(QPalette::Highlight);
        band.setAlpha(60);
        const int left =
            std::max(std::min(m_pressPos.x(), m_lastDragPos.x()), TimelineRenderer::HeaderWidth);
        painter.fillRect(QRect(left, 0, std::abs(m_lastDragPos.x() - m_pressPos.x()), height()),
                         band);
    }
    if (m_draggedLane >= 0 && m_dragging) {
        paintLaneDropMark(painter);
    }
    if (hasFocus()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 1));
        painter.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

void TimelineView::contextMenuEvent(QContextMenuEvent *event)
{
    ensureLayout(); // lane numbers from a layout the store has since changed would be stale
    int lane = m_renderer.laneHeaderAt(event->pos());
    QPoint at = event->globalPos();
    if (event->reason() == QContextMenuEvent::Keyboard) {
        // The menu key: the lane of the current event, else the first lane, menu at its name.
        const QList<int> lanes =
            m_selectedEvent.id != 0 ? m_frame.lanes.lanesOf(m_selectedEvent) : QList<int>();
        lane = !lanes.isEmpty() ? lanes.first() : m_frame.lanes.lanes().isEmpty() ? -1 : 0;
        const QList<TimelineRenderer::LaneGeometry> &geometry = m_renderer.laneGeometry();
        if (lane >= 0 && lane < geometry.size()) {
            at = mapToGlobal(QPoint(
                20, std::max(TimelineRenderer::AxisHeight, int(geometry.at(lane).top) + 12)));
        }
    }
    if (lane < 0 || lane >= m_frame.lanes.lanes().size()) {
        return QWidget::contextMenuEvent(event);
    }
    const LaneModel::Lane header = m_frame.lanes.lanes().at(lane);
    const QString name = QString(header.label).replace(QLatin1Char('&'), QStringLiteral("&&"));
    QMenu menu(this);
    if (header.hasChildren) {
        menu.addAction(header.collapsed ? tr("&Unfold %1").arg(name) : tr("&Fold %1").arg(name),
                       this, [this, header] { toggleLane(header.key); });
    }
    const QList<int> siblings = m_frame.lanes.siblingsOf(lane);
    const qsizetype place = siblings.indexOf(lane);
    QAction *up = menu.addAction(tr("Move &Up"), this, [this, lane] { moveLane(lane, -1); });
    up->setEnabled(place > 0);
    QAction *down = menu.addAction(tr("Move &Down"), this, [this, lane] { moveLane(lane, 1); });
    down->setEnabled(place >= 0 && place < siblings.size() - 1);
    if (m_laneMode != LaneModel::Mode::Packed) {
        menu.addAction(tr("&Hide %1").arg(name), this, [this, header] { hideLane(header.key); });
    }
    menu.addSeparator();
    QAction *showAll = menu.addAction(tr("&Show All Lanes"), this, &TimelineView::showAllLanes);
    showAll->setEnabled(!hiddenLanes().isEmpty());
    menu.exec(at);
}

void TimelineView::paintLaneDropMark(QPainter &painter) const
{
    const QList<int> siblings = m_frame.lanes.siblingsOf(m_draggedLane);
    const QList<TimelineRenderer::LaneGeometry> &geometry = m_renderer.laneGeometry();
    const qsizetype target =
        siblings.indexOf(m_draggedLane) + laneDropSteps(m_draggedLane, m_lastDragPos.y());
    if (siblings.isEmpty() || siblings.last() >= geometry.size()) {
        return;
    }
    // A line where the lane will land: above the sibling it goes before, or under the last.
    const int before = int(target > siblings.indexOf(m_draggedLane) ? target + 1 : target);
    double y;
    if (before < siblings.size()) {
        y = geometry.at(siblings.at(before)).top;
    } else {
        // Under the last sibling and whatever is nested under it.
        int end = siblings.last();
        while (end + 1 < m_frame.lanes.lanes().size() &&
               m_frame.lanes.lanes().at(end + 1).depth >
                   m_frame.lanes.lanes().at(siblings.last()).depth) {
            ++end;
        }
        y = geometry.at(end).top + geometry.at(end).height;
    }
    painter.fillRect(QRectF(0, y - 1, width(), 3), palette().color(QPalette::Highlight));
}

void TimelineView::resizeEvent(QResizeEvent *)
{
    const int barWidth = m_verticalBar->sizeHint().width();
    m_verticalBar->setGeometry(width() - barWidth, TimelineRenderer::AxisHeight, barWidth,
                               height() - TimelineRenderer::AxisHeight);
    syncScaleWidth();
    scaleChanged();
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    if (event->modifiers() & Qt::ShiftModifier) {
        m_verticalBar->setValue(m_verticalBar->value() -
                                delta.y() / 120 * 3 * TimelineRenderer::RowHeight);
        event->accept();
        return;
    }
    const double x = event->position().x() - TimelineRenderer::HeaderWidth;
    if (delta.y() != 0 && !(event->modifiers() & Qt::ControlModifier)) {
        zoomAboutTimeX(x, std::pow(ZoomStep, delta.y() / 120.0));
    } else {
        const int steps = delta.x() != 0 ? delta.x() : delta.y();
        m_frame.scale.panByPixels(steps / 120.0 * PanFraction * m_frame.scale.width());
        scaleChanged();
    }
    event->accept();
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::BackButton || event->button() == Qt::ForwardButton) {
        event->button() == Qt::BackButton ? goBack() : goForward();
        return;
    }
    if (event->button() != Qt::LeftButton) {
        return QWidget::mousePressEvent(event);
    }
    m_pressPos = m_lastDragPos = event->position().toPoint();
    m_dragging = false;
    m_selectingRange = event->modifiers() & Qt::ShiftModifier;
    m_draggedLane = m_selectingRange ? -1 : m_renderer.laneHeaderAt(event->position());
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton)) {
        const bool overEvent = m_renderer.eventAt(event->position()) != 0;
        setCursor(overEvent ? Qt::PointingHandCursor : Qt::ArrowCursor);
        return;
    }
    const QPoint pos = event->position().toPoint();
    if (!m_dragging && (pos - m_pressPos).manhattanLength() < 4) {
        return;
    }
    m_dragging = true;
    const int dx = pos.x() - m_lastDragPos.x();
    m_lastDragPos = pos;
    if (m_draggedLane >= 0) { // a lane header: moved among its siblings on release
        setCursor(Qt::SizeVerCursor);
        update(); // the drop mark is drawn in paintEvent
        return;
    }
    if (m_selectingRange) {
        setCursor(Qt::IBeamCursor);
        update(); // the band is drawn in paintEvent
        return;
    }
    setCursor(Qt::ClosedHandCursor);
    m_frame.scale.panByPixels(dx);
    scaleChanged();
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        return QWidget::mouseReleaseEvent(event);
    }
    if (m_draggedLane >= 0 && m_dragging) {
        moveLane(m_draggedLane, laneDropSteps(m_draggedLane, m_lastDragPos.y()));
    } else if (!m_dragging) {
        const int header = m_renderer.laneHeaderAt(event->position());
        const qint64 id = m_renderer.eventAt(event->position());
        if (const TimelineRenderer::Badge *badge = m_renderer.badgeAt(event->position())) {
            zoomToBadge(*badge);
        } else if (header >= 0 && header < m_frame.lanes.lanes().size() &&
                   m_frame.lanes.lanes().at(header).hasChildren) {
            toggleLane(m_frame.lanes.lanes().at(header).key);
        } else if (event->modifiers() & Qt::ControlModifier) {
            if (id != 0) {
                toggleInSelection(id);
            }
        } else {
            setSelectedEventId(id);
        }
    } else if (m_selectingRange && std::abs(m_lastDragPos.x() - m_pressPos.x()) >= 4) {
        const auto timeAt = [&](int x) {
            return qint64(m_frame.scale.toTime(x - TimelineRenderer::HeaderWidth));
        };
        const int left = std::min(m_pressPos.x(), m_lastDragPos.x());
        const int right = std::max(m_pressPos.x(), m_lastDragPos.x());
        jumpTo(timeAt(left), timeAt(right));
    }
    m_dragging = false;
    m_selectingRange = false;
    m_draggedLane = -1;
    setCursor(Qt::ArrowCursor);
    update();
}

void TimelineView::zoomToBadge(const TimelineRenderer::Badge &badge)
{
    // Room either side, and never closer than an hour: events at the same minute stay a badge
    // at any zoom, so they are selected too, which lists them apart in the event list.
    const qint64 span = std::max<qint64>(badge.to - badge.from, 3600);
    const QList<qint64> ids = badge.eventIds; // the badge goes with the next layout
    jumpTo(badge.from - span / 4, badge.from + span + span / 4);
    setSelection(ids, ids.first()); // and in the list, where they can be told apart
}

int TimelineView::laneDropSteps(int lane, int y) const
{
    // Where among its siblings the dragged lane lands: before the first whose middle is below
    // the pointer.
    const QList<int> siblings = m_frame.lanes.siblingsOf(lane);
    const QList<TimelineRenderer::LaneGeometry> &geometry = m_renderer.laneGeometry();
    qsizetype target = 0;
    for (int sibling : siblings) {
        if (sibling != lane && sibling < geometry.size() &&
            geometry.at(sibling).top + geometry.at(sibling).height / 2 < y) {
            ++target;
        }
    }
    return int(target - siblings.indexOf(lane));
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        return QWidget::mouseDoubleClickEvent(event);
    }
    if (const qint64 id = m_renderer.eventAt(event->position())) {
        setSelectedEventId(id);
        emit eventActivated(id);
        return;
    }
    if (event->position().x() > TimelineRenderer::HeaderWidth) { // empty space: zoom in there
        const double x = event->position().x() - TimelineRenderer::HeaderWidth;
        const qint64 span = m_frame.scale.visibleTo() - m_frame.scale.visibleFrom();
        const qint64 at = qint64(m_frame.scale.toTime(x));
        const double share = x / m_frame.scale.width();
        jumpTo(at - qint64(share * span / 2), at + qint64((1 - share) * span / 2));
    }
}

void TimelineView::loadRelations(const QSet<qint64> &eventIds)
{
    // Read again only when other events are in the frame: a frame is laid out far more
    // often than the set of its events changes.
    QList<qint64> ids(eventIds.begin(), eventIds.end());
    std::sort(ids.begin(), ids.end());
    if (ids == m_relationEventIds || !m_store) {
        return;
    }
    m_relationEventIds = ids;
    m_frame.relations = m_store->relationsBetween(ids);
}

QString TimelineView::relationToolTip(const Relation &relation) const
{
    const auto titleOf = [&](qint64 id) {
        const std::optional<Event> event = m_store->event(id);
        return event ? event->title.toHtmlEscaped() : QString();
    };
    QString text = QStringLiteral("<b>%1</b><br>%2 → %3")
                       .arg(Relation::typeLabel(relation.type).toHtmlEscaped(),
                            titleOf(relation.fromEventId), titleOf(relation.toEventId));
    if (!relation.note.isEmpty()) {
        text += QStringLiteral("<br><i>%1</i>").arg(relation.note.toHtmlEscaped());
    }
    return text;
}

void TimelineView::toggleLane(qint64 actorId)
{
    QSet<qint64> &collapsed = m_arrangements[laneModeIndex()].collapsed;
    if (!collapsed.remove(actorId)) {
        collapsed.insert(actorId);
    }
    reloadFromStore();
    emit lanesChanged();
}

int TimelineView::laneModeIndex() const
{
    return int(m_laneMode);
}

void TimelineView::setLaneMode(LaneModel::Mode mode)
{
    if (mode == m_laneMode) {
        return;
    }
    m_laneMode = mode;
    m_frame.verticalOffset = 0;
    m_verticalBar->setValue(0);
    reloadFromStore();
    emit lanesChanged();
}

void TimelineView::setArrangement(LaneModel::Mode mode, const LaneModel::Arrangement &arrangement)
{
    m_arrangements[int(mode)] = arrangement;
    if (mode == m_laneMode) {
        reloadFromStore();
        emit lanesChanged();
    }
}

void TimelineView::hideLane(qint64 key)
{
    m_arrangements[laneModeIndex()].hidden.insert(key);
    reloadFromStore();
    emit lanesChanged();
}

void TimelineView::showLane(qint64 key)
{
    m_arrangements[laneModeIndex()].hidden.remove(key);
    reloadFromStore();
    emit lanesChanged();
}

void TimelineView::showAllLanes()
{
    m_arrangements[laneModeIndex()].hidden.clear();
    reloadFromStore();
    emit lanesChanged();
}

QList<std::pair<qint64, QString>> TimelineView::hiddenLanes() const
{
    const QSet<qint64> &hidden = m_arrangements[laneModeIndex()].hidden;
    QList<std::pair<qint64, QString>> lanes;
    if (!m_store) {
        return lanes;
    }
    if (m_laneMode == LaneModel::Mode::Category) {
        for (const QString &category : m_store->categoriesInUse()) {
            if (hidden.contains(LaneKey::ofCategory(category))) {
                lanes.append({LaneKey::ofCategory(category),
                              category.isEmpty() ? tr("Uncategorized") : category});
            }
        }
    } else if (m_laneMode == LaneModel::Mode::Actor) {
        for (qint64 key : hidden) {
            if (key == LaneKey::NoActor) {
                lanes.append({key, tr("No actor")});
            } else if (m_frame.actors.contains(key)) { // not one removed since
                lanes.append({key, m_frame.actors.value(key).displayName()});
            }
        }
        std::sort(lanes.begin(), lanes.end(),
                  [](const auto &a, const auto &b) { return a.second < b.second; });
    }
    return lanes;
}

bool TimelineView::moveLane(int lane, int steps)
{
    const QList<int> siblings = m_frame.lanes.siblingsOf(lane);
    const qsizetype from = siblings.indexOf(lane);
    const qsizetype to = std::clamp<qsizetype>(from + steps, 0, siblings.size() - 1);
    if (from < 0 || from == to) {
        return false;
    }
    // The whole sibling order is remembered, so that the move survives new lanes appearing.
    QList<qint64> keys;
    for (int sibling : siblings) {
        keys.append(m_frame.lanes.lanes().at(sibling).key);
    }
    keys.move(from, to);
    QList<qint64> &order = m_arrangements[laneModeIndex()].order;
    for (qint64 key : std::as_const(keys)) {
        order.removeAll(key);
    }
    order += keys;
    reloadFromStore();
    emit lanesChanged();
    return true;
}

void TimelineView::setShowLegend(bool show)
{
    m_frame.showLegend = show;
    update();
}

void TimelineView::setColourBy(TimelineFrame::ColourBy colourBy)
{
    m_frame.colourBy = colourBy;
    relayout();
}

QList<TimelineRenderer::LegendEntry> TimelineView::colourKey()
{
    ensureLayout();
    return m_renderer.colourKey(m_frame, palette());
}

const QList<TimelineRenderer::Badge> &TimelineView::badges()
{
    ensureLayout();
    return m_renderer.badges();
}

const QList<TimelineRenderer::LaneGeometry> &TimelineView::laneGeometry()
{
    ensureLayout();
    return m_renderer.laneGeometry();
}

QList<qint64> TimelineView::eventsOnScreen()
{
    ensureLayout();
    const QRectF screen(TimelineRenderer::HeaderWidth, TimelineRenderer::AxisHeight,
                        width() - TimelineRenderer::HeaderWidth,
                        height() - TimelineRenderer::AxisHeight);
    QList<qint64> ids;
    QSet<qint64> seen;
    for (const TimelineRenderer::Item &item : m_renderer.items()) {
        if (item.shape.intersects(screen) && !seen.contains(item.eventId)) {
            seen.insert(item.eventId);
            ids.append(item.eventId);
        }
    }
    return ids;
}

qint64 TimelineView::eventAtGlobal(const QPoint &global)
{
    ensureLayout();
    return m_renderer.eventAt(mapFromGlobal(global));
}

QString TimelineView::badgeOrLaneToolTip(const QPoint &pos) const
{
    if (const TimelineRenderer::Badge *badge = m_renderer.badgeAt(pos)) {
        const auto day = [&](qint64 second) {
            return locale().toString(QDateTime::fromSecsSinceEpoch(second, Qt::UTC).date(),
                                     QLocale::ShortFormat);
        };
        return tr("<b>%n events</b> too close to tell apart, %1 – %2<br>Click to zoom in and "
                  "select them",
                  nullptr, int(badge->eventIds.size()))
            .arg(day(badge->from), day(badge->to));
    }
    const int lane = m_renderer.laneHeaderAt(pos);
    if (lane < 0 || lane >= m_frame.lanes.lanes().size()) {
        return {};
    }
    const LaneModel::Lane &header = m_frame.lanes.lanes().at(lane);
    QString text = QStringLiteral("<b>%1</b>").arg(header.label.toHtmlEscaped());
    if (header.hasChildren) {
        text += header.collapsed ? tr("<br>Click to unfold the lanes under it.")
                                 : tr("<br>Click to fold the lanes under it into this one.");
    }
    if (m_frame.lanes.siblingsOf(lane).size() > 1) {
        text += tr("<br>Drag to move it; right-click to move or hide it.");
    } else if (m_laneMode != LaneModel::Mode::Packed) {
        text += tr("<br>Right-click to hide it.");
    }
    return text;
}

QString TimelineView::toolTipFor(qint64 eventId) const
{
    const std::optional<Event> event = m_store ? m_store->event(eventId) : std::nullopt;
    if (!event) {
        return {};
    }
    // The full title (the label may be cut short), when, who, and where it comes from.
    QString text =
        QStringLiteral("<b>%1</b><br>%2")
            .arg(event->title.toHtmlEscaped(), event->dateRangeDisplay().toHtmlEscaped());
    QStringList names;
    for (const EventActor &participant : event->actors) {
        if (const std::optional<Actor> actor = m_store->actor(participant.actorId)) {
            names.append(actor->name.toHtmlEscaped());
        }
    }
    if (!names.isEmpty()) {
        text += QStringLiteral("<br>") + names.join(QStringLiteral(", "));
    }
    const std::optional<Source> source =
        event->sourceIds.isEmpty() ? std::nullopt : m_store->source(event->sourceIds.first());
    if (source) {
        const QString cite = source->title.isEmpty()
                                 ? source->outlet
                                 : tr("%1: %2").arg(source->outlet, source->title);
        text += QStringLiteral("<br><i>%1</i>").arg(cite.toHtmlEscaped());
    }
    return text;
}

bool TimelineView::event(QEvent *event)
{
    if (event->type() == QEvent::NativeGesture) { // a trackpad pinch zooms about the fingers
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            zoomAboutTimeX(gesture->position().x() - TimelineRenderer::HeaderWidth,
                           1.0 + gesture->value());
            return true;
        }
    }
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (const QString text = badgeOrLaneToolTip(help->pos()); !text.isEmpty()) {
            QToolTip::showText(help->globalPos(), text, this);
            return true;
        }
        const qint64 id = m_renderer.eventAt(help->pos());
        const Relation *relation = id == 0 ? m_renderer.relationAt(help->pos()) : nullptr;
        if (relation) {
            QToolTip::showText(help->globalPos(), relationToolTip(*relation), this);
            return true;
        }
        if (id == 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        QToolTip::showText(help->globalPos(), toolTipFor(id), this, eventRect(id).toAlignedRect());
        return true;
    }
    // Tab and Shift+Tab move the selection through time instead of the focus.
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) &&
            !(key->modifiers() & Qt::ControlModifier)) {
            keyPressEvent(key);
            return true;
        }
    }
    return QWidget::event(event);
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    using Binding = std::function<void(TimelineView &)>;
    const auto pan = [](double screens) {
        return [screens](TimelineView &view) {
            view.m_frame.scale.panByPixels(screens * view.m_frame.scale.width());
            view.scaleChanged();
        };
    };
    const auto scroll = [](QAbstractSlider::SliderAction action) {
        return [action](TimelineView &view) { view.m_verticalBar->triggerAction(action); };
    };
    const auto activate = [](TimelineView &view) {
        if (view.m_frame.selectedEventId != 0) {
            emit view.eventActivated(view.m_frame.selectedEventId);
        }
    };
    static const QHash<int, Binding> plain = {
        {Qt::Key_Home, &TimelineView::selectFirstEvent},
        {Qt::Key_End, &TimelineView::selectLastEvent},
        {Qt::Key_Tab, &TimelineView::selectNextEvent},
        {Qt::Key_Backtab, &TimelineView::selectPreviousEvent},
        {Qt::Key_Return, activate},
        {Qt::Key_Enter, activate},
        {Qt::Key_Back, &TimelineView::goBack},
        {Qt::Key_Forward, &TimelineView::goForward},
        {Qt::Key_Left, pan(PanFraction)},
        {Qt::Key_Right, pan(-PanFraction)},
        {Qt::Key_Up, scroll(QAbstractSlider::SliderSingleStepSub)},
        {Qt::Key_Down, scroll(QAbstractSlider::SliderSingleStepAdd)},
        {Qt::Key_PageUp, scroll(QAbstractSlider::SliderPageStepSub)},
        {Qt::Key_PageDown, scroll(QAbstractSlider::SliderPageStepAdd)},
        {Qt::Key_Plus, &TimelineView::zoomIn},
        {Qt::Key_Equal, &TimelineView::zoomIn},
        {Qt::Key_Minus, &TimelineView::zoomOut},
        {Qt::Key_F, &TimelineView::zoomToFit},
        {Qt::Key_Escape, [](TimelineView &view) { view.setSelectedEventId(0); }},
    };
    static const QHash<int, Binding> withAlt = {
        {Qt::Key_Left, &TimelineView::goBack},
        {Qt::Key_Right, &TimelineView::goForward},
    };
    const QHash<int, Binding> &bindings = event->modifiers() & Qt::AltModifier ? withAlt : plain;
    if (const auto it = bindings.find(event->key()); it != bindings.end()) {
        (*it)(*this);
    } else {
        QWidget::keyPressEvent(event);
    }
}

} // namespace entente
