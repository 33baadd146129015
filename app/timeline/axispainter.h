// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelinecolours.h"
#include "timelinelayout.h"

#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>

#include <optional>

class QPainter;

namespace entente {

// Paints the time axis pinned above the lanes of a laid out frame: bands naming the coarser
// unit over the ticks, today's mark, and in the corner above the lane headers how many events
// have no date.
class AxisPainter final
{
public:
    // A text of the axis and the box it takes, widget coordinates.
    struct Label
    {
        QRectF rect;
        QString text;
    };
    // Where the axis's texts go: bands' names and "Today" above, ticks below.
    struct Labels
    {
        QList<Label> bands;
        QList<Label> ticks;
        std::optional<Label> today;
    };

    AxisPainter(const TimelineLayout &layout, const TimelineFrame &frame,
                const TimelineColours &colours);

    void paint(QPainter &painter) const;
    void paintUndatedNote(QPainter &painter) const;
    Labels labels() const;

    static constexpr double Tier = TimelineLayout::AxisHeight / 2.0; // bands above, ticks below

private:
    double xOf(qint64 second) const;
    QList<Label> bandLabels(const std::optional<Label> &today) const;
    QList<Label> tickLabels() const;
    std::optional<Label> todayLabel() const;
    void paintBands(QPainter &painter, const QList<Label> &labels) const;
    void paintTicks(QPainter &painter, const QList<Label> &labels) const;
    static void drawCentred(QPainter &painter, const LabelFont &font, const Label &label);
    void paintToday(QPainter &painter, const std::optional<Label> &label) const;

    const TimelineLayout &m_layout;
    const TimelineFrame &m_frame;
    const TimelineColours &m_colours;
    QFont m_small; // "Today"
};

} // namespace entente
