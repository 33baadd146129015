// SPDX-License-Identifier: GPL-3.0-or-later
#include "lanemodel.h"

#include <QTest>

using namespace entente;
using namespace Qt::StringLiterals;

class TstLaneModel : public QObject
{
    Q_OBJECT

private slots:
    void peopleNestUnderTheirState();
    void unusedActorsHaveNoLane();
    void eventAppearsInEachActorsLane();
    void eventsWithoutActorsGetTheirOwnLane();
    void affiliationCyclesDoNotHang();
    void collapsedActorTakesInItsPeople();

private:
    static Actor actor(qint64 id, const QString &name, qint64 affiliation = 0)
    {
        Actor a;
        a.id = id;
        a.name = name;
        a.affiliationId = affiliation;
        return a;
    }
    static Event eventWith(const QList<qint64> &actorIds)
    {
        Event e;
        for (qint64 id : actorIds) {
            e.actors.append({id, u"party"_s});
        }
        return e;
    }
};

void TstLaneModel::collapsedActorTakesInItsPeople()
{
    // The United States (2) with Trump (3) and Rubio (5) under it; NATO (1) with Rutte (4).
    const QList<Actor> actors = {actor(1, u"NATO"_s), actor(2, u"United States"_s),
                                 actor(3, u"Trump"_s, 2), actor(4, u"Rutte"_s, 1),
                                 actor(5, u"Rubio"_s, 2)};
    const LaneModel open(actors, {1, 2, 3, 4, 5}, false);
    QCOMPARE(open.lanes().size(), 5);
    const int usLane = open.laneOfActor(2);
    QVERIFY(open.lanes().at(usLane).hasChildren);
    QVERIFY(!open.lanes().at(usLane).collapsed);
    QVERIFY(!open.lanes().at(open.laneOfActor(3)).hasChildren);

    const LaneModel folded(actors, {1, 2, 3, 4, 5}, false, {2});
    QStringList labels;
    for (const LaneModel::Lane &lane : folded.lanes()) {
        labels.append(lane.label);
    }
    QCOMPARE(labels, (QStringList{u"NATO"_s, u"Rutte"_s, u"United States"_s}));
    const int us = folded.laneOfActor(2);
    QVERIFY(folded.lanes().at(us).collapsed);
    QCOMPARE(folded.laneOfActor(3), us);
    QCOMPARE(folded.laneOfActor(5), us);
    QCOMPARE(folded.actorsOfLane(us), (QList<qint64>{2, 3, 5}));
    // An event of Trump and Rubio is drawn once, in the United States' lane; with Rutte, twice.
    QCOMPARE(folded.lanesOf(eventWith({3, 5})), QList<int>{us});
    QCOMPARE(folded.lanesOf(eventWith({3, 4})), (QList<int>{folded.laneOfActor(4), us}));
    // Collapsing an actor without people changes nothing.
    const LaneModel leaf(actors, {1, 2, 3, 4, 5}, false, {3});
    QCOMPARE(leaf.lanes().size(), 5);
    QVERIFY(!leaf.lanes().at(leaf.laneOfActor(3)).collapsed);
}

void TstLaneModel::peopleNestUnderTheirState()
{
    // Trump (3) is declared before the United States (2) and after NATO (1).
    const QList<Actor> actors = {actor(1, u"NATO"_s), actor(3, u"Trump"_s, 2),
                                 actor(2, u"United States"_s), actor(4, u"Rutte"_s, 1)};
    const LaneModel model(actors, {1, 2, 3, 4}, false);
    QStringList labels;
    QList<int> depths;
    for (const LaneModel::Lane &lane : model.lanes()) {
        labels.append(lane.label);
        depths.append(lane.depth);
    }
    QCOMPARE(labels, (QStringList{u"NATO"_s, u"Rutte"_s, u"United States"_s, u"Trump"_s}));
    QCOMPARE(depths, (QList<int>{0, 1, 0, 1}));
}

void TstLaneModel::unusedActorsHaveNoLane()
{
    const QList<Actor> actors = {actor(1, u"NATO"_s), actor(2, u"Rutte"_s, 1), actor(3, u"Iran"_s)};
    // Only Rutte takes part in events: NATO still shows, as his parent; Iran does not.
    const LaneModel model(actors, {2}, false);
    QCOMPARE(model.lanes().size(), 2);
    QCOMPARE(model.laneOfActor(1), 0);
    QCOMPARE(model.laneOfActor(2), 1);
    QCOMPARE(model.laneOfActor(3), -1);
}

void TstLaneModel::eventAppearsInEachActorsLane()
{
    const QList<Actor> actors = {actor(1, u"Russia"_s), actor(2, u"Ukraine"_s),
                                 actor(3, u"Putin"_s, 1)};
    const LaneModel model(actors, {1, 2, 3}, false);
    QCOMPARE(model.lanesOf(eventWith({2, 1})), (QList<int>{0, 2}));
    QCOMPARE(model.lanesOf(eventWith({3, 3})), (QList<int>{1}));
}

void TstLaneModel::eventsWithoutActorsGetTheirOwnLane()
{
    const LaneModel model({actor(1, u"Russia"_s)}, {1}, true);
    QCOMPARE(model.lanes().size(), 2);
    QCOMPARE(model.lanes().last().actorId, 0);
    QCOMPARE(model.lanesOf(eventWith({})), (QList<int>{1}));
}

void TstLaneModel::affiliationCyclesDoNotHang()
{
    // A data error (A in B, B in A) must neither loop nor hide their events.
    const LaneModel model({actor(1, u"A"_s, 2), actor(2, u"B"_s, 1)}, {1, 2}, false);
    QCOMPARE(model.lanes().size(), 2);
    QVERIFY(model.laneOfActor(1) >= 0);
    QVERIFY(model.laneOfActor(2) >= 0);
}

QTEST_GUILESS_MAIN(TstLaneModel)
#include "tst_lanemodel.moc"
