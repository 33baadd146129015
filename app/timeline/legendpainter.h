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
    LegendPainter(const TimelineLayout &layout, const TimelineFrame &frame,
                  const TimelineColours &colours);

    // The corner of the lanes nearest to `point` in a view of `size`: where a legend dragged
    // there goes.
    static Qt::Corner cornerNearest(const QPointF &point, const QSize &size);

    // Where it is drawn; empty when it lists nothing.
    QRectF rect() const { return m_rect; }
    Qt::Corner corner() const { return m_corner; }
    void paint(QPainter &painter) const;

private:
    QRectF rectAt(Qt::Corner corner) const;
    // The corner where it hides the fewest labels, markers and badges; the bottom right,
    // where the fewest are, when it is all the same.
    Qt::Corner leastCovering() const;
    int coveredAt(const QRectF &rect) const;

    const TimelineLayout &m_layout;
    const TimelineColours &m_colours;
    QList<TimelineColours::LegendEntry> m_entries; // those that fit, and how many more
    double m_line = 0;                             // the height of an entry
    double m_textWidth = 0;
    Qt::Corner m_corner = Qt::BottomRightCorner;
    QRectF m_rect;
};

} // namespace entente
