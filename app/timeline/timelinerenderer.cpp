// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinerenderer.h"

#include "axispainter.h"
#include "lanepainter.h"

#include <QPainter>

namespace entente {

void TimelineRenderer::paint(QPainter &painter, const TimelineFrame &frame,
                             const QPalette &palette) const
{
    const TimelineColours colours(frame, palette);
    painter.save();
    // Rectangles on the pixel grid need no antialiasing; markers and bars turn it on.
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setFont(m_layout.font());
    painter.fillRect(QRect(QPoint(0, 0), m_layout.size()), palette.color(QPalette::Base));
    LanePainter(m_layout, frame, colours).paint(painter);
    ItemPainter(m_layout, frame, colours, m_sprites).paint(painter);
    const AxisPainter axis(m_layout, frame, colours);
    axis.paint(painter);
    if (frame.showLegend) {
        LegendPainter(m_layout, colours, legendPlacement(frame, colours)).paint(painter);
    }
    if (!frame.document) { // it points to the window's list
        axis.paintUndatedNote(painter);
    }
    painter.restore();
}

QRectF TimelineRenderer::legendRect(const TimelineFrame &frame, const QPalette &palette) const
{
    if (!frame.showLegend) {
        return {};
    }
    return legendPlacement(frame, TimelineColours(frame, palette)).rect;
}

const LegendPainter::Placement &
TimelineRenderer::legendPlacement(const TimelineFrame &frame, const TimelineColours &colours) const
{
    const qint64 palette = colours.palette().cacheKey();
    if (!m_legend || m_legend->palette != palette || m_legend->colourBy != frame.colourBy ||
        m_legend->corner != frame.legendCorner) {
        m_legend = KeptLegend{LegendPainter(m_layout, frame, colours).placement(), palette,
                              frame.colourBy, frame.legendCorner};
    }
    return m_legend->placement;
}

} // namespace entente
