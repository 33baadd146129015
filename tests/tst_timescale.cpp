// SPDX-License-Identifier: GPL-3.0-or-later
#include "partialdate.h"
#include "timescale.h"

#include <QTest>

using namespace entente;
using namespace Qt::StringLiterals;

class TstTimeScale : public QObject
{
    Q_OBJECT

private slots:
    void mapsTimeToPixelsAndBack();
    void zoomKeepsTheTimeUnderTheCursor();
    void panMovesByPixels();
    void zoomIsBounded();
    void ticksAdaptToZoom_data();
    void ticksAdaptToZoom();
    void ticksAreCalendarAligned();
    void monthStartsAreMajorDayTicks();
};

static qint64 day(int y, int m, int d)
{
    return PartialDate::day(y, m, d).earliestSecond();
}

void TstTimeScale::mapsTimeToPixelsAndBack()
{
    const TimeScale scale(day(2014, 1, 1), day(2015, 1, 1), 365);
    QCOMPARE(scale.toX(day(2014, 1, 1)), 0.0);
    QCOMPARE(scale.toX(day(2014, 1, 2)), 1.0);
    QCOMPARE(scale.toX(day(2015, 1, 1)), 365.0);
    QCOMPARE(qint64(scale.toTime(10)), day(2014, 1, 11));
    QCOMPARE(scale.visibleFrom(), day(2014, 1, 1));
    QCOMPARE(scale.visibleTo(), day(2015, 1, 1));
}

void TstTimeScale::zoomKeepsTheTimeUnderTheCursor()
{
    TimeScale scale(day(2000, 1, 1), day(2020, 1, 1), 1000);
    const double x = 730;
    const double before = scale.toTime(x);
    const qint64 span = scale.visibleTo() - scale.visibleFrom();
    scale.zoomAbout(x, 2.0);
    QVERIFY(qAbs(scale.toTime(x) - before) < 1.0);
    QVERIFY(qAbs((scale.visibleTo() - scale.visibleFrom()) - span / 2) <= 2);
    scale.zoomAbout(x, 0.5);
    QVERIFY(qAbs((scale.visibleTo() - scale.visibleFrom()) - span) <= 2);
}

void TstTimeScale::panMovesByPixels()
{
    TimeScale scale(day(2014, 1, 1), day(2015, 1, 1), 365);
    scale.panByPixels(10); // content moves right: we see earlier days
    QCOMPARE(scale.visibleFrom(), day(2013, 12, 22));
    scale.panByPixels(-20);
    QCOMPARE(scale.visibleFrom(), day(2014, 1, 11));
}

void TstTimeScale::zoomIsBounded()
{
    TimeScale scale(day(2014, 1, 1), day(2014, 1, 2), 1000);
    scale.zoomAbout(500, 1e9);
    QCOMPARE(scale.secondsPerPixel(), TimeScale::MinSecondsPerPixel);
    scale.zoomAbout(500, 1e-12);
    QVERIFY(scale.visibleFrom() >= TimeScale::minSecond());
    QVERIFY(scale.visibleTo() <= TimeScale::maxSecond() + 1);
}

void TstTimeScale::ticksAdaptToZoom_data()
{
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<QString>("firstLabel");

    QTest::newRow("a century in decades") << day(1900, 1, 1) << day(2000, 1, 1) << u"1900"_s;
    QTest::newRow("ten years in years") << day(2014, 1, 1) << day(2024, 1, 1) << u"2014"_s;
    QTest::newRow("two weeks in days") << day(2025, 2, 1) << day(2025, 2, 15) << u"1 Feb 2025"_s;
    QTest::newRow("a day in hours") << day(2025, 2, 9) << day(2025, 2, 10) << u"9 Feb 2025"_s;
}

void TstTimeScale::ticksAdaptToZoom()
{
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(QString, firstLabel);
    const TimeScale scale(from, to, 1000);
    const QList<TimeScale::Tick> ticks = scale.ticks(90);
    QVERIFY(ticks.size() >= 3);
    QVERIFY(ticks.size() <= 1000 / 90 + 2);
    QCOMPARE(ticks.first().label, firstLabel);
    for (qsizetype i = 1; i < ticks.size(); ++i) {
        QVERIFY(ticks.at(i).second > ticks.at(i - 1).second);
        QVERIFY(scale.toX(ticks.at(i).second) - scale.toX(ticks.at(i - 1).second) >= 80);
    }
}

void TstTimeScale::ticksAreCalendarAligned()
{
    // Months: every tick is the first of a month, January ticks show the year.
    const TimeScale scale(day(2014, 3, 15), day(2016, 3, 15), 1600);
    const QList<TimeScale::Tick> ticks = scale.ticks(60);
    QVERIFY(!ticks.isEmpty());
    for (const TimeScale::Tick &tick : ticks) {
        const qint64 secondsIntoDay = ((tick.second % 86400) + 86400) % 86400;
        QCOMPARE(secondsIntoDay, qint64(0));
        if (tick.major) {
            QVERIFY2(tick.label == u"2015"_s || tick.label == u"2016"_s, qPrintable(tick.label));
        }
    }
    const bool hasJanuary2015 = std::any_of(ticks.begin(), ticks.end(), [](const auto &tick) {
        return tick.second == day(2015, 1, 1) && tick.major;
    });
    QVERIFY(hasJanuary2015);
}

void TstTimeScale::monthStartsAreMajorDayTicks()
{
    // Two-day steps restart at each month, so 1 Feb is a tick even after 31 Jan.
    const TimeScale scale(day(2025, 1, 25), day(2025, 2, 20), 1400);
    const QList<TimeScale::Tick> ticks = scale.ticks(90);
    const auto feb1 = std::find_if(ticks.begin(), ticks.end(),
                                   [](const auto &tick) { return tick.second == day(2025, 2, 1); });
    QVERIFY(feb1 != ticks.end());
    QVERIFY(feb1->major);
    QCOMPARE(feb1->label, u"1 Feb 2025"_s);
}

QTEST_GUILESS_MAIN(TstTimeScale)
#include "tst_timescale.moc"
