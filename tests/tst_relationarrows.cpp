// SPDX-License-Identifier: GPL-3.0-or-later
// Relations as arrows between the events they join, and found again under the pointer.
#include <QTest>

#include <QApplication>
#include <QImage>
#include <QPainter>

#include "relationarrows.h"

using namespace entente;

class TstRelationArrows : public QObject
{
    Q_OBJECT

private slots:
    void joinsBothEnds();
    void leavesOutRelationsWithAnEndNotDrawn();
    void joinsTheClosestCopies();
    void arrivesFromAboveWhenPointingLeft();
    void findsTheArrowUnderThePointer();
    void drawsEachTypeVisibly_data();
    void drawsEachTypeVisibly();
    void takesTheColourChosenForItsType();
};

namespace {

Relation relation(qint64 id, qint64 from, qint64 to, const QString &type = Relation::LedTo)
{
    return {id, from, to, type, QStringLiteral("note %1").arg(id)};
}

QMultiHash<qint64, QRectF> twoEvents()
{
    QMultiHash<qint64, QRectF> shapes;
    shapes.insert(1, QRectF(100, 200, 12, 12));
    shapes.insert(2, QRectF(500, 230, 12, 12));
    return shapes;
}

} // namespace

void TstRelationArrows::joinsBothEnds()
{
    RelationArrows arrows;
    arrows.layout({relation(7, 1, 2)}, twoEvents());
    QCOMPARE(arrows.arrows().size(), 1);
    const RelationArrows::Arrow &arrow = arrows.arrows().first();
    QCOMPARE(arrow.relation.id, qint64(7));
    QCOMPARE(arrow.path.pointAtPercent(0), QPointF(106, 206)); // from the first's middle
    QCOMPARE(arrow.tip, QPointF(498, 236));                    // to the second's near side
    QVERIFY(std::cos(arrow.tipAngle) > 0);                     // pointing right, at it
    // It arches above the two, so that it does not run through the events between them.
    QVERIFY(arrow.path.pointAtPercent(0.5).y() < 200);
}

void TstRelationArrows::leavesOutRelationsWithAnEndNotDrawn()
{
    RelationArrows arrows;
    arrows.layout({relation(1, 1, 3), relation(2, 4, 2), relation(3, 2, 1)}, twoEvents());
    QCOMPARE(arrows.arrows().size(), 1);
    QCOMPARE(arrows.arrows().first().relation.id, qint64(3));
}

void TstRelationArrows::joinsTheClosestCopies()
{
    // An event in two lanes: the arrow joins the copy in the same lane as the other end.
    QMultiHash<qint64, QRectF> shapes = twoEvents();
    shapes.insert(1, QRectF(100, 600, 12, 12));
    shapes.insert(2, QRectF(500, 610, 12, 12));
    RelationArrows arrows;
    arrows.layout({relation(1, 1, 2)}, shapes);
    const RelationArrows::Arrow &arrow = arrows.arrows().first();
    const double startY = arrow.path.pointAtPercent(0).y();
    QVERIFY((startY == 206 && arrow.tip.y() == 236) || (startY == 606 && arrow.tip.y() == 616));
}

void TstRelationArrows::arrivesFromAboveWhenPointingLeft()
{
    // Right of an event is its label: an arrow from the right comes down onto its marker
    // rather than ending in the label's first letters.
    RelationArrows arrows;
    arrows.layout({relation(3, 2, 1)}, twoEvents());
    const RelationArrows::Arrow &arrow = arrows.arrows().first();
    QCOMPARE(arrow.tip, QPointF(106, 198));
    QVERIFY(std::sin(arrow.tipAngle) > 0); // pointing down, at it
    QVERIFY(std::cos(arrow.tipAngle) < 0); // and from the right
}

void TstRelationArrows::findsTheArrowUnderThePointer()
{
    RelationArrows arrows;
    arrows.layout({relation(5, 1, 2)}, twoEvents());
    const QPointF middle = arrows.arrows().first().path.pointAtPercent(0.5);
    QVERIFY(arrows.relationAt(middle));
    QCOMPARE(arrows.relationAt(middle)->id, qint64(5));
    QVERIFY(arrows.relationAt(middle + QPointF(0, RelationArrows::HitWidth / 2 - 1)));
    QVERIFY(!arrows.relationAt(middle + QPointF(0, 3 * RelationArrows::HitWidth)));
    QVERIFY(!arrows.relationAt(QPointF(300, 400)));
}

void TstRelationArrows::drawsEachTypeVisibly_data()
{
    QTest::addColumn<QString>("type");
    QTest::newRow("led to") << Relation::LedTo;
    QTest::newRow("response to") << Relation::ResponseTo;
    QTest::newRow("violates") << Relation::Violates;
    QTest::newRow("confirms") << Relation::Confirms;
    QTest::newRow("related") << Relation::Related;
    QTest::newRow("a type of the user's") << QStringLiteral("escalated");
}

void TstRelationArrows::drawsEachTypeVisibly()
{
    QFETCH(QString, type);
    RelationArrows arrows;
    arrows.layout({relation(1, 1, 2, type)}, twoEvents());
    QImage image(700, 400, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    arrows.paint(painter, QApplication::palette());
    painter.end();
    // Ink along the curve (dashed and dotted lines have gaps: look along a stretch of it)
    // and at the head.
    int inked = 0;
    for (int i = 20; i <= 80; ++i) {
        const QPoint at = arrows.arrows().first().path.pointAtPercent(i / 100.0).toPoint();
        inked += image.pixel(at) != qRgb(255, 255, 255);
    }
    QVERIFY2(inked > 15, qPrintable(QString::number(inked)));
    const QPointF head = arrows.arrows().first().tip - QPointF(4, 0);
    QVERIFY(image.pixel(head.toPoint()) != qRgb(255, 255, 255));
}

void TstRelationArrows::takesTheColourChosenForItsType()
{
    RelationArrows arrows;
    arrows.layout({relation(1, 1, 2, Relation::Violates)}, twoEvents());
    const auto inkAtHead = [&](const QHash<QString, QString> &colours) {
        QImage image(700, 400, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing, false);
        arrows.paint(painter, QApplication::palette(), colours);
        painter.end();
        return QColor(image.pixel((arrows.arrows().first().tip - QPointF(4, 0)).toPoint()));
    };
    const QColor chosen = inkAtHead({{Relation::Violates, QStringLiteral("#2040ff")}});
    // Blended with the white at the edge, but blue rather than red.
    QVERIFY2(chosen.blue() > chosen.red() + 60, qPrintable(chosen.name()));
    // Another type's colour leaves it in its own (red for "violates").
    const QColor own = inkAtHead({{Relation::Confirms, QStringLiteral("#2040ff")}});
    QVERIFY2(own.red() > own.blue() + 60, qPrintable(own.name()));
}

QTEST_MAIN(TstRelationArrows)
#include "tst_relationarrows.moc"
