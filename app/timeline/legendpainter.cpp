// SPDX-License-Identifier: GPL-3.0-or-later
#include "legendpainter.h"

#include "pixelgrid.h"

#include <QCoreApplication>
#include <QPainter>

#include <algorithm>
#include <utility>

namespace entente {

namespace {
constexpr double Margin = 10; // between the box and the edges of the lanes
} // namespace

LegendPainter::LegendPainter(const TimelineLayout &layout, const TimelineFrame &frame,
                             const TimelineColours &colours)
    : m_layout(layout), m_colours(colours)
{
    QList<TimelineColours::LegendEntry> &entries = m_placement.entries;
    entries = colours.legend(layout);
    if (entries.isEmpty()) {
        return;
    }
    // The longest lists stop at what fits, with how many more there are.
    const QFontMetricsF &metrics = m_layout.labels().metrics();
    m_placement.line = metrics.height() + 2;
    const qsizetype fits = std::max<qsizetype>(
        1,
        qsizetype((layout.size().height() - TimelineLayout::AxisHeight - 24) / m_placement.line));
    if (entries.size() > fits) {
        const qsizetype more = entries.size() - (fits - 1);
        entries.resize(fits - 1);
        // The renderer's context, where the translations of this text are kept.
        entries.append(
            {QColor(),
             QCoreApplication::translate("entente::TimelineRenderer", "and %1 more").arg(more)});
    }
    double &textWidth = m_placement.textWidth;
    for (const TimelineColours::LegendEntry &entry : std::as_const(entries)) {
        textWidth = std::max(textWidth, metrics.horizontalAdvance(entry.name));
    }
    textWidth = std::min(textWidth, 220.0);
    m_placement.corner = frame.legendCorner ? *frame.legendCorner : leastCovering();
    m_placement.rect = rectAt(m_placement.corner);
}

LegendPainter::LegendPainter(const TimelineLayout &layout, const TimelineColours &colours,
                             Placement placement)
    : m_layout(layout), m_colours(colours), m_placement(std::move(placement))
{}

Qt::Corner LegendPainter::cornerNearest(const QPointF &point, const QSize &size)
{
    const QRectF lanes(TimelineLayout::HeaderWidth, TimelineLayout::AxisHeight,
                       size.width() - TimelineLayout::HeaderWidth,
                       size.height() - TimelineLayout::AxisHeight);
    const bool left = point.x() < lanes.center().x();
    if (point.y() < lanes.center().y()) {
        return left ? Qt::TopLeftCorner : Qt::TopRightCorner;
    }
    return left ? Qt::BottomLeftCorner : Qt::BottomRightCorner;
}

Qt::Corner LegendPainter::leastCovering() const
{
    Qt::Corner best = Qt::BottomRightCorner;
    int fewest = coveredAt(rectAt(best));
    for (const Qt::Corner corner : {Qt::TopRightCorner, Qt::BottomLeftCorner, Qt::TopLeftCorner}) {
        if (fewest == 0) {
            break;
        }
        if (const int covered = coveredAt(rectAt(corner)); covered < fewest) {
            best = corner;
            fewest = covered;
        }
    }
    return best;
}

int LegendPainter::coveredAt(const QRectF &rect) const
{
    int covered = 0;
    for (const TimelineLayout::Item &item : m_layout.items()) {
        covered += (item.label.intersects(rect) ? 1 : 0) + (item.shape.intersects(rect) ? 1 : 0);
    }
    for (const TimelineLayout::Badge &badge : m_layout.badges()) {
        covered += badge.rect.intersects(rect) ? 1 : 0;
    }
    return covered;
}

QRectF LegendPainter::rectAt(Qt::Corner corner) const
{
    const QRectF lanes = m_layout.timeArea();
    const QSizeF size(m_placement.textWidth + 30,
                      m_placement.line * double(m_placement.entries.size()) + 8);
    const bool left = corner == Qt::TopLeftCorner || corner == Qt::BottomLeftCorner;
    const bool top = corner == Qt::TopLeftCorner || corner == Qt::TopRightCorner;
    const double x = left ? lanes.left() + Margin : lanes.right() - Margin - size.width();
    const double y = top ? lanes.top() + Margin : lanes.bottom() - Margin + 2 - size.height();
    return {QPointF(x, y), size};
}

void LegendPainter::paint(QPainter &painter) const
{
    const QList<TimelineColours::LegendEntry> &entries = m_placement.entries;
    const double line = m_placement.line;
    const double textWidth = m_placement.textWidth;
    const QRectF &rect = m_placement.rect;
    if (entries.isEmpty()) {
        return;
    }
    const QPalette &palette = m_colours.palette();
    QColor background = palette.color(QPalette::Window);
    background.setAlpha(230);
    painter.fillRect(rect, background);
    PixelGrid::outline(painter, rect.toAlignedRect(), palette.color(QPalette::Mid));
    painter.setPen(palette.color(QPalette::WindowText));
    const QFontMetricsF &metrics = m_layout.labels().metrics();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const double y = rect.top() + 4 + double(i) * line;
        if (entries.at(i).colour.isValid()) {
            painter.fillRect(QRectF(rect.left() + 6, y + line / 2 - 5, 10, 10),
                             entries.at(i).colour);
        }
        painter.drawText(QRectF(rect.left() + 22, y, textWidth + 4, line),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(entries.at(i).name, Qt::ElideRight, textWidth + 4));
    }
}

} // namespace entente
