// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "relation.h"

#include <QHash>
#include <QList>
#include <QMultiHash>
#include <QPainterPath>
#include <QPen>
#include <QRectF>

class QPainter;
class QPalette;

namespace entente {

// Relations drawn as curved arrows between the events they join ("Crimea led to the Minsk
// agreement"), styled by type, and found again under the pointer for their tooltip. Laid out
// from where the renderer put the events: an event shown in several lanes is joined at the
// pair of places closest to each other.
class RelationArrows final
{
public:
    struct Arrow
    {
        Relation relation;
        QPainterPath path; // the curve
        QPointF tip;
        double tipAngle; // radians, the direction the arrow points at its tip
    };

    // `shapes`: the drawn marker or bar of each event, per event id (several for an event in
    // several lanes). Relations whose ends are not both drawn are left out. Arrows arch no
    // higher than the top of `area` (the lanes under the axis), where they would be cut off.
    void layout(const QList<Relation> &relations, const QMultiHash<qint64, QRectF> &shapes,
                const QRectF &area = QRectF());
    // `colours`: the colour chosen for a type, by its name ("#rrggbb"); the others are drawn in
    // the built-in types' styles, or plain.
    void paint(QPainter &painter, const QPalette &palette,
               const QHash<QString, QString> &colours = {}) const;
    // The relation whose arrow passes within a few pixels of `point`, if any.
    const Relation *relationAt(const QPointF &point) const;
    const QList<Arrow> &arrows() const { return m_arrows; }
    // How a type's arrows are drawn (its colour from `colours`, as in paint()), for a key.
    static QPen pen(const QString &type, const QPalette &palette,
                    const QHash<QString, QString> &colours);

    static constexpr double HitWidth = 8;

private:
    QList<Arrow> m_arrows;
};

} // namespace entente
