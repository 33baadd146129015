// SPDX-License-Identifier: GPL-3.0-or-later
#include "axispainter.h"

#include "pixelgrid.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace entente {

namespace {

constexpr int HeaderWidth = TimelineLayout::HeaderWidth;
constexpr int AxisHeight = TimelineLayout::AxisHeight;
constexpr double Tier = AxisHeight / 2.0; // the bands above, the ticks below

} // namespace

void AxisPainter::paint(QPainter &painter) const
{
    const QPalette &palette = m_colours.palette();
    const int width = m_layout.size().width();
    const QRectF axis(0, 0, width, AxisHeight);
    painter.fillRect(axis, palette.color(QPalette::Window));
    painter.setPen(palette.color(QPalette::Mid));
    painter.drawLine(axis.bottomLeft(), axis.bottomRight());
    painter.save();
    painter.setClipRect(QRectF(HeaderWidth, 0, width - HeaderWidth, AxisHeight));
    paintBands(painter);
    paintTicks(painter);
    painter.restore();
    painter.setFont(m_layout.font());
    paintToday(painter);
}

// Upper tier: bands naming the coarser unit, each name kept in view while its band is.
void AxisPainter::paintBands(QPainter &painter) const
{
    const QPalette &palette = m_colours.palette();
    QFont bold = m_layout.font();
    bold.setBold(true);
    painter.setFont(bold);
    const QFontMetricsF boldMetrics(bold);
    for (const TimeScale::Band &band : m_layout.bands()) {
        const double left = HeaderWidth + m_frame.scale.toX(band.from);
        const double right = HeaderWidth + m_frame.scale.toX(band.to);
        PixelGrid::hairline(painter, left, 0, 1, AxisHeight, palette.color(QPalette::Mid));
        const double textLeft = std::max(left, double(HeaderWidth)) + 4;
        const QString label =
            boldMetrics.elidedText(band.label, Qt::ElideRight, right - textLeft - 4);
        painter.setPen(palette.color(QPalette::WindowText));
        painter.drawText(QRectF(textLeft, 0, right - textLeft, Tier),
                         Qt::AlignLeft | Qt::AlignVCenter, label);
    }
}

// Lower tier: the ticks.
void AxisPainter::paintTicks(QPainter &painter) const
{
    const QPalette &palette = m_colours.palette();
    painter.setFont(m_layout.font());
    for (const TimeScale::Tick &tick : m_layout.ticks()) {
        const double x = HeaderWidth + m_frame.scale.toX(tick.second);
        PixelGrid::hairline(painter, x, AxisHeight - 5, 1, 5, palette.color(QPalette::WindowText));
        painter.setPen(palette.color(QPalette::WindowText));
        painter.drawText(QRectF(x + 3, Tier, 200, Tier - 2), Qt::AlignLeft | Qt::AlignVCenter,
                         tick.label);
    }
}

void AxisPainter::paintToday(QPainter &painter) const
{
    if (!m_frame.today) {
        return;
    }
    const double x = HeaderWidth + m_frame.scale.toX(*m_frame.today);
    if (x < HeaderWidth || x > m_layout.size().width()) {
        return;
    }
    const QPalette &palette = m_colours.palette();
    const QColor accent = palette.color(QPalette::Highlight);
    // The lanes' part of the line is under the events.
    PixelGrid::hairline(painter, x, Tier, 2, Tier, accent);
    // The renderer's context, where the translations of the axis's texts are kept.
    const QString label = QCoreApplication::translate("entente::TimelineRenderer", "Today");
    const QFont &font = m_layout.font();
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.85);
    small.setBold(true);
    const QFontMetricsF metrics(small);
    // In the upper tier, on the axis's own background so that a band's name under it does
    // not make it unreadable.
    const QRectF box(x - metrics.horizontalAdvance(label) - 8, 2,
                     metrics.horizontalAdvance(label) + 6, Tier - 4);
    painter.fillRect(box, palette.color(QPalette::Window));
    painter.setFont(small);
    painter.setPen(accent);
    painter.drawText(box, Qt::AlignCenter, label);
    painter.setFont(font);
}

// In the corner above the lane names, where it hides nothing.
void AxisPainter::paintUndatedNote(QPainter &painter) const
{
    const int count = m_frame.undatedEventCount;
    if (count <= 0) {
        return;
    }
    const QString note = count == 1 ? QCoreApplication::translate("entente::TimelineRenderer",
                                                                  "1 undated event: see the list")
                                    : QCoreApplication::translate("entente::TimelineRenderer",
                                                                  "%1 undated events: see the list")
                                          .arg(count);
    QFont small = m_layout.font();
    small.setPointSizeF(m_layout.font().pointSizeF() * 0.85);
    painter.setFont(small);
    painter.setPen(m_colours.palette().color(QPalette::PlaceholderText));
    painter.drawText(QRectF(6, 2, HeaderWidth - 12, AxisHeight - 4),
                     Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, note);
}

} // namespace entente
