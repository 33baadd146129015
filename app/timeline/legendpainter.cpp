// SPDX-License-Identifier: GPL-3.0-or-later
#include "legendpainter.h"

#include "pixelgrid.h"

#include <QCoreApplication>
#include <QPainter>

#include <algorithm>

namespace entente {

void LegendPainter::paint(QPainter &painter) const
{
    // The longest lists stop at what fits, with how many more there are.
    QList<TimelineColours::LegendEntry> entries = m_colours.legend(m_layout);
    if (entries.isEmpty()) {
        return;
    }
    const QSize &size = m_layout.size();
    const QFontMetricsF &metrics = m_layout.labels().metrics();
    const double line = metrics.height() + 2;
    const qsizetype fits =
        std::max<qsizetype>(1, qsizetype((size.height() - TimelineLayout::AxisHeight - 24) / line));
    if (entries.size() > fits) {
        const qsizetype more = entries.size() - (fits - 1);
        entries.resize(fits - 1);
        // The renderer's context, where the translations of this text are kept.
        entries.append(
            {QColor(),
             QCoreApplication::translate("entente::TimelineRenderer", "and %1 more").arg(more)});
    }
    double width = 0;
    for (const TimelineColours::LegendEntry &entry : std::as_const(entries)) {
        width = std::max(width, metrics.horizontalAdvance(entry.name));
    }
    width = std::min(width, 220.0);
    const QRectF box(size.width() - width - 40, size.height() - line * entries.size() - 16,
                     width + 30, line * entries.size() + 8);
    const QPalette &palette = m_colours.palette();
    QColor background = palette.color(QPalette::Window);
    background.setAlpha(230);
    painter.fillRect(box, background);
    PixelGrid::outline(painter, box.toAlignedRect(), palette.color(QPalette::Mid));
    painter.setPen(palette.color(QPalette::WindowText));
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const double y = box.top() + 4 + i * line;
        if (entries.at(i).colour.isValid()) {
            painter.fillRect(QRectF(box.left() + 6, y + line / 2 - 5, 10, 10),
                             entries.at(i).colour);
        }
        painter.drawText(QRectF(box.left() + 22, y, width + 4, line),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(entries.at(i).name, Qt::ElideRight, width + 4));
    }
}

} // namespace entente
