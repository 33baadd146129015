// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>

#include "cancelled.h"
#include "categorycolours.h"
#include "contentimport.h"
#include "densityindex.h"
#include "eventstore.h"
#include "statement.h"
#include "testsupport.h"
#include "transaction.h"

#include <algorithm>
#include <cmath>
#include <memory>

using namespace entente;

namespace {

Event newEvent(const QString &uid, const QString &title, const PartialDate &start)
{
    Event e;
    e.uid = uid;
    e.title = title;
    e.start = start;
    return e;
}

Actor actor(qint64 id, const QString &name, const QStringList &aliases = {})
{
    Actor a;
    a.id = id;
    a.name = name;
    a.aliases = aliases;
    return a;
}

// A few thousand events as a dataset brings them: every span class from an hour to centuries
// (points to the minute, day, month and year; periods, ongoing ones), undated ones, 0–3 of 12
// actors, five categories, all importances, crowded into the same buckets often enough that
// their tops compete.
TimelineContent generated(int events, quint32 seed, const QString &uidPrefix)
{
    QRandomGenerator random(seed);
    TimelineContent content;
    // The categories stay automatic, as an event added by hand leaves them (the colours an
    // import gives are categoriesOnlyNamedByEventsAreColoured's).
    content.categoriesComplete = true;
    for (int i = 1; i <= 12; ++i) {
        content.actors.append(actor(i, QStringLiteral("Actor %1").arg(i)));
    }
    for (int i = 1; i <= 5; ++i) {
        content.sources.append({i, QStringLiteral("Outlet %1").arg(i), {}, {}, {}, {}});
    }
    const QStringList categories = {{},
                                    QStringLiteral("battle"),
                                    QStringLiteral("talks"),
                                    QStringLiteral("ceasefire"),
                                    QStringLiteral("protest")};
    for (int i = 0; i < events; ++i) {
        const int year = 1900 + random.bounded(130), month = 1 + random.bounded(12);
        const int day = 1 + random.bounded(28);
        const PartialDate starts[] = {
            PartialDate::minute(year, month, day, random.bounded(24), random.bounded(60)),
            PartialDate::day(year, month, day), PartialDate::month(year, month),
            PartialDate::year(year)};
        Event e = newEvent(uidPrefix + QString::number(i), QStringLiteral("Event %1").arg(i),
                           random.bounded(50) == 0 ? PartialDate() : starts[random.bounded(4)]);
        if (!e.isUndated() && random.bounded(4) == 0) {
            e.kind = Event::Kind::Period;
            e.ongoing = random.bounded(10) == 0;
            const qint64 length = qint64(std::pow(2.0, random.bounded(35.0))); // up to a millennium
            const QDateTime end =
                QDateTime::fromSecsSinceEpoch(e.start.latestSecond() + length, Qt::UTC);
            e.end = e.ongoing ? PartialDate()
                              : PartialDate::minute(end.date().year(), end.date().month(),
                                                    end.date().day(), end.time().hour(),
                                                    end.time().minute());
        }
        e.category = categories.at(random.bounded(int(categories.size())));
        e.importance = 1 + random.bounded(5);
        for (int a = random.bounded(4); a > 0; --a) {
            const qint64 id = 1 + random.bounded(12);
            if (std::none_of(e.actors.begin(), e.actors.end(),
                             [&](const EventActor &x) { return x.actorId == id; })) {
                e.actors.append({id, QStringLiteral("party")});
            }
        }
        e.sourceIds = {1 + random.bounded(5)};
        content.events.append(e);
    }
    return content;
}

// Adds the content's events one at a time, each in a transaction of its own (the per-event
// path of an edit), after its actors and sources.
void addOneByOne(EventStore &store, TimelineContent content)
{
    const QList<Event> events = content.events;
    content.events.clear();
    ContentImport::run(store, content);
    QHash<QString, qint64> actorIds, sourceIds;
    for (const Actor &a : store.actors()) {
        actorIds.insert(a.name, a.id);
    }
    for (const Source &s : store.sources()) {
        sourceIds.insert(s.outlet, s.id);
    }
    for (Event e : events) {
        for (EventActor &a : e.actors) {
            a.actorId = actorIds.value(content.actors.at(a.actorId - 1).name);
        }
        for (qint64 &id : e.sourceIds) {
            id = sourceIds.value(content.sources.at(id - 1).outlet);
        }
        store.addEvent(e);
    }
}

// Empty when the density summaries are what a rebuild from the events makes of them.
QString summariesMismatch(Database &db)
{
    const QStringList kept = canonicalDump(db);
    Transaction transaction(db); // never committed
    DensityIndex(db).rebuild();
    const QStringList rebuilt = canonicalDump(db);
    return kept == rebuilt ? QString()
                           : QStringLiteral("%1 rows, %2 after a rebuild of the summaries")
                                 .arg(kept.size())
                                 .arg(rebuilt.size());
}

// The content in `parts` chunks as a reader streams them: each event in one chunk, in order;
// an actor or source in the chunk of the first event that names it; the relations in the last.
QList<TimelineContent> chunksOf(const TimelineContent &content, int parts)
{
    QList<TimelineContent> chunks(parts);
    QSet<qint64> actorsGiven, sourcesGiven;
    const qsizetype perChunk = (content.events.size() + parts - 1) / parts;
    for (qsizetype i = 0; i < content.events.size(); ++i) {
        TimelineContent &chunk = chunks[i / perChunk];
        const Event &event = content.events.at(i);
        for (const EventActor &named : event.actors) {
            if (!actorsGiven.contains(named.actorId)) {
                actorsGiven.insert(named.actorId);
                chunk.actors.append(content.actors.at(named.actorId - 1));
            }
        }
        for (const qint64 source : event.sourceIds) {
            if (!sourcesGiven.contains(source)) {
                sourcesGiven.insert(source);
                chunk.sources.append(content.sources.at(source - 1));
            }
        }
        chunk.events.append(event);
    }
    chunks.last().relations = content.relations;
    return chunks;
}

ContentImport::Producer producerOf(const QList<TimelineContent> &chunks)
{
    return [chunks](const ContentSink &sink) {
        for (const TimelineContent &chunk : chunks) {
            sink(chunk);
        }
    };
}

} // namespace

class TstContentImport : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void addsEverythingOnce();
    void actorsMatchByNameOrAliasIgnoringCase();
    void createdActorsKeepTheirAffiliations();
    void sourcesMatchByEquality();
    void equalSourcesOfTheContentStayApart();
    void categoriesAndRelationTypesCreatedWhenMissing();
    void categoriesOnlyNamedByEventsAreColoured();
    void titleTakenWhenTheTimelineHasNone();
    void knownEventsCountedInOneQuery();
    void erasAddedUnlessEqual();
    void duplicatesSkippedByUid();
    void duplicatesUpdatedKeepTheStoresId();
    void sameUidTwiceInContentCountsOnce();
    void relationsByPlaceholderAndStoreId();
    void reimportAddsNoRelationTwice();
    void invalidEventRollsBackEverything();
    void cancelMidwayRollsBackEverything();
    void progressReportsUpToTheTotal();
    void undoAndRedoAreExact();
    void agreementsImportedAndTakenBackExactly();
    void undoAndRedoOfAnUpdateAreExact();
    void oneNotification();
    void bulkImportEqualsEventsAddedOneByOne();
    void bulkImportIntoAStoreWithEventsEqualsOneByOne();
    void bulkImportRefusesARelationToNoEvent();
    void bulkImportKeepsTheSchema();
    void bulkImportLeavesTheIndexSettingsOfEdits();
    void soleAccessImportKeepsTheJournalMode();
    void encodedContentStoresTheSameRows();
    void soleAccessBesideAnotherConnectionStaysInWal();
    void streamedChunksEqualTheWholeContent();
    void identityHoldsAcrossChunks();
    void badEventInALateChunkChangesNothing();
    void cancelInALateChunkChangesNothing();
    void undoAndRedoOfAStreamedImportAreExact();
    void titleAndColoursHoldAcrossChunks();
    void savedViewsMapActorsAndFollowDuplicates();
    void undoAndRedoOfSavedViewsAreExact();

private:
    EventStore &store() { return *m_store; }
    QStringList dump() { return canonicalDump(m_store->database()); }
    // Undo gives `before`, redo `after`, and undo `before` again.
    void undoRedoUndo(ImportOutcome *outcome, const QStringList &before, const QStringList &after)
    {
        ContentImport::undo(store(), outcome);
        QCOMPARE(dump(), before);
        ContentImport::redo(store(), outcome);
        QCOMPARE(dump(), after);
        ContentImport::undo(store(), outcome);
        QCOMPARE(dump(), before);
    }
    // The file's bytes with the store closed (so that all it wrote is in the file), reopened.
    // The file as it is with the store closed, but for the two counters SQLite bumps in its
    // header when the store switches it to WAL for a write and back when it closes, as it does
    // also for a write that is rolled back (the journal mode cannot change inside it).
    QByteArray contentOnDisk()
    {
        QByteArray bytes = bytesOnDisk();
        bytes.replace(24, 4, QByteArray(4, '\0')); // the file change counter
        bytes.replace(92, 4, QByteArray(4, '\0')); // the change counter it is valid for
        return bytes;
    }
    QByteArray bytesOnDisk()
    {
        m_store.reset();
        const QString path = m_dir->filePath(QStringLiteral("t.entente"));
        const QByteArray bytes = fileBytes(path);
        m_store = std::make_unique<EventStore>(path);
        return bytes;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EventStore> m_store;
};

void TstContentImport::init()
{
    m_store.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<EventStore>(m_dir->filePath(QStringLiteral("t.entente")));
}

void TstContentImport::addsEverythingOnce()
{
    TimelineContent content;
    content.actors = {actor(7, QStringLiteral("Russia"))};
    content.sources = {{3,
                        QStringLiteral("Reuters"),
                        QStringLiteral("Talks"),
                        QStringLiteral("https://example.org/a"),
                        {},
                        {}}};
    Event talks =
        newEvent(QStringLiteral("test:1"), QStringLiteral("Talks"), PartialDate::day(2025, 2, 18));
    talks.actors = {{7, QStringLiteral("party")}};
    talks.sourceIds = {3};
    talks.attributes = {{QStringLiteral("test.n"), QStringLiteral("1")}};
    content.events = {talks, newEvent({}, QStringLiteral("No uid"), PartialDate::year(2024))};

    const ImportOutcome outcome = ContentImport::run(store(), content);
    QCOMPARE(outcome.added, 2);
    QCOMPARE(outcome.updated + outcome.skipped, 0);
    QCOMPARE(outcome.createdActors.size(), 1);
    QCOMPARE(outcome.createdSources.size(), 1);
    const Event stored = *store().eventByUid(QStringLiteral("test:1"));
    QCOMPARE(stored.actors,
             (QList<EventActor>{{outcome.createdActors.first().id, QStringLiteral("party")}}));
    QCOMPARE(stored.sourceIds, QList<qint64>{outcome.createdSources.first().id});
    QCOMPARE(stored.attributes, talks.attributes);
    const Event second = *store().event(outcome.addedEventIds().at(1));
    QVERIFY(!second.uid.isEmpty()); // a new uid
    QCOMPARE(outcome.addedEventIds(), (QList<qint64>{stored.id, second.id}));
}

void TstContentImport::actorsMatchByNameOrAliasIgnoringCase()
{
    const qint64 russia = store().addActor(
        actor(0, QStringLiteral("Russian Federation"), {QStringLiteral("Russia")}));
    const qint64 ukraine = store().addActor(actor(0, QStringLiteral("Ukraine")));
    TimelineContent content;
    content.actors = {actor(1, QStringLiteral("russia")), actor(2, QStringLiteral("UKRAINE ")),
                      actor(3, QStringLiteral("Kyiv"), {QStringLiteral("ukraine")}),
                      actor(4, QStringLiteral("OSCE")), actor(5, QStringLiteral("osce"))};
    Event e = newEvent({}, QStringLiteral("e"), PartialDate::year(2014));
    e.actors = {{1, {}}, {2, {}}, {3, {}}, {4, {}}, {5, {}}};
    content.events = {e};

    const ImportOutcome outcome = ContentImport::run(store(), content);
    QCOMPARE(outcome.createdActors.size(), 1); // OSCE, once
    QCOMPARE(outcome.createdActors.first().name, QStringLiteral("OSCE"));
    const qint64 osce = outcome.createdActors.first().id;
    QList<qint64> ids;
    const Event stored = *store().event(outcome.addedEventIds().first());
    for (const EventActor &a : stored.actors) {
        ids.append(a.actorId);
    }
    QCOMPARE(ids, (QList<qint64>{russia, ukraine, ukraine, osce, osce}));
    QCOMPARE(store().actors().size(), 3);
}

void TstContentImport::createdActorsKeepTheirAffiliations()
{
    TimelineContent content;
    Actor rutte = actor(1, QStringLiteral("Rutte"));
    rutte.type = Actor::Type::Person;
    rutte.affiliationId = 2; // comes later in the list
    content.actors = {rutte, actor(2, QStringLiteral("NATO"))};
    ContentImport::run(store(), content);
    const QList<Actor> actors = store().actors();
    QCOMPARE(actors.size(), 2);
    const auto byName = [&](const QString &name) {
        return *std::find_if(actors.begin(), actors.end(),
                             [&](const Actor &a) { return a.name == name; });
    };
    QCOMPARE(byName(QStringLiteral("Rutte")).affiliationId, byName(QStringLiteral("NATO")).id);
}

void TstContentImport::sourcesMatchByEquality()
{
    const Source kept{0,
                      QStringLiteral("Reuters"),
                      QStringLiteral("Talks"),
                      QStringLiteral("https://example.org/a"),
                      PartialDate::day(2025, 2, 18),
                      QStringLiteral("q")};
    const qint64 existing = store().addSource(kept);
    TimelineContent content;
    Source same = kept;
    same.id = 10;
    Source other = kept;
    other.id = 11;
    other.quote = QStringLiteral("another quote");
    content.sources = {same, other};
    Event e = newEvent({}, QStringLiteral("e"), PartialDate::year(2014));
    e.sourceIds = {10, 11};
    content.events = {e};
    const ImportOutcome outcome = ContentImport::run(store(), content);
    QCOMPARE(outcome.createdSources.size(), 1);
    QCOMPARE(store().event(outcome.addedEventIds().first())->sourceIds,
             (QList<qint64>{existing, outcome.createdSources.first().id}));
    QCOMPARE(store().sources().size(), 2);
}

// Two events citing the same sentence hold two equal sources (a JSON export writes both): an
// import keeps both, and importing again takes them instead of adding more.
void TstContentImport::equalSourcesOfTheContentStayApart()
{
    const Source citation{1,  QStringLiteral("Reuters"), QStringLiteral("Talks"), {},
                          {}, QStringLiteral("q")};
    Source again = citation;
    again.id = 2;
    TimelineContent content;
    content.sources = {citation, again};
    Event a = newEvent(QStringLiteral("a"), QStringLiteral("a"), PartialDate::year(2014));
    a.sourceIds = {1};
    Event b = newEvent(QStringLiteral("b"), QStringLiteral("b"), PartialDate::year(2015));
    b.sourceIds = {2};
    content.events = {a, b};
    const ImportOutcome outcome = ContentImport::run(store(), content);
    QCOMPARE(outcome.createdSources.size(), 2);
    QCOMPARE(store().sources().size(), 2);
    QVERIFY(store().eventByUid(QStringLiteral("a"))->sourceIds !=
            store().eventByUid(QStringLiteral("b"))->sourceIds);
    QCOMPARE(ContentImport::run(store(), content).createdSources.size(), 0);
    QCOMPARE(store().sources().size(), 2);
}

void TstContentImport::categoriesAndRelationTypesCreatedWhenMissing()
{
    store().setCategory({QStringLiteral("talks"), QStringLiteral("#112233"), 0, false});
    TimelineContent content;
    content.categories = {{QStringLiteral("talks"), QStringLiteral("#ffffff"), 0, false},
                          {QStringLiteral("fighting"), QStringLiteral("#aa0000"), 0, false}};
    content.relationTypes = {{QStringLiteral("escalated"), QStringLiteral("escalated into"),
                              QStringLiteral("#00aa00"), 0}};
    content.events = {newEvent({}, QStringLiteral("a"), PartialDate::year(2014)),
                      newEvent({}, QStringLiteral("b"), PartialDate::year(2015))};
    content.relations = {{0, -1, -2, QStringLiteral("escalated"), {}},
                         {0, -2, -1, QStringLiteral("mirrors"), {}},
                         {0, -1, -2, Relation::LedTo, {}}};
    const ImportOutcome outcome = ContentImport::run(store(), content);
    QCOMPARE(outcome.createdCategories,
             (QList<Category>{{QStringLiteral("fighting"), QStringLiteral("#aa0000"), 0, false}}));
    QStringList colours;
    for (const Category &c : store().categories()) {
        colours.append(c.name + QLatin1Char('=') + c.color);
    }
    QCOMPARE(colours,
             (QStringList{QStringLiteral("fighting=#aa0000"), QStringLiteral("talks=#112233")}));
    QCOMPARE(outcome.createdRelationTypes,
             (QList<RelationType>{{QStringLiteral("escalated"), QStringLiteral("escalated into"),
                                   QStringLiteral("#00aa00"), 0},
                                  {QStringLiteral("mirrors"), QStringLiteral("mirrors"), {}, 0}}));
    QCOMPARE(store().relations().size(), 3);
}

// A category the events name and the content does not colour gets the hue the timeline's
// categories show least; one the timeline has keeps its colour; a complete list of categories
// (Entente JSON) leaves the others automatic.
void TstContentImport::categoriesOnlyNamedByEventsAreColoured()
{
    store().setCategory({QStringLiteral("diplomacy"), QString(), 0, false}); // the first hue
    TimelineContent content;
    content.events = {newEvent(QStringLiteral("a"), QStringLiteral("a"), PartialDate::year(2014)),
                      newEvent(QStringLiteral("b"), QStringLiteral("b"), PartialDate::year(2015)),
                      newEvent(QStringLiteral("c"), QStringLiteral("c"), PartialDate::year(2016))};
    content.events[0].category = QStringLiteral("diplomacy");
    content.events[1].category = QStringLiteral("shelling");
    content.events[2].category = QStringLiteral("talks");
    ContentImport::run(store(), content);
    QStringList colours;
    for (const Category &c : store().categories()) {
        colours.append(c.name + QLatin1Char('=') + c.color);
    }
    const QStringList palette = CategoryColours::palette();
    QCOMPARE(colours,
             (QStringList{QStringLiteral("diplomacy="), QStringLiteral("shelling=") + palette.at(1),
                          QStringLiteral("talks=") + palette.at(2)}));

    TimelineContent complete;
    complete.categoriesComplete = true;
    complete.events = {newEvent(QStringLiteral("d"), QStringLiteral("d"), PartialDate::year(2017))};
    complete.events[0].category = QStringLiteral("ceasefire");
    QVERIFY(ContentImport::run(store(), complete).createdCategories.isEmpty());
    QCOMPARE(store().categories().at(0).name, QStringLiteral("ceasefire"));
    QCOMPARE(store().categories().at(0).color, QString());
}

// The file's title becomes the timeline's when it has none, with the import's undo and redo;
// a timeline's own title is kept, and the report says so.
void TstContentImport::titleTakenWhenTheTimelineHasNone()
{
    TimelineContent content;
    content.title = QStringLiteral("Minsk talks");
    content.events = {newEvent(QStringLiteral("a"), QStringLiteral("a"), PartialDate::year(2014))};
    ImportReport report;
    ContentImport::noteTitle(store(), content.title, QStringLiteral("m.json"), &report);
    QVERIFY(report.warnings.isEmpty());
    ImportOutcome outcome = ContentImport::run(store(), content);
    QCOMPARE(store().title(), QStringLiteral("Minsk talks"));
    ContentImport::undo(store(), &outcome);
    QCOMPARE(store().title(), QString());
    ContentImport::redo(store(), &outcome);
    QCOMPARE(store().title(), QStringLiteral("Minsk talks"));

    content.title = QStringLiteral("Normandy format");
    ContentImport::noteTitle(store(), content.title, QStringLiteral("n.json"), &report);
    QCOMPARE(report.warnings.size(), 1);
    QCOMPARE(report.warnings.first().toString(),
             QStringLiteral("n.json: the file's title, “Normandy format”, was not taken: the "
                            "timeline keeps its own, “Minsk talks”"));
    ImportOutcome second = ContentImport::run(store(), content);
    QCOMPARE(store().title(), QStringLiteral("Minsk talks"));
    ContentImport::undo(store(), &second);
    QCOMPARE(store().title(), QStringLiteral("Minsk talks"));
}

void TstContentImport::knownEventsCountedInOneQuery()
{
    TimelineContent content;
    content.events = {newEvent(QStringLiteral("a"), QStringLiteral("a"), PartialDate::year(2014)),
                      newEvent(QStringLiteral("b"), QStringLiteral("b"), PartialDate::year(2015))};
    QCOMPARE(ContentImport::countKnown(store(), content), 0);
    ContentImport::run(store(), content);
    TimelineContent again;
    again.events = {newEvent(QStringLiteral("b"), QStringLiteral("b"), PartialDate::year(2015)),
                    newEvent(QStringLiteral("c"), QStringLiteral("c"), PartialDate::year(2016)),
                    newEvent(QStringLiteral("a"), QStringLiteral("a"), PartialDate::year(2014)),
                    newEvent({}, QStringLiteral("new"), PartialDate::year(2016)),
                    newEvent(QStringLiteral("a"), QStringLiteral("a"), PartialDate::year(2014))};
    QCOMPARE(ContentImport::countKnown(store(), again), 3); // b, a and a again
}

void TstContentImport::erasAddedUnlessEqual()
{
    const Era minsk{0, QStringLiteral("Minsk"), PartialDate::year(2014), PartialDate::year(2015),
                    QStringLiteral("#cccccc")};
    store().addEra(minsk);
    TimelineContent content;
    Era later = minsk;
    later.name = QStringLiteral("Later");
    content.eras = {minsk, later};
    const ImportOutcome outcome = ContentImport::run(store(), content);
    QCOMPARE(outcome.createdEras.size(), 1);
    QCOMPARE(outcome.createdEras.first().name, QStringLiteral("Later"));
    QCOMPARE(store().eras().size(), 2);
}

void TstContentImport::duplicatesSkippedByUid()
{
    const qint64 id = store().addEvent(
        newEvent(QStringLiteral("acled:UKR1"), QStringLiteral("Old"), PartialDate::year(2020)));
    TimelineContent content;
    content.events = {
        newEvent(QStringLiteral("acled:UKR1"), QStringLiteral("New title"),
                 PartialDate::year(2021)),
        newEvent(QStringLiteral("acled:UKR2"), QStringLiteral("Other"), PartialDate::year(2021))};
    const QStringList before = dump();
    const ImportOutcome outcome = ContentImport::run(store(), content);
    QCOMPARE(outcome.skipped, 1);
    QCOMPARE(outcome.added, 1);
    QCOMPARE(store().event(id)->title, QStringLiteral("Old"));
    // Again: nothing new.
    const QStringList after = dump();
    const ImportOutcome again = ContentImport::run(store(), content);
    QCOMPARE(again.skipped, 2);
    QCOMPARE(again.added, 0);
    QCOMPARE(dump(), after);
    QVERIFY(before != after);
}

void TstContentImport::duplicatesUpdatedKeepTheStoresId()
{
    const qint64 id = store().addEvent(
        newEvent(QStringLiteral("acled:UKR1"), QStringLiteral("Old"), PartialDate::year(2020)));
    TimelineContent content;
    content.events = {newEvent(QStringLiteral("acled:UKR1"), QStringLiteral("New title"),
                               PartialDate::year(2021))};
    const ImportOutcome outcome =
        ContentImport::run(store(), content, {ContentImport::Duplicates::Update, {}});
    QCOMPARE(outcome.updated, 1);
    QCOMPARE(store().eventCount(), 1);
    const Event stored = *store().event(id);
    QCOMPARE(stored.title, QStringLiteral("New title"));
    QCOMPARE(stored.start, PartialDate::year(2021));
    QCOMPARE(outcome.eventsBeforeUpdate.first().title, QStringLiteral("Old"));
}

void TstContentImport::sameUidTwiceInContentCountsOnce()
{
    TimelineContent content;
    content.events = {
        newEvent(QStringLiteral("x:1"), QStringLiteral("First"), PartialDate::year(2021)),
        newEvent(QStringLiteral("x:1"), QStringLiteral("Again"), PartialDate::year(2022))};
    const ImportOutcome outcome = ContentImport::run(store(), content);
    QCOMPARE(outcome.added, 1);
    QCOMPARE(outcome.skipped, 1);
    QCOMPARE(store().eventByUid(QStringLiteral("x:1"))->title, QStringLiteral("First"));
}

void TstContentImport::relationsByPlaceholderAndStoreId()
{
    const qint64 old =
        store().addEvent(newEvent({}, QStringLiteral("Old"), PartialDate::year(2013)));
    TimelineContent content;
    content.events = {newEvent({}, QStringLiteral("a"), PartialDate::year(2014)),
                      newEvent({}, QStringLiteral("b"), PartialDate::year(2015))};
    content.relations = {{0, -2, -1, Relation::ResponseTo, QStringLiteral("note")},
                         {0, old, -1, Relation::LedTo, {}}};
    const ImportOutcome outcome = ContentImport::run(store(), content);
    const qint64 a = outcome.addedEventIds().at(0), b = outcome.addedEventIds().at(1);
    QCOMPARE(store().relations(),
             (QList<Relation>{{outcome.addedRelations.at(0).id, b, a, Relation::ResponseTo,
                               QStringLiteral("note")},
                              {outcome.addedRelations.at(1).id, old, a, Relation::LedTo, {}}}));

    TimelineContent wrong;
    wrong.events = {newEvent({}, QStringLiteral("c"), PartialDate::year(2014))};
    wrong.relations = {{0, -1, -3, Relation::LedTo, {}}};
    const QStringList before = dump();
    QCOMPARE(errorOf([&] { ContentImport::run(store(), wrong); }),
             std::optional<QString>(
                 QStringLiteral("A relation names event 3 of the content, which has 1.")));
    QCOMPARE(dump(), before);
}

void TstContentImport::reimportAddsNoRelationTwice()
{
    TimelineContent content;
    content.events = {
        newEvent(QStringLiteral("x:1"), QStringLiteral("a"), PartialDate::year(2014)),
        newEvent(QStringLiteral("x:2"), QStringLiteral("b"), PartialDate::year(2015))};
    content.relations = {{0, -1, -2, Relation::LedTo, {}}};
    ContentImport::run(store(), content);
    const QStringList once = dump();
    const ImportOutcome again =
        ContentImport::run(store(), content, {ContentImport::Duplicates::Update, {}});
    QCOMPARE(again.updated, 2);
    QVERIFY(again.addedRelations.isEmpty());
    QCOMPARE(store().relations().size(), 1);
    QCOMPARE(dump(), once);
}

void TstContentImport::invalidEventRollsBackEverything()
{
    store().addEvent(newEvent({}, QStringLiteral("There before"), PartialDate::year(2010)));
    const QStringList before = dump();
    TimelineContent content;
    content.actors = {actor(1, QStringLiteral("New actor"))};
    content.sources = {{1, QStringLiteral("Outlet"), {}, {}, {}, {}}};
    content.eras = {
        {0, QStringLiteral("Era"), PartialDate::year(2014), PartialDate::year(2015), {}}};
    content.categories = {{QStringLiteral("new"), QStringLiteral("#123456"), 0, false}};
    Event bad = newEvent({}, QStringLiteral("Backwards"), PartialDate::year(2015));
    bad.kind = Event::Kind::Period;
    bad.end = PartialDate::year(2014);
    content.events = {newEvent({}, QStringLiteral("Fine"), PartialDate::year(2014)), bad};
    const std::optional<QString> error = errorOf([&] { ContentImport::run(store(), content); });
    QVERIFY(error);
    QVERIFY2(error->startsWith(QStringLiteral("Event 2 of 2 (“Backwards”): ")), qPrintable(*error));
    QVERIFY2(error->contains(QStringLiteral("The end (2014) is before the start (2015).")),
             qPrintable(*error));
    QCOMPARE(dump(), before);
}

void TstContentImport::cancelMidwayRollsBackEverything()
{
    const QStringList before = dump();
    TimelineContent content;
    content.actors = {actor(1, QStringLiteral("Someone"))};
    for (int i = 0; i < 1000; ++i) {
        content.events.append(
            newEvent({}, QStringLiteral("e%1").arg(i), PartialDate::year(2000 + i % 20)));
    }
    qint64 calls = 0;
    ContentImport::Options options;
    options.progress = [&](qint64 done, qint64) { return ++calls < 2 || done < 0; };
    bool cancelled = false;
    try {
        ContentImport::run(store(), content, options);
    } catch (const Cancelled &) {
        cancelled = true;
    }
    QVERIFY(cancelled);
    QCOMPARE(calls, 2);
    QCOMPARE(dump(), before);
}

void TstContentImport::progressReportsUpToTheTotal()
{
    TimelineContent content;
    for (int i = 0; i < 600; ++i) {
        content.events.append(newEvent({}, QStringLiteral("e%1").arg(i), PartialDate::year(2000)));
    }
    QList<qint64> done;
    ContentImport::Options options;
    options.progress = [&](qint64 d, qint64 total) {
        done.append(d);
        return total == 600;
    };
    ContentImport::run(store(), content, options);
    QCOMPARE(done, (QList<qint64>{256, 512, 600}));
}

// An agreement with a provision (binding an actor, its deadline after another), a link from a
// new event with a source, an assessment, a role and a group: all added by uid and key, and
// undo and redo are exact; imported again with Update, the provision known by its uid changes.
void TstContentImport::agreementsImportedAndTakenBackExactly()
{
    store().addEvent(
        newEvent(QStringLiteral("x:0"), QStringLiteral("Minsk II"), PartialDate::day(2015, 2, 12)));
    const QStringList before = dump();
    TimelineContent content;
    content.actors = {actor(1, QStringLiteral("Russia"))};
    content.sources = {{5, QStringLiteral("UN"), QStringLiteral("2202"), {}, {}, {}}};
    Event minsk = newEvent(QStringLiteral("x:0"), QStringLiteral("Minsk II"), {});
    Event invasion = newEvent({}, QStringLiteral("Invasion"), PartialDate::day(2022, 2, 24));
    invasion.actors = {{1, QStringLiteral("aggressor")}};
    content.events = {minsk, invasion};
    content.actorRoles = {{QStringLiteral("aggressor"),
                           QStringLiteral("aggressor state"),
                           {},
                           ActorRole::Seat::Absent}};
    content.actorGroups = {{0, QStringLiteral("Contact group"), {}, {1}}};
    content.agreements = {{-1, Agreement::Stage::Ceasefire, {}, Agreement::End::Denounced, -2}};
    Provision first, second;
    first.id = 7;
    first.uid = QStringLiteral("minsk2:1");
    first.agreementId = -1;
    first.summary = QStringLiteral("Ceasefire");
    first.partyIds = {1};
    first.deadline = {{}, 2, 8};
    second.id = 8;
    second.uid = QStringLiteral("minsk2:2");
    second.agreementId = -1;
    second.position = 1;
    second.summary = QStringLiteral("Withdrawal");
    content.provisions = {first, second};
    content.provisionLinks = {{0, 7, -2, ProvisionLink::Type::Violates, 5, {}}};
    content.assessments = {
        {0, 8, PartialDate::year(2016), ImplementationLevel::Minimal, 5, QStringLiteral("n")}};

    ImportOutcome outcome = ContentImport::run(store(), content);
    const qint64 agreement = store().eventIdByUid(QStringLiteral("x:0"));
    const QList<Provision> provisions = store().provisionsOf(agreement);
    QCOMPARE(provisions.size(), 2);
    QCOMPARE(provisions.at(0).deadline.afterProvisionId, provisions.at(1).id);
    QCOMPARE(store().linksOfProvision(provisions.at(0).id).size(), 1);
    QCOMPARE(store().actorRoles().last().label, QStringLiteral("aggressor state"));
    QCOMPARE(store().actorGroups().size(), 1);
    const QStringList after = dump();
    undoRedoUndo(&outcome, before, after);

    ContentImport::run(store(), content);
    content.provisions[1].summary = QStringLiteral("Withdrawal of heavy weapons");
    ContentImport::Options update;
    update.duplicates = ContentImport::Duplicates::Update;
    const QStringList imported = dump();
    ImportOutcome updated = ContentImport::run(store(), content, update);
    QCOMPARE(store().provisionsOf(agreement).at(1).summary, content.provisions[1].summary);
    QCOMPARE(store().provisionsOf(agreement).size(), 2);
    const QStringList afterUpdate = dump();
    undoRedoUndo(&updated, imported, afterUpdate);
}

void TstContentImport::undoAndRedoAreExact()
{
    const qint64 nato = store().addActor(actor(0, QStringLiteral("NATO")));
    store().addEvent(
        newEvent(QStringLiteral("x:0"), QStringLiteral("There"), PartialDate::year(2010)));
    const QStringList before = dump();
    TimelineContent content;
    Actor rutte = actor(1, QStringLiteral("Rutte"));
    rutte.affiliationId = 2;
    Actor child = actor(3, QStringLiteral("Child"));
    child.affiliationId = 1;
    content.actors = {child, rutte, actor(2, QStringLiteral("nato"))};
    content.sources = {{5, QStringLiteral("Outlet"), QStringLiteral("T"), {}, {}, {}}};
    content.eras = {
        {0, QStringLiteral("Era"), PartialDate::year(2014), PartialDate::year(2015), {}}};
    content.categories = {{QStringLiteral("new"), QStringLiteral("#123456"), 0, false}};
    content.relationTypes = {{QStringLiteral("t"), QStringLiteral("T"), {}, 0}};
    Event a = newEvent(QStringLiteral("x:0"), QStringLiteral("Skipped"), PartialDate::year(2011));
    Event b = newEvent({}, QStringLiteral("b"), PartialDate::day(2014, 3, 1));
    b.actors = {{1, QStringLiteral("speaker")}, {3, {}}};
    b.sourceIds = {5};
    b.category = QStringLiteral("new");
    content.events = {a, b, newEvent({}, QStringLiteral("c"), {})};
    content.relations = {{0, -2, -1, QStringLiteral("t"), {}}, {0, -3, -2, Relation::LedTo, {}}};

    ImportOutcome outcome = ContentImport::run(store(), content);
    QCOMPARE(store().actor(outcome.createdActors.at(1).id)->affiliationId, nato);
    const QStringList after = dump();
    undoRedoUndo(&outcome, before, after);
}

void TstContentImport::undoAndRedoOfAnUpdateAreExact()
{
    Event old = newEvent(QStringLiteral("x:1"), QStringLiteral("Old"), PartialDate::year(2010));
    old.attributes = {{QStringLiteral("a"), QStringLiteral("1")}};
    const qint64 id = store().addEvent(old);
    const qint64 other =
        store().addEvent(newEvent({}, QStringLiteral("Other"), PartialDate::year(2012)));
    store().addRelation({0, id, other, Relation::Related, {}});
    const QStringList before = dump();
    TimelineContent content;
    Event changed = newEvent(QStringLiteral("x:1"), QStringLiteral("New"), PartialDate::year(2011));
    changed.category = QStringLiteral("c");
    content.events = {changed};
    ImportOutcome outcome =
        ContentImport::run(store(), content, {ContentImport::Duplicates::Update, {}});
    const QStringList after = dump();
    QVERIFY(after != before);
    QCOMPARE(store().relations().size(), 1); // an update keeps the event's relations
    ContentImport::undo(store(), &outcome);
    QCOMPARE(dump(), before);
    ContentImport::redo(store(), &outcome);
    QCOMPARE(dump(), after);
}

void TstContentImport::oneNotification()
{
    QSignalSpy spy(m_store.get(), &EventStore::changed);
    TimelineContent content;
    content.actors = {actor(1, QStringLiteral("A"))};
    content.events = {newEvent({}, QStringLiteral("a"), PartialDate::year(2014)),
                      newEvent({}, QStringLiteral("b"), PartialDate::year(2015))};
    ImportOutcome outcome = ContentImport::run(store(), content);
    QCOMPARE(spy.count(), 1);
    ContentImport::undo(store(), &outcome);
    QCOMPARE(spy.count(), 2);
}

void TstContentImport::bulkImportEqualsEventsAddedOneByOne()
{
    const TimelineContent content = generated(3000, 12, QStringLiteral("gen:"));
    ContentImport::run(store(), content);
    EventStore oneByOne(m_dir->filePath(QStringLiteral("one.entente")));
    addOneByOne(oneByOne, content);
    QCOMPARE(store().eventCount(), 3000);
    QCOMPARE(dump(), canonicalDump(oneByOne.database()));
    QCOMPARE(summariesMismatch(store().database()), QString());
}

void TstContentImport::bulkImportIntoAStoreWithEventsEqualsOneByOne()
{
    EventStore oneByOne(m_dir->filePath(QStringLiteral("one.entente")));
    const TimelineContent before = generated(1500, 7, QStringLiteral("old:"));
    addOneByOne(store(), before);
    addOneByOne(oneByOne, before);
    const TimelineContent content = generated(3000, 8, QStringLiteral("new:"));
    ContentImport::run(store(), content);
    addOneByOne(oneByOne, content);
    QCOMPARE(store().eventCount(), 4500);
    QCOMPARE(dump(), canonicalDump(oneByOne.database()));
    QCOMPARE(summariesMismatch(store().database()), QString());
}

void TstContentImport::bulkImportRefusesARelationToNoEvent()
{
    // A relation to an event the store does not have is refused in words, and nothing of
    // the import stays.
    const QStringList before = dump();
    TimelineContent content = generated(50, 3, QStringLiteral("gen:"));
    content.relations = {{0, TimelineContent::placeholderOf(0), 999, Relation::LedTo, {}}};
    const std::optional<QString> error = errorOf([&] { ContentImport::run(store(), content); });
    QVERIFY(error);
    QVERIFY2(error->contains(QStringLiteral("relation: there is no event 999 in this timeline. "
                                            "Nothing was changed.")),
             qPrintable(*error));
    QCOMPARE(dump(), before);
    QCOMPARE(store().database().pragmaInteger(QStringLiteral("foreign_keys")), 1);
}

namespace {
// What a timeline file's schema is: its tables, indexes and their SQL.
QStringList schemaOf(Database &db)
{
    Statement rows(db, QStringLiteral("SELECT type || ' ' || name || ': ' || coalesce(sql, '') "
                                      "FROM sqlite_master ORDER BY type, name"));
    QStringList schema;
    while (rows.step()) {
        schema.append(rows.text(0));
    }
    return schema;
}

QString journalModeOf(Database &db)
{
    Statement mode(db, QStringLiteral("PRAGMA journal_mode"));
    return mode.step() ? mode.text(0) : QString();
}
} // namespace

// Into an empty timeline the event tables' indexes are dropped and made again from the rows:
// after an import, and after one that failed, the file has the same indexes, from the same SQL.
void TstContentImport::bulkImportKeepsTheSchema()
{
    const QStringList schema = schemaOf(store().database());
    QVERIFY(schema.contains(QStringLiteral("index event_actors_by_actor: CREATE INDEX "
                                           "event_actors_by_actor ON event_actors(actor_id)")));
    TimelineContent bad = generated(2000, 5, QStringLiteral("bad:"));
    bad.events[1900].kind = Event::Kind::Period; // a period without an end
    QVERIFY(errorOf([&] { ContentImport::run(store(), bad); }));
    QCOMPARE(schemaOf(store().database()), schema);
    ContentImport::run(store(), generated(2000, 5, QStringLiteral("gen:")));
    QCOMPARE(schemaOf(store().database()), schema);
    // The index is there and used: a query by actor finds what a scan finds.
    QCOMPARE(store().eventsWithActor(3).size(),
             Statement(store().database(),
                       QStringLiteral("SELECT count(*) FROM event_actors NOT INDEXED "
                                      "WHERE actor_id = 3"))
                 .scalar());
}

// The search index is filled with a larger memory budget and without merging; the edits after
// it merge as they go and hold the index's usual memory.
void TstContentImport::bulkImportLeavesTheIndexSettingsOfEdits()
{
    ContentImport::run(store(), generated(300, 6, QStringLiteral("gen:")));
    Statement config(store().database(),
                     QStringLiteral("SELECT k || '=' || v FROM event_text_config WHERE k <> "
                                    "'version' ORDER BY k"));
    QStringList settings;
    while (config.step()) {
        settings.append(config.text(0));
    }
    QCOMPARE(settings, QStringList({QStringLiteral("automerge=4"), QStringLiteral("crisismerge=16"),
                                    QStringLiteral("hashsize=1048576")}));
}

// The command line, alone with its file, writes an import into an empty timeline through a
// rollback journal; the file is in the mode it was in again afterwards, also after a failed
// import: WAL once the store has written, rollback mode (as files are at rest) before.
void TstContentImport::soleAccessImportKeepsTheJournalMode()
{
    ContentImport::Options sole;
    sole.soleAccess = true;
    TimelineContent bad = generated(300, 6, QStringLiteral("bad:"));
    bad.events[200].kind = Event::Kind::Period;
    QVERIFY(errorOf([&] { ContentImport::run(store(), bad, sole); }));
    QCOMPARE(journalModeOf(store().database()), QStringLiteral("delete"));
    QCOMPARE(store().eventCount(), 0);
    store().setTitle(QStringLiteral("Written before")); // switches the file to WAL
    QCOMPARE(journalModeOf(store().database()), QStringLiteral("wal"));
    QVERIFY(errorOf([&] { ContentImport::run(store(), bad, sole); }));
    QCOMPARE(journalModeOf(store().database()), QStringLiteral("wal"));
    const TimelineContent content = generated(300, 6, QStringLiteral("gen:"));
    ContentImport::run(store(), content, sole);
    QCOMPARE(store().eventCount(), 300);
    QCOMPARE(journalModeOf(store().database()), QStringLiteral("wal"));
    store().setTitle(QString());
    EventStore oneByOne(m_dir->filePath(QStringLiteral("one.entente")));
    addOneByOne(oneByOne, content);
    QCOMPARE(dump(), canonicalDump(oneByOne.database()));
}

// Events encoded beforehand (on an import's reading thread) are stored as the same rows as
// events the store encodes itself: dates, keys, NULLs, attributes, empty texts.
void TstContentImport::encodedContentStoresTheSameRows()
{
    TimelineContent content = generated(700, 4, QStringLiteral("gen:"));
    content.events[3].attributes = {{QStringLiteral("notes"), QStringLiteral("a \"quote\"\n")}};
    content.events[4].description = QStringLiteral("Опис");
    content.events[5].tags = {QStringLiteral(" talks "), QString()};
    TimelineContent encoded = content;
    encoded.encoded.events = EventRows::encode(encoded.events);
    QCOMPARE(encoded, content); // the encoding is not part of the content's value
    ContentImport::run(store(), encoded);
    EventStore plain(m_dir->filePath(QStringLiteral("plain.entente")));
    ContentImport::run(plain, content);
    QCOMPARE(dump(), canonicalDump(plain.database()));
}

// A window's readers on other connections keep the file in WAL mode: the import goes through
// the WAL as it always did, and the reader sees it once it is committed.
void TstContentImport::soleAccessBesideAnotherConnectionStaysInWal()
{
    store().setTitle(QStringLiteral("Written before")); // switches the file to WAL
    EventStore reader(m_dir->filePath(QStringLiteral("t.entente")));
    QCOMPARE(reader.eventCount(), 0);
    ContentImport::Options sole;
    sole.soleAccess = true;
    ContentImport::run(store(), generated(100, 9, QStringLiteral("gen:")), sole);
    QCOMPARE(reader.eventCount(), 100);
    QCOMPARE(journalModeOf(reader.database()), QStringLiteral("wal"));
}

void TstContentImport::streamedChunksEqualTheWholeContent()
{
    TimelineContent content = generated(3000, 7, QStringLiteral("gen:"));
    content.relations = {{0, -3000, -1, Relation::ResponseTo, {}},
                         {0, -1500, -2, Relation::LedTo, {}}};
    const QList<TimelineContent> chunks = chunksOf(content, 3);
    QVERIFY(chunks.at(2).actors.size() < content.actors.size()); // most were named before

    const ImportOutcome streamed = ContentImport::run(store(), producerOf(chunks), {});
    // The content as a reader's read() puts the chunks together: actors in the order of use.
    TimelineContent together;
    for (const TimelineContent &chunk : chunks) {
        DatasetReader::append(&together, chunk);
    }
    EventStore whole(m_dir->filePath(QStringLiteral("whole.entente")));
    ContentImport::run(whole, together);
    QCOMPARE(streamed.added, 3000);
    QCOMPARE(streamed.addedRelations.size(), 2);
    QCOMPARE(dump(), canonicalDump(whole.database()));
}

void TstContentImport::identityHoldsAcrossChunks()
{
    TimelineContent first, middle, last;
    first.actors = {actor(1, QStringLiteral("Russia"))};
    first.sources = {{1, QStringLiteral("Reuters"), {}, {}, {}, {}}};
    Event opening =
        newEvent(QStringLiteral("x:1"), QStringLiteral("Talks"), PartialDate::year(2014));
    opening.actors = {{1, QStringLiteral("party")}};
    opening.sourceIds = {1};
    first.events = {opening};
    middle.events = {
        newEvent(QStringLiteral("x:2"), QStringLiteral("Other"), PartialDate::year(2015))};
    // The actor and source of the first chunk named again, and an actor of the same name that
    // a later chunk brings as its own.
    last.actors = {actor(2, QStringLiteral("russia"))};
    Event again =
        newEvent(QStringLiteral("x:1"), QStringLiteral("Talks again"), PartialDate::year(2016));
    Event later = newEvent(QStringLiteral("x:3"), QStringLiteral("Later"), PartialDate::year(2016));
    later.actors = {{1, QStringLiteral("party")}, {2, QStringLiteral("host")}};
    later.sourceIds = {1};
    last.events = {again, later};
    last.relations = {{0, -1, -4, Relation::LedTo, {}}}; // "x:1" to "Later", across chunks

    const ImportOutcome outcome =
        ContentImport::run(store(), producerOf({first, middle, last}), {});
    QCOMPARE(outcome.added, 3);
    QCOMPARE(outcome.skipped, 1); // the uid of the first chunk, again in the last
    QCOMPARE(store().actors().size(), 1);
    QCOMPARE(store().sources().size(), 1);
    const Event stored = *store().eventByUid(QStringLiteral("x:3"));
    const qint64 russia = store().actors().first().id;
    QCOMPARE(stored.actors, (QList<EventActor>{{russia, QStringLiteral("party")},
                                               {russia, QStringLiteral("host")}}));
    QCOMPARE(stored.sourceIds, QList<qint64>{store().sources().first().id});
    QCOMPARE(store().eventByUid(QStringLiteral("x:1"))->title, QStringLiteral("Talks"));
    const QList<Relation> relations = store().relations();
    QCOMPARE(relations.size(), 1);
    QCOMPARE(relations.first().fromEventId, store().eventByUid(QStringLiteral("x:1"))->id);
    QCOMPARE(relations.first().toEventId, stored.id);
}

void TstContentImport::badEventInALateChunkChangesNothing()
{
    ContentImport::run(store(), generated(50, 3, QStringLiteral("old:")));
    const QStringList before = dump();
    const QByteArray bytes = contentOnDisk();
    QList<TimelineContent> chunks = chunksOf(generated(3000, 5, QStringLiteral("gen:")), 3);
    chunks[2].events[500].title.clear(); // an event must have a title

    QVERIFY_THROWS_EXCEPTION(Error, ContentImport::run(store(), producerOf(chunks), {}));
    QCOMPARE(dump(), before);
    QCOMPARE(contentOnDisk(), bytes);
}

void TstContentImport::cancelInALateChunkChangesNothing()
{
    ContentImport::run(store(), generated(50, 3, QStringLiteral("old:")));
    const QStringList before = dump();
    const QByteArray bytes = contentOnDisk();
    const QList<TimelineContent> chunks = chunksOf(generated(3000, 5, QStringLiteral("gen:")), 3);
    // As a reader does when its progress says stop: after two chunks were stored.
    const ContentImport::Producer cancelled = [&](const ContentSink &sink) {
        sink(chunks.at(0));
        sink(chunks.at(1));
        throw Cancelled(QStringLiteral("cancelled"));
    };

    QVERIFY_THROWS_EXCEPTION(Cancelled, ContentImport::run(store(), cancelled, {}));
    QCOMPARE(dump(), before);
    QCOMPARE(contentOnDisk(), bytes);
}

void TstContentImport::undoAndRedoOfAStreamedImportAreExact()
{
    ContentImport::run(store(), generated(50, 3, QStringLiteral("old:")));
    const QStringList before = dump();
    TimelineContent content = generated(3000, 9, QStringLiteral("gen:"));
    content.relations = {{0, -2999, -3, Relation::ResponseTo, {}}};
    ImportOutcome outcome = ContentImport::run(store(), producerOf(chunksOf(content, 4)), {});
    // Small however many events it added: one range of ids, no copies.
    QCOMPARE(outcome.addedEventRanges.size(), 1);
    QCOMPARE(outcome.addedEventRanges.first().last - outcome.addedEventRanges.first().first + 1,
             3000);
    QVERIFY(outcome.removedEvents.isEmpty());
    const QStringList after = dump();

    ContentImport::undo(store(), &outcome);
    QCOMPARE(dump(), before);
    QCOMPARE(outcome.removedEvents.size(), 3000);
    ContentImport::redo(store(), &outcome);
    QCOMPARE(dump(), after);
    QVERIFY(outcome.removedEvents.isEmpty());
    ContentImport::undo(store(), &outcome);
    QCOMPARE(dump(), before);
    QCOMPARE(summariesMismatch(store().database()), QString());
}

// Streamed, the first chunk that has a title gives it (a reader's first chunk does); a category
// a later chunk's events name takes a hue the earlier chunks' categories do not show.
void TstContentImport::titleAndColoursHoldAcrossChunks()
{
    TimelineContent content = generated(9, 0, QStringLiteral("gen:"));
    const QStringList categories = {QStringLiteral("shelling"), QStringLiteral("talks"),
                                    QStringLiteral("shelling")};
    for (qsizetype i = 0; i < content.events.size(); ++i) {
        content.events[i].category = categories.at(i / 3);
    }
    QList<TimelineContent> chunks = chunksOf(content, 3);
    chunks[1].title = QStringLiteral("Minsk talks");
    chunks[2].title = QStringLiteral("Normandy format");
    ImportOutcome outcome = ContentImport::run(store(), producerOf(chunks), {});
    QCOMPARE(outcome.title, QStringLiteral("Minsk talks"));
    QCOMPARE(store().title(), QStringLiteral("Minsk talks"));
    QStringList colours;
    for (const Category &c : store().categories()) {
        colours.append(c.name + QLatin1Char('=') + c.color);
    }
    const QStringList palette = CategoryColours::palette();
    QCOMPARE(colours, (QStringList{QStringLiteral("shelling=") + palette.at(0),
                                   QStringLiteral("talks=") + palette.at(1)}));

    ContentImport::undo(store(), &outcome);
    QCOMPARE(store().title(), QString());
    QVERIFY(store().categories().isEmpty());
    ContentImport::redo(store(), &outcome);
    QCOMPARE(store().title(), QStringLiteral("Minsk talks"));
    QCOMPARE(store().categories().size(), 2);
}

// A saved view's actors are the content's, mapped to the store's as the events' are; one
// whose name the timeline has (whatever its case) is skipped or updated as events are.
void TstContentImport::savedViewsMapActorsAndFollowDuplicates()
{
    const qint64 nato = store().addActor(actor(0, QStringLiteral("NATO")));
    const qint64 russia = store().addActor(actor(0, QStringLiteral("Russia")));
    SavedView kept;
    kept.name = QStringLiteral("Kept");
    kept.criteria.query = QStringLiteral("before");
    kept.id = store().addSavedView(kept);
    TimelineContent content;
    content.actors = {actor(1, QStringLiteral("russia")), actor(2, QStringLiteral("OSCE"))};
    SavedView both;
    both.name = QStringLiteral("Both");
    both.criteria.actors = {2, 1, 0}; // 0: an actor the exporting timeline had removed
    both.lanes = QStringLiteral("actor");
    SavedView clash;
    clash.name = QStringLiteral("KEPT");
    clash.criteria.query = QStringLiteral("after");
    content.savedViews = {both, clash};

    ImportOutcome outcome = ContentImport::run(store(), content);
    const qint64 osce = outcome.createdActors.first().id;
    QVERIFY(osce != nato && osce != russia);
    QCOMPARE(outcome.createdSavedViews.size(), 1);
    const SavedView stored = *store().savedView(outcome.createdSavedViews.first().id);
    QCOMPARE(stored.criteria.actors, (QList<qint64>{osce, russia, 0}));
    QCOMPARE(stored.lanes, QStringLiteral("actor"));
    QCOMPARE(store().savedView(kept.id), std::optional<SavedView>(kept)); // skipped

    ContentImport::undo(store(), &outcome);
    ContentImport::Options update;
    update.duplicates = ContentImport::Duplicates::Update;
    outcome = ContentImport::run(store(), content, update);
    QCOMPARE(outcome.savedViewsBeforeUpdate, QList<SavedView>{kept});
    SavedView updated = clash;
    updated.id = kept.id;
    QCOMPARE(store().savedView(kept.id), std::optional<SavedView>(updated));
    QCOMPARE(store().savedViews().size(), 2);
}

void TstContentImport::undoAndRedoOfSavedViewsAreExact()
{
    SavedView kept;
    kept.name = QStringLiteral("Kept");
    kept.id = store().addSavedView(kept);
    const QStringList before = dump();
    TimelineContent content;
    content.actors = {actor(1, QStringLiteral("Russia"))};
    SavedView added;
    added.name = QStringLiteral("Russia");
    added.criteria.actors = {1};
    added.visible = std::pair<qint64, qint64>(0, 86400);
    SavedView changed;
    changed.name = QStringLiteral("kept");
    changed.criteria.minImportance = 4;
    content.savedViews = {added, changed};
    ContentImport::Options update;
    update.duplicates = ContentImport::Duplicates::Update;

    ImportOutcome outcome = ContentImport::run(store(), content, update);
    const QStringList after = dump();
    QVERIFY(after != before);
    undoRedoUndo(&outcome, before, after);
}

QTEST_GUILESS_MAIN(TstContentImport)
#include "tst_contentimport.moc"
