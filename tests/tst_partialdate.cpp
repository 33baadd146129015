// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "event.h"
#include "partialdate.h"
#include "testsupport.h"

#include <algorithm>

using namespace entente;

Q_DECLARE_METATYPE(entente::PartialDate::Precision)
Q_DECLARE_METATYPE(entente::PartialDate)

class TstPartialDate : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void rejects_data();
    void rejects();
    void rejectsWithoutErrorPointer();
    void factoriesMatchParsing();
    void factoriesRefuseImpossibleDates();
    void leapDays_data();
    void leapDays();
    void ordering_data();
    void ordering();
    void sortsATimeline();
    void coveredSeconds_data();
    void coveredSeconds();
    void extremeYears();
    void displayString_data();
    void displayString();
    void monthNames();
    void withApproximate();
    void readsWrittenDates_data();
    void readsWrittenDates();
    void writtenDateErrorsAreSentences_data();
    void writtenDateErrorsAreSentences();
};

void TstPartialDate::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<PartialDate::Precision>("precision");
    QTest::addColumn<bool>("approximate");
    QTest::addColumn<QString>("iso");
    QTest::addColumn<QList<int>>("fields"); // year, month, day, hour, minute

    using P = PartialDate::Precision;
    QTest::newRow("year") << QStringLiteral("2014") << P::Year << false << QStringLiteral("2014")
                          << QList<int>{2014, 1, 1, 0, 0};
    QTest::newRow("month") << QStringLiteral("2014-09") << P::Month << false
                           << QStringLiteral("2014-09") << QList<int>{2014, 9, 1, 0, 0};
    QTest::newRow("day") << QStringLiteral("2014-09-05") << P::Day << false
                         << QStringLiteral("2014-09-05") << QList<int>{2014, 9, 5, 0, 0};
    QTest::newRow("minute") << QStringLiteral("2014-09-05T14:30") << P::Minute << false
                            << QStringLiteral("2014-09-05T14:30") << QList<int>{2014, 9, 5, 14, 30};
    QTest::newRow("approximate year") << QStringLiteral("2014~") << P::Year << true
                                      << QStringLiteral("2014") << QList<int>{2014, 1, 1, 0, 0};
    QTest::newRow("approximate month") << QStringLiteral("2025-02~") << P::Month << true
                                       << QStringLiteral("2025-02") << QList<int>{2025, 2, 1, 0, 0};
    QTest::newRow("approximate day")
        << QStringLiteral("2025-02-09~") << P::Day << true << QStringLiteral("2025-02-09")
        << QList<int>{2025, 2, 9, 0, 0};
    QTest::newRow("approximate minute")
        << QStringLiteral("2014-09-05T14:30~") << P::Minute << true
        << QStringLiteral("2014-09-05T14:30") << QList<int>{2014, 9, 5, 14, 30};
    QTest::newRow("midnight") << QStringLiteral("2014-09-05T00:00") << P::Minute << false
                              << QStringLiteral("2014-09-05T00:00") << QList<int>{2014, 9, 5, 0, 0};
    QTest::newRow("last minute of a year")
        << QStringLiteral("2014-12-31T23:59") << P::Minute << false
        << QStringLiteral("2014-12-31T23:59") << QList<int>{2014, 12, 31, 23, 59};
    QTest::newRow("year 1") << QStringLiteral("0001") << P::Year << false << QStringLiteral("0001")
                            << QList<int>{1, 1, 1, 0, 0};
    QTest::newRow("year 9999") << QStringLiteral("9999-12-31T23:59") << P::Minute << false
                               << QStringLiteral("9999-12-31T23:59")
                               << QList<int>{9999, 12, 31, 23, 59};
}

void TstPartialDate::parses()
{
    QFETCH(QString, text);
    QFETCH(PartialDate::Precision, precision);
    QFETCH(bool, approximate);
    QFETCH(QString, iso);
    QFETCH(QList<int>, fields);

    QString error;
    const PartialDate date = PartialDate::fromIso(text, &error);
    QVERIFY2(!date.isNull(), qPrintable(error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(date.precision(), precision);
    QCOMPARE(date.isApproximate(), approximate);
    const QList<int> actual{date.yearValue(), date.monthValue(), date.dayValue(), date.hourValue(),
                            date.minuteValue()};
    QCOMPARE(actual, fields);

    // toIso never carries the marker; toEdtf gives back what was written.
    QCOMPARE(date.toIso(), iso);
    QCOMPARE(date.toEdtf(), text);
    QCOMPARE(PartialDate::fromIso(date.toEdtf()), date);
    QCOMPARE(PartialDate::fromIso(date.toIso()), date.withApproximate(false));
}

void TstPartialDate::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("mentions"); // what the reason must point at

    QTest::newRow("empty") << QString() << QStringList{QStringLiteral("empty")};
    QTest::newRow("blank") << QStringLiteral("   ") << QStringList{QStringLiteral("empty")};
    QTest::newRow("two-digit year")
        << QStringLiteral("14") << QStringList{QStringLiteral("14"), QStringLiteral("YYYY")};
    QTest::newRow("month 13") << QStringLiteral("2014-13")
                              << QStringList{QStringLiteral("month"), QStringLiteral("13")};
    QTest::newRow("month 00") << QStringLiteral("2014-00") << QStringList{QStringLiteral("month")};
    QTest::newRow("30 February") << QStringLiteral("2014-02-30")
                                 << QStringList{QStringLiteral("30"), QStringLiteral("2014-02")};
    QTest::newRow("31 April") << QStringLiteral("2014-04-31")
                              << QStringList{QStringLiteral("31"), QStringLiteral("2014-04")};
    QTest::newRow("day 00") << QStringLiteral("2014-09-00")
                            << QStringList{QStringLiteral("2014-09")};
    QTest::newRow("unpadded month and day")
        << QStringLiteral("2014-9-5") << QStringList{QStringLiteral("2014-9-5")};
    QTest::newRow("hour 25") << QStringLiteral("2014-09-05T25:00")
                             << QStringList{QStringLiteral("25:00")};
    QTest::newRow("hour 24") << QStringLiteral("2014-09-05T24:00")
                             << QStringList{QStringLiteral("24:00")};
    QTest::newRow("minute 60") << QStringLiteral("2014-09-05T14:60")
                               << QStringList{QStringLiteral("14:60")};
    QTest::newRow("year 0") << QStringLiteral("0000")
                            << QStringList{QStringLiteral("year"), QStringLiteral("9999")};
    QTest::newRow("five-digit year")
        << QStringLiteral("10000") << QStringList{QStringLiteral("10000")};
    QTest::newRow("letters") << QStringLiteral("abc") << QStringList{QStringLiteral("abc")};
    QTest::newRow("space instead of T")
        << QStringLiteral("2014-09-05 14:30") << QStringList{QStringLiteral("2014-09-05 14:30")};
    QTest::newRow("seconds") << QStringLiteral("2014-09-05T14:30:00")
                             << QStringList{QStringLiteral("2014-09-05T14:30:00")};
    QTest::newRow("non-ASCII digits") << QStringLiteral("2014-09-05T14:\u0663\u0660")
                                      << QStringList{QStringLiteral("2014-09-05T14:")};
    QTest::newRow("hour without minutes")
        << QStringLiteral("2014-09-05T14") << QStringList{QStringLiteral("2014-09-05T14")};
    QTest::newRow("cut short after the year")
        << QStringLiteral("2014-") << QStringList{QStringLiteral("2014-")};
    QTest::newRow("marker only") << QStringLiteral("~") << QStringList{QStringLiteral("~")};
    QTest::newRow("marker twice") << QStringLiteral("2014~~")
                                  << QStringList{QStringLiteral("2014~~")};
    QTest::newRow("leading marker")
        << QStringLiteral("~2014") << QStringList{QStringLiteral("~2014")};
}

void TstPartialDate::rejects()
{
    QFETCH(QString, text);
    QFETCH(QStringList, mentions);

    QString error;
    const PartialDate date = PartialDate::fromIso(text, &error);
    QVERIFY2(date.isNull(), qPrintable(date.toEdtf()));
    QVERIFY(!error.isEmpty());
    for (const QString &mention : mentions) {
        QVERIFY2(error.contains(mention),
                 qPrintable(QStringLiteral("“%1” does not mention “%2”").arg(error, mention)));
    }
}

void TstPartialDate::rejectsWithoutErrorPointer()
{
    QVERIFY(PartialDate::fromIso(u"2014-13").isNull());
    QVERIFY(PartialDate::fromIso(u"abc").isNull());
    QVERIFY(!PartialDate::fromIso(u"2014").isNull());
}

void TstPartialDate::factoriesMatchParsing()
{
    QCOMPARE(PartialDate::year(2014), PartialDate::fromIso(u"2014"));
    QCOMPARE(PartialDate::month(2014, 9), PartialDate::fromIso(u"2014-09"));
    QCOMPARE(PartialDate::day(2014, 9, 5), PartialDate::fromIso(u"2014-09-05"));
    QCOMPARE(PartialDate::minute(2014, 9, 5, 14, 30), PartialDate::fromIso(u"2014-09-05T14:30"));
    QCOMPARE(PartialDate::month(2025, 2, true), PartialDate::fromIso(u"2025-02~"));
    QVERIFY(PartialDate::month(2025, 2) != PartialDate::month(2025, 2, true));
    QVERIFY(PartialDate::year(2014) != PartialDate::day(2014, 1, 1));
}

void TstPartialDate::factoriesRefuseImpossibleDates()
{
    QVERIFY(PartialDate::day(2023, 2, 29).isNull());
    QVERIFY(PartialDate::month(2014, 13).isNull());
    QVERIFY(PartialDate::minute(2014, 9, 5, 24, 0).isNull());
    QVERIFY(PartialDate::year(0).isNull());
    QVERIFY(PartialDate::year(10000).isNull());
    QVERIFY(PartialDate().isNull());
}

void TstPartialDate::leapDays_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");

    QTest::newRow("2024-02-29, leap year") << QStringLiteral("2024-02-29") << true;
    QTest::newRow("2023-02-29, common year") << QStringLiteral("2023-02-29") << false;
    QTest::newRow("2000-02-29, divisible by 400") << QStringLiteral("2000-02-29") << true;
    QTest::newRow("1900-02-29, century") << QStringLiteral("1900-02-29") << false;
    QTest::newRow("2024-02-29T12:00") << QStringLiteral("2024-02-29T12:00") << true;
    QTest::newRow("2023-02-29T12:00") << QStringLiteral("2023-02-29T12:00") << false;
}

void TstPartialDate::leapDays()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);

    QString error;
    const PartialDate date = PartialDate::fromIso(text, &error);
    QCOMPARE(!date.isNull(), valid);
    QCOMPARE(error.isEmpty(), valid);
    if (valid) {
        QCOMPARE(date.dayValue(), 29);
        QCOMPARE(date.earliestSecond(),
                 utc(date.yearValue(), 2, 29, date.hourValue(), date.minuteValue()));
    } else {
        QVERIFY2(error.contains(QStringLiteral("29")), qPrintable(error));
    }
}

void TstPartialDate::ordering_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("order"); // sign of a <=> b

    QTest::newRow("earlier year first") << QStringLiteral("2013") << QStringLiteral("2014") << -1;
    QTest::newRow("earlier start first, whatever the precision")
        << QStringLiteral("2013-12-31") << QStringLiteral("2014") << -1;
    QTest::newRow("month starts before a day later in it")
        << QStringLiteral("2014-09") << QStringLiteral("2014-09-05") << -1;
    QTest::newRow("year before its first day")
        << QStringLiteral("2014") << QStringLiteral("2014-01-01") << -1;
    QTest::newRow("year before its first month")
        << QStringLiteral("2014") << QStringLiteral("2014-01") << -1;
    QTest::newRow("month before its first day")
        << QStringLiteral("2014-09") << QStringLiteral("2014-09-01") << -1;
    QTest::newRow("day before its first minute")
        << QStringLiteral("2014-09-05") << QStringLiteral("2014-09-05T00:00") << -1;
    QTest::newRow("coarse after an earlier fine date")
        << QStringLiteral("2014") << QStringLiteral("2013-12-31T23:59") << 1;
    QTest::newRow("exact before approximate")
        << QStringLiteral("2014") << QStringLiteral("2014~") << -1;
    QTest::newRow("equal") << QStringLiteral("2014-09-05") << QStringLiteral("2014-09-05") << 0;
    QTest::newRow("equal approximate")
        << QStringLiteral("2025-02~") << QStringLiteral("2025-02~") << 0;
    QTest::newRow("undated after the latest date") << QString() << QStringLiteral("9999") << 1;
    QTest::newRow("earliest date before undated") << QStringLiteral("0001") << QString() << -1;
    QTest::newRow("undated equals undated") << QString() << QString() << 0;
}

void TstPartialDate::ordering()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, order);

    const PartialDate da = parsed(a), db = parsed(b);
    QCOMPARE(da.isNull(), a.isEmpty());
    QCOMPARE(db.isNull(), b.isEmpty());

    const auto forward = da <=> db;
    const auto backward = db <=> da;
    const int sign = forward < 0 ? -1 : (forward > 0 ? 1 : 0);
    const int reverseSign = backward < 0 ? -1 : (backward > 0 ? 1 : 0);
    QCOMPARE(sign, order);
    QCOMPARE(reverseSign, -order);
    QCOMPARE(da < db, order < 0);
    QCOMPARE(da > db, order > 0);
    QCOMPARE(da == db, order == 0);
}

void TstPartialDate::sortsATimeline()
{
    QList<PartialDate> dates;
    for (const char *text : {"2025-02~", "", "2014-09-05", "2014", "2025-02-09", "2014-09",
                             "2014-01-01", "2025-02", "2022-02-24"}) {
        dates.append(parsed(QString::fromLatin1(text)));
    }
    std::sort(dates.begin(), dates.end());
    QStringList sorted;
    for (const PartialDate &date : dates) {
        sorted.append(date.isNull() ? QStringLiteral("-") : date.toEdtf());
    }
    const QStringList expected{
        QStringLiteral("2014"),       QStringLiteral("2014-01-01"), QStringLiteral("2014-09"),
        QStringLiteral("2014-09-05"), QStringLiteral("2022-02-24"), QStringLiteral("2025-02"),
        QStringLiteral("2025-02~"),   QStringLiteral("2025-02-09"), QStringLiteral("-")};
    QCOMPARE(sorted, expected);
}

void TstPartialDate::coveredSeconds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("earliest");
    QTest::addColumn<qint64>("latest");

    QTest::newRow("year") << QStringLiteral("2014") << utc(2014, 1, 1)
                          << utc(2014, 12, 31, 23, 59, 59);
    QTest::newRow("leap year") << QStringLiteral("2024") << utc(2024, 1, 1)
                               << utc(2024, 12, 31, 23, 59, 59);
    QTest::newRow("month of 30 days")
        << QStringLiteral("2014-09") << utc(2014, 9, 1) << utc(2014, 9, 30, 23, 59, 59);
    QTest::newRow("month of 31 days")
        << QStringLiteral("2014-12") << utc(2014, 12, 1) << utc(2014, 12, 31, 23, 59, 59);
    QTest::newRow("February") << QStringLiteral("2025-02") << utc(2025, 2, 1)
                              << utc(2025, 2, 28, 23, 59, 59);
    QTest::newRow("February of a leap year")
        << QStringLiteral("2024-02") << utc(2024, 2, 1) << utc(2024, 2, 29, 23, 59, 59);
    QTest::newRow("approximate month covers the same month")
        << QStringLiteral("2025-02~") << utc(2025, 2, 1) << utc(2025, 2, 28, 23, 59, 59);
    QTest::newRow("day") << QStringLiteral("2014-09-05") << utc(2014, 9, 5)
                         << utc(2014, 9, 5, 23, 59, 59);
    QTest::newRow("minute") << QStringLiteral("2014-09-05T14:30") << utc(2014, 9, 5, 14, 30)
                            << utc(2014, 9, 5, 14, 30, 59);
    QTest::newRow("epoch") << QStringLiteral("1970-01-01T00:00") << qint64(0) << qint64(59);
    QTest::newRow("before the epoch")
        << QStringLiteral("1969-12-31") << utc(1969, 12, 31) << qint64(-1);
    QTest::newRow("year 1") << QStringLiteral("0001") << utc(1, 1, 1) << utc(1, 12, 31, 23, 59, 59);
    QTest::newRow("year 9999") << QStringLiteral("9999") << utc(9999, 1, 1)
                               << utc(9999, 12, 31, 23, 59, 59);
    QTest::newRow("last minute of 9999")
        << QStringLiteral("9999-12-31T23:59") << utc(9999, 12, 31, 23, 59)
        << utc(9999, 12, 31, 23, 59, 59);
}

void TstPartialDate::coveredSeconds()
{
    QFETCH(QString, text);
    QFETCH(qint64, earliest);
    QFETCH(qint64, latest);

    const PartialDate date = PartialDate::fromIso(text);
    QVERIFY(!date.isNull());
    QCOMPARE(date.earliestSecond(), earliest);
    QCOMPARE(date.latestSecond(), latest);
}

void TstPartialDate::extremeYears()
{
    const PartialDate first = PartialDate::fromIso(u"0001-01-01T00:00");
    const PartialDate last = PartialDate::fromIso(u"9999-12-31T23:59");
    QVERIFY(!first.isNull());
    QVERIFY(!last.isNull());
    QVERIFY(first < last);
    QCOMPARE(first.toIso(), QStringLiteral("0001-01-01T00:00"));
    QCOMPARE(last.latestSecond(), Event::OpenEnd);
    QCOMPARE(PartialDate::year(9999).latestSecond(), Event::OpenEnd);
    QCOMPARE(PartialDate::year(1).earliestSecond(), utc(1, 1, 1));
}

void TstPartialDate::displayString_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("display");

    QTest::newRow("day") << QStringLiteral("2014-09-05") << QStringLiteral("5 Sep 2014");
    QTest::newRow("month") << QStringLiteral("2014-09") << QStringLiteral("Sep 2014");
    QTest::newRow("year") << QStringLiteral("2014") << QStringLiteral("2014");
    QTest::newRow("minute") << QStringLiteral("2014-09-05T14:30")
                            << QStringLiteral("5 Sep 2014 14:30");
    QTest::newRow("minute before ten")
        << QStringLiteral("2014-09-05T09:05") << QStringLiteral("5 Sep 2014 09:05");
    QTest::newRow("two-digit day") << QStringLiteral("2025-02-12") << QStringLiteral("12 Feb 2025");
    QTest::newRow("approximate month")
        << QStringLiteral("2025-02~") << QStringLiteral("c. Feb 2025");
    QTest::newRow("approximate day")
        << QStringLiteral("2025-02-09~") << QStringLiteral("c. 9 Feb 2025");
    QTest::newRow("approximate year") << QStringLiteral("2014~") << QStringLiteral("c. 2014");
    QTest::newRow("year that could be a day")
        << QStringLiteral("0022-05") << QStringLiteral("May 0022");
    QTest::newRow("year that could not") << QStringLiteral("0800") << QStringLiteral("800");
    QTest::newRow("undated") << QString() << QStringLiteral("undated");
}

void TstPartialDate::displayString()
{
    QFETCH(QString, text);
    QFETCH(QString, display);

    QCOMPARE(parsed(text).toDisplayString(), display);
}

void TstPartialDate::monthNames()
{
    const QStringList names{QStringLiteral("Jan"), QStringLiteral("Feb"), QStringLiteral("Mar"),
                            QStringLiteral("Apr"), QStringLiteral("May"), QStringLiteral("Jun"),
                            QStringLiteral("Jul"), QStringLiteral("Aug"), QStringLiteral("Sep"),
                            QStringLiteral("Oct"), QStringLiteral("Nov"), QStringLiteral("Dec")};
    for (int month = 1; month <= 12; ++month) {
        QCOMPARE(PartialDate::month(2014, month).toDisplayString(),
                 names.at(month - 1) + QStringLiteral(" 2014"));
    }
}

void TstPartialDate::withApproximate()
{
    const PartialDate exact = PartialDate::day(2025, 2, 9);
    const PartialDate approximate = exact.withApproximate(true);
    QVERIFY(approximate.isApproximate());
    QCOMPARE(approximate.toEdtf(), QStringLiteral("2025-02-09~"));
    QCOMPARE(approximate.toIso(), QStringLiteral("2025-02-09"));
    QCOMPARE(approximate.earliestSecond(), exact.earliestSecond());
    QCOMPARE(approximate.withApproximate(false), exact);

    // The unknown date cannot be "approximately unknown".
    const PartialDate null = PartialDate().withApproximate(true);
    QVERIFY(null.isNull());
    QVERIFY(!null.isApproximate());
    QCOMPARE(null, PartialDate());
    QCOMPARE(null.toEdtf(), QString());
}

// What a person types into Go to Date: ISO, or a date written out in English.
void TstPartialDate::readsWrittenDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<PartialDate>("expected");

    QTest::newRow("ISO day") << QStringLiteral("2022-02-14") << PartialDate::day(2022, 2, 14);
    QTest::newRow("ISO approximate")
        << QStringLiteral("2025-02~") << PartialDate::month(2025, 2, true);
    QTest::newRow("day month year")
        << QStringLiteral("14 Feb 2022") << PartialDate::day(2022, 2, 14);
    QTest::newRow("long month") << QStringLiteral("14 February 2022")
                                << PartialDate::day(2022, 2, 14);
    QTest::newRow("month day, year")
        << QStringLiteral("February 14, 2022") << PartialDate::day(2022, 2, 14);
    QTest::newRow("month day year")
        << QStringLiteral("Feb 14 2022") << PartialDate::day(2022, 2, 14);
    QTest::newRow("lower case, dot")
        << QStringLiteral("  14 feb. 2022 ") << PartialDate::day(2022, 2, 14);
    QTest::newRow("month year") << QStringLiteral("September 2014") << PartialDate::month(2014, 9);
    QTest::newRow("short month year") << QStringLiteral("Sep 2014") << PartialDate::month(2014, 9);
    QTest::newRow("Sept") << QStringLiteral("5 Sept 2014") << PartialDate::day(2014, 9, 5);
    QTest::newRow("display form with c.")
        << QStringLiteral("c. Feb 2025") << PartialDate::month(2025, 2, true);
    QTest::newRow("display form with time")
        << QStringLiteral("5 Sep 2014 14:30") << PartialDate::minute(2014, 9, 5, 14, 30);
    // A year that could be a day is written with leading zeros (fuzz_partialdate: the editor
    // showed "May 22" for May of the year 22, which it then refused as a date without year).
    QTest::newRow("year 22 with a month")
        << QStringLiteral("May 0022") << PartialDate::month(22, 5);
    QTest::newRow("year 5 with a day") << QStringLiteral("1 Feb 005") << PartialDate::day(5, 2, 1);
    QTest::newRow("year 32") << QStringLiteral("Mar 32") << PartialDate::month(32, 3);
}

void TstPartialDate::readsWrittenDates()
{
    QFETCH(QString, text);
    QFETCH(PartialDate, expected);

    QString error;
    const PartialDate date = PartialDate::fromText(text, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(date, expected);
    // What toDisplayString writes, fromText reads back.
    QCOMPARE(PartialDate::fromText(expected.toDisplayString()), expected);
}

void TstPartialDate::writtenDateErrorsAreSentences_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("empty") << QStringLiteral(" ") << QString();
    QTest::newRow("month 13") << QStringLiteral("2014-13") << QStringLiteral("13");
    QTest::newRow("30 Feb") << QStringLiteral("30 Feb 2022") << QStringLiteral("30");
    QTest::newRow("no year") << QStringLiteral("14 Feb") << QStringLiteral("14 Feb");
    QTest::newRow("not a month") << QStringLiteral("14 Fob 2022") << QStringLiteral("Fob");
    QTest::newRow("words") << QStringLiteral("next tuesday") << QStringLiteral("next tuesday");
}

void TstPartialDate::writtenDateErrorsAreSentences()
{
    QFETCH(QString, text);
    QFETCH(QString, mentions);

    QString error;
    QVERIFY(PartialDate::fromText(text, &error).isNull());
    QVERIFY(!error.isEmpty());
    // Shown on its own in a message box: a sentence.
    QVERIFY2(error.at(0).isUpper(), qPrintable(error));
    QVERIFY2(error.endsWith(u'.'), qPrintable(error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
}

QTEST_GUILESS_MAIN(TstPartialDate)
#include "tst_partialdate.moc"
