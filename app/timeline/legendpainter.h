// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelinecolours.h"
#include "timelinelayout.h"

#include <QList>
#include <QRectF>

class QPainter;

namespace entente {

// Paints the legend of a laid out frame in a corner of the lanes, over them: a swatch and a
// name for each colour that the lane headers do not explain. The corner is the frame's, else
// the one where it covers the fewest labels.
class LegendPainter final
{
public:
    // What it lists and where: worked out from a layout, and kept with it (the renderer keeps
    // it until the next layout), since finding the corner reads every item.
    struct Placement
    {
        QList<TimelineColours::LegendEntry> entries; // those that fit, and how many more
        double line = 0;                             // the height of an entry
        double textWidth = 0;
        Qt::Corner corner = Qt::BottomRightCorner;
        QRectF rect; // empty when it lists nothing
    };

    LegendPainter(const TimelineLayout &layout, const TimelineFrame &frame,
                  const TimelineColours &colours);
    // One placed before, on the same layout.
    LegendPainter(const TimelineLayout &layout, const TimelineColours &colours,
                  Placement placement);

    // The corner of the lanes nearest to `point` in a view of `size`: where a legend dragged
    // there goes.
    static Qt::Corner cornerNearest(const QPointF &point, const QSize &size);

    const Placement &placement() const { return m_placement; }
    // Where it is drawn; empty when it lists nothing.
    QRectF rect() const { return m_placement.rect; }
    Qt::Corner corner() const { return m_placement.corner; }
    void paint(QPainter &painter) const;

private:
    QRectF rectAt(Qt::Corner corner) const;
    // The corner where it hides the fewest labels, markers and badges; the bottom right,
    // where the fewest are, when it is all the same.
    Qt::Corner leastCovering() const;
    int coveredAt(const QRectF &rect) const;

    const TimelineLayout &m_layout;
    const TimelineColours &m_colours;
    Placement m_placement;
};

} // namespace entente
