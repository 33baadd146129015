// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineview.h"

#include "eventstore.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
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
    // The visible tiles and one either side, so that a small pan finds its tiles ready.
    // The visible tiles first, then one either side, fetched ahead for a small pan: the frame
    // is complete without them.
    const qint64 first = TileKey::indexOf(scale.visibleFrom(), zoom);
    const qint64 last = TileKey::indexOf(scale.visibleTo(), zoom);
    QList<qint64> order;
    for (qint64 index = first; index <= last; ++index) {
        order.append(index);
    }
    order << first - 1 << last + 1;
    const QList<qint64> lanes = visibleLaneActors();
    QList<TileKey> wanted;
    QList<const Tile *> found;
    bool summarized = false;
    bool complete = true;
    for (qint64 index : std::as_const(order)) {
        const bool ahead = index < first || index > last;
        const TileKey key{zoom, index, TileKey::AllLanes};
        const Tile *tile = m_tiles->find(key);
        if (!tile) {
            wanted.append(key);
            complete = complete && ahead;
            continue;
        }
        found.append(tile);
        if (!tile->summarized) {
            continue;
        }
        summarized = summarized || !ahead;
        for (qint64 lane : lanes) {
            if (const Tile *laneTile = m_tiles->find(key.forLane(lane))) {
                found.append(laneTile);
            } else {
                wanted.append(key.forLane(lane));
                complete = complete && ahead;
            }
        }
    }
    if (!wanted.isEmpty()) {
        m_tiles->request(wanted);
        if (m_tiles->mode() == TileCache::Mode::Immediate) {
            return assembleFrame(); // now they are all there
        }
    }
    // Draw what there is; a tile still on its way leaves the previous frame's data in place.
    QList<Event> events = complete ? QList<Event>() : m_frame.events;
    QList<DensityIndex::Bucket> density =
        complete ? QList<DensityIndex::Bucket>() : m_frame.density;
    QSet<qint64> seen;
    for (const Event &event : std::as_const(events)) {
        seen.insert(event.id);
    }
    for (const Tile *tile : std::as_const(found)) {
        density += tile->density;
        for (const Event &event : tile->events) {
            if (!seen.contains(event.id)) { // long events come with every tile they cross
                seen.insert(event.id);
                events.append(event);
            }
        }
    }
    std::sort(events.begin(), events.end(), [](const Event &a, const Event &b) {
        const qint64 sa = a.earliestSecond(), sb = b.earliestSecond();
        return sa != sb ? sa < sb : a.id < b.id;
    });
    m_frame.events = std::move(events);
    m_frame.density = std::move(density);
    m_frame.summarized = summarized;
    return complete;
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
        // Take in every tile that has arrived before laying out again.
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
        QCoreApplication::processEvents();
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

void TimelineView::ensureLayout()
{
    if (!m_layoutDirty) {
        return;
    }
    m_dataComplete = assembleFrame();
    m_renderer.layout(m_frame, contentSize(), font());
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
    ensureVisible(eventId);
    update();
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
    if (start >= from && start <= to) {
        return;
    }
    const qint64 span = to - from;
    setVisibleRange(start - span / 3, start - span / 3 + span);
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
