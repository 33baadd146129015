// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include <QBuffer>
#include <QStringDecoder>

#include "icalendarexport.h"

using namespace entente;

class TstICalendarExport : public QObject
{
    Q_OBJECT

private slots:
    void calendarHasItsProperties();
    void datesAndExclusiveEnds_data();
    void datesAndExclusiveEnds();
    void textIsEscaped();
    void longLinesFoldAt75OctetsOutsideUtf8Sequences();
    void undatedEventsAreLeftOut();
};

namespace {

const QDateTime Stamp(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);

struct Export
{
    QByteArray text;
    qsizetype leftOut = 0;
};

Export exportOf(const TimelineContent &content)
{
    Export result;
    QBuffer buffer(&result.text);
    buffer.open(QIODevice::WriteOnly);
    result.leftOut = ICalendarExport::write(content, &buffer, Stamp);
    return result;
}

// The logical lines: folded ones joined again, as RFC 5545 3.1 says.
QList<QByteArray> unfolded(const QByteArray &text)
{
    QByteArray joined = text;
    joined.replace("\r\n ", "");
    QList<QByteArray> lines = joined.split('\n');
    lines.removeLast();
    for (QByteArray &line : lines) {
        line.chop(1); // the CR
    }
    return lines;
}

QByteArray propertyOf(const QByteArray &text, const QByteArray &name)
{
    for (const QByteArray &line : unfolded(text)) {
        if (line.startsWith(name + ':') || line.startsWith(name + ';')) {
            return line;
        }
    }
    return {};
}

Event eventOn(const PartialDate &start, const PartialDate &end = {})
{
    Event e;
    e.uid = QStringLiteral("u1");
    e.title = QStringLiteral("T");
    e.start = start;
    e.end = end;
    e.kind = end.isNull() ? Event::Kind::Point : Event::Kind::Period;
    return e;
}

} // namespace

void TstICalendarExport::calendarHasItsProperties()
{
    TimelineContent content;
    content.events = {eventOn(PartialDate::day(2014, 9, 5))};
    content.sources = {{1,
                        QStringLiteral("Reuters"),
                        QStringLiteral("Talks"),
                        QStringLiteral("https://example.org/a"),
                        {},
                        {}}};
    content.events[0].sourceIds = {1};
    content.events[0].location = QStringLiteral("Minsk");
    content.events[0].category = QStringLiteral("agreement");
    content.events[0].tags = {QStringLiteral("minsk"), QStringLiteral("agreement")};
    const QByteArray text = exportOf(content).text;
    QCOMPARE(unfolded(text),
             (QList<QByteArray>{
                 "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Entente//Entente//EN",
                 "CALSCALE:GREGORIAN", "BEGIN:VEVENT", "UID:u1@entente", "DTSTAMP:20260102T030405Z",
                 "DTSTART;VALUE=DATE:20140905", "DTEND;VALUE=DATE:20140906", "SUMMARY:T",
                 "DESCRIPTION:Sources:\\n- Reuters\\, Talks\\, https://example.org/a",
                 "LOCATION:Minsk", "CATEGORIES:agreement,minsk", "URL:https://example.org/a",
                 "END:VEVENT", "END:VCALENDAR"}));
    QVERIFY(!text.contains("\n\n"));
    QCOMPARE(text.count('\n'), text.count("\r\n"));
}

void TstICalendarExport::datesAndExclusiveEnds_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::addColumn<bool>("ongoing");
    QTest::addColumn<QByteArray>("dtstart");
    QTest::addColumn<QByteArray>("dtend");

    QTest::newRow("day") << QStringLiteral("2014-09-05") << QString() << false
                         << QByteArray("DTSTART;VALUE=DATE:20140905")
                         << QByteArray("DTEND;VALUE=DATE:20140906");
    QTest::newRow("month spans the month")
        << QStringLiteral("2025-02") << QString() << false
        << QByteArray("DTSTART;VALUE=DATE:20250201") << QByteArray("DTEND;VALUE=DATE:20250301");
    QTest::newRow("december into the next year")
        << QStringLiteral("2025-12") << QString() << false
        << QByteArray("DTSTART;VALUE=DATE:20251201") << QByteArray("DTEND;VALUE=DATE:20260101");
    QTest::newRow("year spans the year")
        << QStringLiteral("2014") << QString() << false << QByteArray("DTSTART;VALUE=DATE:20140101")
        << QByteArray("DTEND;VALUE=DATE:20150101");
    QTest::newRow("period to a month")
        << QStringLiteral("2014-09-05") << QStringLiteral("2022-02") << false
        << QByteArray("DTSTART;VALUE=DATE:20140905") << QByteArray("DTEND;VALUE=DATE:20220301");
    // A time is floating: Entente's dates have no zone, so no Z and no TZID.
    QTest::newRow("minute") << QStringLiteral("2025-02-12T14:30") << QString() << false
                            << QByteArray("DTSTART:20250212T143000") << QByteArray();
    QTest::newRow("minute to a day: both times")
        << QStringLiteral("2025-02-12T14:30") << QStringLiteral("2025-02-13") << false
        << QByteArray("DTSTART:20250212T143000") << QByteArray("DTEND:20250214T000000");
    QTest::newRow("ongoing") << QStringLiteral("2022-02-24") << QString() << true
                             << QByteArray("DTSTART;VALUE=DATE:20220224") << QByteArray();
}

void TstICalendarExport::datesAndExclusiveEnds()
{
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(bool, ongoing);
    QFETCH(QByteArray, dtstart);
    QFETCH(QByteArray, dtend);
    TimelineContent content;
    content.events = {eventOn(PartialDate::fromIso(start), PartialDate::fromIso(end))};
    if (ongoing) {
        content.events[0].kind = Event::Kind::Period;
        content.events[0].ongoing = true;
    }
    const QByteArray text = exportOf(content).text;
    QCOMPARE(propertyOf(text, "DTSTART"), dtstart);
    QCOMPARE(propertyOf(text, "DTEND"), dtend);
}

void TstICalendarExport::textIsEscaped()
{
    QCOMPARE(ICalendarExport::escaped(QStringLiteral("a,b;c\\d\ne\r\nf")),
             QStringLiteral("a\\,b\\;c\\\\d\\ne\\nf"));
    TimelineContent content;
    content.events = {eventOn(PartialDate::year(2014))};
    content.events[0].title = QStringLiteral("Minsk; II, signed");
    QCOMPARE(propertyOf(exportOf(content).text, "SUMMARY"),
             QByteArray("SUMMARY:Minsk\\; II\\, signed"));
}

void TstICalendarExport::longLinesFoldAt75OctetsOutsideUtf8Sequences()
{
    // Two-, three- and four-byte characters, so that some fold points fall inside one.
    const QString title =
        QString(QStringLiteral("Zelenskyy — Зеленський 🕊 ")).repeated(8);
    TimelineContent content;
    content.events = {eventOn(PartialDate::year(2014))};
    content.events[0].title = title;
    const QByteArray text = exportOf(content).text;
    for (const QByteArray &line : text.split('\n')) {
        QVERIFY2(line.size() <= 75 + 1, line.constData()); // with the CR
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString decoded = decoder.decode(line);
        QVERIFY2(!decoder.hasError(), line.constData());
        Q_UNUSED(decoded);
    }
    QVERIFY(text.contains("\r\n "));
    QCOMPARE(propertyOf(text, "SUMMARY"), "SUMMARY:" + title.toUtf8());
}

void TstICalendarExport::undatedEventsAreLeftOut()
{
    TimelineContent content;
    content.events = {eventOn(PartialDate()), eventOn(PartialDate::year(2014))};
    const Export result = exportOf(content);
    QCOMPARE(result.leftOut, 1);
    QCOMPARE(result.text.count("BEGIN:VEVENT"), 1);
}

QTEST_MAIN(TstICalendarExport)
#include "tst_icalendarexport.moc"
