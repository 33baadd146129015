// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinerenderer.h"

#include "axispainter.h"
#include "lanepainter.h"
#include "legendpainter.h"

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
        LegendPainter(m_layout, frame, colours).paint(painter);
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
    const TimelineColours colours(frame, palette);
    return LegendPainter(m_layout, frame, colours).rect();
}

} // namespace entente
