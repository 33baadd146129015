// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelinecolours.h"
#include "timelinelayout.h"

class QPainter;

namespace entente {

// Paints what lies under the events of a laid out frame: the lanes with their headers, the
// grid of the axis's ticks, days of rest, today's line, eras, and a summarized lane's density.
class LanePainter final
{
public:
    LanePainter(const TimelineLayout &layout, const TimelineFrame &frame,
                const TimelineColours &colours)
        : m_layout(layout), m_frame(frame), m_colours(colours)
    {}

    void paint(QPainter &painter) const;

private:
    // A place of a lane's density: a folded lane's people's buckets summed.
    struct Column
    {
        int lane;
        qint64 from;
        qint64 to;
        int count;
    };

    void paintRows(QPainter &painter) const;
    void paintGrid(QPainter &painter) const;
    void paintHeaders(QPainter &painter) const;
    void paintEras(QPainter &painter) const;
    // Of a lane's colour in its density's bars, in percent (the rest is the background).
    static constexpr int FullShare = 45;
    static constexpr int FaintShare = 12; // about the opacity of faint events (ItemPainter)

    void paintDensity(QPainter &painter) const;
    void paintColumns(QPainter &painter, const QList<Column> &columns, int maxCount,
                      int laneShare) const;
    QList<Column> densityColumns(const QList<DensityIndex::Bucket> &buckets, int &maxCount) const;

    const TimelineLayout &m_layout;
    const TimelineFrame &m_frame;
    const TimelineColours &m_colours;
};

} // namespace entente
