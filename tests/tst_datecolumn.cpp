// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "datecolumn.h"

using namespace entente;

Q_DECLARE_METATYPE(entente::DateOrder)
Q_DECLARE_METATYPE(entente::PartialDate::Precision)

namespace {

DateColumn observed(const QStringList &values)
{
    DateColumn column;
    for (const QString &value : values) {
        column.observe(value);
    }
    return column;
}

} // namespace

class TstDateColumn : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void placeholdersAreUndated_data();
    void placeholdersAreUndated();
    void errors_data();
    void errors();
    void orderDecidedByALaterValue();
    void monthFirstColumn();
    void conflict();
    void unknownOrder();
    void noOrderNeeded_data();
    void noOrderNeeded();
    void looksLikeDates_data();
    void looksLikeDates();
};

void TstDateColumn::parses_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<DateOrder>("order");
    QTest::addColumn<QString>("iso");
    QTest::addColumn<PartialDate::Precision>("precision");

    using P = PartialDate::Precision;
    const auto row = [](const char *value, DateOrder order, const char *iso, P precision) {
        QTest::newRow(value) << QString::fromUtf8(value) << order << QString::fromUtf8(iso)
                             << precision;
    };
    const DateOrder U = DateOrder::Unknown, D = DateOrder::DayFirst, M = DateOrder::MonthFirst;
    // ISO and its relatives.
    row("2014", U, "2014", P::Year);
    row("2014-09", U, "2014-09", P::Month);
    row("2014/09", U, "2014-09", P::Month);
    row("2014-09-05", U, "2014-09-05", P::Day);
    row("2014/09/05", U, "2014-09-05", P::Day);
    row("2014-09-05T14:30", U, "2014-09-05T14:30", P::Minute);
    row("2014-09-05 14:30:00", U, "2014-09-05T14:30", P::Minute);
    row("2014-09-05T14:30:59.250", U, "2014-09-05T14:30", P::Minute);
    row("2014-09-05T14:30Z", U, "2014-09-05T14:30", P::Minute);
    row("2014-09-05T14:30:00+03:00", U, "2014-09-05T14:30", P::Minute);
    row("2014-09-05 23:15-0500", U, "2014-09-05T23:15", P::Minute);
    row("2014-09-05 00:00:00", U, "2014-09-05", P::Day);
    row("2014-09-05T00:00", U, "2014-09-05T00:00", P::Minute); // a minute, as Entente writes it
    row(" 2014-09-05 ", U, "2014-09-05", P::Day);
    // Day and month in either order, with any of the separators.
    row("22/01/2014", U, "2014-01-22", P::Day);
    row("1/22/2014", U, "2014-01-22", P::Day);
    row("05/02/2025", D, "2025-02-05", P::Day);
    row("05/02/2025", M, "2025-05-02", P::Day);
    row("05.02.2025", D, "2025-02-05", P::Day);
    row("05-02-2025", M, "2025-05-02", P::Day);
    row("5.2.2025", D, "2025-02-05", P::Day);
    row("05/05/2025", U, "2025-05-05", P::Day);
    // Times: midnight with seconds is what spreadsheets add to a day.
    row("22/01/2014 00:00:00", D, "2014-01-22", P::Day);
    row("1/22/2014 12:00:00 AM", M, "2014-01-22", P::Day);
    row("05/02/2025 14:30", D, "2025-02-05T14:30", P::Minute);
    row("05/02/2025 00:00", D, "2025-02-05T00:00", P::Minute);
    row("1/22/2014 12:00:00 PM", M, "2014-01-22T12:00", P::Minute);
    row("1/22/2014 12:30:00 AM", M, "2014-01-22T00:30", P::Minute);
    row("1/22/2014 3:05 pm", M, "2014-01-22T15:05", P::Minute);
    // The edges of the numeric forms: one-digit parts, any white space before the time, a
    // fraction after a comma, AM/PM and the zone with or without spaces.
    row("2014-9-5", U, "2014-09-05", P::Day);
    row("2014-09-05\t14:30", U, "2014-09-05T14:30", P::Minute);
    row("2014-09-05   14:30", U, "2014-09-05T14:30", P::Minute);
    row("2014-09-05T14:30:59,5", U, "2014-09-05T14:30", P::Minute);
    row("2014-09-05T14:30+03", U, "2014-09-05T14:30", P::Minute);
    row("2014-09-05 14:30 +0530", U, "2014-09-05T14:30", P::Minute);
    row("2014-09-05 14:30 Z", U, "2014-09-05T14:30", P::Minute);
    row("1/22/2014 12:00:00AM", M, "2014-01-22", P::Day);
    row("1/22/2014 12:00:00 am Z", M, "2014-01-22", P::Day);
    row("1/22/2014 9:05PM-05:00", M, "2014-01-22T21:05", P::Minute);
    row("22.1.2014 0:00:00", D, "2014-01-22", P::Day);
    // Words.
    row("5 Sep 2014", U, "2014-09-05", P::Day);
    row("05 February 2025", U, "2025-02-05", P::Day);
    row("September 5, 2014", U, "2014-09-05", P::Day);
    row("Sep 2014", U, "2014-09", P::Month);
    row("September 2014", U, "2014-09", P::Month);
}

void TstDateColumn::parses()
{
    QFETCH(QString, value);
    QFETCH(DateOrder, order);
    QFETCH(QString, iso);
    QFETCH(PartialDate::Precision, precision);
    QString error = QStringLiteral("left over");
    const PartialDate date = DateColumn::parse(value, order, &error);
    QCOMPARE(error, QString());
    QCOMPARE(date.toIso(), iso);
    QCOMPARE(date.precision(), precision);
    QVERIFY(!date.isApproximate());
}

void TstDateColumn::placeholdersAreUndated_data()
{
    QTest::addColumn<QString>("value");
    for (const char *value : {"", "   ", "0000-00-00", "00/00/0000", "0000-00-00 00:00:00", "0",
                              "NA", "na", "N/A", "n.a.", "N.A.", "-", "unknown", "Unknown", "?"}) {
        QTest::newRow(value) << QString::fromUtf8(value);
    }
}

void TstDateColumn::placeholdersAreUndated()
{
    QFETCH(QString, value);
    QString error = QStringLiteral("left over");
    QVERIFY(DateColumn::parse(value, DateOrder::Unknown, &error).isNull());
    QCOMPARE(error, QString());
    QVERIFY(DateColumn::isPlaceholder(value));
}

void TstDateColumn::errors_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<DateOrder>("order");
    QTest::addColumn<QString>("error");

    const auto row = [](const char *value, DateOrder order, const char *error) {
        QTest::newRow(value) << QString::fromUtf8(value) << order << QString::fromUtf8(error);
    };
    const QString expected = QStringLiteral(
        "“%1” is not a date: expected one such as 2014-09-05, 05/09/2014, 5 Sep 2014 or "
        "September 5, 2014, or nothing for “undated”.");
    // Digits, separators and colons that come close to a date but are none of its forms.
    for (const char *value : {"12",
                              "123456",
                              "20140905",
                              "14:30",
                              "1/2",
                              "2014-09/05",
                              "12345-09-05",
                              "2014-123-05",
                              "2014-09-05-01",
                              "2014-09 14:30",
                              "2014-09-05 123:00",
                              "2014-09-05 14:3",
                              "2014-09-05 14:30:5",
                              "2014-09-05 14:30:00.",
                              "2014-09-05 14:30:00:00",
                              "2014-09-05 14:30.5",
                              "2014-09-05 14:30+3",
                              "2014-09-05 14:30+053",
                              "2014-09-05 14:30+05:3",
                              "2014-09-05 14:30+05:30:00",
                              "2014-09-05 :30"}) {
        QTest::newRow(value) << QString::fromUtf8(value) << DateOrder::DayFirst
                             << expected.arg(QString::fromUtf8(value));
    }
    row("05/02/2025", DateOrder::Unknown,
        "“05/02/2025” may have the day or the month first: say which order the column's dates "
        "are written in.");
    row("03/25/2014", DateOrder::DayFirst,
        "“03/25/2014”, read with the day first (DD/MM/YYYY), is not a date: month 25 is not "
        "between 01 and 12.");
    row("25/03/2014", DateOrder::MonthFirst,
        "“25/03/2014”, read with the month first (MM/DD/YYYY), is not a date: month 25 is not "
        "between 01 and 12.");
    row("31/02/2014", DateOrder::Unknown,
        "“31/02/2014”, read with the day first (DD/MM/YYYY), is not a date: day 31 does not "
        "exist in 2014-02.");
    row("2014-02-30", DateOrder::Unknown,
        "“2014-02-30” is not a date: day 30 does not exist in "
        "2014-02.");
    row("2014-13", DateOrder::Unknown,
        "“2014-13” is not a date: month 13 is not between 01 and 12.");
    row("2014-09-05 25:00", DateOrder::Unknown,
        "“2014-09-05 25:00” is not a date: time 25:00 is not a valid time of day.");
    row("1/22/2014 13:00 PM", DateOrder::MonthFirst,
        "“1/22/2014 13:00 PM” is not a date: with AM or PM, the hour is from 1 to 12.");
    row("05.03.22", DateOrder::DayFirst,
        "“05.03.22” has a two-digit year: Entente reads years written with four digits, such "
        "as 05/09/2014.");
    row("5 Sepp 2014", DateOrder::Unknown,
        "No month is called “Sepp”: write a date as 14 Feb 2022.");
}

void TstDateColumn::errors()
{
    QFETCH(QString, value);
    QFETCH(DateOrder, order);
    QFETCH(QString, error);
    QString actual;
    QVERIFY(DateColumn::parse(value, order, &actual).isNull());
    QCOMPARE(actual, error);
}

void TstDateColumn::orderDecidedByALaterValue()
{
    DateColumn column = observed({QStringLiteral("05/02/2025"), QStringLiteral("01/03/2025"),
                                  QString(), QStringLiteral("2025-03-05")});
    QCOMPARE(column.order(), DateOrder::Unknown);
    QVERIFY(column.needsOrder());
    QCOMPARE(column.ambiguousExample(), QStringLiteral("05/02/2025"));
    column.observe(u"14/08/2020 00:00:00");
    QCOMPARE(column.order(), DateOrder::DayFirst);
    QVERIFY(!column.needsOrder());
    QVERIFY(!column.hasConflict());
    QCOMPARE(DateColumn::parse(u"05/02/2025", column.order()).toIso(),
             QStringLiteral("2025-02-05"));
}

void TstDateColumn::monthFirstColumn()
{
    const DateColumn column =
        observed({QStringLiteral("1/2/2014 12:00:00 AM"), QStringLiteral("1/22/2014 3:00 PM")});
    QCOMPARE(column.order(), DateOrder::MonthFirst);
    QVERIFY(!column.needsOrder());
    QCOMPARE(DateColumn::parse(u"1/2/2014 12:00:00 AM", column.order()).toIso(),
             QStringLiteral("2014-01-02"));
}

void TstDateColumn::conflict()
{
    const DateColumn column =
        observed({QStringLiteral("25/03/2014"), QStringLiteral("01/02/2014"),
                  QStringLiteral("03/26/2014"), QStringLiteral("27/03/2014")});
    QVERIFY(column.hasConflict());
    QCOMPARE(column.order(), DateOrder::Unknown);
    QVERIFY(column.needsOrder());
    QCOMPARE(column.conflict(), QStringLiteral("Some dates have the day first (25/03/2014) and "
                                               "others the month first (03/26/2014)."));
}

void TstDateColumn::unknownOrder()
{
    // Slash dates that read either way, and nothing settles it: the user must say.
    const DateColumn column = observed(
        {QStringLiteral("05/02/2025"), QStringLiteral("06/02/2025"), QStringLiteral("07/07/2025")});
    QCOMPARE(column.order(), DateOrder::Unknown);
    QVERIFY(column.needsOrder());
    QVERIFY(!column.hasConflict());
    QCOMPARE(column.conflict(), QString());
}

void TstDateColumn::noOrderNeeded_data()
{
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<DateOrder>("order");

    QTest::newRow("ISO") << QStringList{QStringLiteral("2014-09-05"), QStringLiteral("2015-02-12")}
                         << DateOrder::Unknown;
    QTest::newRow("words") << QStringList{QStringLiteral("5 Sep 2014"), QStringLiteral("n/a")}
                           << DateOrder::Unknown;
    QTest::newRow("day and month alike")
        << QStringList{QStringLiteral("05/05/2025"), QStringLiteral("12.12.2024")}
        << DateOrder::Unknown;
    QTest::newRow("settled") << QStringList{QStringLiteral("13/01/2020"),
                                            QStringLiteral("14/01/2020")}
                             << DateOrder::DayFirst;
}

void TstDateColumn::noOrderNeeded()
{
    QFETCH(QStringList, values);
    QFETCH(DateOrder, order);
    const DateColumn column = observed(values);
    QVERIFY(!column.needsOrder());
    QCOMPARE(column.order(), order);
    for (const QString &value : values) {
        QString error;
        DateColumn::parse(value, column.order(), &error);
        QCOMPARE(error, QString());
    }
}

void TstDateColumn::looksLikeDates_data()
{
    QTest::addColumn<QStringList>("sample");
    QTest::addColumn<bool>("dates");

    QTest::newRow("ACLED event_date")
        << QStringList{QStringLiteral("14/08/2020 00:00:00"), QStringLiteral("02/03/2022 00:00:00")}
        << true;
    QTest::newRow("ISO with gaps") << QStringList{QStringLiteral("2014-09-05"), QString(),
                                                  QStringLiteral("NA"), QStringLiteral("2015-02")}
                                   << true;
    QTest::newRow("mostly dates") << QStringList{QStringLiteral("2014-09-05"),
                                                 QStringLiteral("2014-09-06"),
                                                 QStringLiteral("2014-09-07"),
                                                 QStringLiteral("2014-09-08"),
                                                 QStringLiteral("soon")}
                                  << true;
    QTest::newRow("counts") << QStringList{QStringLiteral("1"), QStringLiteral("60"),
                                           QStringLiteral("12")}
                            << false;
    QTest::newRow("coordinates") << QStringList{QStringLiteral("50.4646"), QStringLiteral("30.46")}
                                 << false;
    QTest::newRow("names") << QStringList{QStringLiteral("Protesters (Ukraine)"),
                                          QStringLiteral("Military Forces of Russia (2000-)")}
                           << false;
    QTest::newRow("half dates") << QStringList{QStringLiteral("2014-09-05"), QStringLiteral("x"),
                                               QStringLiteral("2014"), QStringLiteral("y")}
                                << false;
    QTest::newRow("only placeholders") << QStringList{QString(), QStringLiteral("NA")} << false;
}

void TstDateColumn::looksLikeDates()
{
    QFETCH(QStringList, sample);
    QFETCH(bool, dates);
    QCOMPARE(DateColumn::looksLikeDates(sample), dates);
}

QTEST_MAIN(TstDateColumn)
#include "tst_datecolumn.moc"
