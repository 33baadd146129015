// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include <QBuffer>
#include <QSet>
#include <QTemporaryDir>

#include "acledreader.h"
#include "cancelled.h"
#include "categorycolours.h"
#include "contentimport.h"
#include "eventstore.h"
#include "importformats.h"
#include "testsupport.h"

#include <memory>

using namespace entente;

namespace {

const QByteArray Header = "event_id_cnty,event_date,time_precision,event_type,sub_event_type,"
                          "actor1,assoc_actor_1,actor2,assoc_actor_2,admin1,location,latitude,"
                          "longitude,source,notes,fatalities\n";

// ACLED as exported: dates in three forms in one column (the first ambiguous until line
// 6 settles the order), notes across lines with a Windows-1252 dash (0x96) on line 3, a date
// that is no date (line 7) and a row without id (line 8).
const QByteArray Fixture =
    Header +
    "UKR1,05/02/2025 00:00:00,1,Battles,Armed clash,Military Forces of Russia (2000-),"
    "Wagner Group; Akhmat,Military Forces of Ukraine (2019-),,Kharkiv,Kupiansk,49.7106,37.6156,"
    "Ukrainska Pravda; Kyiv Independent,\"On 5 February, forces clashed.\n"
    "Losses \x96 unknown.\",3\n"
    "UKR2,2025-02-14,2,Explosions/Remote violence,Shelling/artillery/missile attack,"
    "Military Forces of Russia (2000-),,,,Kharkiv,Kharkiv,49.99,36.23,Ukrainska Pravda,,0\n"
    "UKR3,15 February 2025,3,Protests,Peaceful protest,Protesters (Ukraine),,,,Kyiv City,Kyiv,"
    ",,,,0\n"
    "UKR4,13/02/2025 00:00:00,1,Battles,Armed clash,Military Forces of Ukraine (2019-),,,,"
    "Donetsk,Pokrovsk,,,,,\n"
    "UKR5,31/02/2025 00:00:00,1,Battles,Armed clash,Someone,,,,Donetsk,Pokrovsk,,,,,\n"
    ",14/02/2025 00:00:00,1,Battles,Armed clash,Someone,,,,Donetsk,Pokrovsk,,,,,\n";

TimelineContent readBytes(const QByteArray &bytes, ImportReport *report,
                          const ImportProgress &progress = {})
{
    return readContent(AcledReader(), bytes, QStringLiteral("a.csv"), report, progress);
}

} // namespace

class TstAcledReader : public QObject
{
    Q_OBJECT

private slots:
    void mapsTheColumns();
    void datesOfMixedFormsAndPrecisions();
    void badRowsAreProblemsWithTheirLine();
    void linesNotInUtf8AreNamed();
    void unsettledDayMonthOrderIsDayFirstWithAWarning();
    void badTimePrecisionIsAProblem();
    void missingColumnIsAnError();
    void byteOrderMarkIsNotPartOfTheHeader();
    void detectedFromItsHeader();
    void cancelStopsTheRead();
    void importsIntoAStoreOnce();
    void streamsChunksThatMakeTheWholeContent();
    void actorKindsFromInteractionCodes();
    void importedCategoriesGetDistinctColours();
};

void TstAcledReader::mapsTheColumns()
{
    ImportReport report;
    const TimelineContent content = readBytes(Fixture, &report);
    QCOMPARE(content.events.size(), 4);
    const Event clash = content.events.at(0);
    QCOMPARE(clash.uid, QStringLiteral("acled:UKR1"));
    QCOMPARE(clash.title, QStringLiteral("Armed clash in Kupiansk: Military Forces of Russia "
                                         "(2000-) and Military Forces of Ukraine (2019-)"));
    QCOMPARE(clash.category, QStringLiteral("Battles"));
    QCOMPARE(clash.tags, QStringList{QStringLiteral("Armed clash")});
    QCOMPARE(clash.location, QStringLiteral("Kupiansk, Kharkiv"));
    QCOMPARE(clash.description,
             QStringLiteral("On 5 February, forces clashed.\nLosses – unknown."));
    QCOMPARE(actorsWithRoles(content, clash),
             QStringList({QStringLiteral("Military Forces of Russia (2000-) (party)"),
                          QStringLiteral("Wagner Group (associated)"),
                          QStringLiteral("Akhmat (associated)"),
                          QStringLiteral("Military Forces of Ukraine (2019-) (party)")}));
    QCOMPARE(clash.attributes.value(QStringLiteral("latitude")), QStringLiteral("49.7106"));
    QCOMPARE(clash.attributes.value(QStringLiteral("longitude")), QStringLiteral("37.6156"));
    QCOMPARE(clash.attributes.value(QStringLiteral("acled.fatalities")), QStringLiteral("3"));
    QCOMPARE(clash.sourceIds.size(), 2);
    QCOMPARE(content.sources.at(0).outlet, QStringLiteral("Ukrainska Pravda"));
    QCOMPARE(content.sources.at(1).outlet, QStringLiteral("Kyiv Independent"));
    // One actor and one source for a name that several rows give.
    const Event shelling = content.events.at(1);
    QCOMPARE(shelling.title, QStringLiteral("Shelling/artillery/missile attack in Kharkiv: "
                                            "Military Forces of Russia (2000-)"));
    QCOMPARE(shelling.location, QStringLiteral("Kharkiv"));
    QCOMPARE(shelling.actors.first().actorId, clash.actors.first().actorId);
    QCOMPARE(shelling.sourceIds, QList<qint64>{clash.sourceIds.first()});
    // Actors of the rows left out are not brought in.
    QCOMPARE(content.actors.size(), 5);
    QCOMPARE(content.sources.size(), 2);
}

void TstAcledReader::datesOfMixedFormsAndPrecisions()
{
    ImportReport report;
    const TimelineContent content = readBytes(Fixture, &report);
    // 05/02/2025 is read day first, as 13/02/2025 three rows later settles it.
    QCOMPARE(content.events.at(0).start, PartialDate::day(2025, 2, 5));
    QCOMPARE(content.events.at(1).start, PartialDate::day(2025, 2, 14, true)); // the week
    QCOMPARE(content.events.at(2).start, PartialDate::month(2025, 2));         // the month
    QCOMPARE(content.events.at(3).start, PartialDate::day(2025, 2, 13));
    QVERIFY(content.events.at(0).kind == Event::Kind::Point);
}

void TstAcledReader::badRowsAreProblemsWithTheirLine()
{
    ImportReport report;
    readBytes(Fixture, &report);
    QCOMPARE(problemStrings(report.problems),
             QStringList({QStringLiteral("a.csv:7: event_date: “31/02/2025 00:00:00”, read "
                                         "with the day first (DD/MM/YYYY), is not a date: "
                                         "day 31 does not exist in 2025-02."),
                          QStringLiteral("a.csv:8: event_id_cnty: the row has no event id")}));
}

void TstAcledReader::linesNotInUtf8AreNamed()
{
    ImportReport report;
    readBytes(Fixture, &report);
    QCOMPARE(problemStrings(report.warnings),
             QStringList{QStringLiteral("a.csv:3: a line not in UTF-8, read as Windows-1252: 3")});
}

void TstAcledReader::unsettledDayMonthOrderIsDayFirstWithAWarning()
{
    ImportReport report;
    const TimelineContent content =
        readBytes(Header + "UKR1,05/02/2025 00:00:00,1,Battles,Armed clash,A,,,,,,,,,,\n"
                           "UKR2,2025-03-01,1,Battles,Armed clash,A,,,,,,,,,,\n",
                  &report);
    QCOMPARE(content.events.at(0).start, PartialDate::day(2025, 2, 5));
    QCOMPARE(content.events.at(1).start, PartialDate::day(2025, 3, 1));
    QCOMPARE(problemStrings(report.warnings),
             QStringList{QStringLiteral(
                 "a.csv:2: event_date: no date in the column shows whether the day or the month "
                 "comes first (“05/02/2025 00:00:00”); they were read with the day first, as "
                 "this format writes them")});
    QVERIFY(report.problems.isEmpty());
}

void TstAcledReader::badTimePrecisionIsAProblem()
{
    ImportReport report;
    const TimelineContent content =
        readBytes(Header + "UKR1,2025-02-05,7,Battles,Armed clash,A,,,,,,,,,,\n", &report);
    QVERIFY(content.events.isEmpty());
    QVERIFY(content.actors.isEmpty());
    QCOMPARE(problemStrings(report.problems),
             QStringList{QStringLiteral("a.csv:2: time_precision: “7” is not a time precision: "
                                        "ACLED writes 1 (day), 2 (week) or 3 (month)")});
}

void TstAcledReader::missingColumnIsAnError()
{
    ImportReport report;
    QCOMPARE(errorOf([&] { readBytes("event_id_cnty,event_type\nUKR1,Battles\n", &report); }),
             std::optional<QString>(QStringLiteral(
                 "a.csv:1: the header has no column “event_date”, which ACLED files have")));
}

void TstAcledReader::byteOrderMarkIsNotPartOfTheHeader()
{
    ImportReport report;
    const TimelineContent content = readBytes(
        "\xEF\xBB\xBF" + Header + "UKR1,2025-02-05,1,Battles,Armed clash,A,,,,,,,,,,\n", &report);
    QCOMPARE(content.events.size(), 1);
    QCOMPARE(content.events.first().uid, QStringLiteral("acled:UKR1"));
    QVERIFY(report.warnings.isEmpty());
}

void TstAcledReader::detectedFromItsHeader()
{
    QCOMPARE(ImportFormats::detect(QStringLiteral("export.csv"), Fixture), ImportFormat::Acled);
    QCOMPARE(ImportFormats::detect(QStringLiteral("export.txt"), Fixture), ImportFormat::Acled);
}

void TstAcledReader::cancelStopsTheRead()
{
    QByteArray bytes = Header;
    for (int i = 0; i < 1000; ++i) {
        bytes += "UKR" + QByteArray::number(i) + ",2025-02-05,1,Battles,Armed clash,A,,,,,,,,,,\n";
    }
    ImportReport report;
    qint64 lastDone = 0, lastTotal = 0;
    QVERIFY(errorOf([&] {
        readBytes(bytes, &report, [&](qint64 done, qint64 total) {
            lastDone = done;
            lastTotal = total;
            return done < total / 2;
        });
    }));
    QCOMPARE(lastTotal, qint64(bytes.size()));
    QVERIFY(lastDone >= lastTotal / 2 && lastDone < lastTotal);
    bool cancelled = false;
    try {
        readBytes(bytes, &report, [](qint64, qint64) { return false; });
    } catch (const Cancelled &) {
        cancelled = true;
    }
    QVERIFY(cancelled);
}

void TstAcledReader::importsIntoAStoreOnce()
{
    QTemporaryDir dir;
    EventStore store(dir.filePath(QStringLiteral("t.entente")));
    Actor russia;
    russia.name = QStringLiteral("Russia");
    russia.aliases = {QStringLiteral("Military Forces of Russia (2000-)")};
    const qint64 russiaId = store.addActor(russia);
    const qint64 actorsBefore = store.actors().size();
    ImportReport report;
    const TimelineContent content = readBytes(Fixture, &report);
    const ImportOutcome first = ContentImport::run(store, content);
    QCOMPARE(first.added, 4);
    QCOMPARE(store.eventCount(), 4);
    // The actor known by an alias is matched, the four others are created.
    QCOMPARE(store.actors().size(), actorsBefore + 4);
    const QList<Event> events = store.events();
    const auto clash = std::find_if(events.cbegin(), events.cend(),
                                    [](const Event &event) { return event.uid == u"acled:UKR1"; });
    QVERIFY(clash != events.cend());
    QCOMPARE(clash->actors.first().actorId, russiaId);
    QCOMPARE(clash->attributes.value(QStringLiteral("acled.fatalities")), QStringLiteral("3"));

    const ImportOutcome again = ContentImport::run(store, readBytes(Fixture, &report));
    QCOMPARE(again.added, 0);
    QCOMPARE(again.skipped, 4);
    QCOMPARE(store.eventCount(), 4);
    QCOMPARE(store.actors().size(), actorsBefore + 4);
}

// 20,000 rows: dates that wait for the day–month order until row 9,001 settles it, actor "A" in
// every chunk and actor "Late" only near the end, a bad date in the second chunk.
void TstAcledReader::streamsChunksThatMakeTheWholeContent()
{
    QByteArray bytes = Header;
    for (int i = 1; i <= 20000; ++i) {
        const QByteArray date = i == 15000  ? "31/02/2025 00:00:00"
                                : i < 9001  ? "05/02/2025 00:00:00"
                                : i == 9001 ? "13/02/2025 00:00:00"
                                            : "2025-03-01";
        const QByteArray second = i > 19990 ? "Late" : "B" + QByteArray::number(i % 3);
        bytes += "UKR" + QByteArray::number(i) + "," + date + ",1,Battles,Armed clash,A,," +
                 second + ",,,,,,Outlet " + QByteArray::number(i % 5) + ",,\n";
    }
    QList<TimelineContent> chunks;
    ImportReport report;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    AcledReader().stream(buffer, QStringLiteral("a.csv"), &report,
                         [&](TimelineContent chunk) { chunks.append(std::move(chunk)); });

    QVERIFY(chunks.size() >= 3);
    // Held until the order was settled, then read day first.
    QVERIFY(chunks.first().events.size() >= 9001);
    QCOMPARE(chunks.first().events.first().start, PartialDate::day(2025, 2, 5));
    QCOMPARE(problemStrings(report.problems).size(), 1);
    QVERIFY(problemStrings(report.problems).first().startsWith(QStringLiteral("a.csv:15001:")));
    TimelineContent whole;
    QSet<QString> actorNames;
    for (const TimelineContent &chunk : std::as_const(chunks)) {
        for (const Actor &actor : chunk.actors) {
            QVERIFY2(!actorNames.contains(actor.name), qPrintable(actor.name)); // given once
            actorNames.insert(actor.name);
        }
        DatasetReader::append(&whole, chunk);
    }
    QCOMPARE(whole.events.size(), 19999);
    QCOMPARE(chunks.first().actors.size(), 4); // A, B0, B1, B2
    QCOMPARE(chunks.last().actors.size(), 1);  // Late
    QCOMPARE(chunks.last().sources.size(), 0); // all five outlets came in the first chunk
    QCOMPARE(whole.events.last().actors.first().actorId, chunks.first().actors.first().id);
    ImportReport again;
    QCOMPARE(readBytes(bytes, &again), whole);
}

// inter1/inter2 say what actor1/actor2 are, as a code (older exports) or a name (newer ones);
// associated actors have none, until a row names them as actor1 or actor2.
void TstAcledReader::actorKindsFromInteractionCodes()
{
    const QByteArray csv =
        "event_id_cnty,event_date,event_type,actor1,inter1,assoc_actor_1,actor2,inter2\n"
        "UKR1,2025-02-05,Battles,Military Forces of Russia (2000-),1,Akhmat,"
        "Protesters (Ukraine),6\n"
        "UKR2,2025-02-06,Battles,UN Peacekeepers,External/Other forces,,Akhmat,"
        "Identity militia\n"
        "UKR3,2025-02-07,Riots,Rioters (Ukraine),5,Wagner Group,Civilians (Ukraine),7\n"
        "UKR4,2025-02-08,Battles,Someone,9,,Rebels,Rebel group\n";
    ImportReport report;
    const TimelineContent content = readBytes(csv, &report);
    QVERIFY(report.problems.isEmpty());
    QHash<QString, Actor::Type> kinds;
    for (const Actor &actor : content.actors) {
        kinds.insert(actor.name, actor.type);
    }
    const QHash<QString, Actor::Type> expected = {
        {QStringLiteral("Military Forces of Russia (2000-)"), Actor::Type::State},
        {QStringLiteral("Akhmat"), Actor::Type::Group}, // associated first, a militia later
        {QStringLiteral("Protesters (Ukraine)"), Actor::Type::Group},
        {QStringLiteral("UN Peacekeepers"), Actor::Type::Organisation},
        {QStringLiteral("Rioters (Ukraine)"), Actor::Type::Group},
        {QStringLiteral("Wagner Group"), Actor::Type::Group}, // associated only
        {QStringLiteral("Civilians (Ukraine)"), Actor::Type::Group},
        {QStringLiteral("Someone"), Actor::Type::Group}, // a code ACLED does not have
        {QStringLiteral("Rebels"), Actor::Type::Group},
    };
    QCOMPARE(kinds, expected);
    QCOMPARE(AcledReader::kindOfInteraction(u"State forces", u"Police Forces of Ukraine"),
             std::optional(Actor::Type::State));
    // External forces: another state's when named as state forces are, else an organisation.
    QCOMPARE(AcledReader::kindOfInteraction(u"8", u"Military Forces of Russia (2000-) Navy"),
             std::optional(Actor::Type::State));
    QCOMPARE(AcledReader::kindOfInteraction(u"8", u"Unidentified Military Forces"),
             std::optional(Actor::Type::Organisation));
    QCOMPARE(AcledReader::kindOfInteraction(u"", u"Military Forces of Russia (2000-)"),
             std::nullopt);
}

// Each event type is a category of its own colour, stored with it; undo takes them away.
void TstAcledReader::importedCategoriesGetDistinctColours()
{
    QTemporaryDir dir;
    EventStore store(dir.filePath(QStringLiteral("t.entente")));
    ImportReport report;
    ImportOutcome outcome = ContentImport::run(store, readBytes(Fixture, &report));
    QCOMPARE(outcome.createdCategories.size(), 3);
    QStringList names, colours;
    for (const Category &category : store.categories()) {
        names.append(category.name);
        colours.append(category.color);
        QVERIFY(category.defined);
        QVERIFY2(CategoryColours::palette().contains(category.color), qPrintable(category.color));
    }
    QCOMPARE(names,
             (QStringList{QStringLiteral("Battles"), QStringLiteral("Explosions/Remote violence"),
                          QStringLiteral("Protests")}));
    QCOMPARE(QSet<QString>(colours.cbegin(), colours.cend()).size(), 3);
    ContentImport::undo(store, &outcome);
    QVERIFY(store.categories().isEmpty());
}

QTEST_MAIN(TstAcledReader)
#include "tst_acledreader.moc"
