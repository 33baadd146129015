// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "itempainter.h"
#include "legendpainter.h"
#include "timelinecolours.h"
#include "timelinelayout.h"

#include <QFont>
#include <QList>
#include <QPalette>
#include <QRectF>
#include <QSize>

#include <optional>

class QPainter;

namespace entente {

// Lays out and paints a TimelineFrame: the time axis, era bands, lanes with their names, and
// events as markers and bars with labels that never overlap. The same code draws the screen
// and image exports, so an export is exactly what the screen shows. The work is done by
// TimelineLayout (where things go), TimelineColours and the painters; this is what the view,
// the exporter and the benchmark hold.
class TimelineRenderer final
{
public:
    static constexpr int AxisHeight = TimelineLayout::AxisHeight;
    static constexpr int HeaderWidth = TimelineLayout::HeaderWidth;
    static constexpr int RowHeight = TimelineLayout::RowHeight;
    static constexpr double TickSpacing = TimelineLayout::TickSpacing;
    static constexpr int MaxRowsPerLane = TimelineLayout::MaxRowsPerLane;
    static constexpr int SummarizedRows = TimelineLayout::SummarizedRows;

    using Item = TimelineLayout::Item;
    using Badge = TimelineLayout::Badge;
    using LaneGeometry = TimelineLayout::LaneGeometry;
    using LegendEntry = TimelineColours::LegendEntry;

    // The width of the time area for a view of the given width.
    static int timeAreaWidth(int viewWidth) { return TimelineLayout::timeAreaWidth(viewWidth); }

    void layout(const TimelineFrame &frame, const QSize &size, const QFont &font)
    {
        m_layout.layout(frame, size, font);
        m_legend.reset();
    }
    void paint(QPainter &painter, const TimelineFrame &frame, const QPalette &palette) const;

    qint64 eventAt(const QPointF &point) const { return m_layout.eventAt(point); }
    const Badge *badgeAt(const QPointF &point) const { return m_layout.badgeAt(point); }
    const QList<Badge> &badges() const { return m_layout.badges(); }
    // The lane whose header (at the left) is under `point`, or -1.
    int laneHeaderAt(const QPointF &point) const { return m_layout.laneHeaderAt(point); }
    // The colour of a category when events are coloured by category.
    static QColor categoryColour(const QString &category)
    {
        return TimelineColours::ofCategory(category);
    }
    // What the legend lists, sorted by name: categories when events are coloured by category,
    // actors when they are coloured by actor in lanes that are not actors'; else nothing (the
    // lane headers say it).
    QList<LegendEntry> legend(const TimelineFrame &frame, const QPalette &palette) const
    {
        return TimelineColours(frame, palette).legend(m_layout);
    }
    // Where the legend goes (widget coordinates); empty when it is not shown or lists nothing.
    QRectF legendRect(const TimelineFrame &frame, const QPalette &palette) const;
    // What every colour of the frame stands for, lanes included (for a printed key).
    QList<LegendEntry> colourKey(const TimelineFrame &frame, const QPalette &palette) const
    {
        return TimelineColours(frame, palette).colourKey(m_layout);
    }
    // The relation whose arrow is under `point`, if any (events take precedence).
    const Relation *relationAt(const QPointF &point) const { return m_layout.relationAt(point); }
    const RelationArrows &arrows() const { return m_layout.arrows(); }
    // The first copy's marker or bar that is on screen; empty when none is.
    QRectF itemRect(qint64 eventId) const { return m_layout.itemRect(eventId); }
    const QList<Item> &items() const { return m_layout.items(); }
    const QList<LaneGeometry> &laneGeometry() const { return m_layout.laneGeometry(); }
    // The height of all lanes together, however far they are scrolled.
    double lanesHeight() const { return m_layout.lanesHeight(); }
    // For a document that paints some parts again on their own (an SVG, which cannot clip).
    const TimelineLayout &layout() const { return m_layout; }

private:
    // What the legend lists and where, for this layout: worked out on the first paint or
    // question after a layout (it reads every item), then kept while the colours it was
    // worked out with and the corner the user chose stay the same.
    const LegendPainter::Placement &legendPlacement(const TimelineFrame &frame,
                                                    const TimelineColours &colours) const;

    struct KeptLegend
    {
        LegendPainter::Placement placement;
        qint64 palette; // QPalette::cacheKey
        TimelineFrame::ColourBy colourBy;
        std::optional<Qt::Corner> corner;
    };

    TimelineLayout m_layout;
    mutable ItemPainter::Sprites m_sprites;     // painting fills it; the frame is not changed
    mutable std::optional<KeptLegend> m_legend; // none: not worked out since the layout
};

} // namespace entente
