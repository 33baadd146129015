// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "labelfont.h"
#include "relationarrows.h"
#include "timelineframe.h"

#include <QFont>
#include <QFontMetricsF>
#include <QLineF>
#include <QList>
#include <QPalette>
#include <QPixmap>
#include <QRectF>
#include <QSize>

#include <array>
#include <utility>

class QPainter;

namespace entente {

// Lays out and paints a TimelineFrame: the time axis, era bands, lanes with their names, and
// events as markers and bars with labels that never overlap. The same code draws the screen
// and image exports, so an export is exactly what the screen shows.
class TimelineRenderer final
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

    void layout(const TimelineFrame &frame, const QSize &size, const QFont &font);
    void paint(QPainter &painter, const TimelineFrame &frame, const QPalette &palette) const;

    qint64 eventAt(const QPointF &point) const;
    const Badge *badgeAt(const QPointF &point) const;
    const QList<Badge> &badges() const { return m_badges; }
    // The lane whose header (at the left) is under `point`, or -1.
    int laneHeaderAt(const QPointF &point) const;
    // The colour of a category when events are coloured by category.
    static QColor categoryColour(const QString &category);
    struct LegendEntry
    {
        QColor colour;
        QString name;
    };
    // What the legend lists, sorted by name: categories when events are coloured by category,
    // actors when they are coloured by actor in lanes that are not actors'; else nothing (the
    // lane headers say it).
    QList<LegendEntry> legend(const TimelineFrame &frame, const QPalette &palette) const;
    // What every colour of the frame stands for, lanes included (for a printed key).
    QList<LegendEntry> colourKey(const TimelineFrame &frame, const QPalette &palette) const;
    // The relation whose arrow is under `point`, if any (events take precedence).
    const Relation *relationAt(const QPointF &point) const { return m_arrows.relationAt(point); }
    const RelationArrows &arrows() const { return m_arrows; }
    // The first copy's marker or bar that is on screen; empty when none is.
    QRectF itemRect(qint64 eventId) const;
    const QList<Item> &items() const { return m_items; }
    const QList<LaneGeometry> &laneGeometry() const { return m_lanes; }
    // The height of all lanes together, however far they are scrolled.
    double lanesHeight() const { return m_lanesHeight; }

private:
    Item placeItem(const Event &event, int lane, const TimelineFrame &frame,
                   const QFontMetricsF &metrics) const;
    void paintAxis(QPainter &painter, const TimelineFrame &frame, const QPalette &palette) const;
    void paintEras(QPainter &painter, const TimelineFrame &frame, const QPalette &palette) const;
    void paintDensity(QPainter &painter, const TimelineFrame &frame, const QPalette &palette) const;
    static void paintBar(QPainter &painter, const QRect &bar, double solidLeft, double solidRight,
                         const QColor &startColor, const QColor &color, const QColor &endColor);
    static void outlineRect(QPainter &painter, const QRect &rect, const QColor &color);
    static void hairline(QPainter &painter, double x, double y, double width, double height,
                         const QColor &color);
    void paintLanes(QPainter &painter, const TimelineFrame &frame, const QPalette &palette) const;
    void collapseClusters(const TimelineFrame &frame, int overflowRow);
    void addBadge(const TimelineFrame &frame, int lane, const QList<qsizetype> &run, double left,
                  double right, QList<bool> &collapsed);
    void paintBadges(QPainter &painter, const TimelineFrame &frame, const QPalette &palette) const;
    void paintToday(QPainter &painter, const TimelineFrame &frame, const QPalette &palette) const;
    void paintLegend(QPainter &painter, const TimelineFrame &frame, const QPalette &palette) const;
    void paintItem(QPainter &painter, const Item &item, const Event &event,
                   const TimelineFrame &frame, const QPalette &palette) const;

    const QPixmap &markerSprite(double diameter, const QPen &pen, const QColor &fill,
                                const QPainter &target) const;
    bool isLaneOnScreen(const LaneGeometry &geometry) const;

    QSize m_size;
    QFont m_font;
    LabelFont m_labels;
    RelationArrows m_arrows;
    QList<QLineF> m_connectors; // between the copies of an event in several lanes
    QList<TimeScale::Tick> m_ticks;
    QList<TimeScale::Band> m_bands;
    QList<std::pair<qint64, qint64>> m_restDays;
    using SpriteKey = std::pair<quint64, quint64>; // colours; size, outline and pixel ratio
    mutable QHash<SpriteKey, QPixmap> m_sprites;
    QList<Item> m_items;
    QList<Badge> m_badges;
    QList<LaneGeometry> m_lanes;
    QHash<qint64, int> m_eventIndex; // event id → index in frame.events
    double m_lanesHeight = 0;
};

} // namespace entente
