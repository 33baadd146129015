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
    void bandsNameTheCoarserUnit_data();
    void bandsNameTheCoarserUnit();
    void bandsTileTheView();
    void labelsFollowTheLocale();
    void hoursIgnoreTheSystemTimeZone();
    void leapDays();
    void restDaysFollowTheLocale();
    void noRestDaysWhenZoomedOut();
};

namespace {
const QLocale British(QLocale::English, QLocale::UnitedKingdom);
}

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
    QTest::newRow("two years in months") << day(2014, 1, 1) << day(2016, 1, 1) << u"Jan"_s;
    QTest::newRow("two weeks in days") << day(2025, 2, 1) << day(2025, 2, 15) << u"1"_s;
    QTest::newRow("a day in hours") << day(2025, 2, 9) << day(2025, 2, 10) << u"00:00"_s;
    QTest::newRow("an hour in minutes")
        << day(2025, 2, 9) + 14 * 3600 << day(2025, 2, 9) + 15 * 3600 << u"14:00"_s;
}

void TstTimeScale::ticksAdaptToZoom()
{
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(QString, firstLabel);
    const TimeScale scale(from, to, 1000);
    const QList<TimeScale::Tick> ticks = scale.ticks(90, British);
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
    // Months: every tick is the first of a month, and those of January start a year's band.
    const TimeScale scale(day(2014, 3, 15), day(2016, 3, 15), 1600);
    const QList<TimeScale::Tick> ticks = scale.ticks(60, British);
    QVERIFY(!ticks.isEmpty());
    for (const TimeScale::Tick &tick : ticks) {
        const qint64 secondsIntoDay = ((tick.second % 86400) + 86400) % 86400;
        QCOMPARE(secondsIntoDay, qint64(0));
        QCOMPARE(tick.major, tick.label == u"Jan"_s);
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
    const QList<TimeScale::Tick> ticks = scale.ticks(90, British);
    const auto feb1 = std::find_if(ticks.begin(), ticks.end(),
                                   [](const auto &tick) { return tick.second == day(2025, 2, 1); });
    QVERIFY(feb1 != ticks.end());
    QVERIFY(feb1->major);
    QCOMPARE(feb1->label, u"1"_s);
    QVERIFY(std::none_of(ticks.begin(), ticks.end(), [](const auto &tick) {
        return tick.major && tick.second != day(2025, 2, 1);
    }));
}

void TstTimeScale::bandsNameTheCoarserUnit_data()
{
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<QStringList>("labels");

    QTest::newRow("hours under days")
        << day(2025, 2, 18) + 12 * 3600 << day(2025, 2, 19) + 12 * 3600
        << QStringList{u"Tuesday, 18 February 2025"_s, u"Wednesday, 19 February 2025"_s};
    QTest::newRow("days under months")
        << day(2014, 2, 20) << day(2014, 3, 10) << QStringList{u"February 2014"_s, u"March 2014"_s};
    QTest::newRow("months under years")
        << day(2014, 6, 1) << day(2015, 6, 1) << QStringList{u"2014"_s, u"2015"_s};
    QTest::newRow("years under decades")
        << day(1988, 1, 1) << day(2001, 1, 1)
        << QStringList{u"1980\u20131989"_s, u"1990\u20131999"_s, u"2000\u20132009"_s};
    QTest::newRow("decades under centuries")
        << day(1850, 1, 1) << day(2030, 1, 1)
        << QStringList{u"1800\u20131899"_s, u"1900\u20131999"_s, u"2000\u20132099"_s};
    QTest::newRow("centuries under millennia")
        << day(1, 1, 1) << day(2500, 1, 1)
        << QStringList{u"1\u2013999"_s, u"1000\u20131999"_s, u"2000\u20132999"_s};
}

void TstTimeScale::bandsNameTheCoarserUnit()
{
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(QStringList, labels);
    const TimeScale scale(from, to, 1200);
    QStringList found;
    for (const TimeScale::Band &band : scale.bands(90, British)) {
        found.append(band.label);
    }
    QCOMPARE(found, labels);
}

void TstTimeScale::bandsTileTheView()
{
    // At every zoom, the bands follow one another without gap or overlap, cover the view, and
    // every major tick is where a band begins.
    TimeScale scale(day(2014, 3, 1), day(2014, 3, 2), 1500);
    for (int step = 0; step < 40; ++step) {
        const QList<TimeScale::Band> bands = scale.bands(90, British);
        QVERIFY(!bands.isEmpty());
        QVERIFY(bands.first().from <= scale.visibleFrom());
        QVERIFY(bands.last().to > scale.visibleTo() || bands.last().to > TimeScale::maxSecond());
        for (qsizetype i = 1; i < bands.size(); ++i) {
            QCOMPARE(bands.at(i).from, bands.at(i - 1).to);
        }
        for (const TimeScale::Tick &tick : scale.ticks(90, British)) {
            const bool startsBand = std::any_of(
                bands.begin(), bands.end(), [&](const auto &b) { return b.from == tick.second; });
            QCOMPARE(tick.major, startsBand);
        }
        scale.zoomAbout(750, 0.6);
    }
}

void TstTimeScale::labelsFollowTheLocale()
{
    const QLocale german(QLocale::German, QLocale::Germany);
    const QLocale american(QLocale::English, QLocale::UnitedStates);
    const TimeScale months(day(2014, 1, 1), day(2015, 1, 1), 1200);
    QCOMPARE(months.ticks(90, german).at(2).label, u"Mär"_s);
    const TimeScale days(day(2014, 3, 1), day(2014, 3, 15), 1200);
    QCOMPARE(days.bands(90, german).first().label, u"März 2014"_s);
    const TimeScale hours(day(2014, 3, 1), day(2014, 3, 2), 1200);
    QCOMPARE(hours.ticks(90, german).at(1).label, u"03:00"_s);
    const QString morning = hours.ticks(90, american).at(1).label;
    QVERIFY2(morning.startsWith(u"3:00"_s) && morning.endsWith(u"AM"_s), qPrintable(morning));
    QCOMPARE(hours.bands(90, american).first().label, u"Saturday, March 1, 2014"_s);
}

void TstTimeScale::hoursIgnoreTheSystemTimeZone()
{
    // Event times carry no zone, so a day has 24 hours even where the clocks change that night
    // (Europe: 30 March 2025), whatever zone the machine is in.
    const QByteArray zone = qgetenv("TZ");
    qputenv("TZ", "Europe/Berlin");
    const TimeScale scale(day(2025, 3, 30), day(2025, 3, 31), 2400);
    const QList<TimeScale::Tick> ticks = scale.ticks(90, British);
    QStringList labels;
    for (const TimeScale::Tick &tick : ticks) {
        labels.append(tick.label);
        QCOMPARE((tick.second - day(2025, 3, 30)) % 3600, qint64(0));
    }
    QCOMPARE(labels.first(), u"00:00"_s);
    QVERIFY(labels.contains(u"02:00"_s)); // the hour the clocks skip is still an hour here
    QCOMPARE(labels.size(), 25);          // 00:00 of the 30th to 00:00 of the 31st
    zone.isNull() ? qunsetenv("TZ") : qputenv("TZ", zone);
}

void TstTimeScale::leapDays()
{
    const auto dayTicks = [](int year) {
        const TimeScale scale(day(year, 2, 20), day(year, 3, 5), 2000);
        QStringList labels;
        for (const TimeScale::Tick &tick : scale.ticks(90, British)) {
            labels.append(tick.label);
        }
        return labels;
    };
    QVERIFY(dayTicks(2024).contains(u"29"_s));
    QVERIFY(!dayTicks(2023).contains(u"29"_s));
    QVERIFY(!dayTicks(1900).contains(u"29"_s)); // not a leap year
    QVERIFY(dayTicks(2000).contains(u"29"_s));  // a leap year
    // The band of February 2024 ends where March begins, 29 days later.
    const TimeScale scale(day(2024, 2, 10), day(2024, 3, 10), 1500);
    const TimeScale::Band february = scale.bands(90, British).first();
    QCOMPARE(february.to - february.from, qint64(29) * 86400);
}

void TstTimeScale::restDaysFollowTheLocale()
{
    // 3–16 March 2014 starts on a Monday: two weekends.
    const TimeScale scale(day(2014, 3, 3), day(2014, 3, 17), 1400);
    const QList<std::pair<qint64, qint64>> weekends = scale.restDays(British);
    QCOMPARE(weekends.size(), 2);
    QCOMPARE(weekends.at(0), std::make_pair(day(2014, 3, 8), day(2014, 3, 10)));
    QCOMPARE(weekends.at(1), std::make_pair(day(2014, 3, 15), day(2014, 3, 17)));
    // In Israel the week rests on Friday and Saturday.
    const QList<std::pair<qint64, qint64>> israel =
        scale.restDays(QLocale(QLocale::Hebrew, QLocale::Israel));
    QCOMPARE(israel.first(), std::make_pair(day(2014, 3, 7), day(2014, 3, 9)));
}

void TstTimeScale::noRestDaysWhenZoomedOut()
{
    const TimeScale scale(day(2014, 1, 1), day(2016, 1, 1), 1400); // under 2 px a day
    QVERIFY(scale.restDays(British).isEmpty());
}

QTEST_GUILESS_MAIN(TstTimeScale)
#include "tst_timescale.moc"
