// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelinecolours.h"
#include "timelinelayout.h"

class QPainter;

namespace entente {

// Paints the time axis pinned above the lanes of a laid out frame: bands naming the coarser
// unit over the ticks, today's mark, and in the corner above the lane headers how many events
// have no date.
class AxisPainter final
{
public:
    AxisPainter(const TimelineLayout &layout, const TimelineFrame &frame,
                const TimelineColours &colours)
        : m_layout(layout), m_frame(frame), m_colours(colours)
    {}

    void paint(QPainter &painter) const;
    void paintUndatedNote(QPainter &painter) const;

private:
    void paintBands(QPainter &painter) const;
    void paintTicks(QPainter &painter) const;
    void paintToday(QPainter &painter) const;

    const TimelineLayout &m_layout;
    const TimelineFrame &m_frame;
    const TimelineColours &m_colours;
};

} // namespace entente
