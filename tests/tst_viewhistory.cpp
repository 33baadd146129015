// SPDX-License-Identifier: GPL-3.0-or-later
// Back and Forward through earlier views, as in a browser.
#include "viewhistory.h"

#include <QTest>

using namespace entente;
using View = ViewHistory::View;

class TstViewHistory : public QObject
{
    Q_OBJECT

private slots:
    void startsEmpty();
    void goesBackAndForward();
    void visitingAfterGoingBackDropsWhatWasAhead();
    void sameViewTwiceIsOneEntry();
    void keepsTheNewestEntries();
};

void TstViewHistory::startsEmpty()
{
    ViewHistory history;
    QVERIFY(!history.canGoBack());
    QVERIFY(!history.canGoForward());
    QVERIFY(!history.back());
    QVERIFY(!history.forward());
    QVERIFY(!history.current());
}

void TstViewHistory::goesBackAndForward()
{
    ViewHistory history;
    history.visit({0, 10});
    history.visit({5, 6});
    history.visit({100, 200});
    QCOMPARE(history.back(), std::optional<View>(View{5, 6}));
    QCOMPARE(history.back(), std::optional<View>(View{0, 10}));
    QVERIFY(!history.canGoBack());
    QVERIFY(!history.back());
    QCOMPARE(history.forward(), std::optional<View>(View{5, 6}));
    QCOMPARE(history.forward(), std::optional<View>(View{100, 200}));
    QVERIFY(!history.forward());
    QCOMPARE(history.current(), std::optional<View>(View{100, 200}));
}

void TstViewHistory::visitingAfterGoingBackDropsWhatWasAhead()
{
    ViewHistory history;
    history.visit({0, 10});
    history.visit({5, 6});
    history.visit({100, 200});
    history.back();
    history.back();
    history.visit({7, 8});
    QVERIFY(!history.canGoForward());
    QCOMPARE(history.back(), std::optional<View>(View{0, 10}));
    QCOMPARE(history.forward(), std::optional<View>(View{7, 8}));
}

void TstViewHistory::sameViewTwiceIsOneEntry()
{
    ViewHistory history;
    history.visit({0, 10});
    history.visit({0, 10});
    QVERIFY(!history.canGoBack());
    // Going back to a view and "visiting" it as it settles keeps the way forward.
    history.visit({20, 30});
    const std::optional<View> earlier = history.back();
    history.visit(*earlier);
    QVERIFY(history.canGoForward());
}

void TstViewHistory::keepsTheNewestEntries()
{
    ViewHistory history;
    for (qint64 i = 0; i < ViewHistory::MaxEntries + 20; ++i) {
        history.visit({i, i + 1});
    }
    qsizetype steps = 0;
    std::optional<View> oldest;
    while (const std::optional<View> view = history.back()) {
        oldest = view;
        ++steps;
    }
    QCOMPARE(steps, ViewHistory::MaxEntries - 1);
    QCOMPARE(oldest->from, qint64(20));
}

QTEST_GUILESS_MAIN(TstViewHistory)
#include "tst_viewhistory.moc"
