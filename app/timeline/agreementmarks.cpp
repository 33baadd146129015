// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreementmarks.h"

#include "levelcolours.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace entente {

QRectF AgreementMarks::summaryRect(const QRectF &label, const AgreementTally::Summary &summary,
                                   int rowHeight)
{
    const double blocks = summary.total() * (BlockWidth + 1) - 1;
    const double width = blocks <= label.width() ? blocks : label.width();
    // Under the text, but never into the next row's.
    const double rowBottom = label.center().y() + rowHeight / 2.0;
    const double top = std::min(label.bottom() + 1, rowBottom - BarHeight - 1);
    // On whole pixels: blocks a few pixels wide blur at their edges otherwise.
    return QRectF(std::round(label.left() + 1), std::round(top), std::floor(std::max(0.0, width)),
                  BarHeight);
}

void AgreementMarks::paintSummary(QPainter &painter, const QRectF &label,
                                  const AgreementTally::Summary &summary, int rowHeight)
{
    const int count = summary.total();
    const QRectF bar = summaryRect(label, summary, rowHeight);
    if (count == 0 || bar.width() < count) {
        return; // no room to tell the parts apart
    }
    // Blocks when each provision has its own (they can be counted), else shares.
    const bool blocks = bar.width() >= count * (BlockWidth + 1) - 1;
    const double unit = blocks ? BlockWidth + 1 : bar.width() / count;
    double x = bar.left();
    for (const LevelColours::Part &part : LevelColours::partsOf(summary)) {
        const QColor colour = LevelColours::of(part.level);
        for (int i = 0; blocks && i < part.count; ++i, x += unit) {
            painter.fillRect(QRectF(x, bar.top(), BlockWidth, bar.height()), colour);
        }
        if (!blocks && part.count > 0) {
            painter.fillRect(QRectF(x, bar.top(), unit * part.count, bar.height()), colour);
            x += unit * part.count;
        }
    }
}

void AgreementMarks::paintRing(QPainter &painter, const QRectF &shape, bool isBar,
                               const QColor &color)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(color, 2.5));
    painter.setBrush(Qt::NoBrush);
    const QRectF ring = shape.adjusted(-4.5, -4.5, 4.5, 4.5);
    isBar ? painter.drawRoundedRect(ring, 4, 4) : painter.drawEllipse(ring);
    painter.restore();
}

} // namespace entente
