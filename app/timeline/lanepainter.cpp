// SPDX-License-Identifier: GPL-3.0-or-later
#include "lanepainter.h"

#include "pixelgrid.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace entente {

namespace {

constexpr int HeaderWidth = TimelineLayout::HeaderWidth;
constexpr int AxisHeight = TimelineLayout::AxisHeight;
constexpr int RowHeight = TimelineLayout::RowHeight;

} // namespace

void LanePainter::paint(QPainter &painter) const
{
    paintRows(painter);
    paintGrid(painter);
    paintHeaders(painter);
    paintEras(painter);
    paintDensity(painter);
}

void LanePainter::paintRows(QPainter &painter) const
{
    const QPalette &palette = m_colours.palette();
    const QSize &size = m_layout.size();
    const QList<TimelineLayout::LaneGeometry> &lanes = m_layout.laneGeometry();
    const QColor separator = palette.color(QPalette::Midlight);
    for (int lane = 0; lane < lanes.size(); ++lane) {
        const TimelineLayout::LaneGeometry &geometry = lanes.at(lane);
        if (!m_layout.isLaneOnScreen(geometry)) {
            continue;
        }
        const QRectF row(0, geometry.top, size.width(), geometry.height);
        if (lane % 2 == 1) {
            painter.fillRect(row, palette.color(QPalette::AlternateBase));
        }
        PixelGrid::hairline(painter, 0, geometry.top + geometry.height, size.width(), 1, separator);
    }
}

void LanePainter::paintGrid(QPainter &painter) const
{
    // Days of rest, when days are wide enough to tell apart, then grid lines under the events,
    // one per tick, a little stronger where a band (a month, a year, ...) begins.
    const QPalette &palette = m_colours.palette();
    const TimeScale &scale = m_frame.scale;
    const double laneHeight = m_layout.size().height() - AxisHeight;
    QColor rest = palette.color(QPalette::Text);
    rest.setAlpha(10);
    for (const auto &[from, to] : m_layout.restDays()) {
        const double left = HeaderWidth + scale.toX(from);
        PixelGrid::fill(painter,
                        QRectF(left, AxisHeight, HeaderWidth + scale.toX(to) - left, laneHeight),
                        rest);
    }
    const QColor grid = palette.color(QPalette::AlternateBase).darker(104);
    for (const TimeScale::Tick &tick : m_layout.ticks()) {
        PixelGrid::hairline(painter, HeaderWidth + scale.toX(tick.second), AxisHeight, 1,
                            laneHeight, grid);
    }
    QColor boundary = palette.color(QPalette::Text);
    boundary.setAlpha(40);
    for (const TimeScale::Band &band : m_layout.bands()) {
        PixelGrid::hairline(painter, HeaderWidth + scale.toX(band.from), AxisHeight, 1, laneHeight,
                            boundary);
    }
    if (m_frame.today) { // today, under the events so that it never strikes through a label
        QColor today = palette.color(QPalette::Highlight);
        today.setAlpha(170);
        PixelGrid::hairline(painter, HeaderWidth + scale.toX(*m_frame.today), AxisHeight, 2,
                            laneHeight, today);
    }
}

// Lane headers stay at the left, above the grid.
void LanePainter::paintHeaders(QPainter &painter) const
{
    const QPalette &palette = m_colours.palette();
    const QSize &size = m_layout.size();
    const auto &lanes = m_frame.lanes.lanes();
    const QList<TimelineLayout::LaneGeometry> &geometries = m_layout.laneGeometry();
    const QColor separator = palette.color(QPalette::Midlight);
    painter.fillRect(QRectF(0, AxisHeight, HeaderWidth, size.height()),
                     palette.color(QPalette::Window));
    painter.save();
    painter.setClipRect(QRectF(0, AxisHeight, HeaderWidth, size.height()));
    for (int lane = 0; lane < geometries.size(); ++lane) {
        const TimelineLayout::LaneGeometry &geometry = geometries.at(lane);
        if (!m_layout.isLaneOnScreen(geometry)) {
            continue;
        }
        const double indent = 8 + 14 * lanes.at(lane).depth;
        painter.fillRect(QRectF(indent - 6, geometry.top + 8, 3, geometry.height - 16),
                         m_colours.ofLane(lane));
        // Through LabelFont, which keeps each header's image from frame to frame.
        const LabelFont &labels =
            lanes.at(lane).depth == 0 ? m_layout.boldLabels() : m_layout.labels();
        painter.setPen(palette.color(QPalette::WindowText));
        // An actor with people under it has a disclosure mark: ▾ open, ▸ folded in.
        const bool folds = lanes.at(lane).hasChildren && !m_frame.document;
        const double textTop = geometry.top + (RowHeight + 6 - labels.metrics().height()) / 2;
        const double width = HeaderWidth - indent - (folds ? 20 : 6);
        labels.draw(painter, QPointF(indent, textTop), labels.elided(lanes.at(lane).label, width));
        if (folds) {
            const QString mark(QChar(lanes.at(lane).collapsed ? 0x25B8 : 0x25BE));
            labels.draw(painter, QPointF(HeaderWidth - 12 - labels.advance(mark) / 2, textTop),
                        mark);
        }
        PixelGrid::hairline(painter, 0, geometry.top + geometry.height, HeaderWidth, 1, separator);
    }
    painter.restore();
    painter.setFont(m_layout.font());
    PixelGrid::hairline(painter, HeaderWidth, AxisHeight, 1, size.height() - AxisHeight,
                        palette.color(QPalette::Mid));
}

void LanePainter::paintEras(QPainter &painter) const
{
    const QPalette &palette = m_colours.palette();
    const QSize &size = m_layout.size();
    painter.save();
    painter.setClipRect(QRectF(HeaderWidth, AxisHeight, size.width(), size.height()));
    for (const Era &era : m_frame.eras) {
        const double left =
            HeaderWidth + std::clamp(m_frame.scale.toX(era.start.earliestSecond()), -1e6, 1e6);
        const double right =
            HeaderWidth + std::clamp(m_frame.scale.toX(era.end.latestSecond()), -1e6, 1e6);
        QColor color(era.color);
        if (!color.isValid()) {
            color = palette.color(QPalette::Highlight);
        }
        color.setAlpha(m_colours.isDark() ? 28 : 60); // light era colours glare on dark
        const QRectF band(left, AxisHeight, right - left, size.height() - AxisHeight);
        PixelGrid::fill(painter, band, color);
        color.setAlpha(160);
        painter.setPen(QPen(color.darker(130), 1));
        painter.drawLine(band.topLeft(), band.bottomLeft());
        painter.drawLine(band.topRight(), band.bottomRight());
        painter.setPen(palette.color(QPalette::PlaceholderText));
        const QRectF label =
            band.adjusted(6, 0, -6, 0)
                .intersected(QRectF(HeaderWidth + 6, AxisHeight, size.width(), size.height()));
        painter.drawText(
            label.adjusted(0, 0, 0, -4), Qt::AlignLeft | Qt::AlignBottom,
            painter.fontMetrics().elidedText(era.name, Qt::ElideRight, int(label.width())));
    }
    painter.restore();
}

void LanePainter::paintDensity(QPainter &painter) const
{
    if (m_frame.density.isEmpty()) {
        return;
    }
    int maxCount = 1;
    const QList<Column> columns = densityColumns(m_frame.density, maxCount);
    painter.save();
    painter.setClipRect(m_layout.timeArea());
    // What the search and filters leave out is faint, as their events are; the matches' share
    // in the lane's colour over it, on the same scale.
    const bool dim = m_frame.matchDensity.has_value();
    paintColumns(painter, columns, maxCount, dim ? FaintShare : FullShare);
    if (dim) {
        int matchMax = 1;
        paintColumns(painter, densityColumns(*m_frame.matchDensity, matchMax), maxCount, FullShare);
    }
    painter.restore();
}

void LanePainter::paintColumns(QPainter &painter, const QList<Column> &columns, int maxCount,
                               int laneShare) const
{
    // Logarithmic, so that a quiet lane still shows next to the busiest one.
    const double scale = 1.0 / std::log1p(double(maxCount));
    const int width = m_layout.size().width();
    // One batch of rectangles per lane, in the lane's colour, on the pixel grid: the raster
    // engine fills those as spans, several times faster than it draws general rectangles.
    QHash<int, QList<QRect>> bars;
    for (const Column &column : columns) {
        const TimelineLayout::LaneGeometry &geometry = m_layout.laneGeometry().at(column.lane);
        if (!m_layout.isLaneOnScreen(geometry)) {
            continue;
        }
        const double left = HeaderWidth + m_frame.scale.toX(column.from);
        const double right = HeaderWidth + m_frame.scale.toX(column.to + 1);
        if (right < HeaderWidth || left > width) {
            continue; // in a tile fetched ahead of a pan
        }
        const double height = (geometry.height - 6) * std::log1p(double(column.count)) * scale;
        const int x = qRound(left), bottom = qRound(geometry.top + geometry.height - 3);
        bars[column.lane].append(QRect(x, bottom - std::max(1, qRound(height)),
                                       std::max(1, qRound(right) - x),
                                       std::max(1, qRound(height))));
    }
    const QColor base = m_colours.palette().color(QPalette::Base);
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setRenderHint(QPainter::Antialiasing, false);
    for (auto it = bars.cbegin(); it != bars.cend(); ++it) {
        // Opaque, mixed with the background by hand: blending thousands of bars costs more.
        const QColor lane = m_colours.ofLane(it.key());
        const auto mix = [laneShare](int a, int b) {
            return (a * laneShare + b * (100 - laneShare)) / 100;
        };
        painter.setBrush(QColor(mix(lane.red(), base.red()), mix(lane.green(), base.green()),
                                mix(lane.blue(), base.blue())));
        // In one call: without a pen, the raster engine fills each as a span, without the
        // cost of a call per bar.
        painter.drawRects(it.value());
    }
    painter.restore();
}

// The buckets per lane and place; `maxCount` the largest count of one.
QList<LanePainter::Column> LanePainter::densityColumns(const QList<DensityIndex::Bucket> &buckets,
                                                       int &maxCount) const
{
    QList<Column> columns;
    QHash<std::pair<int, qint64>, qsizetype> columnAt;
    for (const DensityIndex::Bucket &bucket : buckets) {
        const int lane = m_frame.lanes.laneOfKey(bucket.actorId);
        if (lane < 0 || lane >= m_layout.laneGeometry().size()) {
            continue;
        }
        // Only a folded lane has several buckets per place to add up; looking every bucket
        // up in a hash cost a fifth more than drawing the density.
        if (!m_frame.lanes.lanes().at(lane).collapsed) {
            columns.append({lane, bucket.from, bucket.to, bucket.count});
            maxCount = std::max(maxCount, bucket.count);
            continue;
        }
        auto at = columnAt.constFind({lane, bucket.from});
        if (at == columnAt.constEnd()) {
            at = columnAt.insert({lane, bucket.from}, columns.size());
            columns.append({lane, bucket.from, bucket.to, 0});
        }
        Column &column = columns[*at];
        column.count += bucket.count;
        maxCount = std::max(maxCount, column.count);
    }
    return columns;
}

} // namespace entente
