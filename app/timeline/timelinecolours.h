// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelineframe.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QPalette>
#include <QString>

namespace entente {

class TimelineLayout;

// What colour each lane, event and badge of a frame takes in a palette, and what the colours
// stand for (the legend). Made for one frame and palette, which it refers to: cheap enough to
// make for every paint; what it works out it keeps for that paint.
//
// Two rules over the colours users and files choose: every colour stands out from the lanes'
// background (a near-black actor on the dark palette is lightened), and people and bodies that
// share the colour of the actor they belong to (the United States and its people) take shades
// of it that can be told apart.
class TimelineColours final
{
public:
    struct LegendEntry
    {
        QColor colour;
        QString name;
    };

    // WCAG 2.1's least contrast for graphics against what is next to them.
    static constexpr double MinContrast = 3.0;

    TimelineColours(const TimelineFrame &frame, const QPalette &palette)
        : m_frame(frame), m_palette(palette)
    {}

    const QPalette &palette() const { return m_palette; }
    bool isDark() const { return m_palette.color(QPalette::Base).lightness() < 128; }

    // The colour of a category when events are coloured by category, before it is made to
    // stand out from a palette's background.
    static QColor ofCategory(const QString &name);
    // The colour the user chose for the category in this frame's file, else ofCategory's.
    QColor ofCategoryInFrame(const QString &name) const;
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
    QColor ofActor(qint64 actorId, int depth = 0) const;
    QColor shadeOf(const QColor &parent, const Actor &actor) const;
    QColor automaticColour(const Actor &actor) const;
    bool takesShade(const Actor &actor) const;
    // `colour`, or the nearest of its hue with MinContrast against both lane backgrounds.
    QColor readable(const QColor &colour) const;
    double contrastOnLanes(const QColor &colour) const;

    const TimelineFrame &m_frame;
    const QPalette &m_palette;
    // Worked out on first use, as most paints need only a few of them.
    mutable QList<QColor> m_lanes;                         // per lane; invalid: not yet
    mutable QHash<qint64, QColor> m_actors;                // per actor id
    mutable QHash<QRgb, QColor> m_readable;                // per colour as chosen
    mutable QHash<qint64, QList<qint64>> m_shadedChildren; // per actor, in id order
    mutable QHash<qint64, QString> m_automatic;            // actors without a colour
};

} // namespace entente
