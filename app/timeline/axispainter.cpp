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
// Narrower than this, a band's name elided says nothing: it is left out.
constexpr double MinLabelWidth = 24;

// The axis's small print: 85% of the font, whether it is sized in points (the window) or in
// pixels (documents, whose fonts are sized for their page).
QFont smaller(const QFont &font)
{
    QFont small(font);
    if (font.pointSizeF() > 0) {
        small.setPointSizeF(font.pointSizeF() * 0.85);
    } else {
        small.setPixelSize(std::max(1, qRound(font.pixelSize() * 0.85)));
    }
    return small;
}

} // namespace

AxisPainter::AxisPainter(const TimelineLayout &layout, const TimelineFrame &frame,
                         const TimelineColours &colours)
    : m_layout(layout), m_frame(frame), m_colours(colours), m_small(smaller(layout.font()))
{
    m_small.setBold(true);
}

double AxisPainter::xOf(qint64 second) const
{
    return HeaderWidth + m_frame.scale.toX(second);
}

void AxisPainter::paint(QPainter &painter) const
{
    const QPalette &palette = m_colours.palette();
    const int width = m_layout.size().width();
    const QRectF axis(0, 0, width, AxisHeight);
    painter.fillRect(axis, palette.color(QPalette::Window));
    painter.setPen(palette.color(QPalette::Mid));
    painter.drawLine(axis.bottomLeft(), axis.bottomRight());
    const Labels placed = labels();
    painter.save();
    painter.setClipRect(QRectF(HeaderWidth, 0, width - HeaderWidth, AxisHeight));
    paintBands(painter, placed.bands);
    paintTicks(painter, placed.ticks);
    painter.restore();
    paintToday(painter, placed.today);
    painter.setFont(m_layout.font());
}

AxisPainter::Labels AxisPainter::labels() const
{
    const std::optional<Label> today = todayLabel();
    return {bandLabels(today), tickLabels(), today};
}

// Each band's name at its start, or at the view's left while the band is in view; elided at
// the band's end or the view's, and moved past "Today" (or elided before it) if in its way.
QList<AxisPainter::Label> AxisPainter::bandLabels(const std::optional<Label> &today) const
{
    const LabelFont &font = m_layout.boldLabels();
    const double viewRight = m_layout.size().width();
    QList<Label> labels;
    for (const TimeScale::Band &band : m_layout.bands()) {
        double left = std::max(xOf(band.from), double(HeaderWidth)) + 4;
        const double right = std::min(xOf(band.to), viewRight) - 4;
        double room = right - left;
        const double whole = font.advance(band.label);
        if (today && left < today->rect.right() &&
            left + std::min(whole, room) > today->rect.left()) {
            const double before = today->rect.left() - 4 - left;
            const double after = right - (today->rect.right() + 4);
            if (after >= std::min(whole, before) || left >= today->rect.left()) {
                left = today->rect.right() + 4;
                room = after;
            } else {
                room = before;
            }
        }
        const QString text = font.elided(band.label, room);
        if (room >= MinLabelWidth && !text.isEmpty()) {
            labels.append({QRectF(left, 0, font.advance(text), Tier), text});
        }
    }
    return labels;
}

// Each tick's name right of it; the first, whose tick may be left of the view, at the view's
// left edge, unless that is in the way of the next.
QList<AxisPainter::Label> AxisPainter::tickLabels() const
{
    const LabelFont &font = m_layout.labels();
    QList<Label> labels;
    bool clamped = false;
    for (const TimeScale::Tick &tick : m_layout.ticks()) {
        const double x = xOf(tick.second) + 3;
        const QRectF rect(std::max(x, HeaderWidth + 3.0), Tier, font.advance(tick.label), Tier - 2);
        if (!labels.isEmpty() && labels.constLast().rect.right() + 6 > rect.left()) {
            if (!clamped) {
                continue;
            }
            labels.removeLast();
        }
        clamped = x < rect.left();
        labels.append({rect, tick.label});
    }
    return labels;
}

// In the upper tier, just left of today's line, or right of it when that is out of view.
std::optional<AxisPainter::Label> AxisPainter::todayLabel() const
{
    if (!m_frame.today) {
        return std::nullopt;
    }
    const double x = xOf(*m_frame.today);
    if (x < HeaderWidth || x > m_layout.size().width()) {
        return std::nullopt;
    }
    // The renderer's context, where the translations of the axis's texts are kept.
    const QString text = QCoreApplication::translate("entente::TimelineRenderer", "Today");
    const double width = QFontMetricsF(m_small).horizontalAdvance(text) + 6;
    const double left = x - width - 2 >= HeaderWidth ? x - width - 2 : x + 4;
    return Label{QRectF(left, 2, width, Tier - 4), text};
}

// Upper tier: bands naming the coarser unit.
void AxisPainter::paintBands(QPainter &painter, const QList<Label> &labels) const
{
    const QPalette &palette = m_colours.palette();
    for (const TimeScale::Band &band : m_layout.bands()) {
        PixelGrid::hairline(painter, xOf(band.from), 0, 1, AxisHeight,
                            palette.color(QPalette::Mid));
    }
    painter.setPen(palette.color(QPalette::WindowText));
    for (const Label &label : labels) {
        drawCentred(painter, m_layout.boldLabels(), label);
    }
}

// Lower tier: the ticks.
void AxisPainter::paintTicks(QPainter &painter, const QList<Label> &labels) const
{
    const QPalette &palette = m_colours.palette();
    painter.setFont(m_layout.font());
    for (const TimeScale::Tick &tick : m_layout.ticks()) {
        PixelGrid::hairline(painter, xOf(tick.second), AxisHeight - 5, 1, 5,
                            palette.color(QPalette::WindowText));
    }
    painter.setPen(palette.color(QPalette::WindowText));
    for (const Label &label : labels) {
        drawCentred(painter, m_layout.labels(), label);
    }
}

// Through LabelFont, which keeps each label's image from frame to frame: a pan or an edit
// redraws the same few dozen dates.
void AxisPainter::drawCentred(QPainter &painter, const LabelFont &font, const Label &label)
{
    font.draw(painter,
              QPointF(label.rect.left(),
                      label.rect.top() + (label.rect.height() - font.metrics().height()) / 2),
              label.text);
}

void AxisPainter::paintToday(QPainter &painter, const std::optional<Label> &label) const
{
    if (!label) {
        return;
    }
    const QPalette &palette = m_colours.palette();
    const QColor accent = palette.color(QPalette::Highlight);
    // The lanes' part of the line is under the events.
    PixelGrid::hairline(painter, xOf(*m_frame.today), Tier, 2, Tier, accent);
    // On the axis's own background, so that a line or band under it does not make it
    // unreadable.
    painter.fillRect(label->rect, palette.color(QPalette::Window));
    painter.setFont(m_small);
    painter.setPen(accent);
    painter.drawText(label->rect, Qt::AlignCenter, label->text);
}

// In the corner above the lane names, where it hides nothing.
void AxisPainter::paintUndatedNote(QPainter &painter) const
{
    const int count = m_frame.undatedEventCount;
    if (count <= 0) {
        return;
    }
    const QString note = QCoreApplication::translate(
        "entente::TimelineRenderer", "%Ln undated events: see the list", nullptr, count);
    painter.setFont(smaller(m_layout.font()));
    painter.setPen(m_colours.palette().color(QPalette::PlaceholderText));
    painter.drawText(QRectF(6, 2, HeaderWidth - 12, AxisHeight - 4),
                     Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, note);
}

} // namespace entente
