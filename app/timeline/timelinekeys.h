// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QKeyEvent;

namespace entente {

class TimelineView;

// What the keys do in the timeline, each one of the view's own actions: Home, End, Tab and
// Shift+Tab walk the events, Enter activates, the arrows pan and scroll, + and − zoom, F fits,
// Esc clears the selection and then leads out, Alt+arrows go back and forward.
class TimelineKeys final
{
public:
    // False when the key means nothing to the timeline.
    static bool handle(TimelineView &view, const QKeyEvent &event);
    // Tab and Shift+Tab (without Ctrl, which leads to the next pane) walk the events instead
    // of moving the focus.
    static bool walksEvents(const QKeyEvent &event);
};

} // namespace entente
