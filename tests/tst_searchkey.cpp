// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "event.h"
#include "partialdate.h"
#include "searchkey.h"

using namespace entente;

namespace {

qint64 dayOfDate(const PartialDate &date)
{
    return SearchKey::dayOf(date.earliestSecond());
}

} // namespace

class TstSearchKey : public QObject
{
    Q_OBJECT

private slots:
    void daysCountFromTheFirstOfYearOne();
    void laterDatesHaveLaterKeys();
    void aDayEndsAtUtcMidnight();
    void undatedEventsComeAfterEveryDatedOne();
    void aKeyTellsItsDay();
    void secondsOutsideTheYearsCountAsTheFirstOrLastDay();
};

void TstSearchKey::daysCountFromTheFirstOfYearOne()
{
    QCOMPARE(dayOfDate(PartialDate::day(1, 1, 1)), 0);
    QCOMPARE(dayOfDate(PartialDate::day(1, 1, 2)), 1);
    // 1970-01-01 is day 719,162 of the proleptic Gregorian calendar counted from 0001-01-01.
    QCOMPARE(SearchKey::dayOf(0), 719162);
    QCOMPARE(dayOfDate(PartialDate::day(2015, 2, 12)) - dayOfDate(PartialDate::day(2014, 9, 5)),
             160); // Minsk I to Minsk II
}

void TstSearchKey::laterDatesHaveLaterKeys()
{
    const qint64 minsk1 = dayOfDate(PartialDate::day(2014, 9, 5));
    const qint64 minsk2 = dayOfDate(PartialDate::day(2015, 2, 12));
    QVERIFY(SearchKey::lastOf(minsk1) < SearchKey::firstOf(minsk2));
    QCOMPARE(SearchKey::lastOf(minsk1) - SearchKey::firstOf(minsk1) + 1,
             qint64(1) << SearchKey::SequenceBits);
    QCOMPARE(SearchKey::firstOf(minsk1 + 1), SearchKey::lastOf(minsk1) + 1); // dense
    // A month or a year starts on its first day: earliest second.
    QCOMPARE(dayOfDate(PartialDate::month(2014, 9)), dayOfDate(PartialDate::day(2014, 9, 1)));
    QCOMPARE(dayOfDate(PartialDate::year(2014)), dayOfDate(PartialDate::day(2014, 1, 1)));
}

void TstSearchKey::aDayEndsAtUtcMidnight()
{
    const qint64 midnight = PartialDate::day(2022, 2, 24).earliestSecond();
    QCOMPARE(SearchKey::dayOf(midnight - 1) + 1, SearchKey::dayOf(midnight));
    QCOMPARE(SearchKey::dayOf(midnight + SearchKey::SecondsPerDay - 1), SearchKey::dayOf(midnight));
    QCOMPARE(SearchKey::firstFrom(midnight + 3600), SearchKey::firstOf(SearchKey::dayOf(midnight)));
}

void TstSearchKey::undatedEventsComeAfterEveryDatedOne()
{
    const qint64 lastDated = SearchKey::dayOf(Event::OpenEnd);
    QCOMPARE(lastDated, dayOfDate(PartialDate::day(9999, 12, 31)));
    QCOMPARE(SearchKey::dayOf(std::nullopt), lastDated + 1);
    QVERIFY(SearchKey::firstOf(SearchKey::undatedDay()) > SearchKey::lastOf(lastDated));
    QVERIFY(SearchKey::lastOf(SearchKey::undatedDay()) > 0); // no overflow
}

void TstSearchKey::aKeyTellsItsDay()
{
    const qint64 day = dayOfDate(PartialDate::day(2025, 2, 18));
    QCOMPARE(SearchKey::dayOfKey(SearchKey::firstOf(day)), day);
    QCOMPARE(SearchKey::dayOfKey(SearchKey::lastOf(day)), day);
    QCOMPARE(SearchKey::dayOfKey(SearchKey::firstOf(day) + 1234), day);
}

void TstSearchKey::secondsOutsideTheYearsCountAsTheFirstOrLastDay()
{
    QCOMPARE(SearchKey::dayOf(SearchKey::FirstSecond - 1), 0);
    QCOMPARE(SearchKey::dayOf(std::numeric_limits<qint64>::min()), 0);
    QCOMPARE(SearchKey::dayOf(Event::OpenEnd + 1), SearchKey::dayOf(Event::OpenEnd));
    QCOMPARE(SearchKey::dayOf(std::numeric_limits<qint64>::max()),
             SearchKey::dayOf(Event::OpenEnd));
}

QTEST_APPLESS_MAIN(TstSearchKey)
#include "tst_searchkey.moc"
