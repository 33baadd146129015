// SPDX-License-Identifier: GPL-3.0-or-later
// Upgrades of timeline files frozen as older versions of Entente wrote them (tests/data, see
// its README): made by the old code itself, not by taking a new file apart, so that they hold
// what those versions really left rather than what we remember of it.
#include <QTest>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>

#include "database.h"
#include "densityindex.h"
#include "error.h"
#include "eventcriteria.h"
#include "eventstore.h"
#include "fileupgrade.h"
#include "lanekey.h"
#include "matchset.h"
#include "schemamigrator.h"
#include "seedloader.h"
#include "statement.h"
#include "testsupport.h"
#include "transaction.h"

#include <algorithm>
#include <memory>
#include <optional>

using namespace entente;

namespace {

QString fixture(int schema)
{
    return QStringLiteral(ENTENTE_TEST_DATA_DIR "/schema%1.entente").arg(schema);
}

// Everything a store holds but its ids: a reference names what it refers to instead (an actor
// by its name, an event by its uid, a source by its text). Sorted, so equal for two files with
// the same timeline whatever ids they gave it.
QStringList contents(const EventStore &store)
{
    QStringList lines;
    QHash<qint64, QString> actorNames, sourceTexts;
    const QList<Actor> actors = store.actors();
    for (const Actor &actor : actors) {
        actorNames.insert(actor.id, actor.name);
    }
    for (const Actor &actor : actors) {
        lines.append(QStringLiteral("actor %1 (%2), %3 of %4, %5")
                         .arg(actor.name, actor.shortName, Actor::typeName(actor.type),
                              actorNames.value(actor.affiliationId), actor.color));
    }
    for (const Source &source : store.sources()) {
        sourceTexts.insert(source.id, QStringLiteral("%1 | %2 | %3 | %4 | %5")
                                          .arg(source.outlet, source.title, source.url,
                                               source.published.toEdtf(), source.quote));
    }
    QHash<qint64, QString> uids;
    for (const Event &event : store.events()) {
        uids.insert(event.id, event.uid);
        QStringList links;
        for (const EventActor &party : event.actors) {
            links.append(actorNames.value(party.actorId) + QLatin1Char(':') + party.role);
        }
        for (qint64 id : event.sourceIds) {
            links.append(sourceTexts.value(id));
        }
        lines.append(QStringLiteral("event %1: %2 | %3 | %4 %5–%6 ongoing %7 | %8 | %9 | %10 | "
                                    "[%11] | [%12]")
                         .arg(event.uid, event.title, event.description,
                              Event::kindName(event.kind), event.start.toEdtf(), event.end.toEdtf())
                         .arg(event.ongoing)
                         .arg(event.category)
                         .arg(event.importance)
                         .arg(event.location, event.tags.join(QLatin1Char(',')),
                              links.join(QStringLiteral("; "))));
    }
    for (const Relation &relation : store.relations()) {
        lines.append(QStringLiteral("relation %1 %2 %3: %4")
                         .arg(uids.value(relation.fromEventId), relation.type,
                              uids.value(relation.toEventId), relation.note));
    }
    for (const Era &era : store.eras()) {
        lines.append(QStringLiteral("era %1 %2–%3 %4")
                         .arg(era.name, era.start.toEdtf(), era.end.toEdtf(), era.color));
    }
    lines.sort();
    return lines;
}

// Empty when every lane that the dated events call for is in use and its summaries count
// them at every level: "all", each actor or "no actor", each category.
QString laneProblems(const EventStore &store)
{
    QHash<qint64, qint64> wanted; // lane → how many dated events it counts
    QSet<qint64> actorLanes;
    QSet<QString> categories;
    for (const Event &event : store.events()) {
        if (event.isUndated()) {
            continue;
        }
        QSet<qint64> lanes{LaneKey::AllActors, LaneKey::ofCategory(event.category)};
        for (const EventActor &party : event.actors) {
            lanes.insert(party.actorId);
            actorLanes.insert(party.actorId);
        }
        if (event.actors.isEmpty()) {
            lanes.insert(LaneKey::NoActor);
        }
        categories.insert(event.category);
        for (qint64 lane : std::as_const(lanes)) {
            ++wanted[lane];
        }
    }
    QStringList problems;
    const qint64 first = PartialDate::year(1).earliestSecond();
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        for (int level = DensityIndex::FinestLevel; level <= DensityIndex::CoarsestLevel; ++level) {
            const qint64 counted = store.density().count(level, it.key(), first, Event::OpenEnd);
            if (counted != it.value()) {
                problems.append(QStringLiteral("lane %1, level %2: %3 events, expected %4")
                                    .arg(it.key())
                                    .arg(level)
                                    .arg(counted)
                                    .arg(it.value()));
            }
        }
    }
    const QList<qint64> inUse = store.actorsInUse();
    if (QSet<qint64>(inUse.cbegin(), inUse.cend()) != actorLanes) {
        problems.append(QStringLiteral("%1 actors in use, expected %2")
                            .arg(inUse.size())
                            .arg(actorLanes.size()));
    }
    const QStringList named = store.categoriesInUse();
    if (QSet<QString>(named.cbegin(), named.cend()) != categories) {
        problems.append(QStringLiteral("categories in use: %1").arg(named.join(QLatin1Char(','))));
    }
    return problems.join(QLatin1Char('\n'));
}

// Empty when the summaries in the file are what a rebuild makes of its events.
QString rebuildMismatch(const QString &file)
{
    Database db(file, Database::OpenMode::ReadWrite);
    db.execute(QStringLiteral("CREATE TEMP TABLE kept AS SELECT * FROM density"));
    db.execute(QStringLiteral("CREATE TEMP TABLE kept_lanes AS SELECT * FROM category_lanes"));
    const qint64 kept = Statement(db, QStringLiteral("SELECT count(*) FROM kept")).scalar();
    Transaction transaction(db); // never committed: the file stays as it was
    DensityIndex(db).rebuild();
    const QString differing =
        QStringLiteral("SELECT (SELECT count(*) FROM (SELECT * FROM %1 EXCEPT SELECT * FROM %2)) + "
                       "(SELECT count(*) FROM (SELECT * FROM %2 EXCEPT SELECT * FROM %1))");
    const qint64 rows =
        Statement(db, differing.arg(QStringLiteral("density"), QStringLiteral("kept"))).scalar();
    const qint64 lanes =
        Statement(db, differing.arg(QStringLiteral("category_lanes"), QStringLiteral("kept_lanes")))
            .scalar();
    if (kept == 0 || rows != 0 || lanes != 0) {
        return QStringLiteral("%1 summary rows, %2 of them (or of a rebuild's) differ; %3 "
                              "category lane names differ")
            .arg(kept)
            .arg(rows)
            .arg(lanes);
    }
    return {};
}

} // namespace

class TstSchemaUpgrade : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void upgradesFrozenFile_data();
    void upgradesFrozenFile();
    void olderFileReadsUpgradedWithoutBeingWritten_data();
    void olderFileReadsUpgradedWithoutBeingWritten();
    void failedUpgradeLeavesTheFileAndKeepsTheCopy();
    void upgradeCutShortBeforeTheRebuildIsMended();
    void lastMigrationCommitsWithTheRebuild();
    void schema5RelationsTakeTypesOfTheirOwn();
    void schema7FileTakesATitle();
    void schema9FileTakesSavedViews();
    void schema10FileFindsCategoriesByIndex();
    void schema11FileListsTheRolesItsEventsUse();

private:
    QString copyOfFixture(int schema);
    void verifyUpgraded(const QString &file);

    std::unique_ptr<QTemporaryDir> m_dir;
    QStringList m_bundled; // contents() of the fixtures' timeline, loaded by this version
};

void TstSchemaUpgrade::initTestCase()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    EventStore store(dir.filePath(QStringLiteral("bundled.entente")));
    // The bundled timeline as the fixtures hold it: its wording has changed since.
    SeedLoader::loadFile(store, QStringLiteral(ENTENTE_TEST_DATA_DIR "/frozen-seed.json"));
    m_bundled = contents(store);
    QVERIFY(m_bundled.size() > 30);
}

void TstSchemaUpgrade::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

// A writable copy, checked to be of the version it claims: the fixtures are never opened.
QString TstSchemaUpgrade::copyOfFixture(int schema)
{
    const QString copy = m_dir->filePath(QStringLiteral("upgraded.entente"));
    if (!QFile::copy(fixture(schema), copy) ||
        !QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner)) {
        return {};
    }
    Database db(copy, Database::OpenMode::ReadOnly);
    if (db.pragmaInteger(QStringLiteral("user_version")) != schema ||
        db.pragmaInteger(QStringLiteral("application_id")) != EventStore::ApplicationId) {
        return {};
    }
    return copy;
}

void TstSchemaUpgrade::verifyUpgraded(const QString &file)
{
    // Upgraded in place as the window does after asking, keeping a copy until it has succeeded.
    const int version = int(
        Database(file, Database::OpenMode::ReadOnly).pragmaInteger(QStringLiteral("user_version")));
    FileUpgrade::run(file, version);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QFileInfo(file).fileName()});
    {
        EventStore store(file);
        QVERIFY(!store.needsUpgrade());
        QCOMPARE(store.database().pragmaInteger(QStringLiteral("user_version")),
                 qint64(EventStore::SchemaVersion));
        QCOMPARE(contents(store), m_bundled);
        const QString lanes = laneProblems(store);
        QVERIFY2(lanes.isEmpty(), qPrintable(lanes));
        QVERIFY(!store.actorsInUse().isEmpty());
        QVERIFY(!store.categoriesInUse().isEmpty());
        // What the timeline draws takes its actors from the rows' copy of their ids (schema 3).
        QList<qint64> ids;
        for (const Event &event : store.events()) {
            ids.append(event.id);
        }
        const QList<Event> full = store.events(ids, EventStore::Detail::Full);
        const QList<Event> drawn = store.events(ids, EventStore::Detail::Timeline);
        QCOMPARE(drawn.size(), full.size());
        for (qsizetype i = 0; i < full.size(); ++i) {
            QList<EventActor> actors = full.at(i).actors;
            for (EventActor &actor : actors) {
                actor.role.clear();
            }
            QCOMPARE(drawn.at(i).actors, actors);
        }
    }
    const QString mismatch = rebuildMismatch(file);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

void TstSchemaUpgrade::upgradesFrozenFile_data()
{
    QTest::addColumn<int>("schema");
    QTest::newRow("schema 1 (48e6a96)") << 1;
    QTest::newRow("schema 2 (0dcd515)") << 2;
    QTest::newRow("schema 3 (9950c34)") << 3;
    QTest::newRow("schema 4 (e83de12)") << 4;
    QTest::newRow("schema 5 (35fa281)") << 5;
    QTest::newRow("schema 6 (77e8442)") << 6;
    QTest::newRow("schema 7 (b4b1096)") << 7;
    QTest::newRow("schema 9 (ae7363b)") << 9;
    QTest::newRow("schema 10 (0f97df3)") << 10;
}

void TstSchemaUpgrade::upgradesFrozenFile()
{
    QFETCH(int, schema);
    const QString file = copyOfFixture(schema);
    QVERIFY(!file.isEmpty());
    verifyUpgraded(file);
    if (QTest::currentTestFailed()) {
        return;
    }
    // And opened again, as it is now.
    verifyUpgraded(file);
}

void TstSchemaUpgrade::olderFileReadsUpgradedWithoutBeingWritten_data()
{
    upgradesFrozenFile_data();
}

// Read as it is when opened to view or edit: from an upgraded copy, the file itself byte for
// byte as it was and nothing left beside it.
void TstSchemaUpgrade::olderFileReadsUpgradedWithoutBeingWritten()
{
    QFETCH(int, schema);
    const QString file = copyOfFixture(schema);
    QVERIFY(!file.isEmpty());
    const QByteArray before = fileBytes(file);
    for (const auto access : {EventStore::Access::ReadOnly, EventStore::Access::ReadWrite}) {
        EventStore store(file, access);
        QVERIFY(store.needsUpgrade());
        QCOMPARE(store.formatVersion(), schema);
        QCOMPARE(store.path(), file);
        QCOMPARE(contents(store), m_bundled);
    }
    QCOMPARE(fileBytes(file), before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QFileInfo(file).fileName()});
}

// An upgrade that fails (here: a relation to an event that is not there, which schema 6's
// check of every reference refuses) leaves the file as it was and keeps the copy, and says so
// naming both.
void TstSchemaUpgrade::failedUpgradeLeavesTheFileAndKeepsTheCopy()
{
    const QString file = copyOfFixture(5);
    QVERIFY(!file.isEmpty());
    {
        Database db(file, Database::OpenMode::ReadWrite);
        db.execute(QStringLiteral("UPDATE relations SET to_event_id = 999999 WHERE id = "
                                  "(SELECT min(id) FROM relations)"));
    }
    const QByteArray before = fileBytes(file);
    const std::optional<QString> error = errorOf([&] { FileUpgrade::run(file, 5); });
    QVERIFY(error.has_value());
    const QString backup = FileUpgrade::backupPath(file, 5);
    QVERIFY2(error->contains(QDir::toNativeSeparators(file)), qPrintable(*error));
    QVERIFY2(error->contains(QDir::toNativeSeparators(backup)), qPrintable(*error));
    QCOMPARE(fileBytes(file), before);
    QCOMPARE(fileBytes(backup), before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden),
             QStringList({QFileInfo(file).fileName(), QFileInfo(backup).fileName()}));
}

// Before the rebuild of the summaries went into the last migration's transaction, a process
// that died between the two left the file at schema 4 with no summaries at all.
void TstSchemaUpgrade::upgradeCutShortBeforeTheRebuildIsMended()
{
    const QString file = copyOfFixture(1);
    QVERIFY(!file.isEmpty());
    {
        Database db(file, Database::OpenMode::ReadWrite);
        QCOMPARE(
            SchemaMigrator(db).bringUpToDate(EventStore::SchemaVersion, EventStore::ApplicationId),
            1);
        QCOMPARE(Statement(db, QStringLiteral("SELECT count(*) FROM density")).scalar(), 0);
    }
    verifyUpgraded(file);
}

// A failure in the last migration's finishing step (the rebuild) takes that migration with it:
// the file is left at the version before, and the next open upgrades it again.
void TstSchemaUpgrade::lastMigrationCommitsWithTheRebuild()
{
    const QString file = copyOfFixture(1);
    QVERIFY(!file.isEmpty());
    {
        Database db(file, Database::OpenMode::ReadWrite);
        int found = 0;
        const std::optional<QString> error = errorOf([&] {
            SchemaMigrator(db).bringUpToDate(EventStore::SchemaVersion, EventStore::ApplicationId,
                                             [&](int version) {
                                                 found = version;
                                                 throw Error(QStringLiteral("cut short"));
                                             });
        });
        QCOMPARE(error, std::optional<QString>(QStringLiteral("cut short")));
        QCOMPARE(found, 1);
        QCOMPARE(db.pragmaInteger(QStringLiteral("user_version")),
                 qint64(EventStore::SchemaVersion - 1));
        // What the last migration (schema 12) adds is not there; what the one before added is.
        QCOMPARE(Statement(db, QStringLiteral("SELECT count(*) FROM sqlite_schema "
                                              "WHERE name = 'provisions'"))
                     .scalar(),
                 0);
        QCOMPARE(Statement(db, QStringLiteral("SELECT count(*) FROM sqlite_schema "
                                              "WHERE name = 'events_by_category'"))
                     .scalar(),
                 1);
    }
    verifyUpgraded(file);
}

// Schema 6 made the relations table anew, without the CHECK that held them to five types: the
// built-in types are rows with the labels they had, every relation keeps its id and type, and
// a type renamed takes its relations along.
void TstSchemaUpgrade::schema5RelationsTakeTypesOfTheirOwn()
{
    const QString file = copyOfFixture(5);
    QVERIFY(!file.isEmpty());
    QList<Relation> before;
    {
        Database db(file, Database::OpenMode::ReadOnly);
        Statement st(db, QStringLiteral("SELECT id, from_event_id, to_event_id, type, note FROM "
                                        "relations ORDER BY id"));
        while (st.step()) {
            before.append({st.int64(0), st.int64(1), st.int64(2), st.text(3), st.text(4)});
        }
    }
    QVERIFY(before.size() >= 3);
    FileUpgrade::run(file, 5); // as the window does before the first edit
    EventStore store(file);
    QCOMPARE(store.relations(), before);
    QStringList types;
    for (const RelationType &type : store.relationTypes()) {
        types.append(type.name + QLatin1Char('=') + type.label);
    }
    QCOMPARE(types, (QStringList{
                        QStringLiteral("led-to=led to"), QStringLiteral("response-to=response to"),
                        QStringLiteral("violates=violates"), QStringLiteral("confirms=confirms"),
                        QStringLiteral("related=related to")}));
    Statement schema(store.database(),
                     QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'relations'"));
    QVERIFY(schema.step());
    const QString sql = schema.text(0);
    QVERIFY2(!sql.contains(QStringLiteral("CHECK")), qPrintable(sql));
    QCOMPARE(Statement(store.database(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE "
                                                        "tbl_name = 'relations' AND type = "
                                                        "'index'"))
                 .scalar(),
             3);
    store.setRelationType({QStringLiteral("escalated"), QStringLiteral("escalated"), {}, 0});
    store.renameRelationType(Relation::LedTo, QStringLiteral("caused"));
    for (const Relation &relation : store.relations()) {
        QVERIFY(relation.type != Relation::LedTo);
    }
    QVERIFY(!Statement(store.database(), QStringLiteral("PRAGMA foreign_key_check")).step());
}

// Schema 8 adds the timeline's properties: an upgraded file has no title, and keeps the one it
// is given.
void TstSchemaUpgrade::schema7FileTakesATitle()
{
    const QString file = copyOfFixture(7);
    QVERIFY(!file.isEmpty());
    FileUpgrade::run(file, 7); // as the window does before the first edit
    {
        EventStore store(file);
        QCOMPARE(store.title(), QString());
        QSignalSpy changed(&store, &EventStore::changed);
        store.setTitle(QStringLiteral("War in Ukraine"));
        QCOMPARE(changed.size(), 1);
        QVERIFY(changed.first().first().value<StoreChange>().titleChanged);
    }
    EventStore store(file);
    QCOMPARE(store.title(), QStringLiteral("War in Ukraine"));
    QCOMPARE(contents(store), m_bundled);
    store.setTitle(QString());
    QCOMPARE(store.title(), QString());
}

// Schema 10 adds saved views: an upgraded file has none, and keeps those it is given, with
// their criteria, range and lanes.
void TstSchemaUpgrade::schema9FileTakesSavedViews()
{
    const QString file = copyOfFixture(9);
    QVERIFY(!file.isEmpty());
    SavedView view;
    view.name = QStringLiteral("Talks");
    view.criteria.query = QStringLiteral("talks");
    view.criteria.from = 1739836800;
    view.visible = std::pair<qint64, qint64>(1739836800, 1740441600);
    view.lanes = QStringLiteral("category");
    FileUpgrade::run(file, 9); // as the window does before the first edit
    {
        EventStore store(file);
        QVERIFY(store.savedViews().isEmpty());
        QSignalSpy changed(&store, &EventStore::changed);
        view.id = store.addSavedView(view);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().value<StoreChange>().savedViews.added,
                 QList<qint64>{view.id});
        QVERIFY(store.matches(view.criteria).count() > 0);
    }
    EventStore store(file);
    QCOMPARE(store.savedViews(), QList<SavedView>{view});
    QCOMPARE(contents(store), m_bundled);
}

// Schema 11 indexes the events by category: an upgraded file finds a category's events as
// before, in time order, through the index, and keeps finding them after an edit.
void TstSchemaUpgrade::schema10FileFindsCategoriesByIndex()
{
    const QString file = copyOfFixture(10);
    QVERIFY(!file.isEmpty());
    FileUpgrade::run(file, 10); // as the window does before the first edit
    EventStore store(file);
    EventCriteria criteria;
    criteria.categories = {store.events().first().category};
    QList<qint64> expected;
    for (const Event &event : store.events()) {
        if (event.category == criteria.categories.first()) {
            expected.append(event.id);
        }
    }
    const auto ids = [&store, &criteria] {
        QList<qint64> found;
        const MatchSet matches = store.matches(criteria);
        for (const MatchSet::Match &match : matches.inKeyOrder()) {
            found.append(match.eventId);
        }
        std::sort(found.begin(), found.end());
        return found;
    };
    std::sort(expected.begin(), expected.end());
    QVERIFY(!expected.isEmpty());
    QCOMPARE(ids(), expected);
    Statement plan(store.database(),
                   QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM events WHERE category = ?1 "
                                  "ORDER BY search_key"));
    plan.bind(1, criteria.categories.first());
    QVERIFY(plan.step());
    QVERIFY2(plan.text(3).contains(QStringLiteral("events_by_category")), qPrintable(plan.text(3)));

    Event moved = *store.event(expected.first());
    moved.category = QStringLiteral("elsewhere");
    store.updateEvent(moved);
    expected.removeFirst();
    QCOMPARE(ids(), expected);
}

// Schema 12 makes roles a table: the built-in ones (the same as ActorRole::builtIn()) and every
// other role the file's events use, seating no one; the rest of the file is as it was, and its
// agreements can be given provisions.
void TstSchemaUpgrade::schema11FileListsTheRolesItsEventsUse()
{
    // A schema 11 file: the frozen schema 10 one brought there by that migration alone, one of
    // its actors given a role of the user's own (makeOlderTimeline cannot copy the search
    // index, which the hardened connection keeps from being written directly).
    const QString file = copyOfFixture(10);
    QVERIFY(!file.isEmpty());
    QStringList before;
    qint64 first = 0;
    {
        Database db(file, Database::OpenMode::ReadWrite);
        SchemaMigrator(db).bringUpToDate(11, EventStore::ApplicationId);
        db.execute(QStringLiteral("UPDATE event_actors SET role = 'host' WHERE (event_id, "
                                  "position) = (SELECT event_id, position FROM event_actors "
                                  "ORDER BY event_id LIMIT 1)"));
        db.execute(QStringLiteral("PRAGMA journal_mode = DELETE"));
        first = Statement(db, QStringLiteral("SELECT min(id) FROM events")).scalar();
        before = canonicalDump(db);
    }
    FileUpgrade::run(file, 11);
    EventStore store(file);
    QStringList roles;
    QList<ActorRole> expected = ActorRole::builtIn();
    const QList<ActorRole> listed = store.actorRoles();
    QCOMPARE(listed.mid(0, expected.size()), expected);
    for (const ActorRole &role : listed.mid(expected.size())) {
        QCOMPARE(role.label, role.name);
        QCOMPARE(role.seat, ActorRole::Seat::None);
        roles.append(role.name);
    }
    QVERIFY2(roles.contains(QStringLiteral("host")), qPrintable(roles.join(u',')));
    QStringList after = canonicalDump(store.database());
    after.removeIf(
        [](const QString &row) { return row.startsWith(QStringLiteral("actor_roles:")); });
    QCOMPARE(after, before);
    Provision ceasefire;
    ceasefire.agreementId = first;
    ceasefire.summary = QStringLiteral("Ceasefire");
    QVERIFY(store.addProvision(ceasefire) > 0);
}

QTEST_GUILESS_MAIN(TstSchemaUpgrade)
#include "tst_schemaupgrade.moc"
