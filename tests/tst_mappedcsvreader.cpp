// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include <QBuffer>
#include <QHash>

#include "cancelled.h"
#include "error.h"
#include "importformats.h"
#include "mappedcsvreader.h"

using namespace entente;
using Field = CsvMapping::Field;

namespace {

const QString FileName = QStringLiteral("events.csv");

TimelineContent read(const QByteArray &bytes, ImportReport *report, CsvMapping mapping = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return MappedCsvReader(std::move(mapping)).read(buffer, FileName, report);
}

QString errorOf(const QByteArray &bytes, CsvMapping mapping = {})
{
    ImportReport report;
    try {
        read(bytes, &report, std::move(mapping));
    } catch (const Error &error) {
        return error.message();
    }
    return {};
}

} // namespace

class TstMappedCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void mapsTheFields();
    void actorsAndSourcesAreShared();
    void actorsAreOfTheirColumnsKind();
    void severalLinksAreSeveralSources();
    void titleFromDescription();
    void badRowsAreProblems();
    void dateOrderSettledByValues();
    void dateOrderNotSettledIsAsked();
    void dateOrderGiven();
    void uidWithoutColumnIsStable();
    void nonUtf8LinesAreWarned();
    void registeredAsCsvFormat();
    void cancel();
};

void TstMappedCsvReader::mapsTheFields()
{
    const QByteArray csv =
        "Title;Start;End;Mediator;Type;Notes;Place;Keywords;Link;Outlet;ID;Weight;Deaths\n"
        "Minsk II;12/02/2015;;OSCE;agreement;\"Package of\nmeasures\";Minsk;ceasefire | "
        "Donbas;https://example.org/m2;Reuters;M2;5;0\n";
    const QStringList header = QString::fromLatin1(csv).section(u'\n', 0, 0).split(u';');
    CsvMapping mapping = CsvMapping::fromText(
        QStringLiteral("title=Title,date=Start,end=End,actor:mediator=Mediator,category=Type,"
                       "description=Notes,location=Place,tags=Keywords,url=Link,outlet=Outlet,"
                       "uid=ID,importance=Weight,attribute=Deaths"),
        header);
    mapping.dateOrder = DateOrder::DayFirst; // 12/02/2015 alone settles nothing
    ImportReport report;
    TimelineContent content;
    try {
        content = read(csv, &report, mapping);
    } catch (const Error &error) {
        QFAIL(qPrintable(error.message()));
    }
    QCOMPARE(report.problems, QList<ImportProblem>());
    QCOMPARE(content.events.size(), 1);
    const Event &event = content.events.first();
    QCOMPARE(event.title, QStringLiteral("Minsk II"));
    QCOMPARE(event.start, PartialDate::day(2015, 2, 12));
    QCOMPARE(event.kind, Event::Kind::Point);
    QCOMPARE(event.category, QStringLiteral("agreement"));
    QCOMPARE(event.description, QStringLiteral("Package of\nmeasures"));
    QCOMPARE(event.location, QStringLiteral("Minsk"));
    QCOMPARE(event.tags, (QStringList{QStringLiteral("ceasefire"), QStringLiteral("Donbas")}));
    QCOMPARE(event.uid, QStringLiteral("csv:id:M2")); // a short id, qualified by its column
    QCOMPARE(event.importance, 5);
    QCOMPARE(event.attributes.value(QStringLiteral("deaths")), QStringLiteral("0"));
    QCOMPARE(content.actors.size(), 1);
    QCOMPARE(content.actors.first().name, QStringLiteral("OSCE"));
    QCOMPARE(event.actors,
             (QList<EventActor>{{content.actors.first().id, QStringLiteral("mediator")}}));
    QCOMPARE(content.sources.size(), 1);
    QCOMPARE(content.sources.first().url, QStringLiteral("https://example.org/m2"));
    QCOMPARE(content.sources.first().outlet, QStringLiteral("Reuters"));
    QCOMPARE(event.sourceIds, QList<qint64>{content.sources.first().id});
}

void TstMappedCsvReader::actorsAndSourcesAreShared()
{
    const QByteArray csv = "title,date,end_date,actor,actor2,url\n"
                           "Talks,2015-02-11,2015-02-12,Russia,Ukraine,https://a.org\n"
                           "More talks,2015-03-01,,russia; France,,https://a.org\n";
    ImportReport report;
    const TimelineContent content = read(csv, &report);
    QCOMPARE(report.problems, QList<ImportProblem>());
    QCOMPARE(content.actors.size(), 3); // Russia once, whatever its case
    QCOMPARE(content.sources.size(), 1);
    QCOMPARE(content.events.at(0).kind, Event::Kind::Period);
    QCOMPARE(content.events.at(0).end, PartialDate::day(2015, 2, 12));
    QCOMPARE(content.events.at(1).actors.first().actorId,
             content.events.at(0).actors.first().actorId);
    QCOMPARE(content.events.at(1).actors.first().role, QStringLiteral("party"));
}

// A table does not say what its actors are: each column's kind (Organisation unless the mapping
// says otherwise), whatever the names.
void TstMappedCsvReader::actorsAreOfTheirColumnsKind()
{
    const QByteArray csv = "title,date,state,party\n"
                           "Talks,2015-02-11,Ukraine,OSCE\n"
                           "More talks,2015-03-01,Russia,France\n";
    const QStringList header = QString::fromLatin1(csv).section(u'\n', 0, 0).split(u',');
    ImportReport report;
    const CsvMapping mapping = CsvMapping::fromText(
        QStringLiteral("title=title,date=date,actor:party:state=state,actor=party"), header);
    QHash<QString, Actor::Type> kinds;
    for (const Actor &actor : read(csv, &report, mapping).actors) {
        kinds.insert(actor.name, actor.type);
    }
    const QHash<QString, Actor::Type> expected = {
        {QStringLiteral("Ukraine"), Actor::Type::State},
        {QStringLiteral("Russia"), Actor::Type::State},
        {QStringLiteral("OSCE"), Actor::Type::Organisation},
        {QStringLiteral("France"), Actor::Type::Organisation}, // the file does not say
    };
    QCOMPARE(kinds, expected);
}

void TstMappedCsvReader::severalLinksAreSeveralSources()
{
    ImportReport report;
    const TimelineContent content = read("title,date,link,uid\n"
                                         "Corridor,2022-03-05,https://a.org/1 ;;;; https://a.org/2,"
                                         "0191d3a4-7c1e-7000-8000-000000000001\n",
                                         &report);
    QCOMPARE(content.sources.size(), 2);
    QCOMPARE(content.sources.at(1).url, QStringLiteral("https://a.org/2"));
    QCOMPARE(content.events.first().sourceIds.size(), 2);
    QCOMPARE(content.events.first().uid, QStringLiteral("0191d3a4-7c1e-7000-8000-000000000001"));
}

void TstMappedCsvReader::titleFromDescription()
{
    ImportReport report;
    const TimelineContent content =
        read("date,text\n2022-03-05,\"Corridor to Zaporizhzhia agreed\nMore text\"\n", &report);
    QCOMPARE(content.events.first().title, QStringLiteral("Corridor to Zaporizhzhia agreed"));
}

void TstMappedCsvReader::badRowsAreProblems()
{
    ImportReport report;
    const TimelineContent content = read("title,date,importance\n"
                                         "Good,2015-02-12,\n"
                                         "Bad date,2015-02-30,\n"
                                         ",2015-02-12,\n"
                                         "Bad weight,2015-02-12,9\n"
                                         "Undated,0000-00-00,\n",
                                         &report);
    QCOMPARE(content.events.size(), 2);
    QCOMPARE(content.events.at(1).title, QStringLiteral("Undated"));
    QVERIFY(content.events.at(1).isUndated());
    QCOMPARE(report.problems.size(), 3);
    QVERIFY2(report.problems.at(0).toString().startsWith(u"events.csv:3: date: "),
             qPrintable(report.problems.at(0).toString()));
    QCOMPARE(report.problems.at(1).toString(),
             QStringLiteral("events.csv:4: title: An event needs a title."));
    QCOMPARE(report.problems.at(2).toString(),
             QStringLiteral("events.csv:5: importance: “9” is no importance: write a number from "
                            "1 (minor) to 5 (major)."));
}

void TstMappedCsvReader::dateOrderSettledByValues()
{
    ImportReport report;
    const TimelineContent content = read("title,date\nA,05/02/2025\nB,13/02/2025\n", &report);
    QCOMPARE(content.events.at(0).start, PartialDate::day(2025, 2, 5));
}

void TstMappedCsvReader::dateOrderNotSettledIsAsked()
{
    QCOMPARE(errorOf("title,date\nA,05/02/2025\nB,06/02/2025\n"),
             QStringLiteral("events.csv: dates such as “05/02/2025” can be read day first or "
                            "month first, and no date in the file settles which. Say which order "
                            "the dates are in."));
}

void TstMappedCsvReader::dateOrderGiven()
{
    const QStringList header = {QStringLiteral("title"), QStringLiteral("date")};
    CsvMapping mapping = CsvMapping::guess(header, {});
    mapping.dateOrder = DateOrder::MonthFirst;
    ImportReport report;
    const TimelineContent content = read("title,date\nA,05/02/2025\n", &report, mapping);
    QCOMPARE(content.events.at(0).start, PartialDate::day(2025, 5, 2));
}

void TstMappedCsvReader::uidWithoutColumnIsStable()
{
    ImportReport report;
    const QByteArray csv = "title,date\nA,2025-02-05\nB,2025-02-05\n";
    const TimelineContent once = read(csv, &report);
    const TimelineContent again = read(csv, &report);
    QVERIFY(once.events.at(0).uid.startsWith(u"csv:"));
    QCOMPARE(once.events.at(0).uid, again.events.at(0).uid);
    QVERIFY(once.events.at(0).uid != once.events.at(1).uid);
}

void TstMappedCsvReader::nonUtf8LinesAreWarned()
{
    ImportReport report;
    const TimelineContent content = read("title,date\nCaf\xe9 talks,2025-02-05\n", &report);
    QCOMPARE(content.events.first().title, QStringLiteral("Café talks"));
    QCOMPARE(report.warnings.size(), 1);
    QCOMPARE(
        report.warnings.first().toString(),
        QStringLiteral("events.csv: lines read as Windows-1252 because they are not UTF-8: 2"));
}

void TstMappedCsvReader::registeredAsCsvFormat()
{
    QBuffer buffer;
    buffer.setData("headline,event_date\nTalks,2025-02-05\n");
    buffer.open(QIODevice::ReadOnly);
    ImportReport report;
    const TimelineContent content =
        ImportFormats::reader(ImportFormat::Csv)->read(buffer, FileName, &report);
    QCOMPARE(content.events.size(), 1);
    QCOMPARE(content.events.first().title, QStringLiteral("Talks"));
}

void TstMappedCsvReader::cancel()
{
    QByteArray csv = "title,date\n";
    for (int i = 0; i < 1000; ++i) {
        csv += "Talks " + QByteArray::number(i) + ",2025-02-05\n";
    }
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    ImportReport report;
    QVERIFY_THROWS_EXCEPTION(
        Cancelled,
        MappedCsvReader().read(buffer, FileName, &report, [](qint64, qint64) { return false; }));
}

QTEST_GUILESS_MAIN(TstMappedCsvReader)
#include "tst_mappedcsvreader.moc"
