// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineview.h"

#include "eventstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>
#include <QWheelEvent>

#include <QSet>

#include <cmath>

namespace entente {

namespace {
constexpr double ZoomStep = 1.25;
constexpr double PanFraction = 0.1;
} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent), m_verticalBar(new QScrollBar(Qt::Vertical, this))
{
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
    m_frame.scale = TimeScale(0, 86400 * 365, TimelineRenderer::timeAreaWidth(width()));
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
    m_frame.lanes = LaneModel(actors, m_store->actorsInUse(), m_store->hasEventsWithoutActors());
    m_frame.eras = m_store->eras();
    // Undated events live in the list only; the view says how many there are.
    m_frame.undatedEventCount = int(m_store->undatedEventCount());
    relayout();
}

void TimelineView::onStoreChanged(const StoreChange &)
{
    reloadFromStore();
}

QList<qint64> TimelineView::visibleLaneActors() const
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
        if (visible) {
            ids.append(lanes.at(i).actorId);
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
    m_assembledLanes = visibleLaneActors();
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
    std::sort(events.begin(), events.end(), [](const Event &a, const Event &b) {
        const qint64 sa = a.earliestSecond(), sb = b.earliestSecond();
        return sa != sb ? sa < sb : a.id < b.id;
    });
    m_frame.events = std::move(events);
    m_frame.density = std::move(density);
    m_frame.summarized = summarized;
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
    emit visibleRangeChanged(m_frame.scale.visibleFrom(), m_frame.scale.visibleTo());
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
    for (int round = 0; round < 3 && visibleLaneActors() != m_assembledLanes; ++round) {
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

void TimelineView::setSelectedEventId(qint64 eventId)
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
        setVisibleRange(PartialDate::year(2000).earliestSecond(),
                        PartialDate::year(2030).earliestSecond());
        return;
    }
    for (const Era &era : m_frame.eras) {
        bounds->first = std::min(bounds->first, era.start.earliestSecond());
        bounds->second = std::max(bounds->second, era.end.latestSecond());
    }
    // Room on the right for the labels of the last events.
    const qint64 span = std::max<qint64>(bounds->second - bounds->first, 86400);
    setVisibleRange(bounds->first - span / 40, bounds->second + span / 4);
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
    if (hasFocus()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 1));
        painter.drawRect(rect().adjusted(0, 0, -1, -1));
    }
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
    if (event->button() != Qt::LeftButton) {
        return QWidget::mousePressEvent(event);
    }
    m_pressPos = m_lastDragPos = event->position().toPoint();
    m_dragging = false;
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
    setCursor(Qt::ClosedHandCursor);
    m_frame.scale.panByPixels(pos.x() - m_lastDragPos.x());
    m_lastDragPos = pos;
    scaleChanged();
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        return QWidget::mouseReleaseEvent(event);
    }
    if (!m_dragging) {
        setSelectedEventId(m_renderer.eventAt(event->position()));
    }
    m_dragging = false;
    setCursor(Qt::ArrowCursor);
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    const double pan = PanFraction * m_frame.scale.width();
    switch (event->key()) {
    case Qt::Key_Left:
        m_frame.scale.panByPixels(pan);
        scaleChanged();
        break;
    case Qt::Key_Right:
        m_frame.scale.panByPixels(-pan);
        scaleChanged();
        break;
    case Qt::Key_Up:
        m_verticalBar->triggerAction(QAbstractSlider::SliderSingleStepSub);
        break;
    case Qt::Key_Down:
        m_verticalBar->triggerAction(QAbstractSlider::SliderSingleStepAdd);
        break;
    case Qt::Key_PageUp:
        m_verticalBar->triggerAction(QAbstractSlider::SliderPageStepSub);
        break;
    case Qt::Key_PageDown:
        m_verticalBar->triggerAction(QAbstractSlider::SliderPageStepAdd);
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_F:
        zoomToFit();
        break;
    case Qt::Key_Escape:
        setSelectedEventId(0);
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace entente
