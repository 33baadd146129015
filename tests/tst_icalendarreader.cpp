// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include <QTemporaryDir>

#include "contentimport.h"
#include "eventstore.h"
#include "icalendarreader.h"
#include "importformats.h"
#include "testsupport.h"

using namespace entente;

namespace {

// As Google Calendar exports: CRLF, a VTIMEZONE, TZID times, an all-day event, a summary folded
// inside a UTF-8 character, escapes, a repeating event with an alarm.
const QByteArray Google = QByteArray("BEGIN:VCALENDAR\r\n"                                   // 1
                                     "PRODID:-//Google Inc//Google Calendar 70.9054//EN\r\n" // 2
                                     "VERSION:2.0\r\n"                                       // 3
                                     "X-WR-CALNAME:Minsk talks\r\n"                          // 4
                                     "BEGIN:VTIMEZONE\r\n"                                   // 5
                                     "TZID:Europe/Kyiv\r\n"                                  // 6
                                     "BEGIN:STANDARD\r\n"                                    // 7
                                     "DTSTART:19701025T040000\r\n"                           // 8
                                     "TZOFFSETFROM:+0300\r\n"                                // 9
                                     "TZOFFSETTO:+0200\r\n"                                  // 10
                                     "END:STANDARD\r\n"                                      // 11
                                     "END:VTIMEZONE\r\n"                                     // 12
                                     "BEGIN:VEVENT\r\n"                                      // 13
                                     "DTSTART;TZID=Europe/Kyiv:20140905T143000\r\n"          // 14
                                     "DTEND;TZID=Europe/Kyiv:20140905T163000\r\n"            // 15
                                     "UID:abc123@google.com\r\n"                             // 16
                                     "SUMMARY:\xD0\x9F\xD0\r\n"                              // 17
                                     " \xB5\xD1\x80\xD0\xB5\xD0\xB3\xD0\xBE\xD0\xB2\xD0\xBE"
                                     "\xD1\x80\xD0\xB8 \xD1\x83 Minsk\r\n" // 18
                                     "DESCRIPTION:Signed\\, at last\\; see\\nthe text \\\\ "
                                     "annex\r\n"                                         // 19
                                     "LOCATION:Minsk\\, Belarus\r\n"                     // 20
                                     "GEO:53.9;27.5667\r\n"                              // 21
                                     "URL:https://example.org/minsk\r\n"                 // 22
                                     "CATEGORIES:Agreements,Ceasefire\\, first,OSCE\r\n" // 23
                                     "BEGIN:VALARM\r\n"                                  // 24
                                     "ACTION:DISPLAY\r\n"                                // 25
                                     "DESCRIPTION:Reminder\r\n"                          // 26
                                     "TRIGGER:-P0DT0H10M0S\r\n"                          // 27
                                     "END:VALARM\r\n"                                    // 28
                                     "END:VEVENT\r\n"                                    // 29
                                     "BEGIN:VEVENT\r\n"                                  // 30
                                     "DTSTART;VALUE=DATE:20150211\r\n"                   // 31
                                     "DTEND;VALUE=DATE:20150212\r\n"                     // 32
                                     "SUMMARY:Minsk II summit\r\n"                       // 33
                                     "UID:def456@google.com\r\n"                         // 34
                                     "END:VEVENT\r\n"                                    // 35
                                     "BEGIN:VEVENT\r\n"                                  // 36
                                     "DTSTART;VALUE=DATE:20150212\r\n"                   // 37
                                     "DTEND;VALUE=DATE:20150215\r\n"                     // 38
                                     "SUMMARY:Ceasefire comes into force\r\n"            // 39
                                     "RRULE:FREQ=YEARLY\r\n"                             // 40
                                     "UID:ghi789@google.com\r\n"                         // 41
                                     "END:VEVENT\r\n"                                    // 42
                                     "END:VCALENDAR\r\n");                               // 43

// As Thunderbird exports: LF, floating and UTC times, DURATION, a quoted parameter, a VTODO,
// an event without DTSTART and one with a bad date.
const QByteArray Thunderbird = "BEGIN:VCALENDAR\n"                                         // 1
                               "PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN\n" // 2
                               "BEGIN:VTODO\n"                                             // 3
                               "SUMMARY:Write the report\n"                                // 4
                               "DTSTART:20150101T090000\n"                                 // 5
                               "END:VTODO\n"                                               // 6
                               "BEGIN:VEVENT\n"                                            // 7
                               "UID:tb-1\n"                                                // 8
                               "SUMMARY:Trilateral contact group\n"                        // 9
                               "DTSTART:20150210T230000Z\n"                                // 10
                               "DURATION:PT2H30M\n"                                        // 11
                               "END:VEVENT\n"                                              // 12
                               "BEGIN:VEVENT\n"                                            // 13
                               "UID:tb-2\n"                                                // 14
                               "SUMMARY:Floating call\n"                                   // 15
                               "DTSTART;X-NOTE=\"a;b:c\":20150301T080000\n"                // 16
                               "END:VEVENT\n"                                              // 17
                               "BEGIN:VEVENT\n"                                            // 18
                               "UID:tb-3\n"                                                // 19
                               "SUMMARY:No date\n"                                         // 20
                               "END:VEVENT\n"                                              // 21
                               "BEGIN:VEVENT\n"                                            // 22
                               "UID:tb-4\n"                                                // 23
                               "SUMMARY:Bad date\n"                                        // 24
                               "DTSTART:20150231T080000\n"                                 // 25
                               "END:VEVENT\n"                                              // 26
                               "END:VCALENDAR\n";                                          // 27

TimelineContent readBytes(const QByteArray &bytes, ImportReport *report)
{
    return readContent(ICalendarReader(), bytes, QStringLiteral("cal.ics"), report);
}

QString readError(const QByteArray &bytes)
{
    ImportReport report;
    return errorOf([&] { readBytes(bytes, &report); }).value_or(QString());
}

} // namespace

class TstICalendarReader : public QObject
{
    Q_OBJECT

private slots:
    void timedEventWithTzidKeepsTheWallTime();
    void textIsUnfoldedAndUnescaped();
    void windows1252LinesAreNamed();
    void allDayEventsHaveAnExclusiveEnd();
    void recurrenceIsWarnedAbout();
    void utcFloatingAndDuration();
    void eventsWithoutDateAreProblemsWithTheirLine();
    void eventWithoutSummaryIsAProblem();
    void ententeExportUidsAreEntenteUids();
    void readsWhatAnotherWriterWrote();
    void notICalendarThrows_data();
    void notICalendarThrows();
    void detectedAndImportedIntoAStore();
};

void TstICalendarReader::timedEventWithTzidKeepsTheWallTime()
{
    ImportReport report;
    const TimelineContent content = readBytes(Google, &report);
    QCOMPARE(content.title, QStringLiteral("Minsk talks"));
    QCOMPARE(content.events.size(), 3); // the alarm's and the zone's lines are not events
    const Event minsk = content.events.at(0);
    QCOMPARE(minsk.kind, Event::Kind::Period);
    QCOMPARE(minsk.start, PartialDate::minute(2014, 9, 5, 14, 30));
    QCOMPARE(minsk.end, PartialDate::minute(2014, 9, 5, 16, 30));
    QCOMPARE(minsk.attributes.value(QStringLiteral("ics.timezone")), QStringLiteral("Europe/Kyiv"));
    QCOMPARE(minsk.uid, QStringLiteral("ics:abc123@google.com"));
    QCOMPARE(minsk.sourceIds.size(), 1);
    QCOMPARE(content.sources.first().id, minsk.sourceIds.first());
    QCOMPARE(content.sources.first().url, QStringLiteral("https://example.org/minsk"));
    QCOMPARE(minsk.attributes.value(QStringLiteral("latitude")), QStringLiteral("53.9"));
    QCOMPARE(minsk.attributes.value(QStringLiteral("longitude")), QStringLiteral("27.5667"));
}

void TstICalendarReader::textIsUnfoldedAndUnescaped()
{
    ImportReport report;
    const Event minsk = readBytes(Google, &report).events.at(0);
    QCOMPARE(minsk.title, QStringLiteral("Переговори у Minsk"));
    QCOMPARE(minsk.description, QStringLiteral("Signed, at last; see\nthe text \\ annex"));
    QCOMPARE(minsk.location, QStringLiteral("Minsk, Belarus"));
    QCOMPARE(minsk.category, QStringLiteral("Agreements"));
    QCOMPARE(minsk.tags, (QStringList{QStringLiteral("Ceasefire, first"), QStringLiteral("OSCE")}));
}

void TstICalendarReader::windows1252LinesAreNamed()
{
    ImportReport report;
    const TimelineContent content =
        readBytes("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Caf\xE9 talks\r\n"
                  "DTSTART:20150101\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
                  &report);
    QCOMPARE(content.events.first().title, QStringLiteral("Café talks"));
    QCOMPARE(
        problemStrings(report.warnings),
        QStringList{QStringLiteral("cal.ics:3: lines read as Windows-1252, not being UTF-8: 3")});
}

void TstICalendarReader::allDayEventsHaveAnExclusiveEnd()
{
    ImportReport report;
    const TimelineContent content = readBytes(Google, &report);
    const Event summit = content.events.at(1);
    QCOMPARE(summit.kind, Event::Kind::Point); // DTEND the day after: one day
    QCOMPARE(summit.start, PartialDate::day(2015, 2, 11));
    QVERIFY(summit.attributes.isEmpty());
    const Event ceasefire = content.events.at(2);
    QCOMPARE(ceasefire.kind, Event::Kind::Period);
    QCOMPARE(ceasefire.start, PartialDate::day(2015, 2, 12));
    QCOMPARE(ceasefire.end, PartialDate::day(2015, 2, 14));
}

void TstICalendarReader::recurrenceIsWarnedAbout()
{
    ImportReport report;
    readBytes(Google, &report);
    QVERIFY(report.problems.isEmpty());
    QCOMPARE(problemStrings(report.warnings),
             QStringList{QStringLiteral("cal.ics:40: RRULE: the event repeats; only its first "
                                        "occurrence is imported (recurrences are not expanded)")});
}

void TstICalendarReader::utcFloatingAndDuration()
{
    ImportReport report;
    const TimelineContent content = readBytes(Thunderbird, &report);
    QCOMPARE(content.events.size(), 2);
    // UTC stays UTC (23:00Z is not moved to the next day of some zone), and says so.
    const Event group = content.events.at(0);
    QCOMPARE(group.start, PartialDate::minute(2015, 2, 10, 23, 0));
    QCOMPARE(group.end, PartialDate::minute(2015, 2, 11, 1, 30));
    QCOMPARE(group.attributes.value(QStringLiteral("ics.timezone")), QStringLiteral("UTC"));
    QCOMPARE(group.uid, QStringLiteral("ics:tb-1"));
    // Floating: the wall time, no zone; the quoted parameter's ; and : do not end it.
    const Event call = content.events.at(1);
    QCOMPARE(call.kind, Event::Kind::Point);
    QCOMPARE(call.start, PartialDate::minute(2015, 3, 1, 8, 0));
    QVERIFY(!call.attributes.contains(QStringLiteral("ics.timezone")));
}

void TstICalendarReader::eventsWithoutDateAreProblemsWithTheirLine()
{
    ImportReport report;
    readBytes(Thunderbird, &report);
    QCOMPARE(problemStrings(report.problems),
             (QStringList{QStringLiteral("cal.ics:18: DTSTART: the event has no DTSTART"),
                          QStringLiteral("cal.ics:25: DTSTART: “20150231T080000” is not a date "
                                         "(YYYYMMDD) or a date and time (YYYYMMDDTHHMMSS)")}));
}

void TstICalendarReader::eventWithoutSummaryIsAProblem()
{
    ImportReport report;
    const TimelineContent content = readBytes(
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20150212\nEND:VEVENT\nEND:VCALENDAR\n", &report);
    QVERIFY(content.events.isEmpty());
    QCOMPARE(problemStrings(report.problems),
             QStringList{QStringLiteral("cal.ics:2: SUMMARY: An event needs a title.")});
}

void TstICalendarReader::ententeExportUidsAreEntenteUids()
{
    ImportReport report;
    const TimelineContent content =
        readBytes("BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:minsk-2@entente\nSUMMARY:Minsk II\n"
                  "DTSTART;VALUE=DATE:20150212\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:No uid\n"
                  "DTSTART;VALUE=DATE:20150213\nEND:VEVENT\nEND:VCALENDAR\n",
                  &report);
    QCOMPARE(content.events.size(), 2);
    QCOMPARE(content.events.at(0).uid, QStringLiteral("minsk-2"));
    // Without UID, one made of the date and the summary: the same on every import.
    const QString made = content.events.at(1).uid;
    QVERIFY(made.startsWith(QStringLiteral("ics:")));
    QVERIFY(made.size() > 4);
}

// tests/data/python-icalendar.ics was written by Python's icalendar package
// (tests/data/python-icalendar.py): folds and escapes as another program makes them.
void TstICalendarReader::readsWhatAnotherWriterWrote()
{
    ImportReport report;
    const TimelineContent content = readBytes(
        fileBytes(QStringLiteral(ENTENTE_TEST_DATA_DIR "/python-icalendar.ics")), &report);
    QVERIFY(report.problems.isEmpty());
    QVERIFY(report.warnings.isEmpty());
    QCOMPARE(content.title, QStringLiteral("Normandy format"));
    QCOMPARE(content.events.size(), 3);
    const Event berlin = content.events.at(0);
    QCOMPARE(berlin.title, QStringLiteral("Зустріч у нормандському форматі, Берлін; друга сесія "
                                          "переговорів міністрів"));
    QCOMPARE(berlin.start, PartialDate::minute(2014, 7, 2, 18, 0));
    QCOMPARE(berlin.end, PartialDate::minute(2014, 7, 2, 21, 15));
    QCOMPARE(berlin.attributes.value(QStringLiteral("ics.timezone")),
             QStringLiteral("Europe/Berlin"));
    QCOMPARE(berlin.description,
             QStringLiteral("Foreign ministers met.\nJoint declaration, in full; see annex \\ 2."));
    QCOMPARE(berlin.location, QStringLiteral("Villa Borsig, Berlin"));
    QCOMPARE(berlin.category, QStringLiteral("Talks"));
    QCOMPARE(berlin.tags, QStringList{QStringLiteral("Normandy, format")});
    QCOMPARE(berlin.uid, QStringLiteral("ics:normandy-2014@example.org"));
    const Event geneva = content.events.at(1);
    QCOMPARE(geneva.kind, Event::Kind::Period);
    QCOMPARE(geneva.start, PartialDate::day(2014, 4, 17));
    QCOMPARE(geneva.end, PartialDate::day(2014, 4, 18));
    const Event call = content.events.at(2);
    QCOMPARE(call.start, PartialDate::minute(2014, 12, 31, 23, 30));
    QCOMPARE(call.attributes.value(QStringLiteral("ics.timezone")), QStringLiteral("UTC"));
}

void TstICalendarReader::notICalendarThrows_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");
    QTest::newRow("csv") << QByteArray("title,date\nx,2014\n")
                         << "cal.ics:1: “title,date” is not an iCalendar line (NAME:value)";
    QTest::newRow("vcard") << QByteArray("BEGIN:VCARD\nEND:VCARD\n")
                           << "cal.ics:1: not an iCalendar file: it does not begin with "
                              "BEGIN:VCALENDAR";
    QTest::newRow("empty") << QByteArray()
                           << "cal.ics:1: not an iCalendar file: it does not begin with "
                              "BEGIN:VCALENDAR";
    QTest::newRow("crossed END")
        << QByteArray("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20150101\nEND:VCALENDAR\n")
        << "cal.ics:4: END:VCALENDAR where END:VEVENT (of line 2) was expected";
    QTest::newRow("truncated") << QByteArray("BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:x\n")
                               << "cal.ics:2: BEGIN:VEVENT is never closed by END:VEVENT";
}

void TstICalendarReader::notICalendarThrows()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    QCOMPARE(readError(bytes), error);
}

void TstICalendarReader::detectedAndImportedIntoAStore()
{
    QCOMPARE(ImportFormats::detect(QStringLiteral("export.txt"), Google), ImportFormat::Ics);
    QCOMPARE(ImportFormats::detect(QStringLiteral("b.ics"), "\xEF\xBB\xBF" + Thunderbird),
             ImportFormat::Ics);
    QTemporaryDir dir;
    EventStore store(dir.filePath(QStringLiteral("t.entente")));
    ImportReport report;
    const TimelineContent content =
        readContent(std::move(*ImportFormats::reader(ImportFormat::Ics)), Google,
                    QStringLiteral("cal.ics"), &report);
    QCOMPARE(ContentImport::run(store, content).added, 3);
    const Event stored = store.eventByUid(QStringLiteral("ics:abc123@google.com")).value();
    QCOMPARE(stored.title, QStringLiteral("Переговори у Minsk"));
    QCOMPARE(stored.tags,
             (QStringList{QStringLiteral("Ceasefire, first"), QStringLiteral("OSCE")}));
    QCOMPARE(store.sources().size(), 1);
    // Again: nothing new.
    QCOMPARE(ContentImport::run(store, content).skipped, 3);
}

QTEST_GUILESS_MAIN(TstICalendarReader)
#include "tst_icalendarreader.moc"
