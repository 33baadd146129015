// SPDX-License-Identifier: GPL-3.0-or-later
#include "legendpainter.h"

#include "pixelgrid.h"

#include <QCoreApplication>
#include <QPainter>

#include <algorithm>

namespace entente {

namespace {
constexpr double Margin = 10; // between the box and the edges of the lanes
} // namespace

LegendPainter::LegendPainter(const TimelineLayout &layout, const TimelineFrame &frame,
                             const TimelineColours &colours)
    : m_layout(layout), m_colours(colours), m_entries(colours.legend(layout))
{
    if (m_entries.isEmpty()) {
        return;
    }
    // The longest lists stop at what fits, with how many more there are.
    const QFontMetricsF &metrics = m_layout.labels().metrics();
    m_line = metrics.height() + 2;
    const qsizetype fits = std::max<qsizetype>(
        1, qsizetype((layout.size().height() - TimelineLayout::AxisHeight - 24) / m_line));
    if (m_entries.size() > fits) {
        const qsizetype more = m_entries.size() - (fits - 1);
        m_entries.resize(fits - 1);
        // The renderer's context, where the translations of this text are kept.
        m_entries.append(
            {QColor(),
             QCoreApplication::translate("entente::TimelineRenderer", "and %1 more").arg(more)});
    }
    for (const TimelineColours::LegendEntry &entry : std::as_const(m_entries)) {
        m_textWidth = std::max(m_textWidth, metrics.horizontalAdvance(entry.name));
    }
    m_textWidth = std::min(m_textWidth, 220.0);
    m_corner = frame.legendCorner ? *frame.legendCorner : leastCovering();
    m_rect = rectAt(m_corner);
}

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
    const QSizeF size(m_textWidth + 30, m_line * double(m_entries.size()) + 8);
    const bool left = corner == Qt::TopLeftCorner || corner == Qt::BottomLeftCorner;
    const bool top = corner == Qt::TopLeftCorner || corner == Qt::TopRightCorner;
    const double x = left ? lanes.left() + Margin : lanes.right() - Margin - size.width();
    const double y = top ? lanes.top() + Margin : lanes.bottom() - Margin + 2 - size.height();
    return {QPointF(x, y), size};
}

void LegendPainter::paint(QPainter &painter) const
{
    if (m_entries.isEmpty()) {
        return;
    }
    const QPalette &palette = m_colours.palette();
    QColor background = palette.color(QPalette::Window);
    background.setAlpha(230);
    painter.fillRect(m_rect, background);
    PixelGrid::outline(painter, m_rect.toAlignedRect(), palette.color(QPalette::Mid));
    painter.setPen(palette.color(QPalette::WindowText));
    const QFontMetricsF &metrics = m_layout.labels().metrics();
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const double y = m_rect.top() + 4 + double(i) * m_line;
        if (m_entries.at(i).colour.isValid()) {
            painter.fillRect(QRectF(m_rect.left() + 6, y + m_line / 2 - 5, 10, 10),
                             m_entries.at(i).colour);
        }
        painter.drawText(QRectF(m_rect.left() + 22, y, m_textWidth + 4, m_line),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(m_entries.at(i).name, Qt::ElideRight, m_textWidth + 4));
    }
}

} // namespace entente
