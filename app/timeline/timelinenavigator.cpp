// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinenavigator.h"

#include "calendar.h"
#include "errorguard.h"
#include "eventstore.h"
#include "lanearrangements.h"
#include "laneheaders.h"
#include "searchkey.h"
#include "timelineframe.h"
#include "timelineselection.h"
#include "timelineview.h"

#include <QTimer>

#include <algorithm>
#include <limits>

namespace entente {

namespace {
constexpr int SettleMs = 700;
} // namespace

TimelineNavigator::TimelineNavigator(TimelineView &view, const TimelineFrame &frame,
                                     const TimelineSelection &selection,
                                     const LaneArrangements &lanes)
    : m_view(view), m_frame(frame), m_selection(selection), m_lanes(lanes),
      m_settle(new QTimer(this))
{
    // A view the user stays on for this long goes into the history.
    m_settle->setSingleShot(true);
    m_settle->setInterval(SettleMs);
    connect(m_settle, &QTimer::timeout, this,
            ErrorGuard::slot(this, &TimelineNavigator::recordView));
}

void TimelineNavigator::viewMoved()
{
    if (!m_restoring) {
        m_settle->start();
    }
}

void TimelineNavigator::recordView()
{
    m_settle->stop();
    m_history.visit({m_frame.scale.visibleFrom(), m_frame.scale.visibleTo()});
    emit historyChanged(m_history.canGoBack(), m_history.canGoForward());
}

void TimelineNavigator::jumpTo(qint64 from, qint64 to)
{
    if (m_settle->isActive()) {
        recordView(); // where the wheel or a drag had got to is a view to come back to
    }
    m_view.setVisibleRange(from, to);
    recordView();
}

void TimelineNavigator::restoreView(const std::optional<ViewHistory::View> &view)
{
    if (!view) {
        return;
    }
    m_restoring = true;
    m_view.setVisibleRange(view->from, view->to);
    m_restoring = false;
    emit historyChanged(m_history.canGoBack(), m_history.canGoForward());
}

void TimelineNavigator::goBack()
{
    if (m_settle->isActive()) {
        recordView();
    }
    restoreView(m_history.back());
}

void TimelineNavigator::goForward()
{
    restoreView(m_history.forward());
}

void TimelineNavigator::goToDate(const PartialDate &date)
{
    if (date.isNull()) {
        return;
    }
    const qint64 from = date.earliestSecond(), to = date.latestSecond() + 1;
    const qint64 margin = std::max<qint64>((to - from) / 2, 1800);
    jumpTo(from - margin, to + margin);
}

void TimelineNavigator::zoomToFit()
{
    const EventStore *store = m_view.store();
    std::optional<std::pair<qint64, qint64>> bounds = store ? store->timeBounds() : std::nullopt;
    if (!bounds) {
        jumpTo(PartialDate::year(2000).earliestSecond(), PartialDate::year(2030).earliestSecond());
        return;
    }
    for (const Era &era : m_frame.eras) {
        bounds->first = std::min(bounds->first, era.start.earliestSecond());
        bounds->second = std::max(bounds->second, era.end.latestSecond());
    }
    // A small margin either side and no more: a label that would be cut at the right edge goes
    // before its marker (TimelineLayout), so the last events need no empty years after them,
    // and "today" is not drawn in unless the events reach it.
    const qint64 span = std::max<qint64>(bounds->second - bounds->first, SecondsPerDay);
    const qint64 margin = span / 40;
    jumpTo(bounds->first - margin, bounds->second + margin);
}

void TimelineNavigator::zoomToPixels(double x1, double x2)
{
    jumpTo(qint64(m_frame.scale.toTime(std::min(x1, x2))),
           qint64(m_frame.scale.toTime(std::max(x1, x2))));
}

void TimelineNavigator::zoomInAt(double x)
{
    const qint64 span = m_frame.scale.visibleTo() - m_frame.scale.visibleFrom();
    const qint64 at = qint64(m_frame.scale.toTime(x));
    const double share = x / m_frame.scale.width();
    jumpTo(at - qint64(share * double(span) / 2), at + qint64((1 - share) * double(span) / 2));
}

void TimelineNavigator::zoomToBadge(const TimelineLayout::Badge &badge)
{
    // Room either side, and never closer than an hour: events at the same minute stay a badge
    // at any zoom, so they are selected too, which lists them apart in the event list.
    const qint64 span = std::max<qint64>(badge.to - badge.from, 3600);
    const QList<qint64> ids = badge.eventIds; // the badge goes with the next layout
    jumpTo(badge.from - span / 4, badge.from + span + span / 4);
    m_view.setSelection(ids, ids.first()); // and in the list, where they can be told apart
}

std::optional<Event> TimelineNavigator::datedEvent(qint64 eventId) const
{
    const EventStore *store = m_view.store();
    std::optional<Event> event = store && eventId != 0 ? store->event(eventId) : std::nullopt;
    return event && !event->isUndated() ? event : std::nullopt;
}

std::optional<ViewHistory::View> TimelineNavigator::windowShowing(qint64 second) const
{
    const qint64 from = m_frame.scale.visibleFrom(), to = m_frame.scale.visibleTo();
    if (second >= from && second <= to) {
        return std::nullopt; // in view already: the view stays where the user put it
    }
    const qint64 span = to - from;
    return ViewHistory::View{second - span / 3, second - span / 3 + span};
}

std::optional<Event> TimelineNavigator::bringIntoView(qint64 eventId)
{
    std::optional<Event> event = datedEvent(eventId);
    if (const auto window = event ? windowShowing(event->earliestSecond()) : std::nullopt) {
        m_view.setVisibleRange(window->from, window->to);
    }
    return event;
}

void TimelineNavigator::showEventKeepingZoom(qint64 eventId)
{
    const std::optional<Event> event = datedEvent(eventId);
    if (const auto window = event ? windowShowing(event->earliestSecond()) : std::nullopt) {
        jumpTo(window->from, window->to);
    }
}

std::optional<int>
TimelineNavigator::followedLaneOffset(const QList<TimelineLayout::LaneGeometry> &layout,
                                      int viewHeight, int maxOffset, bool complete)
{
    if (!m_followedLane) {
        return std::nullopt;
    }
    const QList<LaneModel::Lane> &lanes = m_frame.lanes.lanes();
    const auto it = std::find_if(lanes.cbegin(), lanes.cend(), [this](const LaneModel::Lane &lane) {
        return lane.key == *m_followedLane;
    });
    if (it == lanes.cend()) { // hidden or folded away since
        m_followedLane.reset();
        return std::nullopt;
    }
    const std::optional<int> offset =
        LaneHeaders(m_frame.lanes, layout)
            .offsetShowing(int(it - lanes.cbegin()), m_frame.verticalOffset, viewHeight);
    const int reachable = offset ? std::clamp(*offset, 0, maxOffset) : m_frame.verticalOffset;
    if (reachable != m_frame.verticalOffset) {
        return reachable;
    }
    if (complete) {
        m_followedLane.reset();
    }
    return std::nullopt;
}

void TimelineNavigator::selectShown(const std::optional<qint64> &eventId)
{
    if (eventId) {
        showEventKeepingZoom(*eventId);
        m_view.setSelectedEventId(*eventId);
    }
}

void TimelineNavigator::selectFirstEvent()
{
    if (m_view.store()) {
        selectShown(drawnAdjacentEvent(std::numeric_limits<qint64>::min(), 0, true));
    }
}

void TimelineNavigator::selectLastEvent()
{
    constexpr qint64 End = std::numeric_limits<qint64>::max();
    if (m_view.store()) {
        selectShown(drawnAdjacentEvent(End, End, false));
    }
}

void TimelineNavigator::selectAdjacentEvent(bool forward)
{
    if (!m_view.store()) {
        return;
    }
    // From the selection, else from the edge of the window the user is looking at.
    const Event &current = m_selection.currentEvent();
    const bool fromSelection = m_selection.currentId() != 0 && !current.isUndated();
    const qint64 start = fromSelection ? current.earliestSecond()
                         : forward     ? m_frame.scale.visibleFrom()
                                       : m_frame.scale.visibleTo();
    const qint64 id = fromSelection ? m_selection.currentId()
                      : forward     ? 0
                                    : std::numeric_limits<qint64>::max();
    if (const std::optional<qint64> next = drawnAdjacentEvent(start, id, forward)) {
        m_view.setSelectedEventId(*next);
    }
}

void TimelineNavigator::selectAdjacentMatch(bool forward)
{
    const MatchSet *matches = m_frame.matches.get();
    if (!m_view.store() || !matches || matches->count() == 0) {
        return;
    }
    const qint64 key = matchStepKey(forward);
    std::optional<MatchSet::Match> found = forward ? matches->next(key) : matches->previous(key);
    if (!found) { // past the end: round, as a browser's find bar does
        found = forward ? matches->inKeyOrder().front() : matches->inKeyOrder().back();
    }
    selectShown(found->eventId);
}

qint64 TimelineNavigator::matchStepKey(bool forward) const
{
    // From the selected event, else from the edge of the window the user is looking at.
    if (m_selection.currentId() != 0) {
        if (const std::optional<qint64> key = m_view.store()->searchKey(m_selection.currentId())) {
            return *key;
        }
    }
    return forward ? SearchKey::firstFrom(m_frame.scale.visibleFrom()) - 1
                   : SearchKey::lastOf(SearchKey::dayOf(m_frame.scale.visibleTo())) + 1;
}

std::optional<qint64> TimelineNavigator::drawnAdjacentEvent(qint64 start, qint64 id,
                                                            bool forward) const
{
    const EventStore &store = *m_view.store();
    std::optional<qint64> next = store.adjacentEvent(start, id, forward);
    if (m_lanes.current().hidden.isEmpty()) {
        return next; // every dated event has a lane
    }
    // Past the events of hidden lanes, which the view does not draw; a bounded walk, so that
    // a key press never reads a whole hidden stretch of a large timeline.
    for (int step = 0; next && step < 2000; ++step) {
        const std::optional<Event> event = store.event(*next);
        if (!event || !m_frame.lanes.lanesOf(*event).isEmpty()) {
            return next;
        }
        next = store.adjacentEvent(event->earliestSecond(), event->id, forward);
    }
    return std::nullopt;
}

} // namespace entente
