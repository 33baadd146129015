// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QRect>
#include <QRectF>

#include <algorithm>
#include <cmath>

namespace entente {

// Lines drawn as filled rectangles on the pixel grid, for every painter of the timeline: the
// raster engine strokes a drawn line as a path, many times dearer for the few dozen lines of
// every frame. Inline, as the painters call them for every grid line, badge and bar.
class PixelGrid final
{
public:
    static constexpr int BandRows = 64;

    // A line `width` wide and `height` high from (x, y), snapped to whole pixels.
    static void hairline(QPainter &painter, double x, double y, double width, double height,
                         const QColor &color)
    {
        fill(painter, QRectF(std::floor(x), std::floor(y), width, height), color);
    }

    // A rectangle filled with a colour, translucent ones in bands of rows. Qt's raster engine
    // hands a translucent fill of more than ~96 rows to its thread pool in pieces and waits for
    // them: on a busy two-core machine each such fill (a rest day's shade, an era, a tall line)
    // then costs thread wake-ups worth more than the fill, most of a frame's time. A band of
    // 64 device rows is blended on the spot.
    static void fill(QPainter &painter, const QRectF &rect, const QColor &color)
    {
        const qreal ratio = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
        // Vector output (PDF, SVG) keeps one rectangle: abutting ones may show seams there.
        const bool raster =
            painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Raster;
        if (color.alpha() == 255 || rect.height() * ratio <= BandRows || !raster) {
            painter.fillRect(rect, color);
            return;
        }
        // Edges on whole device rows, where the engine would round the one rectangle's, so
        // that neighbouring bands neither overlap nor leave a gap.
        const int top = qRound(rect.top() * ratio), bottom = qRound(rect.bottom() * ratio);
        for (int y = top; y < bottom; y += BandRows) {
            const int rows = std::min(BandRows, bottom - y);
            painter.fillRect(QRectF(rect.left(), y / ratio, rect.width(), rows / ratio), color);
        }
    }

    // The one-pixel border inside `rect`.
    static void outline(QPainter &painter, const QRect &rect, const QColor &color)
    {
        painter.fillRect(QRect(rect.left(), rect.top(), rect.width(), 1), color);
        painter.fillRect(QRect(rect.left(), rect.bottom(), rect.width(), 1), color);
        painter.fillRect(QRect(rect.left(), rect.top(), 1, rect.height()), color);
        painter.fillRect(QRect(rect.right(), rect.top(), 1, rect.height()), color);
    }
};

} // namespace entente
