// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include <QTemporaryDir>

#include "contentimport.h"
#include "eventstore.h"
#include "importformats.h"
#include "storecontent.h"
#include "testsupport.h"
#include "timelinexmlreader.h"

using namespace entente;

namespace {

// A timeline as Timeline 2.x saves it: eras, nested categories, a container with two events,
// a milestone, fuzzy, locked and ends-today events, hyperlinks, and rows that cannot be events.
const QByteArray Saved = R"(<?xml version="1.0" encoding="utf-8"?>
<timeline>
  <version>2.6.0 (ed6a1c8bd1e3 2022-01-29)</version>
  <timetype>gregoriantime</timetype>
  <eras>
    <era>
      <name>Minsk process</name>
      <start>2014-09-05 00:00:00</start>
      <end>2015-02-12 00:00:00</end>
      <color>200,220,255</color>
      <ends_today>False</ends_today>
    </era>
  </eras>
  <categories>
    <category>
      <name>Diplomacy</name>
      <color>255,128,0</color>
      <font_color>0,0,0</font_color>
    </category>
    <category>
      <name>Agreements</name>
      <color>0,128,255</color>
      <font_color>0,0,0</font_color>
      <parent>Diplomacy</parent>
    </category>
  </categories>
  <events>
    <event>
      <start>2015-02-11 00:00:00</start>
      <end>2015-02-12 00:00:00</end>
      <text>[1]Minsk II summit</text>
      <fuzzy>False</fuzzy>
      <locked>False</locked>
      <ends_today>False</ends_today>
    </event>
    <event>
      <start>2014-09-05 14:30:00</start>
      <end>2014-09-05 14:30:00</end>
      <text>Minsk Protocol &amp; ceasefire</text>
      <progress>0</progress>
      <fuzzy>False</fuzzy>
      <locked>True</locked>
      <ends_today>False</ends_today>
      <category>Agreements</category>
      <description>Signed in Minsk.
Twelve points.</description>
      <hyperlink>https://example.org/minsk; https://example.org/osce</hyperlink>
      <default_color>200,200,200</default_color>
    </event>
    <event>
      <start>2015-02-11 00:00:00</start>
      <end>2015-02-12 00:00:00</end>
      <text>(1)Talks in Minsk</text>
      <fuzzy>True</fuzzy>
      <locked>False</locked>
      <ends_today>False</ends_today>
      <category>Diplomacy</category>
    </event>
    <event>
      <start>2015-02-12 00:00:00</start>
      <end>2015-02-12 00:00:00</end>
      <text>(1)Package of measures</text>
      <fuzzy>False</fuzzy>
      <locked>False</locked>
      <ends_today>False</ends_today>
      <milestone>True</milestone>
    </event>
    <event>
      <start>2022-02-24 04:00:00</start>
      <end>2022-02-24 04:00:00</end>
      <text> [Full-scale] invasion</text>
      <fuzzy>False</fuzzy>
      <locked>False</locked>
      <ends_today>True</ends_today>
    </event>
    <event>
      <start>-44-03-15 00:00:00</start>
      <end>-44-03-15 00:00:00</end>
      <text>Ides of March</text>
    </event>
    <event>
      <start>2015-02-30 00:00:00</start>
      <end>2015-02-30 00:00:00</end>
      <text>No such day</text>
    </event>
  </events>
  <view>
    <displayed_period>
      <start>2014-01-01 00:00:00</start>
      <end>2016-01-01 00:00:00</end>
    </displayed_period>
    <hidden_categories>
    </hidden_categories>
  </view>
  <now>2024-05-01 12:00:00</now>
</timeline>
)";

TimelineContent readBytes(const QByteArray &bytes, ImportReport *report)
{
    return readContent(TimelineXmlReader(), bytes, QStringLiteral("t.timeline"), report);
}

QString readError(const QByteArray &bytes)
{
    ImportReport report;
    return errorOf([&] { readBytes(bytes, &report); }).value_or(QString());
}

const Event *titled(const TimelineContent &content, const QString &title)
{
    for (const Event &event : content.events) {
        if (event.title == title) {
            return &event;
        }
    }
    return nullptr;
}

} // namespace

class TstTimelineXmlReader : public QObject
{
    Q_OBJECT

private slots:
    void pointWithTimeCategoryAndHyperlinks();
    void wholeDaysFuzzyAndContainers();
    void milestoneAndEndsToday();
    void categoriesAndEras();
    void badDatesAreProblemsWithTheirLine();
    void eventWithoutTextAndEraWithoutNameAreProblems();
    void refusedFiles_data();
    void refusedFiles();
    void detectedAndImportedIntoAStore();
};

void TstTimelineXmlReader::pointWithTimeCategoryAndHyperlinks()
{
    ImportReport report;
    const TimelineContent content = readBytes(Saved, &report);
    QCOMPARE(content.events.size(), 4); // the container is a tag, two rows are problems
    const Event *minsk = titled(content, QStringLiteral("Minsk Protocol & ceasefire"));
    QVERIFY(minsk);
    QCOMPARE(minsk->kind, Event::Kind::Point);
    QCOMPARE(minsk->start, PartialDate::minute(2014, 9, 5, 14, 30));
    QCOMPARE(minsk->description, QStringLiteral("Signed in Minsk.\nTwelve points."));
    QCOMPARE(minsk->category, QStringLiteral("Agreements"));
    QCOMPARE(minsk->tags, QStringList{QStringLiteral("Diplomacy")}); // the category's parent
    QCOMPARE(minsk->attributes.value(QStringLiteral("timeline.locked")), QStringLiteral("true"));
    QVERIFY(!minsk->attributes.contains(QStringLiteral("timeline.progress")));
    QVERIFY(minsk->uid.startsWith(QStringLiteral("timeline:")));
    QCOMPARE(minsk->sourceIds.size(), 2);
    QCOMPARE(content.sources.at(0).url, QStringLiteral("https://example.org/minsk"));
    QCOMPARE(content.sources.at(1).url, QStringLiteral("https://example.org/osce"));
    QCOMPARE(minsk->sourceIds, (QList<qint64>{content.sources.at(0).id, content.sources.at(1).id}));
}

void TstTimelineXmlReader::wholeDaysFuzzyAndContainers()
{
    ImportReport report;
    const TimelineContent content = readBytes(Saved, &report);
    const Event *talks = titled(content, QStringLiteral("Talks in Minsk"));
    QVERIFY(talks);
    QCOMPARE(talks->kind, Event::Kind::Period);
    QCOMPARE(talks->start, PartialDate::day(2015, 2, 11, true));
    QCOMPARE(talks->end, PartialDate::day(2015, 2, 12, true));
    QCOMPARE(talks->tags, QStringList{QStringLiteral("Minsk II summit")});
    QVERIFY(!titled(content, QStringLiteral("Minsk II summit"))); // the container itself
}

void TstTimelineXmlReader::milestoneAndEndsToday()
{
    ImportReport report;
    const TimelineContent content = readBytes(Saved, &report);
    const Event *package = titled(content, QStringLiteral("Package of measures"));
    QVERIFY(package);
    QCOMPARE(package->kind, Event::Kind::Point);
    QCOMPARE(package->start, PartialDate::day(2015, 2, 12));
    QCOMPARE(package->tags, QStringList{QStringLiteral("Minsk II summit")});
    // The space Timeline puts before a title that looks like a container is not the title's.
    const Event *invasion = titled(content, QStringLiteral("[Full-scale] invasion"));
    QVERIFY(invasion);
    QCOMPARE(invasion->kind, Event::Kind::Period);
    QVERIFY(invasion->ongoing);
    QVERIFY(invasion->end.isNull());
    QCOMPARE(invasion->start, PartialDate::minute(2022, 2, 24, 4, 0));
}

void TstTimelineXmlReader::categoriesAndEras()
{
    ImportReport report;
    const TimelineContent content = readBytes(Saved, &report);
    QCOMPARE(content.categories.size(), 2);
    QCOMPARE(content.categories.at(0).name, QStringLiteral("Diplomacy"));
    QCOMPARE(content.categories.at(0).color, QStringLiteral("#ff8000"));
    QCOMPARE(content.categories.at(1).color, QStringLiteral("#0080ff"));
    QCOMPARE(content.eras.size(), 1);
    const Era era = content.eras.first();
    QCOMPARE(era.name, QStringLiteral("Minsk process"));
    QCOMPARE(era.start, PartialDate::day(2014, 9, 5));
    QCOMPARE(era.end, PartialDate::day(2015, 2, 12));
    QCOMPARE(era.color, QStringLiteral("#c8dcff"));
}

void TstTimelineXmlReader::badDatesAreProblemsWithTheirLine()
{
    ImportReport report;
    readBytes(Saved, &report);
    QCOMPARE(problemStrings(report.problems),
             (QStringList{QStringLiteral("t.timeline:77: start: the year -44 is before 1 AD, "
                                         "which Entente cannot hold yet"),
                          QStringLiteral("t.timeline:82: start: “2015-02-30 00:00:00” is not a "
                                         "date of the calendar")}));
    QVERIFY(report.warnings.isEmpty());
}

void TstTimelineXmlReader::eventWithoutTextAndEraWithoutNameAreProblems()
{
    ImportReport report;
    const TimelineContent content =
        readBytes("<timeline>\n<eras>\n<era><name></name><start>2014-01-01 00:00:00</start>"
                  "<end>2015-01-01 00:00:00</end><color>1,2,3</color></era>\n</eras>\n<events>\n"
                  "<event><start>2014-01-01 00:00:00</start><end>2014-01-01 00:00:00</end>"
                  "<text></text></event>\n</events>\n</timeline>\n",
                  &report);
    QVERIFY(content.events.isEmpty());
    QVERIFY(content.eras.isEmpty());
    QCOMPARE(problemStrings(report.problems),
             (QStringList{QStringLiteral("t.timeline:3: era name: An era needs a name."),
                          QStringLiteral("t.timeline:6: text: An event needs a title.")}));
}

void TstTimelineXmlReader::refusedFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");
    QTest::newRow("old text format")
        << QByteArray("# Written by Timeline 0.9.0 on 2009-01-01\nCATEGORY:War;255,0,0\n")
        << "t.timeline:1: a file of Timeline's old text format, which Entente does not read; "
           "open it in Timeline and save it, which writes the XML format, and import that file";
    QTest::newRow("numeric time")
        << QByteArray("<?xml version=\"1.0\"?>\n<timeline>\n  <version>2.6.0</version>\n"
                      "  <timetype>numtime</timetype>\n</timeline>\n")
        << "t.timeline:4: the timeline counts time as “numtime”; Entente reads only timelines "
           "of Gregorian dates (“gregoriantime”)";
    QTest::newRow("broken xml") << QByteArray("<timeline>\n<events>\n<event><text>x</event>\n")
                                << "t.timeline:3:22: Opening and ending tag mismatch.";
    QTest::newRow("other xml") << QByteArray("<?xml version=\"1.0\"?>\n<svg></svg>")
                               << "t.timeline:2: not a Timeline file: its first element is "
                                  "<svg>, not <timeline>";
}

void TstTimelineXmlReader::refusedFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    QCOMPARE(readError(bytes), error);
}

void TstTimelineXmlReader::detectedAndImportedIntoAStore()
{
    QCOMPARE(ImportFormats::detect(QStringLiteral("war.xml"), Saved), ImportFormat::Timeline);
    QCOMPARE(ImportFormats::detect(QStringLiteral("old.txt"), "# Written by Timeline 0.9.0"),
             ImportFormat::Timeline);
    QTemporaryDir dir;
    EventStore store(dir.filePath(QStringLiteral("t.entente")));
    ImportReport report;
    const TimelineContent content =
        readContent(std::move(*ImportFormats::reader(ImportFormat::Timeline)), Saved,
                    QStringLiteral("t.timeline"), &report);
    QCOMPARE(ContentImport::run(store, content).added, 4);
    const TimelineContent stored = StoreContent::read(store);
    QCOMPARE(stored.categories.size(), 2);
    QCOMPARE(stored.eras.size(), 1);
    QCOMPARE(stored.sources.size(), 2);
    // Importing the same file again finds every event.
    QCOMPARE(ContentImport::run(store, content).skipped, 4);
    QCOMPARE(StoreContent::read(store).events.size(), 4);
}

QTEST_GUILESS_MAIN(TstTimelineXmlReader)
#include "tst_timelinexmlreader.moc"
