// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineview.h"

#include "agreementsummary.h"
#include "calendar.h"
#include "errorguard.h"
#include "eventstore.h"
#include "laneheaders.h"
#include "legendpainter.h"
#include "storechange.h"
#include "timelineaccessible.h"
#include "timelinekeys.h"
#include "timelinetooltips.h"

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

#include <algorithm>
#include <cmath>

namespace entente {

namespace {
constexpr double ZoomStep = 1.25;
constexpr double PanFraction = 0.1;
} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent), m_verticalBar(new QScrollBar(Qt::Vertical, this))
{
    // Screen readers see the events as a list (installed once, for every view).
    static const bool accessible = [] {
        QAccessible::installFactory(&TimelineAccessible::create);
        return true;
    }();
    Q_UNUSED(accessible);
    connect(&m_navigator, &TimelineNavigator::historyChanged, this,
            ErrorGuard::slot(this, &TimelineView::historyChanged));
    connect(&m_editor, &TimelineEditor::previewChanged, this,
            ErrorGuard::slot(this, &TimelineView::relayout));
    m_verticalBar->hide();
    m_verticalBar->setSingleStep(TimelineRenderer::RowHeight);
    connect(m_verticalBar, &QScrollBar::valueChanged, this, ErrorGuard::slot([this](int value) {
                m_frame.verticalOffset = value;
                relayout();
            }));
    // The user's scrolling wins over a lane still being brought into view.
    connect(m_verticalBar, &QScrollBar::actionTriggered, &m_navigator,
            ErrorGuard::slot(&m_navigator, &TimelineNavigator::stopFollowingLane));
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
    m_store = store;
    m_assembler.setStore(store, m_fetchMode);
    m_selection.clear();
    m_fetchError.clear();
    if (m_store) {
        connect(m_store, &EventStore::changed, this,
                ErrorGuard::slot(this, &TimelineView::onStoreChanged));
        connect(m_assembler.tiles(), &TileCache::tilesArrived, this,
                ErrorGuard::slot(this, &TimelineView::relayout));
        connect(m_assembler.tiles(), &TileCache::failed, this,
                ErrorGuard::slot(this, &TimelineView::onFetchFailed));
    }
    m_assembler.reload(m_lanes);
    m_editor.storeChanged();
    relayout();
    zoomToFit();
}

void TimelineView::reloadLanes()
{
    m_assembler.reload(m_lanes);
    relayout();
    emit lanesChanged();
}

void TimelineView::onStoreChanged(const StoreChange &change)
{
    m_assembler.forgetRelations();
    m_assembler.forgetAgreementSummaries();
    m_assembler.reload(m_lanes);
    m_selection.refresh(change, m_store);
    relayout();
    QList<qint64> removed = change.events.removed;
    if (change.everything && m_store) { // another window wrote: it may have removed them
        for (qint64 id : selectedEventIds()) {
            if (!m_store->event(id)) {
                removed.append(id);
            }
        }
    }
    if (const auto kept = m_selection.without(removed)) {
        setSelection(kept->first, kept->second);
    }
}

void TimelineView::onFetchFailed(const QString &message)
{
    // Not laid out again: that would ask again at once, and fail again. The next move, zoom
    // or change of the store asks again.
    const bool news = message != m_fetchError;
    m_fetchError = message;
    update();
    if (news) {
        emit fetchFailed(message);
    }
}

bool TimelineView::waitForData(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (true) {
        ensureLayout();
        TileCache *tiles = m_assembler.tiles();
        if (!tiles || m_dataComplete) {
            return true;
        }
        if (deadline.hasExpired() || (!m_fetchError.isEmpty() && !tiles->isPending())) {
            return false; // a read failed, and nothing else is on its way
        }
        // Sleep until the worker's next batch: a polling loop here would take a core from the
        // worker on a two-core machine. Batches are only taken in while events are processed,
        // so none can arrive between the check above and the loop below.
        QEventLoop loop;
        connect(tiles, &TileCache::tilesArrived, &loop, &QEventLoop::quit);
        connect(tiles, &TileCache::failed, &loop, &QEventLoop::quit);
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
    m_navigator.viewMoved();
    emit visibleRangeChanged(m_frame.scale.visibleFrom(), m_frame.scale.visibleTo());
}

qint64 TimelineView::nowSecond()
{
    return AgreementSummary::currentSecond(); // what the agreements' summaries count at
}

void TimelineView::ensureLayout()
{
    // A second pass when a lane was brought into view: the lanes it shows need their data.
    for (int pass = 0; m_layoutDirty && pass < 2; ++pass) {
        layOut();
        followLane();
    }
}

void TimelineView::layOut()
{
    m_frame.locale = locale();
    m_frame.today = nowSecond();
    const auto assembleAndLayOut = [this] {
        m_dataComplete =
            m_assembler.assemble(m_assembler.visibleLaneKeys(m_renderer.laneGeometry(), height()),
                                 m_selection.currentEvent());
        m_editor.applyPreview(m_frame.events); // a dragged event where it will land
        m_renderer.layout(m_frame, contentSize(), font());
    };
    assembleAndLayOut();
    // Which lanes show depends on the layout, which depends on the data: settle the two.
    for (int round = 0;
         round < 3 && m_assembler.visibleLaneKeys(m_renderer.laneGeometry(), height()) !=
                          m_assembler.assembledLanes();
         ++round) {
        assembleAndLayOut();
    }
    if (m_dataComplete) {
        m_fetchError.clear();
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
    return m_selection.ids();
}

void TimelineView::setSelection(const QList<qint64> &eventIds, qint64 current)
{
    if (!m_selection.set(eventIds, current)) {
        return;
    }
    setCurrentEvent(current);
    relayout();
    emit selectionChanged(selectedEventIds());
}

void TimelineView::toggleInSelection(qint64 eventId)
{
    const auto [ids, current] = m_selection.toggled(eventId);
    setSelection(ids, current);
}

void TimelineView::setSelectedEventId(qint64 eventId)
{
    setSelection(eventId != 0 ? QList<qint64>{eventId} : QList<qint64>(), eventId);
}

void TimelineView::setCurrentEvent(qint64 eventId)
{
    if (!m_selection.setCurrent(eventId, m_store)) {
        return;
    }
    if (!m_frame.highlighted.contains(eventId)) { // stepping through them keeps them
        setHighlightedEvents({});
    }
    ensureVisible(eventId);
    relayout();
    TimelineAccessible::announceSelection(this, eventId);
    emit selectedEventChanged(eventId);
}

void TimelineView::ensureVisible(qint64 eventId)
{
    if (const std::optional<Event> event = m_navigator.bringIntoView(eventId)) {
        scrollToLaneOf(*event);
    }
}

void TimelineView::scrollToLaneOf(const Event &event)
{
    if (const QList<int> lanes = m_frame.lanes.lanesOf(event); !lanes.isEmpty()) {
        bringLaneIntoView(lanes.first());
    }
}

void TimelineView::bringLaneIntoView(int lane)
{
    m_navigator.followLane(m_frame.lanes.lanes().at(lane).key);
    relayout();
}

void TimelineView::followLane()
{
    if (const std::optional<int> offset = m_navigator.followedLaneOffset(
            m_renderer.laneGeometry(), height(), m_verticalBar->maximum(), m_dataComplete)) {
        m_verticalBar->setValue(*offset); // and laid out again
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

void TimelineView::panBy(double share)
{
    m_frame.scale.panByPixels(-share * m_frame.scale.width());
    scaleChanged();
}

void TimelineView::scrollLanes(QAbstractSlider::SliderAction action)
{
    m_verticalBar->triggerAction(action);
}

void TimelineView::activateCurrentEvent()
{
    if (m_frame.selectedEventId != 0) {
        emit eventActivated(m_frame.selectedEventId);
    }
}

void TimelineView::setHighlightedEvents(const QList<qint64> &eventIds)
{
    const QSet<qint64> highlighted(eventIds.begin(), eventIds.end());
    if (highlighted != m_frame.highlighted) {
        m_frame.highlighted = highlighted;
        update(); // drawn over the same layout
    }
    // A ring out of sight says nothing: with none of them in the window, go to the first.
    const bool anyInView =
        std::any_of(m_frame.events.cbegin(), m_frame.events.cend(),
                    [&](const Event &event) { return highlighted.contains(event.id); });
    if (!eventIds.isEmpty() && !anyInView) {
        ensureVisible(eventIds.first());
    }
}

void TimelineView::clearSelectionOrLeave()
{
    if (!m_frame.highlighted.isEmpty()) {
        setHighlightedEvents({});
    } else if (!m_frame.selection.isEmpty() || m_frame.selectedEventId != 0) {
        setSelectedEventId(0);
    } else {
        focusNextChild();
    }
}

void TimelineView::paintEvent(QPaintEvent *)
{
    ErrorGuard::run([&] {
        ensureLayout();
        QPainter painter(this);
        if (m_verticalBar->isVisible()) { // the corner above the scroll bar
            painter.fillRect(
                QRect(m_verticalBar->x(), 0, m_verticalBar->width(), TimelineRenderer::AxisHeight),
                palette().color(QPalette::Window));
        }
        m_renderer.paint(painter, m_frame, palette());
        if (!m_fetchError.isEmpty()) {
            paintFetchError(painter);
        }
        if (m_selectingRange && m_dragging) { // the range a Shift+drag will zoom into
            QColor band = palette().color(QPalette::Highlight);
            band.setAlpha(60);
            const int left = std::max(std::min(m_pressPos.x(), m_lastDragPos.x()),
                                      TimelineRenderer::HeaderWidth);
            painter.fillRect(QRect(left, 0, std::abs(m_lastDragPos.x() - m_pressPos.x()), height()),
                             band);
        }
        if (m_draggedLane >= 0 && m_dragging) {
            LaneHeaders(m_frame.lanes, m_renderer.laneGeometry())
                .paintDrag(painter, m_draggedLane, m_pressPos.y(), m_lastDragPos.y(),
                           QRect(QPoint(0, 0), contentSize()), palette());
        }
        m_editor.paint(painter);
        if (hasFocus()) {
            painter.setPen(QPen(palette().color(QPalette::Highlight), 1));
            painter.drawRect(rect().adjusted(0, 0, -1, -1));
        }
    });
}

void TimelineView::paintFetchError(QPainter &painter) const
{
    // In place of the lanes, which would otherwise stay blank (or stale) with no word why.
    const QRect lanes(0, TimelineRenderer::AxisHeight, contentSize().width(),
                      height() - TimelineRenderer::AxisHeight);
    painter.fillRect(lanes, palette().color(QPalette::Base));
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(lanes.adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap,
                     tr("The timeline could not be read:\n%1\n\nIt is read again when you move "
                        "or zoom.")
                         .arg(m_fetchError));
}

void TimelineView::contextMenuEvent(QContextMenuEvent *event)
{
    ErrorGuard::run([&] {
        ensureLayout(); // lane numbers from a layout the store has since changed would be stale
        int lane = m_renderer.laneHeaderAt(event->pos());
        QPoint at = event->globalPos();
        if (event->reason() == QContextMenuEvent::Keyboard) {
            // The menu key: the lane of the current event, else the first lane, brought into view
            // and the menu at its name.
            const Event &current = m_selection.currentEvent();
            const QList<int> lanes =
                current.id != 0 ? m_frame.lanes.lanesOf(current) : QList<int>();
            lane = !lanes.isEmpty() ? lanes.first() : m_frame.lanes.lanes().isEmpty() ? -1 : 0;
            if (lane >= 0) {
                bringLaneIntoView(lane);
                ensureLayout();
                at = mapToGlobal(LaneHeaders(m_frame.lanes, m_renderer.laneGeometry())
                                     .menuPosition(lane, contentSize()));
            }
        }
        if (lane < 0 && event->reason() != QContextMenuEvent::Keyboard &&
            execEventMenu(event->pos(), at)) {
            return;
        }
        if (lane < 0 || lane >= m_frame.lanes.lanes().size()) {
            return QWidget::contextMenuEvent(event);
        }
        LaneHeaders(m_frame.lanes, m_renderer.laneGeometry()).execMenu(*this, lane, at);
    });
}

bool TimelineView::execEventMenu(const QPoint &pos, const QPoint &global)
{
    const qint64 eventId = m_renderer.eventAt(pos);
    if (eventId == 0 || m_eventMenu.isEmpty()) {
        return false;
    }
    if (!selectedEventIds().contains(eventId)) {
        setSelection({eventId}, eventId); // the menu acts on what it was opened on
    }
    QMenu menu(this);
    menu.addActions(m_eventMenu);
    menu.exec(global);
    return true;
}

void TimelineView::resizeEvent(QResizeEvent *)
{
    ErrorGuard::run([&] {
        const int barWidth = m_verticalBar->sizeHint().width();
        m_verticalBar->setGeometry(width() - barWidth, TimelineRenderer::AxisHeight, barWidth,
                                   height() - TimelineRenderer::AxisHeight);
        syncScaleWidth();
        scaleChanged();
    });
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    ErrorGuard::run([&] {
        const QPoint delta = event->angleDelta();
        if (event->modifiers() & Qt::ShiftModifier) {
            m_navigator.stopFollowingLane();
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
    });
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    ErrorGuard::run([&] {
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
        m_draggingLegend = !m_selectingRange && legendRect().contains(event->position());
        m_draggedLane =
            m_selectingRange || m_draggingLegend ? -1 : m_renderer.laneHeaderAt(event->position());
        if (!m_draggingLegend) { // the legend is drawn over the events: a press on it is its own
            m_editor.mousePress(*event); // a drag on an event may move it instead of panning
        }
    });
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    ErrorGuard::run([&] {
        if (!(event->buttons() & Qt::LeftButton)) {
            if (const auto shape = m_editor.hoverCursor(event->position())) {
                setCursor(*shape);
                return;
            }
            const bool overEvent = m_renderer.eventAt(event->position()) != 0;
            const bool clickable = overEvent || overUndatedHint(event->position());
            setCursor(clickable                                  ? Qt::PointingHandCursor
                      : legendRect().contains(event->position()) ? Qt::OpenHandCursor
                                                                 : Qt::ArrowCursor);
            return;
        }
        if (m_editor.mouseMove(*event)) {
            return;
        }
        const QPoint pos = event->position().toPoint();
        if (!m_dragging && (pos - m_pressPos).manhattanLength() < 4) {
            return;
        }
        m_dragging = true;
        const int dx = pos.x() - m_lastDragPos.x();
        m_lastDragPos = pos;
        if (m_draggingLegend) { // into the corner nearest the pointer, at once
            setCursor(Qt::ClosedHandCursor);
            setLegendCorner(LegendPainter::cornerNearest(pos, contentSize()));
            return;
        }
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
    });
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    ErrorGuard::run([&] {
        if (event->button() != Qt::LeftButton) {
            return QWidget::mouseReleaseEvent(event);
        }
        if (m_editor.mouseRelease(*event)) { // an event moved, resized or related
            return endMouseGesture();
        }
        if (m_draggingLegend) { // a click on it selects nothing under it
            if (m_dragging && m_frame.legendCorner) {
                emit legendMoved(*m_frame.legendCorner);
            }
        } else if (m_draggedLane >= 0 && m_dragging) {
            moveLane(m_draggedLane, LaneHeaders(m_frame.lanes, m_renderer.laneGeometry())
                                        .dropSteps(m_draggedLane, m_lastDragPos.y()));
        } else if (!m_dragging && overUndatedHint(event->position())) {
            emit undatedHintClicked();
        } else if (!m_dragging) {
            const int header = m_renderer.laneHeaderAt(event->position());
            const qint64 id = m_renderer.eventAt(event->position());
            if (const TimelineRenderer::Badge *badge = m_renderer.badgeAt(event->position())) {
                m_navigator.zoomToBadge(*badge);
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
            m_navigator.zoomToPixels(m_pressPos.x() - TimelineRenderer::HeaderWidth,
                                     m_lastDragPos.x() - TimelineRenderer::HeaderWidth);
        }
        endMouseGesture();
    });
}

void TimelineView::endMouseGesture()
{
    m_dragging = false;
    m_selectingRange = false;
    m_draggingLegend = false;
    m_draggedLane = -1;
    setCursor(Qt::ArrowCursor);
    update();
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    ErrorGuard::run([&] {
        if (event->button() != Qt::LeftButton) {
            return QWidget::mouseDoubleClickEvent(event);
        }
        if (m_editor.mouseDoubleClick(*event)) { // Ctrl+double-click: a new event there
            return;
        }
        if (const qint64 id = m_renderer.eventAt(event->position())) {
            setSelectedEventId(id);
            emit eventActivated(id);
            return;
        }
        if (event->position().x() > TimelineRenderer::HeaderWidth) { // empty space: zoom in there
            m_navigator.zoomInAt(event->position().x() - TimelineRenderer::HeaderWidth);
        }
    });
}

void TimelineView::toggleLane(qint64 actorId)
{
    m_lanes.toggleFold(actorId);
    reloadLanes();
}

void TimelineView::setLaneMode(LaneModel::Mode mode)
{
    if (mode == m_lanes.mode()) {
        return;
    }
    m_lanes.setMode(mode);
    m_frame.verticalOffset = 0;
    m_verticalBar->setValue(0);
    reloadLanes();
}

void TimelineView::setArrangement(LaneModel::Mode mode, const LaneModel::Arrangement &arrangement)
{
    m_lanes.set(mode, arrangement);
    if (mode == m_lanes.mode()) {
        reloadLanes();
    }
}

void TimelineView::setLaneArrangements(const LaneArrangements &lanes)
{
    const LaneModel::Mode mode = m_lanes.mode();
    m_lanes = lanes;
    if (lanes.mode() != mode) { // as in setLaneMode: the other lanes start at the top
        m_frame.verticalOffset = 0;
        m_verticalBar->setValue(0);
    }
    reloadLanes();
}

void TimelineView::hideLane(qint64 key)
{
    m_lanes.hide(key);
    reloadLanes();
}

void TimelineView::showLane(qint64 key)
{
    m_lanes.show(key);
    reloadLanes();
}

void TimelineView::showAllLanes()
{
    m_lanes.showAll();
    reloadLanes();
}

QList<std::pair<qint64, QString>> TimelineView::hiddenLanes() const
{
    if (!m_store) {
        return {};
    }
    const QStringList categories =
        laneMode() == LaneModel::Mode::Category ? m_store->categoriesInUse() : QStringList();
    return m_lanes.hiddenLanes(categories, m_frame.actors);
}

bool TimelineView::moveLane(int lane, int steps)
{
    if (!m_lanes.move(m_frame.lanes, lane, steps)) {
        return false;
    }
    reloadLanes();
    return true;
}

void TimelineView::setShowLegend(bool show)
{
    m_frame.showLegend = show;
    update();
}

bool TimelineView::overUndatedHint(const QPointF &pos) const
{
    // The note is drawn in the corner above the lane names.
    return m_frame.undatedEventCount > 0 && pos.x() < TimelineRenderer::HeaderWidth &&
           pos.y() < TimelineRenderer::AxisHeight;
}

void TimelineView::setMatches(std::shared_ptr<const MatchSet> matches)
{
    m_frame.matches = std::move(matches);
    relayout(); // a summarized frame draws the matches' density
}

void TimelineView::setLegendCorner(std::optional<Qt::Corner> corner)
{
    m_frame.legendCorner = corner;
    update();
}

QRectF TimelineView::legendRect()
{
    ensureLayout();
    return m_renderer.legendRect(m_frame, palette());
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

const QList<TimelineRenderer::Item> &TimelineView::items()
{
    ensureLayout();
    return m_renderer.items();
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

bool TimelineView::showToolTip(const QHelpEvent &help)
{
    const TimelineToolTips::Tip tip =
        m_store ? TimelineToolTips(*m_store, m_frame, m_renderer, locale()).at(help.pos())
                : TimelineToolTips::Tip();
    if (tip.text.isEmpty()) {
        QToolTip::hideText();
        return false;
    }
    const QRect area = tip.eventId ? eventRect(tip.eventId).toAlignedRect() : QRect();
    QToolTip::showText(help.globalPos(), tip.text, this, area);
    return true;
}

bool TimelineView::event(QEvent *event)
{
    if (event->type() == QEvent::NativeGesture) { // a trackpad pinch zooms about the fingers
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            ErrorGuard::run([&] {
                zoomAboutTimeX(gesture->position().x() - TimelineRenderer::HeaderWidth,
                               1.0 + gesture->value());
            });
            return true;
        }
    }
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        if (!ErrorGuard::value(false, [&] { return showToolTip(*help); })) {
            event->ignore(); // nothing here to tell about
        }
        return true;
    }
    if (event->type() == QEvent::KeyPress &&
        TimelineKeys::walksEvents(*static_cast<QKeyEvent *>(event))) {
        keyPressEvent(static_cast<QKeyEvent *>(event));
        return true;
    }
    return QWidget::event(event);
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    ErrorGuard::run([&] {
        if (!m_editor.keyPress(*event) && !TimelineKeys::handle(*this, *event)) {
            QWidget::keyPressEvent(event);
        }
    });
}

} // namespace entente
