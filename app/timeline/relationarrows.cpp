// SPDX-License-Identifier: GPL-3.0-or-later
#include "relationarrows.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QPalette>

#include <cmath>
#include <limits>

namespace entente {

namespace {

// The places of the two events nearest each other, vertically first.
std::pair<QRectF, QRectF> closestPair(const QList<QRectF> &from, const QList<QRectF> &to)
{
    std::pair<QRectF, QRectF> best;
    double bestDistance = std::numeric_limits<double>::max();
    for (const QRectF &a : from) {
        for (const QRectF &b : to) {
            const double distance = std::abs(a.center().y() - b.center().y()) * 4 +
                                    std::abs(a.center().x() - b.center().x());
            if (distance < bestDistance) {
                bestDistance = distance;
                best = {a, b};
            }
        }
    }
    return best;
}

QPen builtInPen(const QString &type, const QPalette &palette)
{
    QColor text = palette.color(QPalette::Text);
    text.setAlpha(150);
    if (type == Relation::LedTo) {
        return QPen(text, 1.5);
    }
    if (type == Relation::ResponseTo) {
        return QPen(QColor(0x2e, 0x86, 0xc1), 1.5, Qt::DashLine);
    }
    if (type == Relation::Violates) {
        return QPen(QColor(0xc0, 0x39, 0x2b), 1.8);
    }
    if (type == Relation::Confirms) {
        return QPen(QColor(0x1e, 0x84, 0x49), 1.5);
    }
    if (type == Relation::Related) {
        return QPen(text, 1.2, Qt::DotLine);
    }
    return QPen(text, 1.5, Qt::DashDotLine); // a type of the user's, without a colour
}

} // namespace

QPen RelationArrows::pen(const QString &type, const QPalette &palette,
                         const QHash<QString, QString> &colours)
{
    QPen pen = builtInPen(type, palette);
    // A chosen colour keeps the type's line style: a dashed "response to" stays dashed.
    if (const QColor chosen(colours.value(type)); chosen.isValid()) {
        pen.setColor(chosen);
    }
    return pen;
}

void RelationArrows::layout(const QList<Relation> &relations,
                            const QMultiHash<qint64, QRectF> &shapes, const QRectF &area)
{
    m_arrows.clear();
    for (const Relation &relation : relations) {
        const QList<QRectF> from = shapes.values(relation.fromEventId);
        const QList<QRectF> to = shapes.values(relation.toEventId);
        if (from.isEmpty() || to.isEmpty()) {
            continue;
        }
        const auto [a, b] = closestPair(from, to);
        // From the middle of the first, arching above both, to the near side of the second;
        // or, pointing left, down onto its top: its label is on its right.
        const bool rightwards = b.center().x() >= a.center().x();
        const QPointF start = a.center();
        const QPointF end = rightwards
                                ? QPointF(b.left() - 2, b.center().y())
                                : QPointF(b.left() + std::min(b.width() / 2, 6.0), b.top() - 2);
        const double dx = end.x() - start.x();
        const double top = std::min(start.y(), end.y());
        double peak = top - std::min(60.0, 12 + std::abs(dx) * 0.15);
        if (area.isValid()) {
            // Flatter rather than cut off: a curve stays within the hull of its control points.
            peak = std::max(peak, std::min(top, area.top() + 2));
        }
        const QPointF c1(start.x() + dx * 0.35, peak);
        const QPointF c2(end.x() - dx * 0.35, peak);
        QPainterPath path(start);
        path.cubicTo(c1, c2, end);
        m_arrows.append({relation, path, end, std::atan2(end.y() - c2.y(), end.x() - c2.x())});
    }
}

void RelationArrows::paint(QPainter &painter, const QPalette &palette,
                           const QHash<QString, QString> &colours) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    for (const Arrow &arrow : m_arrows) {
        QPen pen = RelationArrows::pen(arrow.relation.type, palette, colours);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(arrow.path);
        // The head: a small filled triangle along the curve's last direction.
        constexpr double Length = 8, Spread = 0.45;
        QPolygonF head;
        head << arrow.tip
             << arrow.tip - QPointF(Length * std::cos(arrow.tipAngle - Spread),
                                    Length * std::sin(arrow.tipAngle - Spread))
             << arrow.tip - QPointF(Length * std::cos(arrow.tipAngle + Spread),
                                    Length * std::sin(arrow.tipAngle + Spread));
        pen.setStyle(Qt::SolidLine);
        painter.setPen(pen);
        painter.setBrush(pen.color());
        painter.drawPolygon(head);
    }
    painter.restore();
}

const Relation *RelationArrows::relationAt(const QPointF &point) const
{
    QPainterPathStroker stroker;
    stroker.setWidth(HitWidth);
    for (auto it = m_arrows.crbegin(); it != m_arrows.crend(); ++it) {
        if (it->path.controlPointRect()
                .adjusted(-HitWidth, -HitWidth, HitWidth, HitWidth)
                .contains(point) &&
            stroker.createStroke(it->path).contains(point)) {
            return &it->relation;
        }
    }
    return nullptr;
}

} // namespace entente
