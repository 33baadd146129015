// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event.h"
#include "timelinelayout.h"
#include "viewhistory.h"

#include <QObject>

#include <optional>

class QTimer;

namespace entente {

class LaneArrangements;
class PartialDate;
class TimelineSelection;
class TimelineView;
struct TimelineFrame;

// Where the timeline goes: the views it has shown (back and forward), jumps to a date, to
// everything or to an event, and the walk from event to event in time. It moves the view
// through its public range and selection.
class TimelineNavigator final : public QObject
{
    Q_OBJECT

public:
    TimelineNavigator(TimelineView &view, const TimelineFrame &frame,
                      const TimelineSelection &selection, const LaneArrangements &lanes);

    // The visible range changed: a view the user stays on goes into the history.
    void viewMoved();
    // A jump (fit, go to date, back, a range zoom) is a view of its own in the history; wheel
    // and drag steps become one when they settle.
    void jumpTo(qint64 from, qint64 to);
    void goBack();
    void goForward();
    // Shows the whole of `date` (a year, a month, a day or a minute) with room either side.
    void goToDate(const PartialDate &date);
    void zoomToFit();
    // A Shift+drag: the time between two x of the time area.
    void zoomToPixels(double x1, double x2);
    // A double click on empty space: half the span, with the time at x where it was.
    void zoomInAt(double x);
    // Close enough to tell a badge's events apart, which are selected.
    void zoomToBadge(const TimelineLayout::Badge &badge);
    // Brings the event's time into view at the same zoom (no history entry); the event, when
    // it is dated, for the view to show its lane.
    std::optional<Event> bringIntoView(qint64 eventId);
    // Brings a lane into view (by key: lanes are numbered anew when they reload), and keeps
    // it there while the lanes' data arrives, which may make the lanes above it taller,
    // until the user scrolls.
    void followLane(qint64 key) { m_followedLane = key; }
    void stopFollowingLane() { m_followedLane.reset(); }
    // The vertical offset (up to `maxOffset`) that shows the followed lane as laid out now;
    // none when it shows already, or no lane is followed. With the data `complete`, a lane
    // that shows is no longer followed.
    std::optional<int> followedLaneOffset(const QList<TimelineLayout::LaneGeometry> &layout,
                                          int viewHeight, int maxOffset, bool complete);
    void selectFirstEvent();
    void selectLastEvent();
    // The next / previous event from the selection, or from the window's edge.
    void selectAdjacentEvent(bool forward);
    // The next (previous) match of the search and filters in time, round to the first (last)
    // past the end; nothing while nothing is asked.
    void selectAdjacentMatch(bool forward);

signals:
    void historyChanged(bool canGoBack, bool canGoForward);

private:
    void recordView();
    void restoreView(const std::optional<ViewHistory::View> &view);
    // Keeps the zoom; a jump only when the event is not in view already.
    void showEventKeepingZoom(qint64 eventId);
    std::optional<Event> datedEvent(qint64 eventId) const;
    // The window of the same span with `second` a third of the way in; none when it is in
    // view already.
    std::optional<ViewHistory::View> windowShowing(qint64 second) const;
    void selectShown(const std::optional<qint64> &eventId);
    // The store's next event in time that is drawn in some lane (not only in hidden ones).
    std::optional<qint64> drawnAdjacentEvent(qint64 start, qint64 id, bool forward) const;
    // The search key matches are looked for after (before) by selectAdjacentMatch.
    qint64 matchStepKey(bool forward) const;

    TimelineView &m_view;
    const TimelineFrame &m_frame;
    const TimelineSelection &m_selection;
    const LaneArrangements &m_lanes;
    ViewHistory m_history;
    QTimer *m_settle;
    bool m_restoring = false;
    std::optional<qint64> m_followedLane;
};

} // namespace entente
