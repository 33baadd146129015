// SPDX-License-Identifier: GPL-3.0-or-later
#include "itempainter.h"

#include "agreementmarks.h"
#include "pixelgrid.h"

#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QRegion>

#include <algorithm>
#include <cmath>

namespace entente {

namespace {

constexpr int HeaderWidth = TimelineLayout::HeaderWidth;
constexpr int AxisHeight = TimelineLayout::AxisHeight;

} // namespace

void ItemPainter::paint(QPainter &painter) const
{
    painter.save();
    const QRectF visible = m_layout.timeArea();
    painter.setClipRect(visible);
    const auto onScreen = [&](const Item &item) {
        return item.shape.intersects(visible) || item.label.intersects(visible) ||
               item.uncertainty.intersects(visible);
    };
    const QPalette &palette = m_colours.palette();
    QColor connector = palette.color(QPalette::Text), faintConnector = connector;
    connector.setAlpha(60);
    faintConnector.setAlpha(15); // an event the search leaves out, like its marks
    for (const TimelineLayout::Connector &joint : m_layout.connectors()) {
        const QLineF &line = joint.line;
        PixelGrid::hairline(painter, line.x1(), line.y1(), 1, line.y2() - line.y1(),
                            isFaint(joint.eventId) ? faintConnector : connector);
    }
    paintArrows(painter);
    for (const Item &item : m_layout.items()) {
        if (!m_frame.isSelected(item.eventId) && onScreen(item)) {
            paintItem(painter, item, m_layout.event(item, m_frame));
        }
    }
    paintBadges(painter);                       // over the bars that pass under them
    for (const Item &item : m_layout.items()) { // the selection on top
        if (m_frame.isSelected(item.eventId) && onScreen(item)) {
            paintItem(painter, item, m_layout.event(item, m_frame));
        }
    }
    painter.restore();
}

// Under the events and their labels, which stay readable: the arrows are drawn before them,
// and not at all inside the labels' boxes, as a line through text would strike it out.
void ItemPainter::paintArrows(QPainter &painter) const
{
    const QList<RelationArrows::Arrow> &arrows = m_layout.arrows().arrows();
    if (arrows.isEmpty()) {
        return;
    }
    QRectF reach;
    for (const RelationArrows::Arrow &arrow : arrows) {
        reach |= arrow.path.controlPointRect();
    }
    // Only the labels the arrows may pass: a region of many rectangles is slow to build.
    QRegion region(m_layout.timeArea().toAlignedRect());
    for (const Item &item : m_layout.items()) {
        if (!item.label.isNull() && item.label.intersects(reach)) {
            region -= item.label.toAlignedRect();
            const auto summary = m_frame.agreementSummaries.constFind(item.eventId);
            if (summary != m_frame.agreementSummaries.cend()) { // as much a part of the label
                region -=
                    AgreementMarks::summaryRect(item.label, *summary, TimelineLayout::RowHeight)
                        .toAlignedRect();
            }
        }
    }
    painter.save();
    painter.setClipRegion(region, Qt::IntersectClip);
    m_layout.arrows().paint(painter, m_colours.palette(), m_frame.relationTypeColours);
    painter.restore();
}

void ItemPainter::paintItem(QPainter &painter, const Item &item, const Event &event) const
{
    const bool selected = m_frame.isSelected(event.id);
    // What the search and filters leave out stays in place, faint.
    const bool faint = !selected && isFaint(event.id);
    const double opacity = painter.opacity();
    painter.setOpacity(faint ? opacity * 0.25 : opacity);
    const QColor color = m_colours.ofEvent(item.lane, event);
    painter.setRenderHint(QPainter::Antialiasing, true);
    QColor light = color;
    light.setAlpha(70);
    const Look look{selected, color, light,
                    selected ? QPen(m_colours.palette().color(QPalette::Highlight), 3)
                             : QPen(m_colours.edge(color), 1)};
    if (!item.uncertainty.isNull()) {
        painter.fillRect(item.uncertainty, light);
    }
    if (event.kind == Event::Kind::Period) {
        paintPeriod(painter, item.shape, event, look);
    } else {
        paintMarker(painter, item.shape, event, look);
    }
    if (!item.label.isNull()) {
        paintLabel(painter, item, selected);
        const auto summary = m_frame.agreementSummaries.constFind(event.id);
        if (summary != m_frame.agreementSummaries.cend()) {
            AgreementMarks::paintSummary(painter, item.label, *summary, TimelineLayout::RowHeight);
        }
    }
    painter.setOpacity(opacity);
    if (m_frame.highlighted.contains(event.id)) { // in full, even where the search left it out
        AgreementMarks::paintRing(painter, item.shape, event.kind == Event::Kind::Period,
                                  m_colours.palette().color(QPalette::Highlight));
    }
}

void ItemPainter::paintPeriod(QPainter &painter, const QRectF &bar, const Event &event,
                              const Look &look) const
{
    const auto x = [&](qint64 second) {
        return std::clamp(HeaderWidth + m_frame.scale.toX(second), bar.left(), bar.right());
    };
    const bool open = event.ongoing || event.end.isNull();
    const bool vagueStart = TimelineLayout::isImprecise(event.start);
    const bool vagueEnd = TimelineLayout::isImprecise(event.end);
    // Imprecise or approximate ends fade out; the certain middle is solid. An open end
    // fades over its last stretch on screen, wherever the bar began.
    const double solidLeft = vagueStart ? x(event.start.latestSecond()) : bar.left();
    const double solidRight = open       ? std::max(solidLeft, bar.right() - 90)
                              : vagueEnd ? std::max(solidLeft, x(event.end.earliestSecond()))
                                         : bar.right();
    paintBar(painter, bar.toAlignedRect(), solidLeft, solidRight,
             vagueStart ? look.light : look.color, look.color,
             open || vagueEnd ? look.light : look.color);
    if (look.selected) {
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.setPen(look.outline);
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(bar.toAlignedRect().adjusted(0, 0, -1, -1));
        painter.setRenderHint(QPainter::Antialiasing, true);
    } else {
        PixelGrid::outline(painter, bar.toAlignedRect(), look.outline.color());
    }
    if (open) { // an arrow: the period runs on past the edge
        const double tip = std::min(bar.right(), double(m_layout.size().width())) - 2;
        QPainterPath arrow;
        arrow.moveTo(tip - 9, bar.top() - 3);
        arrow.lineTo(tip, bar.center().y());
        arrow.lineTo(tip - 9, bar.bottom() + 3);
        painter.setBrush(look.color.darker(120));
        painter.setPen(Qt::NoPen);
        painter.drawPath(arrow);
    }
}

void ItemPainter::paintMarker(QPainter &painter, const QRectF &shape, const Event &event,
                              const Look &look) const
{
    QPen pen = look.outline;
    if (event.start.isApproximate()) {
        pen.setStyle(Qt::DashLine);
    }
    const QColor fill = TimelineLayout::isImprecise(event.start)
                            ? m_colours.palette().color(QPalette::Base)
                            : look.color;
    if (m_frame.document) { // a pixmap would be a blurred picture in a PDF or on paper
        painter.setPen(pen);
        painter.setBrush(fill);
        painter.drawEllipse(shape);
        return;
    }
    const QPixmap &sprite = markerSprite(shape.width(), pen, fill, painter);
    const double margin = (sprite.width() / sprite.devicePixelRatio() - shape.width()) / 2;
    painter.drawPixmap(shape.topLeft() - QPointF(margin, margin), sprite);
}

void ItemPainter::paintLabel(QPainter &painter, const Item &item, bool selected) const
{
    const bool insideBar = item.shape.contains(item.label.center());
    painter.setPen(insideBar ? QColor(Qt::white) : m_colours.palette().color(QPalette::Text));
    (selected ? m_layout.boldLabels() : m_layout.labels())
        .draw(painter, item.label.topLeft(), item.text);
}

void ItemPainter::paintBadges(QPainter &painter) const
{
    // A pill from two cached circle sprites and pixel-grid fills, and the count as a glyph
    // run: crowded frames have a hundred badges, and antialiased paths and shaped text cost
    // several times as much.
    const QSize &size = m_layout.size();
    const QRectF screen(HeaderWidth, AxisHeight, size.width() - HeaderWidth, size.height());
    const QPalette &palette = m_colours.palette();
    const QColor base = palette.color(QPalette::Base);
    const LabelFont &labels = m_layout.labels();
    for (const TimelineLayout::Badge &badge : m_layout.badges()) {
        // A badge reaching off screen is drawn over the part on screen, its count in the middle
        // of that part.
        const QRectF pill = badge.rect.intersected(screen.adjusted(-10, 0, 10, 0));
        if (pill.isEmpty()) {
            continue;
        }
        const QColor outline = m_colours.edge(m_colours.ofLane(badge.lane));
        const double d = pill.height();
        const QPixmap &cap = markerSprite(d, QPen(outline, 1), base, painter);
        const double margin = (cap.width() / cap.devicePixelRatio() - d) / 2;
        painter.drawPixmap(QPointF(pill.left(), pill.top()) - QPointF(margin, margin), cap);
        painter.drawPixmap(QPointF(pill.right() - d, pill.top()) - QPointF(margin, margin), cap);
        const QRectF middle(pill.left() + d / 2, pill.top(), std::max(0.0, pill.width() - d), d);
        painter.fillRect(middle.adjusted(0, 0.5, 0, -0.5), base);
        PixelGrid::hairline(painter, middle.left(), pill.top(), middle.width(), 1, outline);
        PixelGrid::hairline(painter, middle.left(), pill.bottom() - 1, middle.width(), 1, outline);
        const QString count = QString::number(badge.eventIds.size());
        const QRectF text = pill.intersected(screen);
        painter.setPen(palette.color(QPalette::Text));
        labels.draw(painter,
                    QPointF(text.center().x() - labels.advance(count) / 2,
                            text.center().y() - labels.metrics().height() / 2),
                    count);
    }
}

void ItemPainter::paintBar(QPainter &painter, const QRect &bar, double solidLeft, double solidRight,
                           const QColor &startColor, const QColor &color, const QColor &endColor)
{
    // Solid fill on the pixel grid, and a gradient only where an end fades: gradient spans
    // cost several times a solid fill per pixel, and most of a long bar is solid.
    const auto fade = [&](double from, double to, const QColor &a, const QColor &b) {
        if (to - from < 0.5) {
            return;
        }
        QLinearGradient gradient(from, 0, to, 0);
        gradient.setColorAt(0, a);
        gradient.setColorAt(1, b);
        painter.fillRect(QRectF(from, bar.top(), to - from, bar.height()), gradient);
    };
    fade(bar.left(), solidLeft, startColor, color);
    const int left = qRound(solidLeft), right = qRound(solidRight);
    if (right > left) {
        painter.fillRect(QRect(left, bar.top(), right - left, bar.height()), color);
    }
    fade(solidRight, bar.right() + 1, color, endColor);
}

const QPixmap &ItemPainter::markerSprite(double diameter, const QPen &pen, const QColor &fill,
                                         const QPainter &target) const
{
    // Antialiased circles cost far more than copying a small pixmap; there are only a few
    // dozen kinds of marker (size, colour, outline).
    const qreal ratio = target.device() ? target.device()->devicePixelRatioF() : 1.0;
    // Packed numbers, not formatted text: this runs for every marker of every frame.
    const Sprites::key_type key{(quint64(pen.color().rgba()) << 32) | fill.rgba(),
                                (quint64(qRound(diameter * 4)) << 40) |
                                    (quint64(qRound(pen.widthF() * 4)) << 24) |
                                    (quint64(pen.style()) << 16) | quint64(qRound(ratio * 100))};
    auto it = m_sprites.find(key);
    if (it == m_sprites.end()) {
        const double margin = std::ceil(pen.widthF()) + 1;
        const double side = diameter + 2 * margin;
        QPixmap sprite(QSize(int(std::ceil(side * ratio)), int(std::ceil(side * ratio))));
        sprite.setDevicePixelRatio(ratio);
        sprite.fill(Qt::transparent);
        QPainter painter(&sprite);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(pen);
        painter.setBrush(fill);
        painter.drawEllipse(QRectF(margin, margin, diameter, diameter));
        painter.end();
        it = m_sprites.insert(key, sprite);
    }
    return *it;
}

} // namespace entente
