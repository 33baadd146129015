// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPainter>
#include <QRect>
#include <QRectF>

#include <cmath>

namespace entente {

// Lines drawn as filled rectangles on the pixel grid, for every painter of the timeline: the
// raster engine strokes a drawn line as a path, many times dearer for the few dozen lines of
// every frame. Inline, as the painters call them for every grid line, badge and bar.
class PixelGrid final
{
public:
    // A line `width` wide and `height` high from (x, y), snapped to whole pixels.
    static void hairline(QPainter &painter, double x, double y, double width, double height,
                         const QColor &color)
    {
        painter.fillRect(QRectF(std::floor(x), std::floor(y), width, height), color);
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
