// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelinecolours.h"
#include "timelinelayout.h"

#include <QHash>
#include <QPen>
#include <QPixmap>

#include <utility>

class QPainter;

namespace entente {

// Paints the events of a laid out frame: markers, bars and their labels (an agreement's with
// its summary, highlighted events with a ring: AgreementMarks), the count badges, and under
// them the lines between copies of an event and the relation arrows.
class ItemPainter final
{
public:
    // Marker sprites by packed colours, and size, outline and pixel ratio: kept from frame to
    // frame by whoever paints them, as there are only a few dozen kinds.
    using Sprites = QHash<std::pair<quint64, quint64>, QPixmap>;

    ItemPainter(const TimelineLayout &layout, const TimelineFrame &frame,
                const TimelineColours &colours, Sprites &sprites)
        : m_layout(layout), m_frame(frame), m_colours(colours), m_sprites(sprites)
    {}

    // Clipped to the time area; the selection on top of everything else.
    void paint(QPainter &painter) const;

private:
    using Item = TimelineLayout::Item;
    struct Look
    {
        bool selected;
        QColor color;
        QColor light; // the uncertain part
        QPen outline;
    };

    void paintArrows(QPainter &painter) const;
    void paintItem(QPainter &painter, const Item &item, const Event &event) const;
    // Left out by the search and filters (none asked: nothing is).
    bool isFaint(qint64 eventId) const
    {
        return m_frame.matches && !m_frame.matches->contains(eventId);
    }
    void paintPeriod(QPainter &painter, const QRectF &bar, const Event &event,
                     const Look &look) const;
    void paintMarker(QPainter &painter, const QRectF &shape, const Event &event,
                     const Look &look) const;
    void paintLabel(QPainter &painter, const Item &item, bool selected) const;
    void paintBadges(QPainter &painter) const;
    static void paintBar(QPainter &painter, const QRect &bar, double solidLeft, double solidRight,
                         const QColor &startColor, const QColor &color, const QColor &endColor);
    const QPixmap &markerSprite(double diameter, const QPen &pen, const QColor &fill,
                                const QPainter &target) const;

    const TimelineLayout &m_layout;
    const TimelineFrame &m_frame;
    const TimelineColours &m_colours;
    Sprites &m_sprites;
};

} // namespace entente
