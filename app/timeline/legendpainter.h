// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelinecolours.h"
#include "timelinelayout.h"

class QPainter;

namespace entente {

// Paints the legend of a laid out frame at the bottom right, over the lanes: a swatch and a
// name for each colour that the lane headers do not explain.
class LegendPainter final
{
public:
    LegendPainter(const TimelineLayout &layout, const TimelineColours &colours)
        : m_layout(layout), m_colours(colours)
    {}

    void paint(QPainter &painter) const;

private:
    const TimelineLayout &m_layout;
    const TimelineColours &m_colours;
};

} // namespace entente
