// SPDX-License-Identifier: GPL-3.0-or-later
#include "lanekey.h"
#include "lanemodel.h"

#include "densityindex.h"

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
    void hiddenActorTakesItsPeopleAlong();
    void orderRanksSiblingsOnly();
    void siblingsShareAParent();
    void categoryLanes();
    void packedLaneHoldsEverything();

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
    const int usLane = open.laneOfKey(2);
    QVERIFY(open.lanes().at(usLane).hasChildren);
    QVERIFY(!open.lanes().at(usLane).collapsed);
    QVERIFY(!open.lanes().at(open.laneOfKey(3)).hasChildren);

    const LaneModel folded(actors, {1, 2, 3, 4, 5}, false,
                           {.collapsed = {2}, .hidden = {}, .order = {}});
    QStringList labels;
    for (const LaneModel::Lane &lane : folded.lanes()) {
        labels.append(lane.label);
    }
    QCOMPARE(labels, (QStringList{u"NATO"_s, u"Rutte"_s, u"United States"_s}));
    const int us = folded.laneOfKey(2);
    QVERIFY(folded.lanes().at(us).collapsed);
    QCOMPARE(folded.laneOfKey(3), us);
    QCOMPARE(folded.laneOfKey(5), us);
    QCOMPARE(folded.keysOfLane(us), (QList<qint64>{2, 3, 5}));
    // An event of Trump and Rubio is drawn once, in the United States' lane; with Rutte, twice.
    QCOMPARE(folded.lanesOf(eventWith({3, 5})), QList<int>{us});
    QCOMPARE(folded.lanesOf(eventWith({3, 4})), (QList<int>{folded.laneOfKey(4), us}));
    // Collapsing an actor without people changes nothing.
    const LaneModel leaf(actors, {1, 2, 3, 4, 5}, false,
                         {.collapsed = {3}, .hidden = {}, .order = {}});
    QCOMPARE(leaf.lanes().size(), 5);
    QVERIFY(!leaf.lanes().at(leaf.laneOfKey(3)).collapsed);
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
    QCOMPARE(model.laneOfKey(1), 0);
    QCOMPARE(model.laneOfKey(2), 1);
    QCOMPARE(model.laneOfKey(3), -1);
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
    QCOMPARE(model.lanes().last().key, 0);
    QCOMPARE(model.lanesOf(eventWith({})), (QList<int>{1}));
}

void TstLaneModel::affiliationCyclesDoNotHang()
{
    // A data error (A in B, B in A) must neither loop nor hide their events.
    const LaneModel model({actor(1, u"A"_s, 2), actor(2, u"B"_s, 1)}, {1, 2}, false);
    QCOMPARE(model.lanes().size(), 2);
    QVERIFY(model.laneOfKey(1) >= 0);
    QVERIFY(model.laneOfKey(2) >= 0);
}

void TstLaneModel::hiddenActorTakesItsPeopleAlong()
{
    const QList<Actor> actors = {actor(1, u"NATO"_s), actor(2, u"United States"_s),
                                 actor(3, u"Trump"_s, 2), actor(4, u"Rutte"_s, 1)};
    const LaneModel model(actors, {1, 2, 3, 4}, true,
                          {.collapsed = {}, .hidden = {2, 0}, .order = {}});
    QStringList labels;
    for (const LaneModel::Lane &lane : model.lanes()) {
        labels.append(lane.label);
    }
    QCOMPARE(labels, (QStringList{u"NATO"_s, u"Rutte"_s}));
    QCOMPARE(model.laneOfKey(2), -1);
    QCOMPARE(model.laneOfKey(3), -1);
    // Trump's meeting with Rutte shows in Rutte's lane only; Trump alone, nowhere; and the
    // "No actor" lane was hidden too.
    QCOMPARE(model.lanesOf(eventWith({3, 4})), QList<int>{model.laneOfKey(4)});
    QVERIFY(model.lanesOf(eventWith({3})).isEmpty());
    QVERIFY(model.lanesOf(eventWith({})).isEmpty());
}

void TstLaneModel::orderRanksSiblingsOnly()
{
    const QList<Actor> actors = {actor(1, u"NATO"_s), actor(2, u"United States"_s),
                                 actor(3, u"Trump"_s, 2), actor(5, u"Rubio"_s, 2),
                                 actor(6, u"Ukraine"_s)};
    // Rubio before Trump, Ukraine first; NATO, not named, after the named ones.
    const LaneModel model(actors, {1, 2, 3, 5, 6}, false,
                          {.collapsed = {}, .hidden = {}, .order = {6, 5, 2, 3}});
    QStringList labels;
    for (const LaneModel::Lane &lane : model.lanes()) {
        labels.append(lane.label);
    }
    QCOMPARE(labels,
             (QStringList{u"Ukraine"_s, u"United States"_s, u"Rubio"_s, u"Trump"_s, u"NATO"_s}));
}

void TstLaneModel::siblingsShareAParent()
{
    const QList<Actor> actors = {actor(1, u"NATO"_s), actor(4, u"Rutte"_s, 1),
                                 actor(2, u"United States"_s), actor(3, u"Trump"_s, 2),
                                 actor(5, u"Rubio"_s, 2)};
    const LaneModel model(actors, {1, 2, 3, 4, 5}, true);
    // NATO, Rutte, United States, Trump, Rubio, No actor (which stays last)
    QCOMPARE(model.siblingsOf(0), (QList<int>{0, 2}));
    QVERIFY(model.siblingsOf(5).isEmpty());
    QCOMPARE(model.siblingsOf(1), QList<int>{1});
    QCOMPARE(model.siblingsOf(4), (QList<int>{3, 4}));
    QVERIFY(model.siblingsOf(9).isEmpty());
}

void TstLaneModel::categoryLanes()
{
    const LaneModel model = LaneModel::byCategory(
        {QString(), u"diplomacy"_s, u"military"_s},
        {.collapsed = {}, .hidden = {LaneKey::ofCategory(u"military"_s)}, .order = {}});
    QCOMPARE(model.mode(), LaneModel::Mode::Category);
    QCOMPARE(model.lanes().size(), 2);
    QCOMPARE(model.lanes().at(0).label, u"Uncategorized"_s);
    QCOMPARE(model.lanes().at(1).category, u"diplomacy"_s);
    QCOMPARE(model.lanes().at(1).key, LaneKey::ofCategory(u"diplomacy"_s));
    Event talks = eventWith({1, 2});
    talks.category = u"diplomacy"_s;
    QCOMPARE(model.lanesOf(talks), QList<int>{1}); // once, whatever its actors
    talks.category.clear();
    QCOMPARE(model.lanesOf(talks), QList<int>{0});
    talks.category = u"military"_s; // hidden
    QVERIFY(model.lanesOf(talks).isEmpty());
    talks.category = u"Diplomacy"_s; // a category is its exact name
    QVERIFY(model.lanesOf(talks).isEmpty());
}

void TstLaneModel::packedLaneHoldsEverything()
{
    const LaneModel model = LaneModel::packed();
    QCOMPARE(model.lanes().size(), 1);
    QCOMPARE(model.lanes().first().key, LaneKey::AllActors);
    QCOMPARE(model.lanesOf(eventWith({1, 2, 3})), QList<int>{0});
    QCOMPARE(model.lanesOf(eventWith({})), QList<int>{0});
}

QTEST_GUILESS_MAIN(TstLaneModel)
#include "tst_lanemodel.moc"
