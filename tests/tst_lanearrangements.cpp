// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include <QSettings>
#include <QTemporaryDir>

#include "lanearrangements.h"
#include "lanekey.h"

using namespace entente;

namespace {

Actor actor(qint64 id, const QString &name, qint64 parent = 0)
{
    return {id, name, {}, Actor::Type::State, parent, QStringLiteral("#808080")};
}

} // namespace

class TstLaneArrangements : public QObject
{
    Q_OBJECT

private slots:
    void eachModeKeepsItsOwn();
    void foldingTogglesBackAndForth();
    void movingRemembersTheWholeSiblingOrder();
    void hiddenLanesAreNamedAndSorted();
    void savedPerFileAndRestored();
    void firstOpeningFoldsActorsWithPeopleNestedUnderThem();
    void unfoldedAndSavedStaysUnfolded();
};

void TstLaneArrangements::eachModeKeepsItsOwn()
{
    LaneArrangements lanes;
    lanes.hide(1);
    lanes.setMode(LaneModel::Mode::Category);
    QVERIFY(lanes.current().hidden.isEmpty());
    lanes.hide(LaneKey::ofCategory(QStringLiteral("talks")));
    lanes.setMode(LaneModel::Mode::Actor);
    QCOMPARE(lanes.current().hidden, QSet<qint64>{1});
    QCOMPARE(lanes.of(LaneModel::Mode::Category).hidden,
             QSet<qint64>{LaneKey::ofCategory(QStringLiteral("talks"))});
    lanes.showAll();
    QVERIFY(lanes.current().hidden.isEmpty());
    QVERIFY(!lanes.of(LaneModel::Mode::Category).hidden.isEmpty());
}

void TstLaneArrangements::foldingTogglesBackAndForth()
{
    LaneArrangements lanes;
    lanes.toggleFold(7);
    QVERIFY(lanes.current().collapsed.contains(7));
    lanes.toggleFold(7);
    QVERIFY(!lanes.current().collapsed.contains(7));
}

void TstLaneArrangements::movingRemembersTheWholeSiblingOrder()
{
    const QList<Actor> actors = {actor(1, QStringLiteral("A")), actor(2, QStringLiteral("B")),
                                 actor(3, QStringLiteral("C"))};
    LaneArrangements lanes;
    const LaneModel model(actors, {1, 2, 3}, false, lanes.current());
    QCOMPARE(model.lanes().size(), 3);
    QVERIFY(!lanes.move(model, 0, -1)); // the first cannot go up
    QVERIFY(lanes.move(model, 2, -2));
    const qint64 moved = model.lanes().at(2).key;
    QCOMPARE(lanes.current().order.size(), 3);
    QCOMPARE(lanes.current().order.first(), moved);
    const LaneModel after(actors, {1, 2, 3}, false, lanes.current());
    QCOMPARE(after.lanes().first().key, moved);
}

void TstLaneArrangements::hiddenLanesAreNamedAndSorted()
{
    LaneArrangements lanes;
    lanes.hide(2);
    lanes.hide(1);
    lanes.hide(99); // an actor removed since
    lanes.hide(LaneKey::NoActor);
    const QHash<qint64, Actor> actors = {{1, actor(1, QStringLiteral("Zed"))},
                                         {2, actor(2, QStringLiteral("Abe"))}};
    const auto hidden = lanes.hiddenLanes({}, actors);
    QCOMPARE(hidden.size(), 3);
    QCOMPARE(hidden.at(0).first, 2); // by name
    QCOMPARE(hidden.at(2).first, 1);

    lanes.setMode(LaneModel::Mode::Category);
    lanes.hide(LaneKey::ofCategory(QString()));
    const auto categories = lanes.hiddenLanes({QStringLiteral("talks"), QString()}, actors);
    QCOMPARE(categories.size(), 1);
    QCOMPARE(categories.first().first, LaneKey::ofCategory(QString()));
    QVERIFY(!categories.first().second.isEmpty());
}

void TstLaneArrangements::savedPerFileAndRestored()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    const QString file = dir.filePath(QStringLiteral("a.entente"));
    LaneArrangements saved;
    saved.toggleFold(5);
    saved.hide(6);
    saved.set(LaneModel::Mode::Category, {{}, {LaneKey::ofCategory(QStringLiteral("x"))}, {3, 1}});
    saved.save(settings, file);

    LaneArrangements restored;
    restored.setMode(LaneModel::Mode::Packed);
    restored.restore(settings, file, {});
    QCOMPARE(restored.mode(), LaneModel::Mode::Packed); // the mode is not the file's
    for (const LaneModel::Mode mode :
         {LaneModel::Mode::Actor, LaneModel::Mode::Category, LaneModel::Mode::Packed}) {
        QCOMPARE(restored.of(mode).collapsed, saved.of(mode).collapsed);
        QCOMPARE(restored.of(mode).hidden, saved.of(mode).hidden);
        QCOMPARE(restored.of(mode).order, saved.of(mode).order);
    }
    // Another file has its own.
    LaneArrangements other;
    other.restore(settings, dir.filePath(QStringLiteral("b.entente")), {});
    QVERIFY(other.current().hidden.isEmpty());
    QVERIFY(other.current().collapsed.isEmpty());
}

void TstLaneArrangements::firstOpeningFoldsActorsWithPeopleNestedUnderThem()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    const QList<Actor> actors = {
        actor(1, QStringLiteral("Russia")),       actor(2, QStringLiteral("Putin"), 1),
        actor(3, QStringLiteral("NATO")),         actor(4, QStringLiteral("Rutte"), 3),
        actor(5, QStringLiteral("EU")),           actor(6, QStringLiteral("Ghost"), 99),
        actor(7, QStringLiteral("Envoy team"), 2)};
    LaneArrangements lanes;
    lanes.setMode(LaneModel::Mode::Category);
    lanes.restore(settings, dir.filePath(QStringLiteral("new.entente")), actors);
    QCOMPARE(lanes.mode(), LaneModel::Mode::Category);
    // Russia and NATO have people under them, and Putin his team; the EU has nobody, and an
    // actor whose parent is not in the file is not nested.
    QCOMPARE(lanes.of(LaneModel::Mode::Actor).collapsed, (QSet<qint64>{1, 2, 3}));
    QVERIFY(lanes.of(LaneModel::Mode::Actor).hidden.isEmpty());
    QVERIFY(lanes.of(LaneModel::Mode::Category).collapsed.isEmpty());

    // Drawn so: Russia's lane shows Putin's events, and so on.
    const LaneModel model(actors, {2, 4, 5}, false, lanes.of(LaneModel::Mode::Actor));
    QStringList labels;
    for (const LaneModel::Lane &lane : model.lanes()) {
        labels.append(lane.label);
    }
    QCOMPARE(labels,
             (QStringList{QStringLiteral("Russia"), QStringLiteral("NATO"), QStringLiteral("EU")}));
    QCOMPARE(model.laneOfKey(2), model.laneOfKey(1));
}

void TstLaneArrangements::unfoldedAndSavedStaysUnfolded()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    const QString file = dir.filePath(QStringLiteral("a.entente"));
    const QList<Actor> actors = {actor(1, QStringLiteral("Russia")),
                                 actor(2, QStringLiteral("Putin"), 1)};
    LaneArrangements first;
    first.restore(settings, file, actors);
    QCOMPARE(first.current().collapsed, QSet<qint64>{1});
    first.toggleFold(1); // the user unfolds Russia
    first.save(settings, file);

    LaneArrangements again;
    again.restore(settings, file, actors);
    QVERIFY(again.current().collapsed.isEmpty());
}

QTEST_GUILESS_MAIN(TstLaneArrangements)
#include "tst_lanearrangements.moc"
