// SPDX-License-Identifier: GPL-3.0-or-later
// EventStore as an editor needs it: rows re-created with their ids (undo), what each write
// names, copies taken while editing, writes of other connections, categories, refusals.
#include <QTest>

#include <QDir>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>

#include "database.h"
#include "eventstore.h"
#include "statement.h"
#include "testsupport.h"

#include <memory>

#ifndef Q_OS_WIN
#include <unistd.h>
#endif

using namespace entente;

namespace {

// Whether this user can make files in the folder whatever its permissions say: root can (and
// QFileInfo reads only the mode), and so can anyone on Windows, where a folder's read-only
// attribute does not stop files being made in it.
bool canMakeFilesIn(const QString &folder)
{
#ifdef Q_OS_WIN
    Q_UNUSED(folder);
    return true;
#else
    return QFileInfo(folder).isWritable() || ::access(qPrintable(folder), W_OK) == 0;
#endif
}

} // namespace

class TstStoreEditing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void removedEventComesBackWithItsIdAndRelations();
    void keptIdMustBeFree();
    void everyKindOfRowComesBackWithItsId();
    void removalNamesWhatItTookAlong();
    void invalidValuesAreRefusedAndNothingStored();
    void saveCopyHasIdenticalContent();
    void saveCopyWhileABatchIsOpenHoldsOnlyCommittedWrites();
    void writesOfAnotherConnectionAreAnnounced();
    void lockedFileSaysItIsInUse();
    void categoriesAreNamedColouredRenamedAndRemoved();
    void actorAliasesAreKept();
    void fileInAFolderThatCannotBeWrittenOpensForViewing_data();
    void fileInAFolderThatCannotBeWrittenOpensForViewing();
    void relationTypesAreAddedRenamedAndRemoved();
    void removingARelationTypeTakesOrMovesItsRelations();

private:
    QString path(const QString &name = QStringLiteral("t.entente")) const
    {
        return m_dir->filePath(name);
    }
    // Two events linked by a relation, with an actor and a source: returns their ids.
    struct Sample
    {
        qint64 crimea, minsk, relation, actor, source;
    };
    static Sample addSample(EventStore &store);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TstStoreEditing::initTestCase()
{
    qRegisterMetaType<entente::StoreChange>();
}

void TstStoreEditing::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

TstStoreEditing::Sample TstStoreEditing::addSample(EventStore &store)
{
    Sample s{};
    s.actor = store.addActor({0, QStringLiteral("Russia"), {}, Actor::Type::State, 0, {}, {}});
    s.source = store.addSource({0, QStringLiteral("Reuters"), QStringLiteral("Minsk signed"),
                                QStringLiteral("https://example.org/minsk"),
                                PartialDate::day(2014, 9, 5), QStringLiteral("signed")});
    Event crimea;
    crimea.title = QStringLiteral("Annexation of Crimea");
    crimea.start = PartialDate::month(2014, 3);
    crimea.actors = {{s.actor, QStringLiteral("party")}};
    s.crimea = store.addEvent(crimea);
    Event minsk;
    minsk.title = QStringLiteral("Minsk Protocol");
    minsk.start = PartialDate::day(2014, 9, 5);
    minsk.category = QStringLiteral("agreement");
    minsk.actors = {{s.actor, QStringLiteral("signatory")}};
    minsk.sourceIds = {s.source};
    s.minsk = store.addEvent(minsk);
    s.relation = store.addRelation(
        {0, s.crimea, s.minsk, Relation::LedTo, QStringLiteral("war, then talks")});
    return s;
}

// What undo of a removal does: the event, its relations, with the same ids and uid, so that
// the file is as it was, summaries included.
void TstStoreEditing::removedEventComesBackWithItsIdAndRelations()
{
    EventStore store(path());
    const Sample s = addSample(store);
    const QStringList before = canonicalDump(store.database());
    const Event minsk = *store.event(s.minsk);
    const QList<Relation> relations = store.relationsOf({s.minsk});
    QCOMPARE(relations.size(), 1);

    store.removeEvent(s.minsk);
    QVERIFY(!store.event(s.minsk));
    QVERIFY(store.relations().isEmpty());
    QVERIFY(canonicalDump(store.database()) != before);

    store.batch([&] {
        QCOMPARE(store.addEvent(minsk, EventStore::Ids::Keep), s.minsk);
        for (const Relation &relation : relations) {
            QCOMPARE(store.addRelation(relation, EventStore::Ids::Keep), relation.id);
        }
    });
    QCOMPARE(*store.event(s.minsk), minsk);
    QCOMPARE(canonicalDump(store.database()), before);
}

void TstStoreEditing::keptIdMustBeFree()
{
    EventStore store(path());
    const Sample s = addSample(store);
    const QStringList before = canonicalDump(store.database());
    Event copy = *store.event(s.crimea);
    copy.uid.clear();
    const std::optional<QString> error =
        errorOf([&] { store.addEvent(copy, EventStore::Ids::Keep); });
    QVERIFY(error);
    QVERIFY2(error->contains(QDir::toNativeSeparators(path())), qPrintable(*error));
    QCOMPARE(canonicalDump(store.database()), before);
}

void TstStoreEditing::everyKindOfRowComesBackWithItsId()
{
    EventStore store(path());
    const Sample s = addSample(store);
    const qint64 era = store.addEra({0, QStringLiteral("Minsk process"), PartialDate::year(2014),
                                     PartialDate::year(2022), QStringLiteral("#aabbcc")});
    const Actor actor = *store.actor(s.actor);
    const Source source = *store.source(s.source);
    const Era eraValue = *store.era(era);
    // An actor's removal takes its links with it; undo puts back the actor and the events.
    const Event crimea = *store.event(s.crimea), minsk = *store.event(s.minsk);
    const QStringList before = canonicalDump(store.database());

    store.batch([&] {
        store.removeEra(era);
        store.removeSource(s.source);
        store.removeActor(s.actor);
    });
    QVERIFY(store.event(s.minsk)->actors.isEmpty());
    QVERIFY(store.event(s.minsk)->sourceIds.isEmpty());

    store.batch([&] {
        QCOMPARE(store.addActor(actor, EventStore::Ids::Keep), s.actor);
        QCOMPARE(store.addSource(source, EventStore::Ids::Keep), s.source);
        QCOMPARE(store.addEra(eraValue, EventStore::Ids::Keep), era);
        store.updateEvent(crimea);
        store.updateEvent(minsk);
    });
    QCOMPARE(canonicalDump(store.database()), before);
}

void TstStoreEditing::removalNamesWhatItTookAlong()
{
    EventStore store(path());
    const Sample s = addSample(store);
    QSignalSpy spy(&store, &EventStore::changed);

    store.removeSource(s.source);
    QCOMPARE(spy.count(), 1);
    StoreChange change = spy.takeFirst().at(0).value<StoreChange>();
    QCOMPARE(change.sources.removed, QList<qint64>{s.source});
    QCOMPARE(change.events.changed, QList<qint64>{s.minsk}); // it lost its source

    store.removeEvent(s.crimea);
    change = spy.takeFirst().at(0).value<StoreChange>();
    QCOMPARE(change.events.removed, QList<qint64>{s.crimea});
    QCOMPARE(change.relations.removed, QList<qint64>{s.relation});
    // March 2014 is redrawn; September 2014 is not.
    QVERIFY(change.touchesTime(utc(2014, 3, 20), utc(2014, 3, 20)));
    QVERIFY(!change.touchesTime(utc(2014, 9, 5), utc(2014, 9, 5)));

    Event minsk = *store.event(s.minsk);
    minsk.start = PartialDate::day(2015, 2, 12);
    store.updateEvent(minsk);
    change = spy.takeFirst().at(0).value<StoreChange>();
    QCOMPARE(change.events.changed, QList<qint64>{s.minsk});
    // Where it was and where it is now.
    QVERIFY(change.touchesTime(utc(2014, 9, 5, 12), utc(2014, 9, 5, 12)));
    QVERIFY(change.touchesTime(utc(2015, 2, 12, 12), utc(2015, 2, 12, 12)));
    QVERIFY(!change.touchesTime(utc(2014, 12, 1), utc(2014, 12, 1)));
}

void TstStoreEditing::invalidValuesAreRefusedAndNothingStored()
{
    EventStore store(path());
    const Sample s = addSample(store);
    const QStringList before = canonicalDump(store.database());

    Event untitled;
    untitled.start = PartialDate::year(2020);
    std::optional<QString> error = errorOf([&] { store.addEvent(untitled); });
    QVERIFY(error);
    QVERIFY2(error->contains(QStringLiteral("title")), qPrintable(*error));

    Event backwards = *store.event(s.minsk);
    backwards.kind = Event::Kind::Period;
    backwards.end = PartialDate::day(2014, 9, 1);
    error = errorOf([&] { store.updateEvent(backwards); });
    QVERIFY(error);
    QVERIFY2(error->contains(QStringLiteral("before the start")), qPrintable(*error));

    Source script = *store.source(s.source);
    script.url = QStringLiteral("javascript:alert(1)");
    error = errorOf([&] { store.updateSource(script); });
    QVERIFY(error);
    QVERIFY2(error->contains(QStringLiteral("http")), qPrintable(*error));

    error = errorOf([&] { store.addRelation({0, s.minsk, s.minsk, Relation::Related, {}}); });
    QVERIFY(error);

    QCOMPARE(canonicalDump(store.database()), before);
}

void TstStoreEditing::saveCopyHasIdenticalContent()
{
    EventStore store(path());
    addSample(store);
    const QString copy = path(QStringLiteral("copy.entente"));
    store.saveCopy(copy);
    QVERIFY(!QFile::exists(copy + QStringLiteral(".part")));
    EventStore reopened(copy);
    QCOMPARE(canonicalDump(reopened.database()), canonicalDump(store.database()));

    // Saving over an existing file replaces it.
    Event later;
    later.title = QStringLiteral("later");
    later.start = PartialDate::year(2022);
    store.addEvent(later);
    store.saveCopy(path(QStringLiteral("copy2.entente")));
    EventStore second(path(QStringLiteral("copy2.entente")));
    QCOMPARE(second.eventCount(), store.eventCount());
}

// A copy is one consistent state: what a batch under way has written is not in it.
void TstStoreEditing::saveCopyWhileABatchIsOpenHoldsOnlyCommittedWrites()
{
    EventStore store(path());
    addSample(store);
    const QString copy = path(QStringLiteral("copy.entente"));
    EventStore reader(path(), EventStore::Access::ReadOnly);
    store.batch([&] {
        Event inside;
        inside.title = QStringLiteral("inside the batch");
        inside.start = PartialDate::year(2023);
        store.addEvent(inside);
        reader.saveCopy(copy); // another connection, as the worker of Save As would be
    });
    EventStore saved(copy);
    QCOMPARE(saved.eventCount(), qint64(2));
    QCOMPARE(store.eventCount(), qint64(3));
}

void TstStoreEditing::writesOfAnotherConnectionAreAnnounced()
{
    EventStore first(path());
    addSample(first);
    QSignalSpy spy(&first, &EventStore::changed);
    QVERIFY(!first.checkForExternalChanges()); // its own writes do not count
    QCOMPARE(spy.count(), 0);

    EventStore second(path());
    Event other;
    other.title = QStringLiteral("written by another window");
    other.start = PartialDate::year(2024);
    const qint64 id = second.addEvent(other);

    QVERIFY(first.checkForExternalChanges());
    QCOMPARE(spy.count(), 1);
    QVERIFY(spy.at(0).at(0).value<StoreChange>().everything);
    QCOMPARE(first.event(id)->title, other.title);
    QCOMPARE(
        first.eventsStartingIn(utc(2024, 1, 1), utc(2024, 12, 31), EventStore::Detail::Full).size(),
        1);
    QVERIFY(!first.checkForExternalChanges()); // once per write
}

void TstStoreEditing::lockedFileSaysItIsInUse()
{
    EventStore store(path());
    addSample(store);
    const QStringList before = canonicalDump(store.database());
    Database other(path(), Database::OpenMode::ReadWrite);
    other.execute(QStringLiteral("BEGIN IMMEDIATE"));
    Event blocked;
    blocked.title = QStringLiteral("blocked");
    blocked.start = PartialDate::year(2020);
    const std::optional<QString> error = errorOf([&] { store.addEvent(blocked); });
    other.execute(QStringLiteral("ROLLBACK"));
    QVERIFY(error);
    QVERIFY2(error->contains(QStringLiteral("in use")), qPrintable(*error));
    QCOMPARE(canonicalDump(store.database()), before);
    store.addEvent(blocked); // and once the other lets go, the write goes through
    QVERIFY(store.eventByUid(store.events().constLast().uid));
}

void TstStoreEditing::categoriesAreNamedColouredRenamedAndRemoved()
{
    EventStore store(path());
    const Sample s = addSample(store);
    QSignalSpy spy(&store, &EventStore::changed);

    store.setCategory({QStringLiteral("humanitarian"), QStringLiteral("#336699")});
    QVERIFY(spy.takeFirst().at(0).value<StoreChange>().categoriesChanged);
    QCOMPARE(
        store.categories(),
        (QList<Category>{{QStringLiteral("agreement"), QString(), 1, false},
                         {QStringLiteral("humanitarian"), QStringLiteral("#336699"), 0, true}}));

    store.setCategory({QStringLiteral("agreement"), QStringLiteral("#112233")});
    store.renameCategory(QStringLiteral("agreement"), QStringLiteral("treaty"));
    QCOMPARE(store.event(s.minsk)->category, QStringLiteral("treaty"));
    QCOMPARE(store.categoriesInUse(), (QStringList{QString(), QStringLiteral("treaty")}));
    QCOMPARE(store.categories().constLast(),
             (Category{QStringLiteral("treaty"), QStringLiteral("#112233"), 1, true}));

    const std::optional<QString> taken = errorOf(
        [&] { store.renameCategory(QStringLiteral("treaty"), QStringLiteral("humanitarian")); });
    QVERIFY(taken);
    QVERIFY2(taken->contains(QStringLiteral("already")), qPrintable(*taken));

    store.removeCategory(QStringLiteral("treaty"), QStringLiteral("humanitarian"));
    QCOMPARE(store.event(s.minsk)->category, QStringLiteral("humanitarian"));
    QCOMPARE(store.categories(), (QList<Category>{{QStringLiteral("humanitarian"),
                                                   QStringLiteral("#336699"), 1, true}}));
    QCOMPARE(store.categoriesInUse(), (QStringList{QString(), QStringLiteral("humanitarian")}));

    // Undated events count too, though they have no lane.
    Event rumour;
    rumour.title = QStringLiteral("rumour");
    rumour.category = QStringLiteral("humanitarian");
    store.addEvent(rumour);
    QCOMPARE(store.categories().constFirst().eventCount, qint64(2));
}

void TstStoreEditing::actorAliasesAreKept()
{
    EventStore store(path());
    Actor actor{0,
                QStringLiteral("Volodymyr Zelensky"),
                QStringLiteral("Zelensky"),
                Actor::Type::Person,
                0,
                {},
                {QStringLiteral("Зеленський"), QStringLiteral("Zelenskyy")}};
    actor.id = store.addActor(actor);
    QCOMPARE(*store.actor(actor.id), actor);
}

void TstStoreEditing::fileInAFolderThatCannotBeWrittenOpensForViewing_data()
{
    QTest::addColumn<bool>("fileWritable");
    QTest::newRow("write-protected file") << false;
    QTest::newRow("writable file") << true;
}

// A read-only medium, or a shared folder without write permission: SQLite cannot make the
// files it reads a WAL timeline through. The timeline opens for viewing, unchanged.
void TstStoreEditing::fileInAFolderThatCannotBeWrittenOpensForViewing()
{
    QFETCH(bool, fileWritable);
    const QString folder = m_dir->filePath(QStringLiteral("shared"));
    QVERIFY(QDir().mkpath(folder));
    const QString file = folder + QStringLiteral("/t.entente");
    {
        EventStore store(file);
        addSample(store);
    }
    const QFile::Permissions readable = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
    const QFile::Permissions entered =
        readable | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;
    QVERIFY(QFile::setPermissions(file, fileWritable ? readable | QFile::WriteOwner : readable));
    QVERIFY(QFile::setPermissions(folder, entered));
    const auto restore = qScopeGuard([&] {
        QFile::setPermissions(folder, entered | QFile::WriteOwner);
        QFile::setPermissions(file, readable | QFile::WriteOwner);
    });
    if (canMakeFilesIn(folder)) {
        QSKIP("folder permissions do not apply here (running as root, or on Windows?)");
    }
    const QByteArray before = fileBytes(file);
    {
        EventStore store(file);
        QVERIFY(store.isReadOnly());
        QCOMPARE(store.eventCount(), qint64(2));
        QCOMPARE(
            store.eventsStartingIn(utc(2014, 1, 1), utc(2014, 12, 31), EventStore::Detail::Timeline)
                .size(),
            2);
    }
    QCOMPARE(fileBytes(file), before);
    QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(file + QStringLiteral("-shm")));
}

// The built-in types to begin with; a new one, relabelled and recoloured; renamed, with its
// relations following (ON UPDATE CASCADE) and named in the change.
void TstStoreEditing::relationTypesAreAddedRenamedAndRemoved()
{
    EventStore store(path());
    QCOMPARE(store.relationTypes().size(), 5);
    QCOMPARE(store.relationTypes().first(),
             (RelationType{Relation::LedTo, QStringLiteral("led to"), QString(), 0}));
    const Sample s = addSample(store);
    QCOMPARE(store.relationTypes().first().relationCount, 1);
    QSignalSpy spy(&store, &EventStore::changed);

    store.setRelationType({QStringLiteral("escalated"), QStringLiteral("escalated"), {}, 0});
    QVERIFY(spy.takeFirst().at(0).value<StoreChange>().relationTypesChanged);
    store.setRelationType(
        {QStringLiteral("escalated"), QStringLiteral("escalated into"), QStringLiteral("#aa0000")});
    QCOMPARE(store.relationTypes().constLast(),
             (RelationType{QStringLiteral("escalated"), QStringLiteral("escalated into"),
                           QStringLiteral("#aa0000"), 0}));
    spy.clear();

    store.renameRelationType(Relation::LedTo, QStringLiteral("caused"));
    const StoreChange renamed = spy.takeFirst().at(0).value<StoreChange>();
    QVERIFY(renamed.relationTypesChanged);
    QCOMPARE(renamed.relations.changed, QList<qint64>{s.relation});
    QCOMPARE(store.relation(s.relation)->type, QStringLiteral("caused"));

    const std::optional<QString> taken = errorOf(
        [&] { store.renameRelationType(QStringLiteral("caused"), QStringLiteral("escalated")); });
    QVERIFY(taken);
    QVERIFY2(taken->contains(QStringLiteral("already")), qPrintable(*taken));
    QVERIFY(errorOf([&] { store.setRelationType({QString(), QStringLiteral("x"), {}, 0}); }));
    const std::optional<QString> unknown = errorOf([&] {
        store.addRelation({0, s.minsk, s.crimea, QStringLiteral("no-such-type"), {}});
    });
    QVERIFY(unknown);
    QVERIFY2(unknown->contains(QStringLiteral("no-such-type")), qPrintable(*unknown));
    QVERIFY(errorOf([&] { store.addRelation({0, s.minsk, s.crimea, QString(), {}}); }));
    QCOMPARE(store.relations().size(), 1);
}

void TstStoreEditing::removingARelationTypeTakesOrMovesItsRelations()
{
    EventStore store(path());
    const Sample s = addSample(store);
    const qint64 other = store.addRelation({0, s.minsk, s.crimea, Relation::Violates, {}});
    QSignalSpy spy(&store, &EventStore::changed);

    store.removeRelationType(Relation::LedTo, Relation::Confirms);
    StoreChange change = spy.takeFirst().at(0).value<StoreChange>();
    QCOMPARE(change.relations.changed, QList<qint64>{s.relation});
    QCOMPARE(store.relation(s.relation)->type, Relation::Confirms);
    QCOMPARE(store.relationTypes().size(), 4);
    QVERIFY(errorOf([&] { store.removeRelationType(Relation::Confirms, Relation::Confirms); }));
    QVERIFY(errorOf([&] { store.removeRelationType(Relation::Confirms, QStringLiteral("none")); }));
    QCOMPARE(store.relation(s.relation)->type, Relation::Confirms);

    store.removeRelationType(Relation::Violates, QString());
    change = spy.takeFirst().at(0).value<StoreChange>();
    QCOMPARE(change.relations.removed, QList<qint64>{other});
    QVERIFY(!store.relation(other));
    QCOMPARE(store.relations().size(), 1);
}

QTEST_GUILESS_MAIN(TstStoreEditing)
#include "tst_storeediting.moc"
