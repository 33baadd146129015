// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include <QBuffer>
#include <QTemporaryDir>

#include "contentimport.h"
#include "eventstore.h"
#include "htmltext.h"
#include "testsupport.h"
#include "timelinejsreader.h"

using namespace entente;

namespace {

QByteArray fixture(const char *name)
{
    return fileBytes(QStringLiteral(ENTENTE_TEST_DATA_DIR "/") + QLatin1StringView(name));
}

// TimelineJS 3 as its authoring tools write it: dates as strings or numbers, HTML texts, a
// year BC, a media that is no address.
const QByteArray Version3 = fixture("timelinejs3.json");

// TimelineJS 2: one "timeline" object with "date" entries, one of them with a bad month.
const QByteArray Version2 = fixture("timelinejs2.json");

TimelineContent readBytes(const QByteArray &bytes, ImportReport *report)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return TimelineJsReader().read(buffer, QStringLiteral("t.json"), report);
}

} // namespace

class TstTimelineJsReader : public QObject
{
    Q_OBJECT

private slots:
    void version3Events();
    void version3PartialDatesAndLocation();
    void version3BadRowsAreProblemsWithLines();
    void version3TitleAndEras();
    void titleSlideIsTheTimelinesTitle();
    void version2();
    void slidesWithoutIdGetAStableUid();
    void brokenJsonThrowsWithLine();
    void otherJsonIsRefused();
    void htmlBecomesPlainText_data();
    void htmlBecomesPlainText();
};

void TstTimelineJsReader::version3Events()
{
    ImportReport report;
    const TimelineContent content = readBytes(Version3, &report);
    QCOMPARE(content.events.size(), 3); // the year BC is left out
    const Event minsk = content.events.at(0);
    QCOMPARE(minsk.title, QStringLiteral("Minsk Protocol & ceasefire"));
    QCOMPARE(minsk.description, QStringLiteral("Signed in Minsk.\nLine one\nLine two – end"));
    QCOMPARE(minsk.start, PartialDate::minute(2014, 9, 5, 14, 30));
    QCOMPARE(minsk.kind, Event::Kind::Point);
    QCOMPARE(minsk.category, QStringLiteral("Agreements"));
    QCOMPARE(minsk.uid, QStringLiteral("timelinejs:minsk-1"));
    QCOMPARE(minsk.attributes.value(QStringLiteral("timelinejs.display_date")),
             QStringLiteral("5 September, afternoon"));
    QCOMPARE(minsk.sourceIds.size(), 1);
    const Source source = content.sources.first();
    QCOMPARE(minsk.sourceIds.first(), source.id);
    QCOMPARE(source.url, QStringLiteral("https://example.org/minsk"));
    QCOMPARE(source.title, QStringLiteral("The signing"));
    QCOMPARE(source.outlet, QStringLiteral("OSCE"));
    // A media that is no web address is left out, with a warning.
    QVERIFY(content.events.at(2).sourceIds.isEmpty());
    QCOMPARE(report.warnings.size(), 1);
    QCOMPARE(report.warnings.first().toString(),
             QStringLiteral("t.json:28: media.url: “<blockquote>embedded</blockquote>” is not a "
                            "web address; the media is left out"));
}

void TstTimelineJsReader::version3PartialDatesAndLocation()
{
    ImportReport report;
    const Event debaltseve = readBytes(Version3, &report).events.at(1);
    QCOMPARE(debaltseve.title, QStringLiteral("Debaltseve")); // no headline: the text's first line
    QCOMPARE(debaltseve.description, QStringLiteral("Debaltseve\nfighting"));
    QCOMPARE(debaltseve.kind, Event::Kind::Period);
    QCOMPARE(debaltseve.start, PartialDate::month(2015, 2));
    QCOMPARE(debaltseve.end, PartialDate::month(2015, 3));
    QCOMPARE(debaltseve.location, QStringLiteral("Debaltseve"));
    QCOMPARE(debaltseve.attributes.value(QStringLiteral("latitude")), QStringLiteral("48.34"));
    QCOMPARE(debaltseve.attributes.value(QStringLiteral("longitude")), QStringLiteral("38.4"));
}

void TstTimelineJsReader::version3BadRowsAreProblemsWithLines()
{
    ImportReport report;
    readBytes(Version3, &report);
    QCOMPARE(report.problems.size(), 1);
    QCOMPARE(report.problems.first().toString(),
             QStringLiteral("t.json:24: start_date: the year -44 is before 1 AD, which Entente "
                            "cannot hold yet"));
}

void TstTimelineJsReader::version3TitleAndEras()
{
    ImportReport report;
    const TimelineContent content = readBytes(Version3, &report);
    QCOMPARE(content.title, QStringLiteral("Minsk talks"));
    QCOMPARE(content.eras.size(), 1);
    QCOMPARE(content.eras.first().name, QStringLiteral("Minsk process"));
    QCOMPARE(content.eras.first().start, PartialDate::year(2014));
    QCOMPARE(content.eras.first().end, PartialDate::month(2015, 2));
}

// Imported into a timeline without a title, the title slide's headline is stored as its title;
// its categories (the slides' groups) are stored with colours of their own.
void TstTimelineJsReader::titleSlideIsTheTimelinesTitle()
{
    QTemporaryDir dir;
    EventStore store(dir.filePath(QStringLiteral("t.entente")));
    ImportReport report;
    ImportOutcome outcome = ContentImport::run(store, readBytes(Version3, &report));
    QCOMPARE(store.title(), QStringLiteral("Minsk talks"));
    EventStore reopened(dir.filePath(QStringLiteral("t.entente")));
    QCOMPARE(reopened.title(), QStringLiteral("Minsk talks"));
    for (const Category &category : store.categories()) {
        QVERIFY2(category.name.isEmpty() || !category.color.isEmpty(), qPrintable(category.name));
    }
    ContentImport::undo(store, &outcome);
    QCOMPARE(store.title(), QString());
}

void TstTimelineJsReader::version2()
{
    ImportReport report;
    const TimelineContent content = readBytes(Version2, &report);
    QCOMPARE(content.title, QStringLiteral("Old style"));
    QCOMPARE(content.events.size(), 2);
    const Event talks = content.events.first();
    QCOMPARE(talks.title, QStringLiteral("Talks"));
    QCOMPARE(talks.description, QStringLiteral("Two weeks"));
    QCOMPARE(talks.kind, Event::Kind::Period);
    QCOMPARE(talks.start, PartialDate::day(2014, 9, 5));
    QCOMPARE(talks.end, PartialDate::day(2014, 9, 19));
    QCOMPARE(talks.category, QStringLiteral("Diplomacy"));
    QCOMPARE(content.sources.size(), 1);
    QCOMPARE(content.sources.first().outlet, QStringLiteral("Reuters"));
    QCOMPARE(content.sources.first().title, QStringLiteral("Table"));
    QCOMPARE(content.sources.first().url, QStringLiteral("https://example.org/a"));
    QCOMPARE(content.events.at(1).start, PartialDate::year(2015));
    QCOMPARE(report.problems.size(), 1);
    QCOMPARE(report.problems.first().line, 9);
    QCOMPARE(report.problems.first().column, QStringLiteral("start_date"));
    QCOMPARE(content.eras.size(), 1);
    QCOMPARE(content.eras.first().end, PartialDate::year(2016));
}

// Without an id of its own a slide is known by its date and headline: importing the file
// again finds it.
void TstTimelineJsReader::slidesWithoutIdGetAStableUid()
{
    ImportReport report;
    const QString first = readBytes(Version2, &report).events.first().uid;
    QVERIFY(first.startsWith(QStringLiteral("timelinejs:")));
    QCOMPARE(readBytes(Version2, &report).events.first().uid, first);
    QVERIFY(readBytes(Version2, &report).events.at(1).uid != first);
}

void TstTimelineJsReader::brokenJsonThrowsWithLine()
{
    ImportReport report;
    const std::optional<QString> error =
        errorOf([&] { readBytes("{\n  \"events\": [\n    {\"start_date\": }\n  ]\n}", &report); });
    QVERIFY(error);
    QVERIFY2(error->startsWith(QStringLiteral("t.json:3: not valid JSON: ")), qPrintable(*error));
}

void TstTimelineJsReader::otherJsonIsRefused()
{
    ImportReport report;
    QCOMPARE(errorOf([&] { readBytes("{\"rows\": []}", &report); }),
             std::optional<QString>(
                 QStringLiteral("t.json:1: not a TimelineJS timeline: it has neither “events” "
                                "(TimelineJS 3) nor “timeline” (TimelineJS 2)")));
}

void TstTimelineJsReader::htmlBecomesPlainText_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << "Just text"
                           << "Just text";
    QTest::newRow("tags") << "<b>bold</b> and <a href=\"x\">link</a>"
                          << "bold and link";
    QTest::newRow("paragraphs") << "<p>One</p>\n<p>Two</p>"
                                << "One\nTwo";
    QTest::newRow("breaks") << "a<br>b<BR/>c<br />d"
                            << "a\nb\nc\nd";
    QTest::newRow("entities") << "&lt;tag&gt; &amp; &quot;q&quot; &#39;s &#x2014; &hellip;"
                              << "<tag> & \"q\" 's — …";
    QTest::newRow("unknown entity kept") << "&bogus; x"
                                         << "&bogus; x";
    QTest::newRow("spaces") << "  a \n\t b   c  "
                            << "a b c";
    QTest::newRow("nbsp") << "a&nbsp;&nbsp;b"
                          << "a b";
}

void TstTimelineJsReader::htmlBecomesPlainText()
{
    QFETCH(QString, html);
    QFETCH(QString, text);
    QCOMPARE(HtmlText::toPlainText(html), text);
}

QTEST_GUILESS_MAIN(TstTimelineJsReader)
#include "tst_timelinejsreader.moc"
