// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agreementtally.h"

#include <QRectF>

class QColor;
class QPainter;

namespace entente {

// What the timeline draws for agreements: under an agreement's label, a thin bar of its
// provisions by level (full, partial, none, violated, lapsed: LevelColours), one block per
// provision while they fit under the label, else shares of the label's width; the counts
// are in the marker's tooltip. And the ring round the events Details highlights.
class AgreementMarks final
{
public:
    static constexpr double BarHeight = 4;
    static constexpr double BlockWidth = 5; // and a gap of 1 between blocks

    // Where the summary of a label in a row `rowHeight` high goes: under the label, inside
    // the row.
    static QRectF summaryRect(const QRectF &label, const AgreementTally::Summary &summary,
                              int rowHeight);
    static void paintSummary(QPainter &painter, const QRectF &label,
                             const AgreementTally::Summary &summary, int rowHeight);
    // A ring a little outside a marker (a circle) or a bar, in `color`.
    static void paintRing(QPainter &painter, const QRectF &shape, bool isBar, const QColor &color);
};

} // namespace entente
