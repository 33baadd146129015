// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include <QHash>

#include "importformats.h"
#include "testsupport.h"
#include "ucdpreader.h"

using namespace entente;

namespace {

const QByteArray Header = "id,conflict_name,type_of_violence,side_a,side_b,source_article,"
                          "where_description,adm_1,latitude,longitude,date_prec,date_start,"
                          "date_end,best,low,high\n";

// UCDP GED rows after a BOM: one day with two articles and a place described across lines (lines
// 2–3), a window of days, a whole month, a whole year, an end before the start (line 7), a month 13
// (line 8) and a row without id (line 9).
const QByteArray Fixture =
    "\xEF\xBB\xBF" + Header +
    "1001,Ukraine: Novorossiya,1,Government of Ukraine,DPR,"
    "\"\"\"Reuters News,2014-08-13,Twelve fighters killed, officials say\"\";"
    "\"\"Xinhua News Agency,2014-08-13,Dozens killed\"\"\","
    "\"Mandrykino town; at a checkpoint\nnear Donetsk\",Donetsk oblast,48.02,38.11,1,"
    "2014-08-13,2014-08-13,12,10,15\n"
    "1002,Ukraine: Novorossiya,1,Government of Ukraine,DPR,,Donetsk town area,Donetsk oblast,,,2,"
    "2014-08-12,2014-08-14,3,3,4\n"
    "1003,Ukraine: Lugansk,1,Government of Ukraine,LPR,,Luhansk town (near the airport),"
    "Luhansk oblast,,,4,2014-09-01,2014-09-30,1,1,1\n"
    "1004,Ukraine: Lugansk,3,LPR,Civilians,,Luhansk oblast,Luhansk oblast,,,5,2015-01-01,"
    "2015-12-31,2,2,2\n"
    "1005,Ukraine: Lugansk,1,Government of Ukraine,LPR,,Luhansk,,,,2,2015-02-10,2015-02-01,1,1,1\n"
    "1006,Ukraine: Lugansk,1,Government of Ukraine,LPR,,Luhansk,,,,1,2015-13-01,2015-13-01,1,1,1\n"
    ",Ukraine: Lugansk,1,Government of Ukraine,LPR,,Luhansk,,,,1,2015-02-01,2015-02-01,1,1,1\n";

TimelineContent readBytes(const QByteArray &bytes, ImportReport *report)
{
    return readContent(UcdpReader(), bytes, QStringLiteral("u.csv"), report);
}

} // namespace

class TstUcdpReader : public QObject
{
    Q_OBJECT

private slots:
    void mapsTheColumns();
    void aPlaceWrittenAsAPhraseIsNotSaidTwice();
    void sourcesFromTheArticles();
    void datesFromTheWindow();
    void badRowsAreProblemsWithTheirLine();
    void detectedFromItsHeader();
    void aGovernmentIsAStateOtherSidesGroups();
};

void TstUcdpReader::mapsTheColumns()
{
    ImportReport report;
    const TimelineContent content = readBytes(Fixture, &report);
    QCOMPARE(content.events.size(), 4);
    const Event first = content.events.at(0);
    QCOMPARE(first.uid, QStringLiteral("ucdp:1001"));
    QCOMPARE(first.title, QStringLiteral("Government of Ukraine – DPR in Mandrykino town"));
    QCOMPARE(first.category, QStringLiteral("State-based conflict"));
    QCOMPARE(first.tags, QStringList{QStringLiteral("Ukraine: Novorossiya")});
    QCOMPARE(first.location,
             QStringLiteral("Mandrykino town; at a checkpoint\nnear Donetsk, Donetsk oblast"));
    QCOMPARE(first.description, QStringLiteral("Deaths: 12 (best estimate; low 10, high 15)."));
    QCOMPARE(actorsWithRoles(content, first),
             QStringList({QStringLiteral("Government of Ukraine (side A)"),
                          QStringLiteral("DPR (side B)")}));
    QCOMPARE(first.attributes.value(QStringLiteral("ucdp.best")), QStringLiteral("12"));
    QCOMPARE(first.attributes.value(QStringLiteral("ucdp.low")), QStringLiteral("10"));
    QCOMPARE(first.attributes.value(QStringLiteral("ucdp.high")), QStringLiteral("15"));
    QCOMPARE(first.attributes.value(QStringLiteral("ucdp.date_prec")), QStringLiteral("1"));
    QCOMPARE(first.attributes.value(QStringLiteral("latitude")), QStringLiteral("48.02"));
    QCOMPARE(content.events.at(2).title,
             QStringLiteral("Government of Ukraine – LPR in Luhansk town"));
    QCOMPARE(content.events.at(3).category, QStringLiteral("One-sided violence"));
    // Government of Ukraine, DPR, LPR, Civilians: each once.
    QCOMPARE(content.actors.size(), 4);
}

void TstUcdpReader::aPlaceWrittenAsAPhraseIsNotSaidTwice()
{
    // As the GED writes some places (seen in its Ukraine rows).
    ImportReport report;
    const TimelineContent content =
        readBytes(Header + "2001,Ukraine: Novorossiya,1,Government of Ukraine,DPR,,"
                           "in the war-torn east of the country,,,,4,2014-09-01,2014-09-30,1,1,1\n",
                  &report);
    QCOMPARE(content.events.size(), 1);
    QCOMPARE(content.events.at(0).title,
             QStringLiteral("Government of Ukraine – DPR in the war-torn east of the country"));
}

void TstUcdpReader::sourcesFromTheArticles()
{
    ImportReport report;
    const TimelineContent content = readBytes(Fixture, &report);
    QCOMPARE(content.events.at(0).sourceIds.size(), 2);
    QCOMPARE(content.sources.size(), 2);
    const Source reuters = content.sources.at(0);
    QCOMPARE(reuters.outlet, QStringLiteral("Reuters News"));
    QCOMPARE(reuters.published, PartialDate::day(2014, 8, 13));
    QCOMPARE(reuters.title, QStringLiteral("Twelve fighters killed, officials say"));
    QCOMPARE(content.sources.at(1).outlet, QStringLiteral("Xinhua News Agency"));
    // What is not in UCDP's shape is kept whole as the title.
    const QList<Source> other = UcdpReader::sourcesOf(u"\"Local sources, undated\"");
    QCOMPARE(other.size(), 1);
    QCOMPARE(other.first().title, QStringLiteral("Local sources, undated"));
    QVERIFY(other.first().outlet.isEmpty());
}

void TstUcdpReader::datesFromTheWindow()
{
    ImportReport report;
    const TimelineContent content = readBytes(Fixture, &report);
    const Event day = content.events.at(0);
    QCOMPARE(day.kind, Event::Kind::Point);
    QCOMPARE(day.start, PartialDate::day(2014, 8, 13));
    const Event window = content.events.at(1);
    QCOMPARE(window.kind, Event::Kind::Period);
    QCOMPARE(window.start, PartialDate::day(2014, 8, 12, true));
    QCOMPARE(window.end, PartialDate::day(2014, 8, 14, true));
    const Event month = content.events.at(2);
    QCOMPARE(month.kind, Event::Kind::Point);
    QCOMPARE(month.start, PartialDate::month(2014, 9));
    QCOMPARE(content.events.at(3).start, PartialDate::year(2015));
    QCOMPARE(content.events.at(3).kind, Event::Kind::Point);
}

void TstUcdpReader::badRowsAreProblemsWithTheirLine()
{
    ImportReport report;
    readBytes(Fixture, &report);
    QCOMPARE(report.problems.size(), 3);
    QCOMPARE(report.problems.at(0).line, 7);
    QCOMPARE(report.problems.at(0).column, QStringLiteral("end"));
    QCOMPARE(report.problems.at(1).toString(),
             QStringLiteral("u.csv:8: date_start: “2015-13-01” is not a date: month 13 is not "
                            "between 01 and 12."));
    QCOMPARE(report.problems.at(2).toString(), QStringLiteral("u.csv:9: id: the row has no id"));
    QVERIFY(report.warnings.isEmpty());
}

void TstUcdpReader::detectedFromItsHeader()
{
    QCOMPARE(ImportFormats::detect(QStringLiteral("ged.csv"), Fixture), ImportFormat::Ucdp);
    QCOMPARE(ImportFormats::detect(QStringLiteral("ged"), Fixture.mid(3)), ImportFormat::Ucdp);
}

void TstUcdpReader::aGovernmentIsAStateOtherSidesGroups()
{
    ImportReport report;
    const TimelineContent content = readBytes(Fixture, &report);
    QHash<QString, Actor::Type> kinds;
    for (const Actor &actor : content.actors) {
        kinds.insert(actor.name, actor.type);
    }
    const QHash<QString, Actor::Type> expected = {
        {QStringLiteral("Government of Ukraine"), Actor::Type::State},
        {QStringLiteral("DPR"), Actor::Type::Group},
        {QStringLiteral("LPR"), Actor::Type::Group},
        {QStringLiteral("Civilians"), Actor::Type::Group},
    };
    QCOMPARE(kinds, expected);
    // Side B is a state too when it is a government (conflicts between states).
    QCOMPARE(UcdpReader::kindOfSide(u"Government of Russia (Soviet Union)"), Actor::Type::State);
    QCOMPARE(UcdpReader::kindOfSide(u"Governments of the world"), Actor::Type::Group);
}

QTEST_MAIN(TstUcdpReader)
#include "tst_ucdpreader.moc"
