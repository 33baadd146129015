// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "datesnap.h"
#include "testsupport.h"

using namespace entente;
using Precision = PartialDate::Precision;

Q_DECLARE_METATYPE(Precision)

class TstDateSnap : public QObject
{
    Q_OBJECT

private slots:
    void shifted_data();
    void shifted();
    void stepsRoundToTheNearest();
    void atGivesTheDateHoldingASecond();
};

void TstDateSnap::shifted_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<Precision>("unit");
    QTest::addColumn<qint64>("steps");
    QTest::addColumn<QString>("expected");
    QTest::newRow("days") << "2015-02-12" << Precision::Day << qint64(5) << "2015-02-17";
    QTest::newRow("days over a year")
        << "2014-12-30" << Precision::Day << qint64(3) << "2015-01-02";
    QTest::newRow("approximate kept")
        << "2015-02-12~" << Precision::Day << qint64(-12) << "2015-01-31~";
    QTest::newRow("months") << "2015-11" << Precision::Month << qint64(3) << "2016-02";
    QTest::newRow("a day by months, to a shorter month")
        << "2015-01-31" << Precision::Month << qint64(1) << "2015-02-28";
    QTest::newRow("years") << "2015~" << Precision::Year << qint64(-15) << "2000~";
    QTest::newRow("minutes") << "2015-02-12T23:50" << Precision::Minute << qint64(15)
                             << "2015-02-13T00:05";
    QTest::newRow("a year by days: whole years")
        << "2015" << Precision::Day << qint64(400) << "2016";
    QTest::newRow("a month by days, too few")
        << "2015-03" << Precision::Day << qint64(10) << "2015-03";
    QTest::newRow("past year 9999") << "9999" << Precision::Year << qint64(1) << "";
    QTest::newRow("before year 1") << "0001-01" << Precision::Month << qint64(-1) << "";
}

void TstDateSnap::shifted()
{
    QFETCH(QString, date);
    QFETCH(Precision, unit);
    QFETCH(qint64, steps);
    QFETCH(QString, expected);
    QCOMPARE(DateSnap::shifted(parsed(date), unit, steps), parsed(expected));
}

void TstDateSnap::stepsRoundToTheNearest()
{
    QCOMPARE(DateSnap::stepsFor(Precision::Day, 5.4 * 86400), 5);
    QCOMPARE(DateSnap::stepsFor(Precision::Day, -5.6 * 86400), -6);
    QCOMPARE(DateSnap::stepsFor(Precision::Month, 70 * 86400.0), 2);
    QCOMPARE(DateSnap::stepsFor(Precision::Minute, 37 * 60.0, 15), 30);
    QCOMPARE(DateSnap::stepsFor(Precision::Year, 100 * 86400.0), 0);
}

void TstDateSnap::atGivesTheDateHoldingASecond()
{
    const qint64 second = utc(2015, 2, 12, 13, 45, 30);
    QCOMPARE(DateSnap::at(second, Precision::Year), PartialDate::year(2015));
    QCOMPARE(DateSnap::at(second, Precision::Month), PartialDate::month(2015, 2));
    QCOMPARE(DateSnap::at(second, Precision::Day), PartialDate::day(2015, 2, 12));
    QCOMPARE(DateSnap::at(second, Precision::Minute), PartialDate::minute(2015, 2, 12, 13, 45));
}

QTEST_MAIN(TstDateSnap)
#include "tst_datesnap.moc"
