// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actor.h"
#include "actorgroup.h"
#include "actorrole.h"
#include "agreement.h"
#include "agreementrecords.h"
#include "category.h"
#include "era.h"
#include "event.h"
#include "eventrows.h"
#include "eventsearch.h"
#include "levelassessment.h"
#include "provision.h"
#include "provisionlink.h"
#include "relation.h"
#include "relationtype.h"
#include "savedview.h"
#include "source.h"
#include "storechange.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace entente {

class ActorRoleTable;
class AgreementRows;
class CategoryRows;
class CheckedFile;
class Database;
class DensityIndex;
struct EventCriteria;
class RelationTypeTable;
class SearchIndex;
class SpanIndex;
class StopRequest;
struct PlainTables;
class ReadingCopy;
class WriteBatch;

// A timeline file (.entente): events, actors, sources, relations and eras in SQLite.
// Every write runs in a transaction and is announced once through changed(). Errors throw
// Error and leave the file as it was. The work is done by its parts: EventRows (events and
// their links), SpanIndex (queries by time), DensityIndex (summaries per lane), PlainTables
// (actors, sources, relations, eras) and WriteBatch (transactions and announcements); the
// store keeps them in step.
class EventStore final : public QObject
{
    Q_OBJECT

public:
    static constexpr int SchemaVersion = 12;
    // How long the first write to a file at rest waits for the readers in the middle of a read
    // (prepareToWrite): the window's own, on their threads, fill its panes after it opens.
    static constexpr int JournalSwitchTimeoutMs = 5000;
    // How long a reader on a worker thread (ReaderConnection) waits for a lock: longer than
    // the switch above, so that the reads it holds back wait for it instead of failing.
    static constexpr int ReaderBusyTimeoutMs = 2 * JournalSwitchTimeoutMs;
    static constexpr qint32 ApplicationId = 0x456e7465; // "Ente"

    // Opens the timeline at path, creating an empty one if there is no file. A file from a
    // newer Entente, or one that is not a timeline, is refused without being changed. A
    // write-protected file opens read-only.
    //
    // Opening never writes the file: it stays in SQLite's rollback-journal mode until the
    // first write, which switches it to WAL, and closing switches it back. A file in an older
    // format is read through an upgraded copy in a temporary folder (ReadingCopy) and cannot
    // be written (needsUpgrade()) until FileUpgrade has upgraded it in place, which opens it
    // with Access::Upgrade.
    enum class Access { ReadWrite, ReadOnly, Upgrade };

    explicit EventStore(const QString &path, QObject *parent = nullptr)
        : EventStore(path, Access::ReadWrite, nullptr, parent)
    {}
    EventStore(const QString &path, Access access, QObject *parent = nullptr)
        : EventStore(path, access, nullptr, parent)
    {}
    // Opening can take long (a copy, a check of every page, an upgrade): `stop`, requested
    // from another thread, stops it with the Error that says so, leaving the file as it was
    // and nothing beside it; it is told each step (StopRequest::stage()). It must outlive the
    // constructor only.
    EventStore(const QString &path, Access access, StopRequest *stop, QObject *parent = nullptr);
    ~EventStore() override;
    Q_DISABLE_COPY_MOVE(EventStore)

    // The file the user opened: for titles, recent files and messages.
    QString path() const;
    // The file this store's connection reads, for other connections that read alongside it
    // (tiles, lists, search): the temporary copy of a file read through one, else path().
    QString readerPath() const;
    bool isReadOnly() const;
    // Whether the file is in an older timeline format, read through an upgraded copy; every
    // write is refused until it is upgraded (FileUpgrade).
    bool needsUpgrade() const;
    // The timeline format (schema version) the file was in when it was opened; 0 for new.
    int formatVersion() const { return m_formatVersion; }
    // For a file the user has just agreed to change (an upgrade before the first edit): makes
    // it ready for writing now, before the window's readers start on their threads. Later, one
    // of them in the middle of a long read would keep the switch to WAL from happening, and the
    // edit the user asked for would fail as "in use".
    void prepareForEditing() { prepareToWrite(); }
    // Writes a consistent copy of the timeline to `path` (SQLite's backup API), replacing a
    // file there; this store stays on its own file.
    void saveCopy(const QString &path) const;
    // Whether another connection (a second window, another process) committed since the last
    // call; if so, announces changed(StoreChange::all()) so that every view reads afresh.
    bool checkForExternalChanges();
    Database &database() { return *m_db; }
    const DensityIndex &density() const { return *m_density; }

    // Runs f as one transaction with one change notification; rolls back if f throws.
    template <typename F>
    void batch(F &&f);

    // Many events added at once (an import), as a scope opened before the batch that adds
    // them. Into a timeline without events, the secondary indexes of the event tables are
    // built once, after the rows (WriteBatch::setBuildIndexesAtCommit); and the page cache is
    // larger while it is open. What is stored is the same as without it. Opened inside a
    // batch, or on a timeline with events, it changes nothing but the cache.
    //
    // The foreign keys stay checked by every insert: a check of every row at the end cost as
    // much (it reads the whole event table back), and in the last seconds of the import, when
    // the reading thread has finished, instead of in the storing thread's idle time.
    //
    // With Access::Sole (no other connection has the file open: the command line), an import
    // writes through a rollback journal instead of the WAL: its pages are written once instead
    // of twice (into the WAL, then into the file when it is checkpointed), a fifth of a
    // million-event import, and one that fails leaves the file byte for byte as it was (no
    // switch to WAL and back). The file is back in the mode it was in when the scope closes.
    // Not for a window, whose readers on other threads a rollback journal would lock out.
    class BulkAdd final
    {
    public:
        enum class Access { Shared, Sole };
        explicit BulkAdd(EventStore &store, Access access = Access::Shared);
        ~BulkAdd();
        Q_DISABLE_COPY_MOVE(BulkAdd)

    private:
        EventStore &m_store;
        bool m_indexesDeferred = false;
        bool m_journalSwitched = false; // to a rollback journal, for Access::Sole
        bool m_journalWasReady = false; // the store's m_journalReady before
    };

    // New rows take new ids; Keep re-creates a row with the id it had (what undo does after a
    // removal), which must be free.
    enum class Ids { New, Keep };

    // Each add and update checks the value with Validator and refuses one that breaks a rule
    // with an Error naming the fields.
    qint64 addEvent(const Event &event, Ids ids = Ids::New); // returns the id; fills in a uid
    // Adds many events in one write, with consecutive ids from the next free one (returned),
    // in statements of many rows each: addEvent for each, at a fraction of the cost. An event
    // that breaks a rule refuses them all with addEvent's error, and its index goes to `failed`
    // (-1 when what failed was no one event).
    // `encoded`, when given, is EventRows::encode(events), made beforehand on another thread.
    qint64 addEvents(QList<Event> events, qsizetype *failed = nullptr,
                     QList<EventRows::Encoded> encoded = {});
    void updateEvent(const Event &event);
    void removeEvent(qint64 id); // and, by cascade, its relations
    std::optional<Event> event(qint64 id) const;
    std::optional<Event> eventByUid(const QString &uid) const;
    // The id of the event with this uid, 0 for none: one index seek, for an import's check of
    // every row it brings.
    qint64 eventIdByUid(const QString &uid) const;
    QList<Event> events() const; // every event in time order, undated ones last
    qint64 eventCount() const;
    qint64 undatedEventCount() const;
    // How much of an event to read: everything, or what the timeline draws (see EventRows).
    using Detail = EventRows::Detail;

    // Events that may overlap [from, to] (seconds), in time order. Undated events are never
    // in a range.
    QList<Event> eventsInRange(qint64 from, qint64 to, Detail detail = Detail::Full) const;
    // Events that start in [from, to], in time order: a plain index range per span class.
    QList<Event> eventsStartingIn(qint64 from, qint64 to, Detail detail) const;
    // Events that started before `at` and are still going on then, with at least this
    // importance; at most `limit` of them (which ones is unspecified), in time order.
    QList<Event> eventsSpanning(qint64 at, int minImportance, int limit, Detail detail) const;
    // How many events start in [from, to], counting no further than `limit`; reads the index
    // only.
    int countStartingIn(qint64 from, qint64 to, int limit) const;
    // How many events eventsSpanning(at, minImportance, ...) could return, counting no
    // further than `limit`; reads the index only.
    int countSpanning(qint64 at, int minImportance, int limit) const;
    // The events with these ids, in time order.
    QList<Event> events(const QList<qint64> &ids, Detail detail) const;
    // The dated event after (or before) the place (start, id) in time order, which orders
    // events by their earliest second and then by id: what Tab and Shift+Tab move to. From
    // (minimum, 0) forward is the first event, from (maximum, maximum) back the last.
    std::optional<qint64> adjacentEvent(qint64 start, qint64 id, bool forward) const;
    // The first start and the last end of dated events; an ongoing end counts as its start.
    std::optional<std::pair<qint64, qint64>> timeBounds() const;

    // The actors that take part in at least one event, and whether some event has none.
    QList<qint64> actorsInUse() const;
    bool hasEventsWithoutActors() const;
    // The categories of dated events (those the timeline draws), sorted; "" is uncategorized.
    QStringList categoriesInUse() const;
    // The tags of every event, dated or not, each once, sorted without regard to case: a scan
    // of the events (tags have no index), so for a list the user picks from, read on a change.
    QStringList tagsInUse() const;

    // Search and filter (issue 13): EventSearch's page(), matches() and countsByActor().
    SearchPage search(const EventCriteria &criteria, EventSearch::Order order, qint64 fromKey,
                      bool forward, int limit = 50, int skip = 0) const;
    MatchSet matches(const EventCriteria &criteria) const;
    QHash<qint64, qint64> countsByActor(const EventCriteria &criteria) const;
    // The event's search key (SearchKey): where F3 and Shift+F3 step on from. None for no such
    // event.
    std::optional<qint64> searchKey(qint64 eventId) const;

    // The relations that have one of these events at either end, in id order.
    QList<Relation> relationsOf(const QList<qint64> &eventIds) const;
    // The events that name this actor or this source (what removing it would change).
    QList<qint64> eventsWithActor(qint64 actorId) const;
    QList<qint64> eventsWithSource(qint64 sourceId) const;
    QList<qint64> eventsInCategory(const QString &name) const; // a scan: for edits only

    // The categories named in the categories table or used by an event, by name, with how
    // many events each has.
    QList<Category> categories() const;
    // Creates the category or changes its colour.
    void setCategory(const Category &category);
    // Renames a category in every event that has it, keeping its colour. `to` must be new.
    void renameCategory(const QString &from, const QString &to);
    // Moves the category's events to `reassignTo` ("" for none) and forgets the category;
    // with reassignTo == name, only forgets its colour and leaves the events alone.
    void removeCategory(const QString &name, const QString &reassignTo = QString());

    // The timeline's title, "" for none; setting "" clears it.
    QString title() const;
    void setTitle(const QString &title);

    // How many of these uids name an event of the timeline (a uid listed twice counts twice):
    // one query, whatever the count.
    qint64 countEventsWithUids(const QStringList &uids) const;

    qint64 addActor(const Actor &actor, Ids ids = Ids::New);
    void updateActor(const Actor &actor);
    void removeActor(qint64 id);
    std::optional<Actor> actor(qint64 id) const;
    QList<Actor> actors() const;
    // How many events name each actor (those no event names are left out). Reads every
    // event's actors (about a second at a million events): a window asks it on a thread.
    QHash<qint64, qint64> eventCountsByActor() const;

    qint64 addSource(const Source &source, Ids ids = Ids::New);
    void updateSource(const Source &source);
    void removeSource(qint64 id);
    std::optional<Source> source(qint64 id) const;
    QList<Source> sources() const; // all of them: for exports, not for a picker
    // At most `limit` sources whose outlet or title holds `text`, case ignored (Cyrillic
    // too), in id order: a picker's suggestions. Nothing indexes a match inside a text, so
    // one that few sources hold reads the whole table (about a second at a million sources):
    // a window asks it on a thread (BackgroundRead).
    QList<Source> sourcesMatching(const QString &text, int limit) const;
    // The sources' outlets, each once, sorted whatever the case; reads the whole table too.
    QStringList outlets() const;

    qint64 addRelation(const Relation &relation, Ids ids = Ids::New);
    void updateRelation(const Relation &relation);
    void removeRelation(qint64 id);
    std::optional<Relation> relation(qint64 id) const;
    QList<Relation> relations() const;
    // The relations whose two events are both in `eventIds`.
    QList<Relation> relationsBetween(const QList<qint64> &eventIds) const;

    // The kinds of relation the timeline knows (the five built-in ones unless removed), the
    // built-in ones first. Counted: with how many relations each has, which reads the index of
    // every relation; what is drawn on each change needs only the labels and colours.
    enum class Count { Relations, Nothing };
    QList<RelationType> relationTypes(Count count = Count::Relations) const;
    // Creates the type or changes its label and colour.
    void setRelationType(const RelationType &type);
    // Renames a type; its relations follow. `to` must be new.
    void renameRelationType(const QString &from, const QString &to);
    // The relations of this type, in id order (what removing it would change).
    QList<Relation> relationsOfType(const QString &name) const;
    // Forgets a type, moving its relations to `reassignTo`, or removing them when it is "".
    void removeRelationType(const QString &name, const QString &reassignTo = QString());

    qint64 addEra(const Era &era, Ids ids = Ids::New);
    std::optional<Era> era(qint64 id) const;
    void updateEra(const Era &era);
    void removeEra(qint64 id);
    QList<Era> eras() const;

    // Saved views (issue 13), listed by name whatever its case. A view needs a name, kept
    // trimmed, that no other view has whatever its case, and one of SavedView::laneModes() or
    // "" for its lanes; else Error, and nothing changes. Its criteria name actors by id: the id
    // of an actor removed since stays, matching nothing (and its events again when undo brings
    // the actor back with its id).
    QList<SavedView> savedViews() const;
    std::optional<SavedView> savedView(qint64 id) const;
    qint64 addSavedView(const SavedView &view, Ids ids = Ids::New);
    void updateSavedView(const SavedView &view);
    void removeSavedView(qint64 id);

    // Agreements (issue 15, schema 12; AgreementRows). An agreement is an event; its row (stage,
    // process, end) has the event's id. Provisions, links and assessments name their agreement,
    // provision and event, which must exist; a write to one announces its own ids and names the
    // agreement (and a link's event) in `events.changed`. Removing an event takes its agreement
    // row, provisions, their links and assessments, and its own links with it: read them first
    // with agreementRecordsOf, and undo puts them back with restoreAgreementRecords.
    std::optional<Agreement> agreement(qint64 eventId) const;
    QList<Agreement> agreementsOfProcess(const QString &process) const; // by event id
    void addAgreement(const Agreement &agreement);
    void updateAgreement(const Agreement &agreement);
    void removeAgreement(qint64 eventId); // the row only: the event stays
    // A provision without a uid is given one; its position must be free in its agreement.
    qint64 addProvision(const Provision &provision, Ids ids = Ids::New);
    void updateProvision(const Provision &provision);
    void removeProvision(qint64 id); // with its links and assessments
    std::optional<Provision> provision(qint64 id) const;
    std::optional<Provision> provisionByUid(const QString &uid) const;
    QList<Provision> provisionsOf(qint64 agreementId) const; // in position order
    // Whether any agreement has provisions: a frame of a dataset without any reads no summary.
    bool hasProvisions() const;
    qint64 addProvisionLink(const ProvisionLink &link, Ids ids = Ids::New);
    void updateProvisionLink(const ProvisionLink &link);
    void removeProvisionLink(qint64 id);
    std::optional<ProvisionLink> provisionLink(qint64 id) const;
    QList<ProvisionLink> linksOfProvision(qint64 provisionId) const; // in id order
    QList<ProvisionLink> linksOfEvent(qint64 eventId) const;         // in id order
    qint64 addAssessment(const LevelAssessment &assessment, Ids ids = Ids::New);
    void updateAssessment(const LevelAssessment &assessment);
    void removeAssessment(qint64 id);
    std::optional<LevelAssessment> assessment(qint64 id) const;
    QList<LevelAssessment> assessmentsOf(qint64 provisionId) const; // in date order
    AgreementRecords agreementRecordsOf(const QList<qint64> &eventIds) const;
    void restoreAgreementRecords(const AgreementRecords &records);
    // What removing an actor (or a source) changes among agreements, as it is before: the
    // provisions that bind the actor (the links and assessments that cite the source), in id
    // order; undo of the removal writes them back with updateAgreementRecords, which changes
    // rows that are there to what they were.
    AgreementRecords agreementRecordsWithActor(qint64 actorId) const;
    AgreementRecords agreementRecordsWithSource(qint64 sourceId) const;
    void updateAgreementRecords(const AgreementRecords &records);

    // Actor roles: the built-in ones first, then the others in the order they came. Every role
    // an event's actors have is in the list (a write adds a new one, seating no one). A rename
    // renames the role in every event; a role in use cannot be removed (Error with how many
    // events use it).
    QList<ActorRole> actorRoles() const;
    // How many events give each role to an actor (roles no event uses are left out). Reads
    // every event's actors (no index by role): a window asks it on a thread.
    QHash<QString, qint64> eventCountsByRole() const;
    // With `before` (a role in the list), the new role takes its place in the order, moving it
    // and those after it down one: what undo of a removal does.
    void addActorRole(const ActorRole &role, const QString &before = QString());
    void renameActorRole(const QString &from, const QString &to);
    void relabelActorRole(const QString &name, const QString &label, const QString &color);
    void setActorRoleSeat(const QString &name, ActorRole::Seat seat);
    void removeActorRole(const QString &name);

    // Actor groups (formats), by name whatever its case, each with its members in order.
    QList<ActorGroup> actorGroups() const;
    std::optional<ActorGroup> actorGroup(qint64 id) const;
    qint64 addActorGroup(const ActorGroup &group, Ids ids = Ids::New);
    void updateActorGroup(const ActorGroup &group);
    void removeActorGroup(qint64 id);

    // A new unique id for an event, in creation order (a version 7 UUID).
    static QString newUid();
    static int spanClass(qint64 spanSeconds);
    static qint64 spanClassBound(int spanClass);

signals:
    void changed(const entente::StoreChange &change);

private:
    // One write operation: its own transaction, or, inside a batch, none (a savepoint per
    // write would cost as much as the write); then a failure marks the batch to roll back.
    template <typename F>
    void write(F &&f);
    bool inBatch() const;
    static void prepareNew(Event &event);
    void requireRelationType(const QString &name) const;
    void addRolesOf(const QList<Event> &events);
    AgreementRows &agreementRows() const;
    ActorRoleTable &roleTable() const;
    void requireEvents(const Relation &relation) const;
    SavedView checked(const SavedView &view) const;
    template <typename F>
    void reindexing(const QList<qint64> &eventIds, F &&change);
    void markBatchFailed();
    // Read-only unless `writable`; a writable file that is not there is made.
    void open(const QString &path, bool writable, StopRequest &stop);
    void migrate();
    // Before the outermost write transaction begins: refuses a file read through a copy, and
    // switches the file to WAL (the journal mode cannot change inside a transaction), so that
    // the window's readers on other threads go on reading while it writes.
    void prepareToWrite();
    // When the store closes after writing: the file back to rollback mode, at rest.
    void restoreRollbackJournal();
    void beginBatch();
    void endBatch(bool commit);

    QString m_path;
    std::unique_ptr<ReadingCopy> m_copy; // for a file read through a copy
    // First made, last gone: it sees the file before SQLite opens it and after it closes.
    std::unique_ptr<CheckedFile> m_checked;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DensityIndex> m_density;
    std::unique_ptr<EventRows> m_rows;
    std::unique_ptr<SearchIndex> m_search;
    std::unique_ptr<SpanIndex> m_spans;
    std::unique_ptr<WriteBatch> m_batch;
    std::unique_ptr<PlainTables> m_tables;
    std::unique_ptr<CategoryRows> m_categories;
    std::unique_ptr<RelationTypeTable> m_relationTypes;
    mutable std::unique_ptr<AgreementRows> m_agreements;
    mutable std::unique_ptr<ActorRoleTable> m_roles;
    qint64 m_dataVersion = 0;
    qint64 m_openedDataVersion = 0;
    int m_formatVersion = 0;
    bool m_readOnly = false;
    bool m_journalReady = false; // switched to WAL, or held in rollback mode by BulkAdd
    bool m_wroteHere = false;
};

template <typename F>
void EventStore::batch(F &&f)
{
    beginBatch();
    try {
        f();
    } catch (...) {
        endBatch(false);
        throw;
    }
    endBatch(true);
}

template <typename F>
void EventStore::write(F &&f)
{
    if (!inBatch()) {
        batch(std::forward<F>(f));
        return;
    }
    try {
        f();
    } catch (...) {
        markBatchFailed();
        throw;
    }
}

} // namespace entente
