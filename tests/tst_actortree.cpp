// SPDX-License-Identifier: GPL-3.0-or-later
// Who belongs to whom: the tree's levels, and the loops it refuses with a reason.
#include "actortree.h"

#include <QTest>

using namespace entente;
using namespace Qt::StringLiterals;

class TstActorTree : public QObject
{
    Q_OBJECT

private slots:
    void childrenByName();
    void loopsAreRefusedWithTheChain();
    void aLoopInAFileDoesNotHang();
};

namespace {

Actor actor(qint64 id, const QString &name, qint64 parent = 0)
{
    Actor a;
    a.id = id;
    a.name = name;
    a.affiliationId = parent;
    return a;
}

// NATO ← Secretary General's office ← Rutte; Ukraine on its own.
const QList<Actor> Actors = {actor(1, u"NATO"_s), actor(2, u"Office"_s, 1), actor(3, u"Rutte"_s, 2),
                             actor(4, u"Ukraine"_s), actor(5, u"Orphan"_s, 99)};

} // namespace

void TstActorTree::childrenByName()
{
    const ActorTree tree(Actors);
    QStringList top;
    for (const Actor &a : tree.children(0)) {
        top.append(a.name);
    }
    // One whose parent is gone is shown at the top, not lost.
    QCOMPARE(top, (QStringList{u"NATO"_s, u"Orphan"_s, u"Ukraine"_s}));
    QCOMPARE(tree.children(2).size(), 1);
    QVERIFY(tree.isWithin(3, 1));
    QVERIFY(!tree.isWithin(1, 3));
}

void TstActorTree::loopsAreRefusedWithTheChain()
{
    const ActorTree tree(Actors);
    QCOMPARE(tree.affiliationProblem(1, 1), u"An actor cannot belong to itself."_s);
    const QString loop = tree.affiliationProblem(1, 3);
    QVERIFY2(loop.contains(u"Rutte → Office → NATO"_s) && loop.contains(u"loop"_s),
             qPrintable(loop));
    QVERIFY(tree.affiliationProblem(3, 4).isEmpty()); // moving Rutte to Ukraine is fine
    QVERIFY(tree.affiliationProblem(1, 4).isEmpty());
    QVERIFY(tree.affiliationProblem(0, 3).isEmpty()); // a new actor has no people yet
}

void TstActorTree::aLoopInAFileDoesNotHang()
{
    const ActorTree tree({actor(1, u"A"_s, 2), actor(2, u"B"_s, 1), actor(3, u"C"_s)});
    QVERIFY(!tree.isWithin(3, 1));
    QVERIFY(tree.affiliationProblem(3, 1).isEmpty());
    QVERIFY(!tree.affiliationProblem(1, 2).isEmpty());
    // Both are shown, at the top, where the user can put them right.
    QCOMPARE(tree.children(0).size(), 3);
}

QTEST_MAIN(TstActorTree)
#include "tst_actortree.moc"
