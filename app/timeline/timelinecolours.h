// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelineframe.h"

#include <QColor>
#include <QList>
#include <QPalette>
#include <QString>

namespace entente {

class TimelineLayout;

// What colour each lane, event and badge of a frame takes in a palette, and what the colours
// stand for (the legend). Made for one frame and palette, which it refers to: cheap enough to
// make for every paint.
class TimelineColours final
{
public:
    struct LegendEntry
    {
        QColor colour;
        QString name;
    };

    TimelineColours(const TimelineFrame &frame, const QPalette &palette)
        : m_frame(frame), m_palette(palette)
    {}

    const QPalette &palette() const { return m_palette; }
    bool isDark() const { return m_palette.color(QPalette::Base).lightness() < 128; }

    // The colour of a category when events are coloured by category.
    static QColor ofCategory(const QString &name);
    QColor ofLane(int lane) const;
    QColor ofEvent(int lane, const Event &event) const;
    // The outline of a marker, bar or badge of the given fill.
    QColor edge(const QColor &fill) const;

    // What the legend lists, sorted by name: categories when events are coloured by category,
    // actors when they are coloured by actor in lanes that are not actors'; else nothing (the
    // lane headers say it).
    QList<LegendEntry> legend(const TimelineLayout &layout) const;
    // What every colour of the frame stands for, lanes included (for a printed key).
    QList<LegendEntry> colourKey(const TimelineLayout &layout) const;

private:
    const TimelineFrame &m_frame;
    const QPalette &m_palette;
};

} // namespace entente
