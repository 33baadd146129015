// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>

#include "database.h"
#include "densityindex.h"
#include "eventcriteria.h"
#include "eventstore.h"
#include "fileupgrade.h"
#include "lanekey.h"
#include "schemamigrator.h"
#include "statement.h"
#include "testsupport.h"

#include <algorithm>
#include <cmath>
#include <memory>
#include <optional>

using namespace entente;

Q_DECLARE_METATYPE(entente::Event)

namespace entente {
// Readable QCOMPARE failures for events (testsupport.h has the one for dates).
char *toString(const Event &event)
{
    QStringList actors;
    for (const EventActor &actor : event.actors) {
        actors.append(QStringLiteral("%1:%2").arg(actor.actorId).arg(actor.role));
    }
    QStringList sources;
    for (qint64 id : event.sourceIds) {
        sources.append(QString::number(id));
    }
    const QString text =
        QStringLiteral("Event{id=%1 uid=%2 title=%3 kind=%4 start=%5 end=%6 ongoing=%7 "
                       "category=%8 importance=%9 location=%10 tags=[%11] actors=[%12] "
                       "sources=[%13] description=%14}")
            .arg(event.id)
            .arg(event.uid, event.title, Event::kindName(event.kind),
                 event.start.isNull() ? QStringLiteral("-") : event.start.toEdtf(),
                 event.end.isNull() ? QStringLiteral("-") : event.end.toEdtf())
            .arg(event.ongoing)
            .arg(event.category)
            .arg(event.importance)
            .arg(event.location, event.tags.join(QLatin1Char(',')), actors.join(QLatin1Char(',')),
                 sources.join(QLatin1Char(',')), event.description);
    return qstrdup(text.toUtf8().constData());
}
} // namespace entente

namespace {

PartialDate minuteAt(qint64 seconds)
{
    const QDateTime when = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
    return PartialDate::minute(when.date().year(), when.date().month(), when.date().day(),
                               when.time().hour(), when.time().minute());
}

Event pointEvent(const QString &uid, const PartialDate &start)
{
    Event event;
    event.uid = uid;
    event.title = QStringLiteral("Event %1").arg(uid);
    event.kind = Event::Kind::Point;
    event.start = start;
    return event;
}

Event periodEvent(const QString &uid, const PartialDate &start, const PartialDate &end,
                  bool ongoing = false)
{
    Event event = pointEvent(uid, start);
    event.kind = Event::Kind::Period;
    event.end = ongoing ? PartialDate() : end;
    event.ongoing = ongoing;
    return event;
}

QSet<qint64> idsOf(const QList<Event> &events)
{
    QSet<qint64> ids;
    for (const Event &event : events) {
        ids.insert(event.id);
    }
    return ids;
}

QString idList(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    QStringList text;
    for (qint64 id : ids) {
        text.append(QString::number(id));
    }
    return text.join(QLatin1Char(' '));
}

} // namespace

class TstEventStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void newFileGetsCurrentSchema();
    void reopenKeepsSchemaAndData();
    void roundTripActor();
    void roundTripSource();
    void roundTripEvent_data();
    void roundTripEvent();
    void roundTripRelation();
    void relationsBetweenNeedBothEnds();
    void relationToAMissingEventIsRefusedInWords();
    void roundTripEra();
    void eraNeedsStartBeforeEnd();
    void emptyUidIsFilledIn();
    void addEventsEqualsAddEventForEach();
    void addEventsRefusesAllAndSaysWhich();
    void addEventsBlamesNoEventForAStoreError();
    void updateEventKeepsRelations();
    void updateMissingEventThrows();
    void removeEventCascadesRelations();
    void removeActorRemovesItFromEvents();
    void timelineReadsHaveActorsInOrder();
    void migrationFromSchema2CopiesActorIds();
    void migrationFromSchema3AddsCategoryLanes();
    void categoriesInUseFollowEdits();
    void tagsInUseAreEachTagOnceSorted();
    void sourcesMatching_data();
    void sourcesMatching();
    void sourcesMatchingStopsAtTheLimit();
    void outletsAreEachOnceSorted();
    void removeSourceRemovesItFromEvents();
    void attributesAreStoredAndRead();
    void attributesAreStoredAsQtWritesJson();
    void attributesBreakingRulesAreRefused();
    void schema6FileGainsAttributes();

    void eventsInTimeOrderUndatedLast();
    void rangeEdges_data();
    void rangeEdges();
    void rangeNeverReturnsUndated();
    void rangeIsInTimeOrder();
    void rangeMatchesBruteForce();
    void adjacentEventsWalkTheTimeline();
    void rangeFollowsLaterWrites();
    void rangeSeesWritesOfAnotherConnection();

    void newerSchemaRefusedUntouched();
    void garbageFileRefusedUntouched();
    void foreignDatabaseRefusedUntouched_data();
    void foreignDatabaseRefusedUntouched();
    void readOnlyFileOpensReadOnly();
    void openedReadOnlyRefusesWrites();
    void readingLeavesTheFileAsItWas_data();
    void readingLeavesTheFileAsItWas();
    void olderFileRefusesWritesUntilUpgraded();
    void firstWriteSwitchesToWalAndClosingSwitchesBack();
    void lastConnectionToCloseSwitchesBack();

    void addEventAnnouncesOnce();
    void updateAndRemoveAnnounce();
    void batchAnnouncesOnce();
    void failedBatchAnnouncesAndStoresNothing();
    void failedInnerBatchUndoesOnlyItself();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("t.entente")); }
    QStringList files() const { return QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden); }
    // Whether the file's header says WAL mode (bytes 18 and 19 are 2; 1 for rollback mode).
    bool inWalMode() const { return fileBytes(path()).at(18) == 2; }
    void checkRefusesWrites(EventStore &store, qint64 id, const QByteArray &before);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TstEventStore::initTestCase()
{
    qRegisterMetaType<entente::StoreChange>();
}

void TstEventStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

// --- schema ----------------------------------------------------------------------------------

void TstEventStore::newFileGetsCurrentSchema()
{
    QVERIFY(!QFileInfo::exists(path()));
    {
        EventStore store(path());
        QVERIFY(!store.isReadOnly());
        QCOMPARE(store.eventCount(), 0);
        QVERIFY(store.events().isEmpty());
        QVERIFY(store.actors().isEmpty());
        QVERIFY(!store.timeBounds().has_value());
    }
    QVERIFY(QFileInfo::exists(path()));

    Database db(path(), Database::OpenMode::ReadOnly);
    QCOMPARE(db.pragmaInteger(QStringLiteral("user_version")), qint64(EventStore::SchemaVersion));
    QCOMPARE(db.pragmaInteger(QStringLiteral("application_id")), qint64(EventStore::ApplicationId));
    Statement tables(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                        "ORDER BY name"));
    QStringList names;
    while (tables.step()) {
        names.append(tables.text(0));
    }
    for (const char *table :
         {"actors", "eras", "event_actors", "event_sources", "events", "relations", "sources"}) {
        QVERIFY2(names.contains(QLatin1String(table)), table);
    }
}

void TstEventStore::reopenKeepsSchemaAndData()
{
    qint64 id = 0;
    {
        EventStore store(path());
        id = store.addEvent(pointEvent(QStringLiteral("a"), PartialDate::day(2014, 9, 5)));
    }
    {
        EventStore store(path());
        QCOMPARE(store.eventCount(), 1);
        QVERIFY(store.event(id).has_value());
    }
    Database db(path(), Database::OpenMode::ReadOnly);
    QCOMPARE(db.pragmaInteger(QStringLiteral("user_version")), qint64(EventStore::SchemaVersion));
}

// --- round trips -----------------------------------------------------------------------------

void TstEventStore::roundTripActor()
{
    Actor nato{0,
               QStringLiteral("North Atlantic Treaty Organization"),
               QStringLiteral("NATO"),
               Actor::Type::Organisation,
               0,
               QStringLiteral("#148f77")};
    Actor rutte{
        0,        QStringLiteral("Mark Rutte"), QStringLiteral("Rutte"), Actor::Type::Person, 0,
        QString()};
    Actor group{0, QStringLiteral("Armed group"), QString(), Actor::Type::Group,
                0, QStringLiteral("#000000")};
    {
        EventStore store(path());
        nato.id = store.addActor(nato);
        rutte.affiliationId = nato.id;
        rutte.id = store.addActor(rutte);
        group.id = store.addActor(group);
    }
    EventStore store(path());
    QCOMPARE(store.actor(rutte.id), std::optional<Actor>(rutte));
    QCOMPARE(store.actor(rutte.id)->affiliationId, nato.id);
    QCOMPARE(store.actor(rutte.id)->displayName(), QStringLiteral("Rutte"));
    QCOMPARE(store.actor(group.id)->displayName(), QStringLiteral("Armed group"));
    QCOMPARE(store.actors(), (QList<Actor>{nato, rutte, group}));
    QVERIFY(!store.actor(group.id + 100).has_value());
}

void TstEventStore::roundTripSource()
{
    Source source{0,
                  QStringLiteral("Buitenhof"),
                  QStringLiteral("Interview with Mark Rutte"),
                  QStringLiteral("https://example.org/buitenhof?id=1&lang=en"),
                  PartialDate::day(2025, 2, 9, true),
                  QStringLiteral("“We should not inform Putin too much” – it’s a quote")};
    Source undated{0,
                   QStringLiteral("Reuters"),
                   QString(),
                   QString(),
                   PartialDate(),
                   QStringLiteral("Ukraine prioritizes security guarantees")};
    {
        EventStore store(path());
        source.id = store.addSource(source);
        undated.id = store.addSource(undated);
    }
    EventStore store(path());
    QCOMPARE(store.source(source.id), std::optional<Source>(source));
    QCOMPARE(store.source(source.id)->published.toEdtf(), QStringLiteral("2025-02-09~"));
    QCOMPARE(store.source(undated.id), std::optional<Source>(undated));
    QVERIFY(store.source(undated.id)->published.isNull());
    QCOMPARE(store.sources(), (QList<Source>{source, undated}));
}

void TstEventStore::roundTripEvent_data()
{
    // actorId and sourceIds hold indexes into the actors and sources the test creates first.
    QTest::addColumn<Event>("event");

    Event full = periodEvent(QStringLiteral("article-01-crimea"),
                             PartialDate::day(2014, 2, 27, true), PartialDate::day(2014, 3, 18));
    full.title = QStringLiteral("Russia seizes and annexes Crimea");
    full.description = QStringLiteral("Line one.\nLine two with “quotes” and ’apostrophes’.");
    full.category = QStringLiteral("military");
    full.importance = 5;
    full.location = QStringLiteral("Crimea");
    full.tags = {QStringLiteral("crimea"), QStringLiteral("annexation"),
                 QStringLiteral("two words")};
    full.actors = {{0, QStringLiteral("party")},
                   {1, QStringLiteral("party")},
                   {2, QStringLiteral("mediator")}};
    full.sourceIds = {1, 0};
    QTest::newRow("period with every field") << full;

    Event ongoing = periodEvent(QStringLiteral("north-korea"), PartialDate::month(2024, 10),
                                PartialDate(), true);
    ongoing.actors = {{2, QStringLiteral("party")}, {0, QStringLiteral("party")}};
    ongoing.sourceIds = {0};
    QTest::newRow("ongoing period, month start") << ongoing;

    Event minute =
        pointEvent(QStringLiteral("call"), PartialDate::minute(2025, 2, 12, 14, 30, true));
    minute.tags = {QStringLiteral("phone-call")};
    minute.importance = 1;
    QTest::newRow("approximate minute point") << minute;

    Event month = pointEvent(QStringLiteral("rubio"), PartialDate::month(2025, 2, true));
    month.actors = {{1, QString()}};
    QTest::newRow("approximate month point, actor without role") << month;

    Event undated = periodEvent(QStringLiteral("china-iran"), PartialDate(), PartialDate(), true);
    undated.actors = {{0, QStringLiteral("subject")}, {1, QStringLiteral("subject")}};
    QTest::newRow("undated ongoing period") << undated;

    Event bare = pointEvent(QStringLiteral("bare"), PartialDate::year(1));
    QTest::newRow("year 1, nothing else") << bare;

    Event late = periodEvent(QStringLiteral("late"), PartialDate::year(9998),
                             PartialDate::minute(9999, 12, 31, 23, 59));
    QTest::newRow("period ending at the last minute of 9999") << late;
}

void TstEventStore::roundTripEvent()
{
    QFETCH(Event, event);

    Event expected = event;
    {
        EventStore store(path());
        QList<qint64> actorIds, sourceIds;
        for (const char *name : {"Russia", "Ukraine", "OSCE"}) {
            actorIds.append(store.addActor(
                {0, QString::fromLatin1(name), QString(), Actor::Type::State, 0, QString()}));
        }
        for (const char *quote : {"first quote", "second quote"}) {
            sourceIds.append(store.addSource({0, QStringLiteral("Outlet"), QString(), QString(),
                                              PartialDate(), QString::fromLatin1(quote)}));
        }
        for (EventActor &actor : expected.actors) {
            actor.actorId = actorIds.at(actor.actorId);
        }
        for (qint64 &id : expected.sourceIds) {
            id = sourceIds.at(id);
        }
        // A decoy, so that reading back by id really has to pick the right row.
        store.addEvent(pointEvent(QStringLiteral("decoy"), PartialDate::day(2000, 1, 1)));
        expected.id = store.addEvent(expected);
        QVERIFY(expected.id > 0);
        QCOMPARE(store.event(expected.id), std::optional<Event>(expected)); // same connection
    }
    EventStore store(path());
    const std::optional<Event> stored = store.event(expected.id);
    QVERIFY(stored.has_value());
    QCOMPARE(*stored, expected);
    QCOMPARE(store.eventByUid(expected.uid), stored);
    QVERIFY(store.events().contains(expected));
}

void TstEventStore::roundTripRelation()
{
    Relation relation;
    {
        EventStore store(path());
        const qint64 crimea =
            store.addEvent(pointEvent(QStringLiteral("crimea"), PartialDate::year(2014)));
        const qint64 minsk =
            store.addEvent(pointEvent(QStringLiteral("minsk"), PartialDate::day(2014, 9, 5)));
        relation = {0, crimea, minsk, Relation::LedTo,
                    QStringLiteral("“after Russia’s capture of Crimea”")};
        relation.id = store.addRelation(relation);
    }
    EventStore store(path());
    QCOMPARE(store.relations(), QList<Relation>{relation});
}

void TstEventStore::relationToAMissingEventIsRefusedInWords()
{
    EventStore store(path());
    const qint64 minsk =
        store.addEvent(pointEvent(QStringLiteral("minsk"), PartialDate::day(2014, 9, 5)));
    const auto error = errorOf([&] { store.addRelation({0, minsk, 999, Relation::LedTo, {}}); });
    QCOMPARE(error.value_or(QString()),
             QStringLiteral("relation: there is no event 999 in this timeline. Nothing was "
                            "changed."));
    QVERIFY(store.relations().isEmpty());
    const qint64 crimea =
        store.addEvent(pointEvent(QStringLiteral("crimea"), PartialDate::year(2014)));
    Relation kept{0, crimea, minsk, Relation::LedTo, {}};
    kept.id = store.addRelation(kept);
    kept.fromEventId = 998;
    QVERIFY(errorOf([&] { store.updateRelation(kept); }));
    QCOMPARE(store.relation(kept.id)->fromEventId, crimea);
}

void TstEventStore::relationsBetweenNeedBothEnds()
{
    EventStore store(path());
    QList<qint64> ids;
    for (int i = 0; i < 4; ++i) {
        ids.append(store.addEvent(
            pointEvent(QStringLiteral("e%1").arg(i), PartialDate::day(2014, 9, 1 + i))));
    }
    const auto link = [&](int from, int to) {
        Relation relation{0, ids[from], ids[to], Relation::LedTo, {}};
        relation.id = store.addRelation(relation);
        return relation;
    };
    const Relation ab = link(0, 1), bc = link(1, 2), cd = link(2, 3);
    QCOMPARE(store.relationsBetween({ids[0], ids[1], ids[2]}), (QList<Relation>{ab, bc}));
    QCOMPARE(store.relationsBetween({ids[3], ids[2]}), QList<Relation>{cd});
    QVERIFY(store.relationsBetween({ids[0], ids[2]}).isEmpty());
    QVERIFY(store.relationsBetween({}).isEmpty());
}

void TstEventStore::roundTripEra()
{
    Era minsk{0, QStringLiteral("Minsk process"), PartialDate::day(2014, 9, 5),
              PartialDate::day(2022, 2, 21), QStringLiteral("#d6eaf8")};
    Era rough{0, QStringLiteral("Cold war"), PartialDate::year(1947, true), PartialDate::year(1991),
              QString()};
    {
        EventStore store(path());
        minsk.id = store.addEra(minsk);
        rough.id = store.addEra(rough);
    }
    EventStore store(path());
    QCOMPARE(store.eras(), (QList<Era>{rough, minsk}));
}

void TstEventStore::eraNeedsStartBeforeEnd()
{
    EventStore store(path());
    const auto error = errorOf([&] {
        store.addEra({0, QStringLiteral("Backwards"), PartialDate::year(2022),
                      PartialDate::year(2014), QString()});
    });
    QVERIFY(error.has_value());
    QVERIFY2(error->contains(QStringLiteral("Backwards")), qPrintable(*error));
    QVERIFY(store.eras().isEmpty());
}

void TstEventStore::emptyUidIsFilledIn()
{
    EventStore store(path());
    const qint64 a = store.addEvent(pointEvent(QString(), PartialDate::year(2014)));
    const qint64 b = store.addEvent(pointEvent(QString(), PartialDate::year(2015)));
    const QString uidA = store.event(a)->uid, uidB = store.event(b)->uid;
    QVERIFY(!uidA.isEmpty());
    QVERIFY(!uidB.isEmpty());
    QVERIFY(uidA != uidB);
    QCOMPARE(store.eventByUid(uidA)->id, a);
}

// --- updates and removals --------------------------------------------------------------------

// Many events at once, in statements of many rows (more than one statement's worth, and a
// remainder): the same rows, ids and links as adding them one by one.
void TstEventStore::addEventsEqualsAddEventForEach()
{
    EventStore store(path());
    EventStore oneByOne(m_dir->filePath(QStringLiteral("one.entente")));
    for (EventStore *s : {&store, &oneByOne}) {
        for (const QString &name : {QStringLiteral("Ukraine"), QStringLiteral("Russia")}) {
            Actor actor;
            actor.name = name;
            s->addActor(actor);
        }
        s->addSource({0, QStringLiteral("Reuters"), {}, {}, {}, {}});
        s->addEvent(pointEvent(QStringLiteral("first"), PartialDate::day(2014, 3, 1)));
    }
    QList<Event> events;
    for (int i = 0; i < 70; ++i) {
        Event e =
            pointEvent(QStringLiteral("uid-%1").arg(i), PartialDate::day(2015, 1, 1 + i % 28));
        e.actors = {{1 + i % 2, QStringLiteral("party")}, {2 - i % 2, QStringLiteral("mediator")}};
        e.sourceIds = {1};
        e.attributes = {{QStringLiteral("fatalities"), QString::number(i)}};
        e.importance = i % 7; // stored clamped to 1–5
        events.append(e);
    }
    QCOMPARE(store.addEvents(events), 2);
    for (const Event &e : std::as_const(events)) {
        oneByOne.addEvent(e);
    }
    QCOMPARE(canonicalDump(store.database()), canonicalDump(oneByOne.database()));
    QCOMPARE(store.event(71)->uid, QStringLiteral("uid-69"));
}

void TstEventStore::addEventsRefusesAllAndSaysWhich()
{
    EventStore store(path());
    QList<Event> events;
    for (int i = 0; i < 40; ++i) {
        events.append(pointEvent(QStringLiteral("uid-%1").arg(i), PartialDate::day(2015, 1, 1)));
    }
    events[33].kind = Event::Kind::Period; // with no end
    events[33].title = QStringLiteral("Open-ended");
    qsizetype failed = -1;
    const std::optional<QString> error = errorOf([&] { store.addEvents(events, &failed); });
    QVERIFY(error);
    QVERIFY2(error->startsWith(QStringLiteral("event “Open-ended”, ")), qPrintable(*error));
    QCOMPARE(failed, 33);
    QCOMPARE(store.eventCount(), 0);
}

// Two events with one uid pass every rule but not the file's: SQLite refuses the write, and
// no event is named as the one at fault.
void TstEventStore::addEventsBlamesNoEventForAStoreError()
{
    EventStore store(path());
    const QList<Event> events = {pointEvent(QStringLiteral("same"), PartialDate::year(2014)),
                                 pointEvent(QStringLiteral("same"), PartialDate::year(2015))};
    qsizetype failed = 7;
    const std::optional<QString> error = errorOf([&] { store.addEvents(events, &failed); });
    QVERIFY(error);
    QVERIFY2(error->contains(QStringLiteral("UNIQUE")), qPrintable(*error));
    QCOMPARE(failed, -1);
    QCOMPARE(store.eventCount(), 0);
}

void TstEventStore::updateEventKeepsRelations()
{
    EventStore store(path());
    const qint64 crimea = store.addEvent(periodEvent(
        QStringLiteral("crimea"), PartialDate::day(2014, 2, 27), PartialDate::day(2014, 3, 18)));
    const qint64 minsk =
        store.addEvent(pointEvent(QStringLiteral("minsk"), PartialDate::day(2014, 9, 5)));
    const Relation relation{store.addRelation({0, crimea, minsk, Relation::LedTo, {}}), crimea,
                            minsk, Relation::LedTo, QString()};

    Event changed = *store.event(crimea);
    changed.title = QStringLiteral("Crimea, corrected");
    changed.end = PartialDate::day(2014, 3, 21);
    changed.tags = {QStringLiteral("crimea")};
    store.updateEvent(changed);

    QCOMPARE(store.event(crimea), std::optional<Event>(changed));
    QCOMPARE(store.relations(), QList<Relation>{relation});
    QCOMPARE(store.eventCount(), 2);
    // The range index follows the new end.
    QCOMPARE(idsOf(store.eventsInRange(utc(2014, 3, 20), utc(2014, 3, 20, 12))),
             QSet<qint64>{crimea});
}

void TstEventStore::updateMissingEventThrows()
{
    EventStore store(path());
    const qint64 id = store.addEvent(pointEvent(QStringLiteral("a"), PartialDate::year(2014)));
    Event ghost = pointEvent(QStringLiteral("ghost"), PartialDate::year(2015));
    ghost.id = id + 41;
    ghost.actors = {{store.addActor({0, QStringLiteral("Russia"), {}, Actor::Type::State, 0, {}}),
                     QStringLiteral("party")}};
    const auto error = errorOf([&] { store.updateEvent(ghost); });
    QVERIFY(error.has_value());
    QVERIFY2(error->contains(QString::number(ghost.id)), qPrintable(*error));
    QCOMPARE(store.eventCount(), 1);
    QVERIFY(!store.eventByUid(QStringLiteral("ghost")).has_value());
}

void TstEventStore::removeEventCascadesRelations()
{
    EventStore store(path());
    const qint64 a = store.addEvent(pointEvent(QStringLiteral("a"), PartialDate::year(2014)));
    const qint64 b = store.addEvent(pointEvent(QStringLiteral("b"), PartialDate::year(2015)));
    const qint64 c = store.addEvent(pointEvent(QStringLiteral("c"), PartialDate::year(2016)));
    store.addRelation({0, a, b, Relation::LedTo, {}});
    store.addRelation({0, b, c, Relation::Confirms, {}});
    const qint64 kept = store.addRelation({0, a, c, Relation::Related, {}});

    store.removeEvent(b);

    QVERIFY(!store.event(b).has_value());
    QCOMPARE(store.eventCount(), 2);
    const QList<Relation> relations = store.relations();
    QCOMPARE(relations.size(), 1);
    QCOMPARE(relations.first().id, kept);
    QVERIFY(store.eventsInRange(utc(2015, 6, 1), utc(2015, 6, 2)).isEmpty());
}

void TstEventStore::removeActorRemovesItFromEvents()
{
    qint64 event = 0, russia = 0, osce = 0, putin = 0;
    {
        EventStore store(path());
        russia = store.addActor({0, QStringLiteral("Russia"), {}, Actor::Type::State, 0, {}});
        const qint64 ukraine =
            store.addActor({0, QStringLiteral("Ukraine"), {}, Actor::Type::State, 0, {}});
        osce = store.addActor({0, QStringLiteral("OSCE"), {}, Actor::Type::Organisation, 0, {}});
        putin = store.addActor(
            {0, QStringLiteral("Vladimir Putin"), {}, Actor::Type::Person, russia, {}});
        Event minsk = pointEvent(QStringLiteral("minsk"), PartialDate::day(2014, 9, 5));
        minsk.actors = {{russia, QStringLiteral("signatory")},
                        {ukraine, QStringLiteral("signatory")},
                        {osce, QStringLiteral("mediator")}};
        event = store.addEvent(minsk);

        store.removeActor(ukraine);
        QVERIFY(!store.actor(ukraine).has_value());
        store.removeActor(russia);
    }
    EventStore store(path());
    QCOMPARE(store.event(event)->actors, (QList<EventActor>{{osce, QStringLiteral("mediator")}}));
    // What the timeline draws from lost them too.
    QCOMPARE(store.events({event}, EventStore::Detail::Timeline).first().actors,
             (QList<EventActor>{{osce, QString()}}));
    // A person of a removed state stays, without the affiliation.
    QVERIFY(store.actor(putin).has_value());
    QCOMPARE(store.actor(putin)->affiliationId, 0);
    QCOMPARE(store.actors().size(), 2);
}

void TstEventStore::timelineReadsHaveActorsInOrder()
{
    // The timeline puts an event in its actors' lanes from the ids kept in the event's row:
    // they must follow every write, in the order given, without the roles.
    EventStore store(path());
    QList<qint64> actors;
    for (const char *name : {"Russia", "Ukraine", "United States"}) {
        actors.append(
            store.addActor({0, QString::fromLatin1(name), {}, Actor::Type::State, 0, {}}));
    }
    Event talks = pointEvent(QStringLiteral("talks"), PartialDate::day(2025, 2, 18));
    talks.actors = {{actors[2], QStringLiteral("host")}, {actors[0], QStringLiteral("party")}};
    talks.id = store.addEvent(talks);
    const auto timelineActors = [&] {
        const QList<Event> read = store.eventsInRange(talks.earliestSecond(), talks.latestSecond(),
                                                      EventStore::Detail::Timeline);
        return read.size() == 1 ? read.first().actors : QList<EventActor>();
    };
    QCOMPARE(timelineActors(), (QList<EventActor>{{actors[2], {}}, {actors[0], {}}}));

    talks.actors = {{actors[1], QStringLiteral("party")},
                    {actors[2], QStringLiteral("host")},
                    {actors[0], QStringLiteral("party")}};
    store.updateEvent(talks);
    QCOMPARE(timelineActors(),
             (QList<EventActor>{{actors[1], {}}, {actors[2], {}}, {actors[0], {}}}));

    talks.actors.clear();
    store.updateEvent(talks);
    QVERIFY(timelineActors().isEmpty());
}

void TstEventStore::migrationFromSchema2CopiesActorIds()
{
    qint64 russia = 0, ukraine = 0, minsk = 0, crimea = 0;
    {
        EventStore store(path());
        russia = store.addActor({0, QStringLiteral("Russia"), {}, Actor::Type::State, 0, {}});
        ukraine = store.addActor({0, QStringLiteral("Ukraine"), {}, Actor::Type::State, 0, {}});
        Event event = pointEvent(QStringLiteral("minsk"), PartialDate::day(2014, 9, 5));
        event.actors = {{ukraine, QStringLiteral("signatory")},
                        {russia, QStringLiteral("signatory")}};
        minsk = store.addEvent(event);
        crimea = store.addEvent(pointEvent(QStringLiteral("crimea"), PartialDate::month(2014, 3)));
    }
    makeOlderTimeline(path(), 2);
    EventStore store(path());
    QCOMPARE(store.database().pragmaInteger(QStringLiteral("user_version")),
             qint64(EventStore::SchemaVersion));
    const QList<Event> read = store.events({minsk, crimea}, EventStore::Detail::Timeline);
    QCOMPARE(read.size(), 2);
    QVERIFY(read.at(0).actors.isEmpty()); // Crimea, March 2014, has none
    QCOMPARE(read.at(1).actors, (QList<EventActor>{{ukraine, {}}, {russia, {}}}));
}

void TstEventStore::categoriesInUseFollowEdits()
{
    EventStore store(path());
    QVERIFY(store.categoriesInUse().isEmpty());
    Event talks = pointEvent(QStringLiteral("talks"), PartialDate::day(2025, 2, 18));
    talks.category = QStringLiteral("diplomacy");
    const qint64 id = store.addEvent(talks);
    Event attack = pointEvent(QStringLiteral("attack"), PartialDate::month(2022, 2));
    attack.category = QStringLiteral("Military");
    store.addEvent(attack);
    store.addEvent(pointEvent(QStringLiteral("plain"), PartialDate::year(2014)));
    Event undated = pointEvent(QStringLiteral("undated"), PartialDate());
    undated.category = QStringLiteral("rumour"); // never drawn, so no lane
    store.addEvent(undated);
    QCOMPARE(store.categoriesInUse(),
             (QStringList{QString(), QStringLiteral("diplomacy"), QStringLiteral("Military")}));
    talks.id = id;
    talks.category = QStringLiteral("agreement");
    store.updateEvent(talks);
    QCOMPARE(store.categoriesInUse(),
             (QStringList{QString(), QStringLiteral("agreement"), QStringLiteral("Military")}));
    store.removeEvent(id);
    QCOMPARE(store.categoriesInUse(), (QStringList{QString(), QStringLiteral("Military")}));
}

namespace {
Source sourceOf(const QString &outlet, const QString &title)
{
    return {0, outlet, title, QString(), PartialDate(), QString()};
}

// The picker's sources, in the order they are added: ids 1 to 5.
void addPickerSources(EventStore &store)
{
    store.addSource(sourceOf(QStringLiteral("Reuters"), QStringLiteral("Talks in Riyadh")));
    store.addSource(sourceOf(QStringLiteral("Meduza"), QStringLiteral("Переговоры в Эр-Рияде")));
    store.addSource(sourceOf(QStringLiteral("BBC"), QStringLiteral("Ceasefire talks stall")));
    store.addSource(sourceOf(QStringLiteral("ТАСС"), QStringLiteral("Лавров и Рубио")));
    store.addSource(sourceOf(QString(), QStringLiteral("100% of the grain")));
}
} // namespace

void TstEventStore::sourcesMatching_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<qint64>>("ids");
    QTest::newRow("in a title, any case") << QStringLiteral("TALKS") << QList<qint64>{1, 3};
    QTest::newRow("in an outlet") << QStringLiteral("reut") << QList<qint64>{1};
    QTest::newRow("Cyrillic, any case") << QStringLiteral("переГОВОРЫ") << QList<qint64>{2};
    QTest::newRow("Cyrillic outlet") << QStringLiteral("тасс") << QList<qint64>{4};
    QTest::newRow("LIKE's wildcards are plain text") << QStringLiteral("%") << QList<qint64>{5};
    QTest::newRow("nothing holds it") << QStringLiteral("Minsk") << QList<qint64>{};
    QTest::newRow("empty: every source") << QString() << QList<qint64>{1, 2, 3, 4, 5};
}

void TstEventStore::sourcesMatching()
{
    QFETCH(QString, text);
    QFETCH(QList<qint64>, ids);
    EventStore store(path());
    addPickerSources(store);
    QList<qint64> found;
    for (const Source &source : store.sourcesMatching(text, 10)) {
        QCOMPARE(source, *store.source(source.id)); // whole, as stored
        found.append(source.id);
    }
    QCOMPARE(found, ids);
}

void TstEventStore::sourcesMatchingStopsAtTheLimit()
{
    EventStore store(path());
    addPickerSources(store);
    const QList<Source> first = store.sourcesMatching(QStringLiteral("a"), 2);
    QCOMPARE(first.size(), 2);
    QCOMPARE(first.at(0).id, qint64(1)); // the first ones, in id order
    QCOMPARE(first.at(1).id, qint64(2));
    QVERIFY(store.sourcesMatching(QStringLiteral("a"), 0).isEmpty());
}

void TstEventStore::outletsAreEachOnceSorted()
{
    EventStore store(path());
    QVERIFY(store.outlets().isEmpty());
    addPickerSources(store);
    store.addSource(sourceOf(QStringLiteral("BBC"), QStringLiteral("Another")));
    store.addSource(sourceOf(QStringLiteral("afp"), QStringLiteral("Lower case")));
    QCOMPARE(store.outlets(),
             (QStringList{QStringLiteral("afp"), QStringLiteral("BBC"), QStringLiteral("Meduza"),
                          QStringLiteral("Reuters"), QStringLiteral("ТАСС")}));
}

void TstEventStore::tagsInUseAreEachTagOnceSorted()
{
    EventStore store(path());
    QVERIFY(store.tagsInUse().isEmpty());
    Event talks = pointEvent(QStringLiteral("talks"), PartialDate::day(2015, 2, 11));
    talks.tags = {QStringLiteral("Minsk II"), QStringLiteral("ceasefire")};
    const qint64 id = store.addEvent(talks);
    Event shelling = pointEvent(QStringLiteral("shelling"), PartialDate::month(2015, 1));
    shelling.tags = {QStringLiteral("ceasefire"), QStringLiteral("Debaltseve")};
    store.addEvent(shelling);
    Event undated = pointEvent(QStringLiteral("rumour"), PartialDate());
    undated.tags = {QStringLiteral("unconfirmed")};
    store.addEvent(undated);
    store.addEvent(pointEvent(QStringLiteral("plain"), PartialDate::year(2014)));
    QCOMPARE(store.tagsInUse(),
             (QStringList{QStringLiteral("ceasefire"), QStringLiteral("Debaltseve"),
                          QStringLiteral("Minsk II"), QStringLiteral("unconfirmed")}));
    store.removeEvent(id);
    QCOMPARE(store.tagsInUse(),
             (QStringList{QStringLiteral("ceasefire"), QStringLiteral("Debaltseve"),
                          QStringLiteral("unconfirmed")}));
}

void TstEventStore::migrationFromSchema3AddsCategoryLanes()
{
    {
        EventStore store(path());
        Event talks = pointEvent(QStringLiteral("talks"), PartialDate::day(2025, 2, 18));
        talks.category = QStringLiteral("diplomacy");
        store.addEvent(talks);
    }
    makeOlderTimeline(path(), 3);
    {
        Database db(path(), Database::OpenMode::ReadWrite);
        db.execute(QStringLiteral("DELETE FROM density WHERE actor_id <= -3"));
    }
    const qint64 key = LaneKey::ofCategory(QStringLiteral("diplomacy"));
    {
        EventStore store(path());
        QCOMPARE(store.categoriesInUse(), QStringList{QStringLiteral("diplomacy")});
        QCOMPARE(store.density().count(DensityIndex::CoarsestLevel, key, 0, 4102444800), qint64(1));
    }
    {
        // As if that rebuild had been cut short after the migration committed.
        Database db(path(), Database::OpenMode::ReadWrite);
        db.execute(QStringLiteral("DELETE FROM density WHERE actor_id <= -3"));
    }
    EventStore store(path());
    QCOMPARE(store.categoriesInUse(), QStringList{QStringLiteral("diplomacy")});
}

void TstEventStore::removeSourceRemovesItFromEvents()
{
    EventStore store(path());
    const qint64 first = store.addSource({0, QStringLiteral("A"), {}, {}, {}, QStringLiteral("a")});
    const qint64 second =
        store.addSource({0, QStringLiteral("B"), {}, {}, {}, QStringLiteral("b")});
    Event event = pointEvent(QStringLiteral("e"), PartialDate::year(2014));
    event.sourceIds = {first, second};
    const qint64 id = store.addEvent(event);

    store.removeSource(first);

    QCOMPARE(store.event(id)->sourceIds, QList<qint64>{second});
    QCOMPARE(store.sources().size(), 1);
}

// --- queries ---------------------------------------------------------------------------------

void TstEventStore::eventsInTimeOrderUndatedLast()
{
    EventStore store(path());
    const qint64 undated =
        store.addEvent(periodEvent(QStringLiteral("undated"), PartialDate(), PartialDate(), true));
    const qint64 late = store.addEvent(pointEvent(QStringLiteral("late"), PartialDate::year(2025)));
    const qint64 early =
        store.addEvent(pointEvent(QStringLiteral("early"), PartialDate::day(2014, 9, 5)));
    const qint64 month =
        store.addEvent(pointEvent(QStringLiteral("month"), PartialDate::month(2014, 9)));

    QList<qint64> order;
    for (const Event &event : store.events()) {
        order.append(event.id);
    }
    QCOMPARE(order, (QList<qint64>{month, early, late, undated}));
}

void TstEventStore::rangeEdges_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end"); // empty: a point, unless ongoing
    QTest::addColumn<bool>("ongoing");
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<bool>("included");

    const auto minute = QStringLiteral("2020-06-01T10:00");
    const qint64 m = utc(2020, 6, 1, 10, 0);
    QTest::newRow("point ending exactly at from")
        << minute << QString() << false << m + 59 << m + 3600 << true;
    QTest::newRow("point ending 1 s before from")
        << minute << QString() << false << m + 60 << m + 3600 << false;
    QTest::newRow("point starting exactly at to")
        << minute << QString() << false << m - 3600 << m << true;
    QTest::newRow("point starting 1 s after to")
        << minute << QString() << false << m - 3600 << m - 1 << false;
    QTest::newRow("zero-length window on the point")
        << minute << QString() << false << m + 30 << m + 30 << true;

    const auto day = QStringLiteral("2020-06-01");
    QTest::newRow("day ending exactly at from")
        << day << QString() << false << utc(2020, 6, 1, 23, 59, 59) << utc(2020, 6, 3) << true;
    QTest::newRow("day ending 1 s before from")
        << day << QString() << false << utc(2020, 6, 2) << utc(2020, 6, 3) << false;

    const auto crimeaStart = QStringLiteral("2014-02-27");
    const auto crimeaEnd = QStringLiteral("2014-03-18");
    QTest::newRow("period ending exactly at from")
        << crimeaStart << crimeaEnd << false << utc(2014, 3, 18, 23, 59, 59) << utc(2014, 4, 1)
        << true;
    QTest::newRow("period ending 1 s before from")
        << crimeaStart << crimeaEnd << false << utc(2014, 3, 19) << utc(2014, 4, 1) << false;
    QTest::newRow("period starting exactly at to")
        << crimeaStart << crimeaEnd << false << utc(2014, 1, 1) << utc(2014, 2, 27) << true;
    QTest::newRow("period starting 1 s after to")
        << crimeaStart << crimeaEnd << false << utc(2014, 1, 1) << utc(2014, 2, 26, 23, 59, 59)
        << false;
    QTest::newRow("period covering the window")
        << crimeaStart << crimeaEnd << false << utc(2014, 3, 1) << utc(2014, 3, 2) << true;
    QTest::newRow("window covering the period")
        << crimeaStart << crimeaEnd << false << utc(2000, 1, 1) << utc(2030, 1, 1) << true;
    QTest::newRow("30-year period, window in the middle")
        << QStringLiteral("1990") << QStringLiteral("2019") << false << utc(2005, 6, 1)
        << utc(2005, 6, 2) << true;
    QTest::newRow("period with a year-precision end, window in its last day")
        << QStringLiteral("2014-09-05") << QStringLiteral("2022") << false << utc(2022, 12, 31, 12)
        << utc(2023, 1, 2) << true;

    const auto invasion = QStringLiteral("2022-02-24");
    QTest::newRow("ongoing period started before the window")
        << invasion << QString() << true << utc(2025, 2, 1) << utc(2025, 2, 28) << true;
    QTest::newRow("ongoing period, window far in the future")
        << invasion << QString() << true << utc(9000, 1, 1) << utc(9000, 1, 2) << true;
    QTest::newRow("ongoing period starting exactly at to")
        << invasion << QString() << true << utc(2021, 1, 1) << utc(2022, 2, 24) << true;
    QTest::newRow("ongoing period starting after the window")
        << invasion << QString() << true << utc(2021, 1, 1) << utc(2022, 2, 23, 23, 59, 59)
        << false;
    QTest::newRow("ongoing period with a month start, window in the start month")
        << QStringLiteral("2024-10") << QString() << true << utc(2024, 10, 20) << utc(2024, 10, 21)
        << true;

    const auto year = QStringLiteral("2014");
    QTest::newRow("year point, window inside the year")
        << year << QString() << false << utc(2014, 6, 10) << utc(2014, 6, 11) << true;
    QTest::newRow("year point, window from its last second")
        << year << QString() << false << utc(2014, 12, 31, 23, 59, 59) << utc(2015, 2, 1) << true;
    QTest::newRow("year point, window from the next year")
        << year << QString() << false << utc(2015, 1, 1) << utc(2015, 2, 1) << false;
    QTest::newRow("year point, window ending on its first second")
        << year << QString() << false << utc(2013, 6, 1) << utc(2014, 1, 1) << true;
    QTest::newRow("year point, window ending the second before")
        << year << QString() << false << utc(2013, 6, 1) << utc(2013, 12, 31, 23, 59, 59) << false;

    const auto month = QStringLiteral("2025-02~");
    QTest::newRow("month point, window inside the month")
        << month << QString() << false << utc(2025, 2, 20) << utc(2025, 2, 21) << true;
    QTest::newRow("month point, window from its last second")
        << month << QString() << false << utc(2025, 2, 28, 23, 59, 59) << utc(2025, 3, 5) << true;
    QTest::newRow("month point, window from March")
        << month << QString() << false << utc(2025, 3, 1) << utc(2025, 3, 5) << false;
    QTest::newRow("month point in a leap February, window on the 29th")
        << QStringLiteral("2024-02") << QString() << false << utc(2024, 2, 29, 12)
        << utc(2024, 2, 29, 13) << true;
}

void TstEventStore::rangeEdges()
{
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(bool, ongoing);
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(bool, included);

    EventStore store(path());
    Event event = end.isEmpty() && !ongoing
                      ? pointEvent(QStringLiteral("e"), parsed(start))
                      : periodEvent(QStringLiteral("e"), parsed(start), parsed(end), ongoing);
    QVERIFY(!event.start.isNull());
    QVERIFY(ongoing || end.isEmpty() || !event.end.isNull());
    const qint64 id = store.addEvent(event);
    store.addEvent(periodEvent(QStringLiteral("undated"), PartialDate(), PartialDate(), true));

    const QList<Event> found = store.eventsInRange(from, to);
    QCOMPARE(idsOf(found), included ? QSet<qint64>{id} : QSet<qint64>());
    if (included) {
        QCOMPARE(found.first(), *store.event(id));
    }
}

void TstEventStore::rangeNeverReturnsUndated()
{
    EventStore store(path());
    store.addEvent(
        periodEvent(QStringLiteral("undated period"), PartialDate(), PartialDate(), true));
    store.addEvent(pointEvent(QStringLiteral("undated point"), PartialDate()));
    const qint64 dated =
        store.addEvent(pointEvent(QStringLiteral("dated"), PartialDate::day(2014, 9, 5)));

    QCOMPARE(idsOf(store.eventsInRange(utc(1, 1, 1), Event::OpenEnd)), QSet<qint64>{dated});
    QCOMPARE(idsOf(store.eventsInRange(0, 0)), QSet<qint64>());
    QCOMPARE(store.eventCount(), 3);
}

void TstEventStore::rangeIsInTimeOrder()
{
    EventStore store(path());
    // Added out of order and with mixed span lengths, so that they live in different span
    // classes of the index.
    const qint64 call = store.addEvent(
        pointEvent(QStringLiteral("call"), PartialDate::minute(2025, 2, 12, 14, 30)));
    const qint64 war =
        store.addEvent(periodEvent(QStringLiteral("war"), PartialDate::day(2022, 2, 24), {}, true));
    const qint64 february =
        store.addEvent(pointEvent(QStringLiteral("feb"), PartialDate::month(2025, 2, true)));
    const qint64 rutte =
        store.addEvent(pointEvent(QStringLiteral("rutte"), PartialDate::day(2025, 2, 9)));
    const qint64 year = store.addEvent(pointEvent(QStringLiteral("year"), PartialDate::year(2025)));
    const qint64 crimea = store.addEvent(periodEvent(
        QStringLiteral("crimea"), PartialDate::day(2014, 2, 27), PartialDate::day(2014, 3, 18)));

    QList<qint64> order;
    for (const Event &event : store.eventsInRange(utc(2025, 2, 1), utc(2025, 2, 28))) {
        order.append(event.id);
    }
    QCOMPARE(order, (QList<qint64>{war, year, february, rutte, call}));
    QVERIFY(!order.contains(crimea));
}

void TstEventStore::adjacentEventsWalkTheTimeline()
{
    // Tab and Shift+Tab walk every dated event once, in (start, id) order, whatever their
    // length; undated events are not on the timeline.
    QRandomGenerator rng(11);
    EventStore store(path());
    QList<std::pair<qint64, qint64>> expected;
    store.batch([&] {
        for (int i = 0; i < 300; ++i) {
            const QString uid = QStringLiteral("e%1").arg(i);
            if (i % 50 == 0) {
                store.addEvent(periodEvent(uid, PartialDate(), PartialDate(), true));
                continue;
            }
            // Few distinct days, so that many events share a start.
            const PartialDate start = PartialDate::day(2014, 3, 1 + int(rng.bounded(20)));
            const qint64 id =
                i % 3 == 0 ? store.addEvent(periodEvent(uid, start, PartialDate::year(2016), false))
                           : store.addEvent(pointEvent(uid, start));
            expected.append({start.earliestSecond(), id});
        }
    });
    std::sort(expected.begin(), expected.end());
    QList<qint64> forward, backward;
    std::optional<qint64> id = store.adjacentEvent(std::numeric_limits<qint64>::min(), 0, true);
    while (id) {
        forward.append(*id);
        id = store.adjacentEvent(store.event(*id)->earliestSecond(), *id, true);
    }
    id = store.adjacentEvent(std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::max(),
                             false);
    while (id) {
        backward.prepend(*id);
        id = store.adjacentEvent(store.event(*id)->earliestSecond(), *id, false);
    }
    QList<qint64> ids;
    for (const auto &entry : std::as_const(expected)) {
        ids.append(entry.second);
    }
    QCOMPARE(forward, ids);
    QCOMPARE(backward, ids);
}

void TstEventStore::rangeMatchesBruteForce()
{
    constexpr int EventCount = 2000;
    constexpr int WindowCount = 200;
    const qint64 base = utc(1950, 1, 1);
    constexpr qint64 Year = 365 * 86400 + 86400 / 4;
    constexpr qint64 MaxSpan = 30 * Year;

    QRandomGenerator rng(42);
    EventStore store(path());
    store.batch([&] {
        for (int i = 0; i < EventCount; ++i) {
            const QString uid = QStringLiteral("random-%1").arg(i);
            const int shape = rng.bounded(100);
            if (shape < 3) {
                store.addEvent(periodEvent(uid, PartialDate(), PartialDate(), true));
                continue;
            }
            const qint64 startSecond = base + qint64(rng.bounded(100 * 365 * 1440)) * 60;
            PartialDate start = minuteAt(startSecond);
            const int precision = rng.bounded(10);
            if (precision == 0) {
                start = PartialDate::year(start.yearValue(), rng.bounded(2) == 0);
            } else if (precision == 1) {
                start = PartialDate::month(start.yearValue(), start.monthValue());
            } else if (precision == 2) {
                start = PartialDate::day(start.yearValue(), start.monthValue(), start.dayValue());
            }
            if (shape < 45) {
                store.addEvent(pointEvent(uid, start));
            } else if (shape < 50) {
                store.addEvent(periodEvent(uid, start, PartialDate(), true));
            } else {
                // Log-uniform lengths from 0 s to 30 years, with some exactly 0.
                const qint64 span =
                    rng.bounded(10) == 0
                        ? 0
                        : qint64(std::exp(rng.generateDouble() * std::log(double(MaxSpan))));
                store.addEvent(periodEvent(uid, start, minuteAt(start.earliestSecond() + span)));
            }
        }
    });
    QCOMPARE(store.eventCount(), EventCount);

    const QList<Event> all = store.events();
    QCOMPARE(all.size(), EventCount);

    for (int w = 0; w < WindowCount; ++w) {
        qint64 from = 0, to = 0;
        const int kind = rng.bounded(4);
        if (kind == 0) {
            // A window starting on the last second of some event: it must be found.
            const Event &e = all.at(rng.bounded(EventCount - 100));
            from = e.latestSecond();
            to = from + rng.bounded(86400);
        } else if (kind == 1) {
            // A window ending on the first second of some event.
            const Event &e = all.at(rng.bounded(EventCount - 100));
            to = e.earliestSecond();
            from = to - rng.bounded(86400);
        } else {
            from = base - 5 * Year + qint64(rng.bounded(110 * 365)) * 86400 + rng.bounded(86400);
            const qint64 width =
                rng.bounded(8) == 0
                    ? 0
                    : qint64(std::exp(rng.generateDouble() * std::log(double(20 * Year))));
            to = from + width;
        }

        QList<qint64> expected;
        for (const Event &event : all) {
            if (!event.isUndated() && event.earliestSecond() <= to &&
                event.latestSecond() >= from) {
                expected.append(event.id);
            }
        }
        const QList<Event> found = store.eventsInRange(from, to);
        QList<qint64> foundIds;
        for (const Event &event : found) {
            foundIds.append(event.id);
        }
        const QString context = QStringLiteral("window %1: [%2, %3]").arg(w).arg(from).arg(to);
        QVERIFY2(idList(foundIds) == idList(expected),
                 qPrintable(context + QStringLiteral("\n  found:    ") + idList(foundIds) +
                            QStringLiteral("\n  expected: ") + idList(expected)));
        for (int i = 1; i < found.size(); ++i) {
            QVERIFY2(found.at(i - 1).earliestSecond() <= found.at(i).earliestSecond(),
                     qPrintable(context));
        }
    }
}

void TstEventStore::rangeFollowsLaterWrites()
{
    // The query must keep up with writes made after it ran: the view asks again after every
    // change.
    EventStore store(path());
    const qint64 window = utc(2005, 6, 1);
    const qint64 point =
        store.addEvent(pointEvent(QStringLiteral("point"), PartialDate::minute(2020, 1, 1, 0, 0)));
    QVERIFY(store.eventsInRange(window, window + 3600).isEmpty());

    const qint64 decades = store.addEvent(
        periodEvent(QStringLiteral("decades"), PartialDate::year(1990), PartialDate::year(2019)));
    QCOMPARE(idsOf(store.eventsInRange(window, window + 3600)), QSet<qint64>{decades});

    Event stretched = *store.event(point);
    stretched.kind = Event::Kind::Period;
    stretched.start = PartialDate::year(1980);
    stretched.end = PartialDate::year(2020);
    store.updateEvent(stretched);
    QCOMPARE(idsOf(store.eventsInRange(window, window + 3600)), (QSet<qint64>{decades, point}));

    store.removeEvent(decades);
    QCOMPARE(idsOf(store.eventsInRange(window, window + 3600)), QSet<qint64>{point});

    const qint64 ongoing = store.addEvent(
        periodEvent(QStringLiteral("ongoing"), PartialDate::day(2000, 1, 1), {}, true));
    QCOMPARE(idsOf(store.eventsInRange(window, window + 3600)), (QSet<qint64>{point, ongoing}));
}

void TstEventStore::rangeSeesWritesOfAnotherConnection()
{
    // Two stores on one file stand for two processes sharing a timeline (the database waits
    // for another writer rather than failing, so this is expected to happen). What one writes,
    // the other's queries must see.
    EventStore viewer(path());
    EventStore writer(path());
    const qint64 window = utc(2005, 6, 1);
    writer.addEvent(pointEvent(QStringLiteral("point"), PartialDate::minute(2020, 1, 1, 0, 0)));
    QCOMPARE(viewer.eventsInRange(utc(2020, 1, 1), utc(2020, 1, 2)).size(), 1);

    const qint64 decades = writer.addEvent(
        periodEvent(QStringLiteral("decades"), PartialDate::year(1990), PartialDate::year(2019)));
    QCOMPARE(viewer.eventCount(), 2);
    QVERIFY(viewer.event(decades).has_value());
    QCOMPARE(idsOf(viewer.eventsInRange(window, window + 3600)), QSet<qint64>{decades});
}

// --- files that must not be opened -----------------------------------------------------------

void TstEventStore::newerSchemaRefusedUntouched()
{
    {
        EventStore store(path());
        store.addEvent(pointEvent(QStringLiteral("a"), PartialDate::year(2014)));
    }
    {
        Database db(path(), Database::OpenMode::ReadWrite);
        db.execute(QStringLiteral("PRAGMA user_version = 99"));
    }
    const QByteArray before = fileBytes(path());
    QVERIFY(!before.isEmpty());
    const QStringList filesBefore = QDir(m_dir->path()).entryList(QDir::Files);

    const auto error = errorOf([&] { EventStore store(path()); });
    QVERIFY2(error.has_value(), "a timeline of a newer format was opened");
    QVERIFY2(error->contains(QDir::toNativeSeparators(path())), qPrintable(*error));
    QVERIFY2(error->contains(QStringLiteral("newer")), qPrintable(*error));
    QVERIFY2(error->contains(QStringLiteral("99")), qPrintable(*error));

    QCOMPARE(fileBytes(path()), before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), filesBefore);
    Database db(path(), Database::OpenMode::ReadOnly);
    QCOMPARE(db.pragmaInteger(QStringLiteral("user_version")), 99);
}

void TstEventStore::garbageFileRefusedUntouched()
{
    QByteArray garbage;
    QRandomGenerator rng(42);
    while (garbage.size() < 4096) {
        garbage += "Lorem ipsum " + QByteArray::number(rng.generate()) + '\n';
    }
    {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(garbage), garbage.size());
    }

    const auto error = errorOf([&] { EventStore store(path()); });
    QVERIFY2(error.has_value(), "a text file was opened as a timeline");
    QVERIFY2(error->contains(QDir::toNativeSeparators(path())), qPrintable(*error));
    QVERIFY2(error->contains(QStringLiteral("not an Entente timeline")), qPrintable(*error));
    QCOMPARE(fileBytes(path()), garbage);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList{QStringLiteral("t.entente")});
}

void TstEventStore::foreignDatabaseRefusedUntouched_data()
{
    QTest::addColumn<qint64>("applicationId");

    QTest::newRow("application_id 0") << qint64(0);
    QTest::newRow("application_id of another program") << qint64(0x47504b47); // GeoPackage
}

void TstEventStore::foreignDatabaseRefusedUntouched()
{
    QFETCH(qint64, applicationId);
    {
        Database db(path(), Database::OpenMode::ReadWriteCreate);
        db.execute(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"));
        db.execute(QStringLiteral("INSERT INTO notes (text) VALUES ('keep me')"));
        db.execute(QStringLiteral("PRAGMA application_id = %1").arg(applicationId));
    }
    const QByteArray before = fileBytes(path());
    QVERIFY(!before.isEmpty());

    const auto error = errorOf([&] { EventStore store(path()); });
    QVERIFY2(error.has_value(), "another program's database was opened as a timeline");
    QVERIFY2(error->contains(QDir::toNativeSeparators(path())), qPrintable(*error));
    QVERIFY2(error->contains(QStringLiteral("not an Entente timeline")), qPrintable(*error));
    QCOMPARE(fileBytes(path()), before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList{QStringLiteral("t.entente")});

    Database db(path(), Database::OpenMode::ReadOnly);
    QCOMPARE(db.pragmaInteger(QStringLiteral("user_version")), 0);
    Statement st(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'events'"));
    QVERIFY(st.step());
    QCOMPARE(st.int64(0), 0);
}

void TstEventStore::readOnlyFileOpensReadOnly()
{
    qint64 id = 0;
    {
        EventStore store(path());
        id = store.addEvent(pointEvent(QStringLiteral("a"), PartialDate::day(2014, 9, 5)));
    }
    QVERIFY(QFile::setPermissions(path(), QFile::ReadOwner));
    {
        QFile probe(path());
        if (probe.open(QIODevice::ReadWrite)) {
            QSKIP("write protection does not apply to this user (running as root?)");
        }
    }
    const QByteArray before = fileBytes(path());
    EventStore store(path());
    checkRefusesWrites(store, id, before);
}

void TstEventStore::openedReadOnlyRefusesWrites()
{
    // The same guarantees when the user opens a timeline read-only (this works as root too).
    qint64 id = 0;
    {
        EventStore store(path());
        id = store.addEvent(pointEvent(QStringLiteral("a"), PartialDate::day(2014, 9, 5)));
    }
    const QByteArray before = fileBytes(path());
    EventStore store(path(), EventStore::Access::ReadOnly);
    checkRefusesWrites(store, id, before);
}

void TstEventStore::checkRefusesWrites(EventStore &store, qint64 id, const QByteArray &before)
{
    QVERIFY(store.isReadOnly());
    QCOMPARE(store.eventCount(), 1);
    QVERIFY(store.event(id).has_value());

    QSignalSpy spy(&store, &EventStore::changed);
    const auto error =
        errorOf([&] { store.addEvent(pointEvent(QStringLiteral("b"), PartialDate::year(2015))); });
    QVERIFY2(error.has_value(), "an event was added to a read-only timeline");
    QVERIFY2(error->contains(QStringLiteral("read-only")), qPrintable(*error));
    QCOMPARE(spy.count(), 0);
    QCOMPARE(store.eventCount(), 1);
    QCOMPARE(fileBytes(path()), before);
}

void TstEventStore::readingLeavesTheFileAsItWas_data()
{
    QTest::addColumn<bool>("readOnly");
    QTest::addColumn<bool>("older");
    QTest::newRow("current, read-write") << false << false;
    QTest::newRow("current, read-only") << true << false;
    QTest::newRow("older, read-write") << false << true;
    QTest::newRow("older, read-only") << true << true;
}

// Opening and reading, with readers on other connections as the window has, writes nothing:
// the file is byte for byte as it was and nothing is left beside it (no -wal, no -shm). An
// older file reads as upgraded, from a copy, under its own name.
void TstEventStore::readingLeavesTheFileAsItWas()
{
    QFETCH(bool, readOnly);
    QFETCH(bool, older);
    {
        EventStore store(path());
        store.addEvent(pointEvent(QStringLiteral("a"), PartialDate::day(2014, 9, 5)));
    }
    if (older) {
        makeOlderTimeline(path(), 8);
    }
    const QByteArray before = fileBytes(path());
    const QStringList filesBefore = files();
    {
        EventStore store(path(),
                         readOnly ? EventStore::Access::ReadOnly : EventStore::Access::ReadWrite);
        QCOMPARE(store.path(), path());
        QCOMPARE(store.isReadOnly(), readOnly);
        QCOMPARE(store.needsUpgrade(), older);
        QCOMPARE(store.formatVersion(), older ? 8 : EventStore::SchemaVersion);
        QCOMPARE(store.readerPath() != path(), older);
        QCOMPARE(store.eventCount(), 1);
        QCOMPARE(store.events().constFirst().uid, QStringLiteral("a"));
        QCOMPARE(store.matches(EventCriteria{}).count(), qsizetype(1));
        EventStore reader(store.readerPath(), EventStore::Access::ReadOnly);
        QCOMPARE(reader.eventCount(), 1);
        QVERIFY(!store.checkForExternalChanges());
    }
    QCOMPARE(fileBytes(path()), before);
    QCOMPARE(files(), filesBefore);
}

// A file in an older format is upgraded only when asked to (the window asks the user first):
// until then every write is refused, saying why, and the file stays as it was.
void TstEventStore::olderFileRefusesWritesUntilUpgraded()
{
    {
        EventStore store(path());
        store.addEvent(pointEvent(QStringLiteral("a"), PartialDate::day(2014, 9, 5)));
    }
    makeOlderTimeline(path(), 8);
    const QByteArray before = fileBytes(path());
    {
        EventStore store(path());
        QSignalSpy spy(&store, &EventStore::changed);
        const auto error = errorOf(
            [&] { store.addEvent(pointEvent(QStringLiteral("b"), PartialDate::year(2015))); });
        QVERIFY2(error.has_value(), "an older file was written without an upgrade");
        QVERIFY2(error->contains(QDir::toNativeSeparators(path())), qPrintable(*error));
        QVERIFY2(error->contains(QStringLiteral("older timeline format (8)")), qPrintable(*error));
        QCOMPARE(spy.count(), 0);
        QCOMPARE(store.eventCount(), 1);
    }
    QCOMPARE(fileBytes(path()), before);

    FileUpgrade::run(path(), 8);
    QCOMPARE(files(), QStringList{QStringLiteral("t.entente")}); // the copy is gone
    QVERIFY(!inWalMode());
    EventStore store(path());
    QVERIFY(!store.needsUpgrade());
    QCOMPARE(store.formatVersion(), EventStore::SchemaVersion);
    QCOMPARE(store.readerPath(), path());
    store.addEvent(pointEvent(QStringLiteral("b"), PartialDate::year(2015)));
    QCOMPARE(store.eventCount(), 2);
}

// A file at rest is in rollback mode, so that reading it never needs the files WAL keeps
// beside it. The first write switches it to WAL (the window's readers read on while it
// writes), and closing switches it back.
void TstEventStore::firstWriteSwitchesToWalAndClosingSwitchesBack()
{
    {
        EventStore store(path());
    }
    QVERIFY(!inWalMode());
    {
        EventStore store(path());
        store.title();
        QVERIFY(!inWalMode());
        store.addEvent(pointEvent(QStringLiteral("a"), PartialDate::day(2014, 9, 5)));
        QVERIFY(inWalMode());
        EventStore reader(path(), EventStore::Access::ReadOnly);
        QCOMPARE(reader.eventCount(), 1);
    }
    QVERIFY(!inWalMode());
    QCOMPARE(files(), QStringList{QStringLiteral("t.entente")});
    EventStore store(path(), EventStore::Access::ReadOnly);
    QCOMPARE(store.eventCount(), 1);
}

// SQLite keeps a file in WAL mode while another connection has it open: the last to close
// switches it back, also one that only read what the other wrote.
void TstEventStore::lastConnectionToCloseSwitchesBack()
{
    {
        EventStore store(path());
    }
    auto writer = std::make_unique<EventStore>(path());
    auto viewer = std::make_unique<EventStore>(path());
    writer->addEvent(pointEvent(QStringLiteral("a"), PartialDate::day(2014, 9, 5)));
    QCOMPARE(viewer->eventCount(), 1);
    writer.reset();
    QVERIFY(inWalMode());
    viewer.reset();
    QVERIFY(!inWalMode());
    QCOMPARE(files(), QStringList{QStringLiteral("t.entente")});
}

// --- change notifications --------------------------------------------------------------------

void TstEventStore::addEventAnnouncesOnce()
{
    EventStore store(path());
    QSignalSpy spy(&store, &EventStore::changed);
    QVERIFY(spy.isValid());

    const qint64 id = store.addEvent(pointEvent(QStringLiteral("a"), PartialDate::year(2014)));

    QCOMPARE(spy.count(), 1);
    const auto change = spy.at(0).at(0).value<StoreChange>();
    QCOMPARE(change.events.added, QList<qint64>{id});
    QVERIFY(change.events.changed.isEmpty());
    QVERIFY(change.events.removed.isEmpty());
    QVERIFY(change.actors.isEmpty());
    // The year 2014, whose tiles are to be read again.
    QCOMPARE(change.spans.size(), 1);
    QVERIFY(change.touchesTime(PartialDate::day(2014, 6, 1).earliestSecond(),
                               PartialDate::day(2014, 6, 1).latestSecond()));
    QVERIFY(!change.touchesTime(PartialDate::year(2015).earliestSecond(),
                                PartialDate::year(2016).latestSecond()));

    const qint64 actor =
        store.addActor({0, QStringLiteral("Russia"), {}, Actor::Type::State, 0, {}});
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).value<StoreChange>().actors.added, QList<qint64>{actor});
    QVERIFY(!spy.at(1).at(0).value<StoreChange>().touchesEvents());
}

void TstEventStore::updateAndRemoveAnnounce()
{
    EventStore store(path());
    const qint64 a = store.addEvent(pointEvent(QStringLiteral("a"), PartialDate::year(2014)));
    const qint64 b = store.addEvent(pointEvent(QStringLiteral("b"), PartialDate::year(2015)));
    store.addRelation({0, a, b, Relation::LedTo, {}});
    QSignalSpy spy(&store, &EventStore::changed);

    Event changed = *store.event(a);
    changed.title = QStringLiteral("changed");
    store.updateEvent(changed);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<StoreChange>().events.changed, QList<qint64>{a});

    const qint64 relation = store.relations().constFirst().id;
    store.removeEvent(b);
    QCOMPARE(spy.count(), 2);
    const auto removal = spy.at(1).at(0).value<StoreChange>();
    QCOMPARE(removal.events.removed, QList<qint64>{b});
    QCOMPARE(removal.relations.removed, QList<qint64>{relation}); // by cascade

    store.removeEvent(b); // already gone: nothing changed, nothing announced
    QCOMPARE(spy.count(), 2);
}

void TstEventStore::batchAnnouncesOnce()
{
    EventStore store(path());
    QSignalSpy spy(&store, &EventStore::changed);
    QList<qint64> ids;
    int emittedInside = -1;
    store.batch([&] {
        for (int year : {2014, 2015, 2016}) {
            ids.append(store.addEvent(
                pointEvent(QStringLiteral("e%1").arg(year), PartialDate::year(year))));
        }
        emittedInside = int(spy.count());
    });
    QCOMPARE(emittedInside, 0);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<StoreChange>().events.added, ids);
    QCOMPARE(store.eventCount(), 3);
}

void TstEventStore::failedBatchAnnouncesAndStoresNothing()
{
    struct Abort
    {
    };
    {
        EventStore store(path());
        QSignalSpy spy(&store, &EventStore::changed);
        bool aborted = false;
        try {
            store.batch([&] {
                store.addActor({0, QStringLiteral("Russia"), {}, Actor::Type::State, 0, {}});
                for (int year : {2014, 2015, 2016}) {
                    store.addEvent(
                        pointEvent(QStringLiteral("e%1").arg(year), PartialDate::year(year)));
                }
                throw Abort();
            });
        } catch (const Abort &) {
            aborted = true;
        }
        QVERIFY(aborted);
        QCOMPARE(spy.count(), 0);
        QCOMPARE(store.eventCount(), 0);
        QVERIFY(store.actors().isEmpty());
        QVERIFY(store.eventsInRange(utc(2014, 1, 1), utc(2017, 1, 1)).isEmpty());

        // The store is still usable afterwards.
        const qint64 id =
            store.addEvent(pointEvent(QStringLiteral("after"), PartialDate::year(2020)));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<StoreChange>().events.added, QList<qint64>{id});
    }
    EventStore store(path());
    QCOMPARE(store.eventCount(), 1);
    QVERIFY(store.actors().isEmpty());
}

void TstEventStore::failedInnerBatchUndoesOnlyItself()
{
    struct Abort
    {
    };
    EventStore store(path());
    QSignalSpy spy(&store, &EventStore::changed);
    qint64 kept = 0;
    store.batch([&] {
        kept = store.addEvent(pointEvent(QStringLiteral("kept"), PartialDate::year(2014)));
        try {
            store.batch([&] {
                store.addEvent(pointEvent(QStringLiteral("dropped"), PartialDate::year(2015)));
                throw Abort();
            });
        } catch (const Abort &) {
        }
    });
    QCOMPARE(store.eventCount(), 1);
    QVERIFY(store.event(kept).has_value());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<StoreChange>().events.added, QList<qint64>{kept});
}

// What a dataset said beyond Entente's fields comes back as it was stored, through an update
// too; the timeline's reads leave it out, and an event without any stores NULL.
void TstEventStore::attributesAreStoredAndRead()
{
    EventStore store(path());
    Event event = pointEvent(QStringLiteral("clash"), PartialDate::day(2025, 2, 5));
    event.attributes = {{QStringLiteral("acled.fatalities"), QStringLiteral("3")},
                        {QStringLiteral("latitude"), QStringLiteral("48.5")},
                        {QStringLiteral("note"), QStringLiteral("“quoted”, \"escaped\"\n")}};
    const qint64 id = store.addEvent(event);
    const qint64 plain =
        store.addEvent(pointEvent(QStringLiteral("plain"), PartialDate::year(2025)));
    QCOMPARE(store.event(id)->attributes, event.attributes);
    QVERIFY(store.event(plain)->attributes.isEmpty());
    QVERIFY(store.events({id}, EventStore::Detail::Timeline).first().attributes.isEmpty());

    Event changed = *store.event(id);
    changed.attributes.remove(QStringLiteral("latitude"));
    store.updateEvent(changed);
    QCOMPARE(store.event(id)->attributes,
             (Attributes{{QStringLiteral("acled.fatalities"), QStringLiteral("3")},
                         {QStringLiteral("note"), QStringLiteral("“quoted”, \"escaped\"\n")}}));
    Statement column(store.database(),
                     QStringLiteral("SELECT attributes FROM events WHERE id = ?1"));
    column.bind(1, plain);
    QVERIFY(column.step());
    QVERIFY(column.isNull(0));
}

// The column is written by hand for speed: the same text QJsonDocument writes, so files do not
// depend on which Entente wrote them, and every character comes back.
void TstEventStore::attributesAreStoredAsQtWritesJson()
{
    EventStore store(path());
    Event event = pointEvent(QStringLiteral("clash"), PartialDate::day(2025, 2, 5));
    event.attributes = {
        {QStringLiteral("b"), QStringLiteral("back\\slash \"quote\" /slash")},
        {QStringLiteral("a"), QStringLiteral("tab\tnew\nline\r\b\f") + QChar(0x01) + QChar(0x1f)},
        {QStringLiteral("ключ"), QStringLiteral("“Київ” é \u2028 😀")}};
    const qint64 id = store.addEvent(event);
    QCOMPARE(store.event(id)->attributes, event.attributes);
    QJsonObject object;
    for (const auto &[key, value] : event.attributes) {
        object.insert(key, value);
    }
    Statement column(store.database(),
                     QStringLiteral("SELECT attributes FROM events WHERE id = ?1"));
    column.bind(1, id);
    QVERIFY(column.step());
    QCOMPARE(column.text(0),
             QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

void TstEventStore::attributesBreakingRulesAreRefused()
{
    EventStore store(path());
    Event event = pointEvent(QStringLiteral("clash"), PartialDate::day(2025, 2, 5));
    event.attributes.insert(QStringLiteral(" "), QStringLiteral("x"));
    std::optional<QString> error = errorOf([&] { store.addEvent(event); });
    QVERIFY(error);
    QVERIFY2(error->contains(QStringLiteral("attribute needs a name")), qPrintable(*error));
    event.attributes = {{QStringLiteral("k"), QString(10001, u'x')}};
    error = errorOf([&] { store.addEvent(event); });
    QVERIFY(error);
    QVERIFY2(error->contains(QStringLiteral("“k” is longer than 10000")), qPrintable(*error));
    QCOMPARE(store.eventCount(), 0);
}

// A file of schema 6 (frozen as Entente wrote it) takes the attributes column, empty for every
// event it has, and stores attributes from then on.
void TstEventStore::schema6FileGainsAttributes()
{
    QVERIFY(QFile::copy(QStringLiteral(ENTENTE_TEST_DATA_DIR "/schema6.entente"), path()));
    QVERIFY(QFile::setPermissions(path(), QFile::ReadOwner | QFile::WriteOwner));
    FileUpgrade::run(path(), 6); // as the window does before the first edit
    EventStore store(path());
    QCOMPARE(store.database().pragmaInteger(QStringLiteral("user_version")),
             qint64(EventStore::SchemaVersion));
    const QList<Event> events = store.events();
    QVERIFY(events.size() > 10);
    for (const Event &event : events) {
        QVERIFY(event.attributes.isEmpty());
    }
    Event first = events.first();
    first.attributes.insert(QStringLiteral("pax.id"), QStringLiteral("1363"));
    store.updateEvent(first);
    QCOMPARE(store.event(first.id)->attributes.value(QStringLiteral("pax.id")),
             QStringLiteral("1363"));
}

QTEST_GUILESS_MAIN(TstEventStore)
#include "tst_eventstore.moc"
