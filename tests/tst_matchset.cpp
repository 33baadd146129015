// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "matchset.h"

using namespace entente;

namespace entente {
inline char *toString(const MatchSet::Match &match)
{
    return qstrdup(QByteArray::number(match.key) + " #" + QByteArray::number(match.eventId));
}
} // namespace entente

class TstMatchSet : public QObject
{
    Q_OBJECT

private slots:
    void emptyHasNothing();
    void containsById();
    void countsKeysInARange();
    void stepsForwardAndBackInKeyOrder();

private:
    // Keys 10, 20, 30, 40 for events 7, 3, 9, 1: ids out of time order, as in a timeline.
    static MatchSet fourMatches() { return MatchSet({{10, 7}, {20, 3}, {30, 9}, {40, 1}}); }
};

void TstMatchSet::emptyHasNothing()
{
    const MatchSet none;
    QCOMPARE(none.count(), 0);
    QVERIFY(!none.contains(1));
    QCOMPARE(none.countInKeys(0, 100), 0);
    QVERIFY(!none.next(0));
    QVERIFY(!none.previous(100));
}

void TstMatchSet::containsById()
{
    const MatchSet set = fourMatches();
    QCOMPARE(set.count(), 4);
    for (qint64 id : {7, 3, 9, 1}) {
        QVERIFY(set.contains(id));
    }
    QVERIFY(!set.contains(2));
    QVERIFY(!set.contains(10)); // a key, not an id
}

void TstMatchSet::countsKeysInARange()
{
    const MatchSet set = fourMatches();
    QCOMPARE(set.countInKeys(10, 40), 4); // inclusive at both ends
    QCOMPARE(set.countInKeys(11, 39), 2);
    QCOMPARE(set.countInKeys(20, 20), 1);
    QCOMPARE(set.countInKeys(41, 100), 0);
    QCOMPARE(set.countInKeys(40, 10), 0);
}

void TstMatchSet::stepsForwardAndBackInKeyOrder()
{
    const MatchSet set = fourMatches();
    QCOMPARE(set.next(0), MatchSet::Match({10, 7}));
    QCOMPARE(set.next(10), MatchSet::Match({20, 3})); // after, not at
    QCOMPARE(set.next(25), MatchSet::Match({30, 9}));
    QVERIFY(!set.next(40));
    QCOMPARE(set.previous(100), MatchSet::Match({40, 1}));
    QCOMPARE(set.previous(40), MatchSet::Match({30, 9})); // before, not at
    QVERIFY(!set.previous(10));
}

QTEST_MAIN(TstMatchSet)
#include "tst_matchset.moc"
