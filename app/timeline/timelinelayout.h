// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "labelfont.h"
#include "relationarrows.h"
#include "timelineframe.h"

#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QLineF>
#include <QList>
#include <QRectF>
#include <QSize>

#include <utility>

namespace entente {

// Where everything of a TimelineFrame goes, without a painter: lanes and their rows, events
// as markers and bars with labels that never overlap, count badges where markers crowd, the
// axis's ticks, and the lines and arrows between events. Also answers what is under a point.
class TimelineLayout final
{
public:
    static constexpr int AxisHeight = 44;
    static constexpr int HeaderWidth = 150;
    static constexpr int RowHeight = 24;
    static constexpr double TickSpacing = 90; // px at least between ticks of the axis
    static constexpr int MaxRowsPerLane = 8;
    static constexpr int SummarizedRows = 2; // over a lane's density, which needs the room

    struct Item
    {
        qint64 eventId;
        int lane;
        QRectF shape;       // marker or bar, widget coordinates
        QRectF uncertainty; // the whole interval an imprecise date may stand for
        QRectF label;       // empty when the label did not fit
        QString text;
    };
    // Markers that found no row for a label and would sit on one another: drawn as one
    // badge with their count, which zooms in to them when clicked.
    struct Badge
    {
        int lane;
        QRectF rect;
        QList<qint64> eventIds;
        qint64 from; // the time the events span, seconds
        qint64 to;
    };
    struct LaneGeometry
    {
        double top;
        double height;
    };

    // The width of the time area for a view of the given width.
    static int timeAreaWidth(int viewWidth) { return qMax(1, viewWidth - HeaderWidth); }
    // A date that stands for a span (a month, "about"): drawn with a light band or fading ends.
    static bool isImprecise(const PartialDate &date)
    {
        return date.isApproximate() || date.precision() < PartialDate::Precision::Day;
    }

    void layout(const TimelineFrame &frame, const QSize &size, const QFont &font);

    qint64 eventAt(const QPointF &point) const;
    const Badge *badgeAt(const QPointF &point) const;
    // The lane whose header (at the left) is under `point`, or -1.
    int laneHeaderAt(const QPointF &point) const;
    // The first copy's marker or bar that is on screen; empty when none is.
    QRectF itemRect(qint64 eventId) const;
    // The relation whose arrow is under `point`, if any (events take precedence).
    const Relation *relationAt(const QPointF &point) const { return m_arrows.relationAt(point); }

    const QList<Item> &items() const { return m_items; }
    const QList<Badge> &badges() const { return m_badges; }
    const QList<LaneGeometry> &laneGeometry() const { return m_lanes; }
    // The height of all lanes together, however far they are scrolled.
    double lanesHeight() const { return m_lanesHeight; }
    const RelationArrows &arrows() const { return m_arrows; }
    // A line between two copies of one event in several lanes.
    struct Connector
    {
        QLineF line;
        qint64 eventId;
    };
    const QList<Connector> &connectors() const { return m_connectors; }
    const QList<TimeScale::Tick> &ticks() const { return m_ticks; }
    const QList<TimeScale::Band> &bands() const { return m_bands; }
    const QList<std::pair<qint64, qint64>> &restDays() const { return m_restDays; }

    const QSize &size() const { return m_size; }
    const QFont &font() const { return m_font; }
    const LabelFont &labels() const { return m_labels; }
    const LabelFont &boldLabels() const { return m_boldLabels; } // lane headers, the selection
    // The frame's event an item stands for; `frame` is the one laid out.
    const Event &event(const Item &item, const TimelineFrame &frame) const
    {
        return frame.events.at(m_eventIndex.value(item.eventId));
    }
    bool isLaneOnScreen(const LaneGeometry &geometry) const
    {
        return geometry.top < m_size.height() && geometry.top + geometry.height > AxisHeight;
    }
    // Where events are drawn: right of the lane headers, under the axis.
    QRectF timeArea() const
    {
        return QRectF(HeaderWidth, AxisHeight, m_size.width() - HeaderWidth,
                      m_size.height() - AxisHeight);
    }

private:
    // What an item takes of a row, its label and the gap after it included: [left, right).
    struct Span
    {
        double left;
        double right;
    };
    using Row = QList<Span>; // in order, never overlapping

    QList<int> packRows(const TimelineFrame &frame, int maxRows);
    void queueItems(const TimelineFrame &frame);
    int rowFor(Item &item, int lane, int maxRows);
    static int rowToCutAfter(Item &item, const QList<Row> &rows, const QRectF &fixed);
    static int rowToCutBefore(Item &item, const QList<Row> &rows, const QRectF &fixed);
    Item placeItem(const Event &event, int lane, const TimelineFrame &frame,
                   const QFontMetricsF &metrics) const;
    void collapseClusters(const TimelineFrame &frame, int overflowRow);
    void addBadge(const TimelineFrame &frame, int lane, const QList<qsizetype> &run, double left,
                  double right, QList<bool> &collapsed);
    void stackLanes(const TimelineFrame &frame, const QList<int> &rowCounts);
    void moveIntoLanes();
    void joinCopies(const TimelineFrame &frame);

    QSize m_size;
    QFont m_font;
    LabelFont m_labels;
    LabelFont m_boldLabels;
    RelationArrows m_arrows;
    QList<Connector> m_connectors;
    QList<TimeScale::Tick> m_ticks;
    QList<TimeScale::Band> m_bands;
    QList<std::pair<qint64, qint64>> m_restDays;
    QList<Item> m_items;
    QList<Badge> m_badges;
    QList<LaneGeometry> m_lanes;
    QHash<qint64, int> m_eventIndex; // event id → index in frame.events
    // Kept from frame to frame for their capacity: the layout runs on every frame.
    QList<quint64> m_queue;   // the order items get rows in: rank, then index in m_items
    QList<QList<Row>> m_rows; // per lane, its labelled rows
    QList<int> m_rowsUsed;    // per lane, how many labelled rows it has so far
    double m_lanesHeight = 0;
};

} // namespace entente
