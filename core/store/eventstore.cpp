// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventstore.h"

#include "actorroletable.h"
#include "agreementrows.h"
#include "categoryrows.h"
#include "checkedfile.h"
#include "database.h"
#include "densityindex.h"
#include "error.h"
#include "eventcriteria.h"
#include "filefingerprints.h"
#include "plaintables.h"
#include "readingcopy.h"
#include "relationtypetable.h"
#include "schemamigrator.h"
#include "searchindex.h"
#include "spanindex.h"
#include "statement.h"
#include "stoprequest.h"
#include "transaction.h"
#include "validator.h"
#include "writebatch.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QUuid>

#include <algorithm>

namespace entente {

namespace {

constexpr int CachePages = -32768;      // KiB: 32 MB, for any connection
constexpr int BulkCachePages = -262144; // 256 MB while an import adds many events

// What a write to one event announces: its id, and the time it covered (the tiles to drop).
StoreChange eventChange(QList<qint64> IdChanges::*list, const Event &event)
{
    // Assigned, not appended to: GCC 12 at -O2 (RelWithDebInfo) compiles an append through
    // the member pointer into one to an uninitialized list, and crashed on the first event.
    StoreChange change;
    change.events.*list = QList<qint64>{event.id};
    if (!event.isUndated()) {
        change.addSpan(event.earliestSecond(), event.latestSecond());
    }
    return change;
}

QStringList rolesOf(const Event &event)
{
    QStringList roles;
    for (const EventActor &actor : event.actors) {
        roles.append(actor.role);
    }
    return roles;
}

// What removing an event takes with it by cascade (or changes: an agreement it ended).
void addCascade(StoreChange *change, const AgreementRecords &records, qint64 eventId)
{
    for (const Agreement &agreement : records.agreements) {
        (agreement.id == eventId ? change->agreements.removed : change->agreements.changed)
            .append(agreement.id);
    }
    for (const Provision &provision : records.provisions) {
        change->provisions.removed.append(provision.id);
    }
    for (const ProvisionLink &link : records.links) {
        change->provisionLinks.removed.append(link.id);
    }
    for (const LevelAssessment &assessment : records.assessments) {
        change->assessments.removed.append(assessment.id);
    }
}

// Whether the file is in `mode` now. Another connection keeps it as it is (SQLite then
// refuses, or answers with the mode it stays in).
bool switchJournal(Database &db, const QString &mode)
{
    try {
        return db.journalMode(mode) == mode;
    } catch (const Error &) {
        return false;
    }
}

// What an error calls a value: made only for the error (an import checks a million events).
QString nameOf(const Event &event)
{
    return EventStore::tr("event “%1”").arg(event.title);
}

QString nameOf(const Actor &actor)
{
    return EventStore::tr("actor “%1”").arg(actor.name);
}

QString nameOf(const Source &source)
{
    return EventStore::tr("source “%1”").arg(source.title);
}

QString nameOf(const Relation &)
{
    return EventStore::tr("relation");
}

QString nameOf(const Era &era)
{
    return EventStore::tr("era “%1”").arg(era.name);
}

// What opening a file of that format version does, for the one who may stop it.
StopRequest::Stage openingStage(qint64 version, bool throughCopy)
{
    if (version == 0 || version >= EventStore::SchemaVersion) { // 0: new, made in a moment
        return StopRequest::Stage::Opening;
    }
    return throughCopy ? StopRequest::Stage::UpgradingCopy : StopRequest::Stage::Upgrading;
}

// Refuses a value that breaks a rule, naming what it is and the fields.
template <typename T>
void validate(const T &value)
{
    const QList<Validator::Problem> problems = Validator::check(value);
    if (!problems.isEmpty()) {
        throw Error(EventStore::tr("%1, %2 Nothing was changed.")
                        .arg(nameOf(value), Validator::describe(problems).replace(u'\n', u' ')));
    }
}

} // namespace

EventStore::EventStore(const QString &path, Access access, StopRequest *stop, QObject *parent)
    : QObject(parent), m_path(path)
{
    StopRequest unwatched; // for an open no one can stop
    StopRequest &stopRequest = stop ? *stop : unwatched;
    const QFileInfo file(path);
    // In a folder that cannot be written, SQLite could read the file but not make the journal
    // a write needs beside it.
    m_readOnly = access == Access::ReadOnly ||
                 (file.exists() && (!file.isWritable() || !QFileInfo(file.path()).isWritable()));
    m_checked = std::make_unique<CheckedFile>(path, ApplicationId, SchemaVersion, &stopRequest);
    if (access != Access::Upgrade && file.exists() &&
        ReadingCopy::isNeeded(path, SchemaVersion, m_readOnly)) {
        m_copy = std::make_unique<ReadingCopy>(path, &stopRequest);
    }
    try {
        // A copy is upgraded in place.
        open(m_copy ? m_copy->path() : path, m_copy || !m_readOnly, stopRequest);
    } catch (const Error &error) {
        if (!m_copy) {
            throw;
        }
        throw Error(m_copy->inOriginalsName(error.message()), error.sqliteCode());
    }
    // An upgrade in place is a write: the file goes back to rollback mode when it closes.
    m_wroteHere = access == Access::Upgrade && m_formatVersion < SchemaVersion;
    m_rows = std::make_unique<EventRows>(*m_db);
    m_search = std::make_unique<SearchIndex>(*m_db);
    m_spans = std::make_unique<SpanIndex>(*m_db, *m_rows);
    m_batch = std::make_unique<WriteBatch>(*m_db, *m_density, *m_spans, *m_search);
    m_tables = std::make_unique<PlainTables>(*m_db, *m_batch);
    m_categories = std::make_unique<CategoryRows>(*m_db, *m_batch, *m_density);
    m_relationTypes = std::make_unique<RelationTypeTable>(*m_db, *m_batch);
    // A larger page cache keeps the indexes of a big import in memory; NORMAL is the
    // durability WAL is designed for (a crash may lose the last commit, never corrupts).
    m_db->execute(QStringLiteral("PRAGMA cache_size = %1").arg(CachePages));
    if (!m_db->isReadOnly()) {
        m_db->execute(QStringLiteral("PRAGMA synchronous = NORMAL"));
    }
    m_dataVersion = m_db->pragmaInteger(QStringLiteral("data_version"));
    m_openedDataVersion = m_dataVersion;
    // A stop that came after the last step that looked is still a stop: whoever asked for it
    // gets no store.
    stopRequest.throwIfRequested(path);
}

void EventStore::open(const QString &path, bool writable, StopRequest &stop)
{
    Database::OpenMode mode = Database::OpenMode::ReadOnly;
    if (writable) {
        mode = QFileInfo::exists(path) ? Database::OpenMode::ReadWrite
                                       : Database::OpenMode::ReadWriteCreate;
    }
    m_db = std::make_unique<Database>(path, mode);
    if (!m_copy) {
        m_readOnly = m_db->isReadOnly();
    }
    m_density = std::make_unique<DensityIndex>(*m_db);
    {
        const StopRequest::Watching watching(stop, *m_db);
        stop.setStage(
            openingStage(m_db->pragmaInteger(QStringLiteral("user_version")), m_copy != nullptr));
        migrate();
    }
    if (m_copy) {
        // The readers open the copy as it is, without copying it again, as they would a file
        // in WAL mode (the original may have been).
        switchJournal(*m_db, QStringLiteral("delete"));
    }
}

void EventStore::migrate()
{
    // The summaries start empty in files from before schema 2, without categories before 4.
    // They are rebuilt in the last migration's transaction: a cut-short upgrade leaves the
    // file at its old version, and the next open upgrades it again.
    m_formatVersion = SchemaMigrator(*m_db, m_checked.get())
                          .bringUpToDate(SchemaVersion, ApplicationId, [this](int found) {
                              if (found >= 1 && found < 4) {
                                  m_density->rebuild();
                              }
                              if (found < 9) {
                                  SearchIndex(*m_db).rebuild();
                              }
                          });
    // Earlier versions rebuilt after the migrations had committed, so a file they upgraded may
    // have been left at schema 4 with the summaries empty or without categories. The one write
    // a read-write open makes to a current file, and only to a file left broken so; reading
    // still reads it as it is.
    if (!m_db->isReadOnly() && m_density->isIncomplete()) {
        Transaction transaction(*m_db);
        m_density->rebuild();
        transaction.commit();
    }
}

EventStore::~EventStore()
{
    restoreRollbackJournal();
}

void EventStore::restoreRollbackJournal()
{
    if (m_readOnly || m_copy) {
        return;
    }
    try {
        // Another connection that committed meanwhile switched the file to WAL too.
        const bool written = m_wroteHere || m_db->pragmaInteger(QStringLiteral("data_version")) !=
                                                m_openedDataVersion;
        if (written) {
            // Not while another connection has the file open: SQLite refuses, and the last one
            // to close switches it. Refused at once, not after the busy timeout, so that a
            // window closes without a wait.
            m_db->setBusyTimeout(0);
            switchJournal(*m_db, QStringLiteral("delete"));
        }
    } catch (const Error &) {
        // A connection that cannot read its file any more: it stays as SQLite left it.
    }
}

void EventStore::prepareToWrite()
{
    if (m_copy) {
        throw Error(needsUpgrade()
                        ? tr("%1 is in an older timeline format (%2) and is upgraded before it is "
                             "changed; nothing was changed")
                              .arg(QDir::toNativeSeparators(m_path))
                              .arg(m_formatVersion)
                        : tr("%1 is open read-only; nothing was changed")
                              .arg(QDir::toNativeSeparators(m_path)));
    }
    if (m_readOnly) {
        return; // the write fails with SQLite's own words
    }
    if (!m_journalReady) {
        const QString dataVersion = QStringLiteral("data_version");
        const bool othersWrote = m_db->pragmaInteger(dataVersion) != m_dataVersion;
        // In rollback mode the switch waits for every reader in the middle of a read; the
        // window's own (tiles, the list, the panes) are just after the file opened. Waiting
        // holds SQLite's PENDING lock, under which no new read begins, so they drain within
        // the longest one: a longer wait than a write's, once per file. A reader that keeps
        // it longer keeps the file as it is, and the write fails as "in use"; the next tries
        // again.
        m_db->setBusyTimeout(JournalSwitchTimeoutMs);
        m_journalReady = switchJournal(*m_db, QStringLiteral("wal"));
        m_db->setBusyTimeout(Database::BusyTimeoutMs);
        if (!othersWrote) { // the switch moves it too, and it is no one else's write
            m_dataVersion = m_db->pragmaInteger(dataVersion);
        }
    }
    m_wroteHere = true;
}

QString EventStore::newUid()
{
    // A version 7 UUID: milliseconds since 1970, then a counter, then random bits. Unique like
    // any UUID, but in creation order, so inserting into the uid index appends instead of
    // touching a random page of it, which matters at a million events.
    static qint64 lastMs = 0;
    static quint16 counter = 0;
    const qint64 ms = QDateTime::currentMSecsSinceEpoch();
    counter = ms == lastMs ? quint16(counter + 1) : 0;
    lastMs = ms;
    const quint64 random = QRandomGenerator::global()->generate64();
    const uchar bytes[8] = {uchar(0x80 | ((random >> 56) & 0x3f)),
                            uchar(random >> 48),
                            uchar(random >> 40),
                            uchar(random >> 32),
                            uchar(random >> 24),
                            uchar(random >> 16),
                            uchar(random >> 8),
                            uchar(random)};
    return QUuid(uint(ms >> 16), ushort(ms & 0xffff), ushort(0x7000 | (counter & 0x0fff)), bytes[0],
                 bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7])
        .toString(QUuid::WithoutBraces);
}

QString EventStore::path() const
{
    return m_path;
}

QString EventStore::readerPath() const
{
    return m_db->path();
}

bool EventStore::isReadOnly() const
{
    return m_readOnly;
}

bool EventStore::needsUpgrade() const
{
    return m_copy && m_formatVersion < SchemaVersion;
}

void EventStore::saveCopy(const QString &path) const
{
    m_db->backupTo(path);
    FileFingerprints::remember(FileFingerprints::of(path)); // written here: no need to check it
}

bool EventStore::checkForExternalChanges()
{
    // data_version moves only when another connection commits: this store's own writes,
    // already announced, leave it alone.
    const qint64 version = m_db->pragmaInteger(QStringLiteral("data_version"));
    if (version == m_dataVersion) {
        return false;
    }
    m_dataVersion = version;
    m_spans->invalidate();
    emit changed(StoreChange::all());
    return true;
}

// --- batches --------------------------------------------------------------------------------

bool EventStore::inBatch() const
{
    return m_batch->isOpen();
}

void EventStore::beginBatch()
{
    if (!inBatch()) {
        prepareToWrite();
    }
    m_batch->begin();
}

void EventStore::endBatch(bool commit)
{
    if (m_batch->isOutermost()) {
        try {
            if (commit) {
                roleTable().forgetUnused(); // roles the batch's writes left unused
            }
            roleTable().clearNoted();
        } catch (const Error &) {
            roleTable().clearNoted();
            m_batch->markFailed(); // the batch rolls back and says so
        }
    }
    if (const std::optional<StoreChange> change = m_batch->end(commit)) {
        emit changed(*change);
    }
}

void EventStore::markBatchFailed()
{
    m_batch->markFailed();
}

EventStore::BulkAdd::BulkAdd(EventStore &store, Access access) : m_store(store)
{
    Database &db = *store.m_db;
    if (db.isReadOnly()) {
        return; // the batch will refuse to write
    }
    db.execute(QStringLiteral("PRAGMA cache_size = %1").arg(BulkCachePages));
    if (store.inBatch()) {
        return;
    }
    if (store.eventCount() == 0) {
        store.m_batch->setBuildIndexesAtCommit(true);
        m_indexesDeferred = true;
    }
    // Held in rollback mode, the batch does not switch to WAL: an import that fails leaves the
    // file byte for byte as it was.
    m_journalSwitched = access == Access::Sole && switchJournal(db, QStringLiteral("delete"));
    if (m_journalSwitched) {
        m_journalWasReady = std::exchange(store.m_journalReady, true);
    }
}

EventStore::BulkAdd::~BulkAdd()
{
    Database &db = *m_store.m_db;
    if (db.isReadOnly()) {
        return;
    }
    try {
        if (m_indexesDeferred) {
            m_store.m_batch->setBuildIndexesAtCommit(false);
        }
        if (m_journalSwitched && m_journalWasReady) {
            switchJournal(db, QStringLiteral("wal")); // as it was for the window's readers
        }
        if (m_journalSwitched) {
            m_store.m_journalReady = m_journalWasReady;
        }
        db.execute(QStringLiteral("PRAGMA cache_size = %1").arg(CachePages));
    } catch (const Error &) {
        // Not in a transaction, so the pragmas cannot fail but for a broken connection, which
        // the next write reports.
    }
}

// --- events ---------------------------------------------------------------------------------

qint64 EventStore::addEvent(const Event &event, Ids ids)
{
    qint64 id = 0;
    write([&] {
        Event copy = event;
        prepareNew(copy);
        id = m_rows->insert(copy, ids == Ids::Keep);
        addRolesOf({copy});
        m_search->index({id});
        copy.id = id;
        m_density->added(copy, id);
        m_batch->record(eventChange(&IdChanges::added, copy));
    });
    return id;
}

// An event about to be added as it is stored: its importance clamped (as the density index
// counts it), checked, and given a uid if it has none.
void EventStore::prepareNew(Event &event)
{
    event.importance = std::clamp(event.importance, 1, 5);
    validate(event);
    if (event.uid.isEmpty()) {
        event.uid = newUid();
    }
}

qint64 EventStore::addEvents(QList<Event> events, qsizetype *failed,
                             QList<EventRows::Encoded> encoded)
{
    qint64 firstId = 0;
    write([&] {
        firstId = m_rows->nextId();
        StoreChange change;
        change.events.added.reserve(events.size());
        for (qsizetype i = 0; i < events.size(); ++i) {
            Event &event = events[i];
            if (failed) {
                *failed = i;
            }
            prepareNew(event);
            event.id = firstId + i;
            m_density->added(event, event.id);
            change.events.added.append(event.id);
            if (!event.isUndated()) {
                change.addSpan(event.earliestSecond(), event.latestSecond());
            }
        }
        if (failed) {
            *failed = -1; // what fails from here on is no one event's fault
        }
        if (encoded.size() != events.size()) {
            encoded = EventRows::encode(events);
        }
        m_rows->insertAll(events, encoded, firstId, m_search->newKeys(events));
        addRolesOf(events);
        m_search->index(change.events.added);
        m_batch->record(change);
    });
    return firstId;
}

void EventStore::updateEvent(const Event &event)
{
    write([&] {
        const std::optional<Event> before = m_rows->byId(event.id);
        if (!before) {
            throw Error(tr("event %1 does not exist; nothing was changed").arg(event.id));
        }
        Event copy = event;
        copy.importance = std::clamp(copy.importance, 1, 5);
        validate(copy);
        m_search->forget({copy.id});
        m_rows->update(copy);
        addRolesOf({copy});
        roleTable().noteUsedBefore(rolesOf(*before));
        m_search->index({copy.id});
        m_density->removed(*before, copy.id);
        m_density->added(copy, copy.id);
        StoreChange change = eventChange(&IdChanges::changed, copy);
        if (!before->isUndated()) { // where it was is redrawn too
            change.addSpan(before->earliestSecond(), before->latestSecond());
        }
        m_batch->record(change);
    });
}

void EventStore::removeEvent(qint64 id)
{
    write([&] {
        const std::optional<Event> before = m_rows->byId(id);
        if (!before) {
            return;
        }
        StoreChange change = eventChange(&IdChanges::removed, *before);
        for (const Relation &relation : m_tables->relationsOf({id})) {
            change.relations.removed.append(relation.id); // by cascade
        }
        if (agreementRows().hasAny()) {
            addCascade(&change, agreementRows().recordsOf({id}), id);
        }
        m_search->forget({id});
        m_rows->remove(id);
        roleTable().noteUsedBefore(rolesOf(*before));
        m_density->removed(*before, id);
        m_batch->record(change);
    });
}

std::optional<Event> EventStore::event(qint64 id) const
{
    return m_rows->byId(id);
}

qint64 EventStore::eventIdByUid(const QString &uid) const
{
    return m_rows->idByUid(uid);
}

std::optional<Event> EventStore::eventByUid(const QString &uid) const
{
    return m_rows->byUid(uid);
}

QList<Event> EventStore::events() const
{
    return m_rows->all();
}

QList<Event> EventStore::events(const QList<qint64> &ids, Detail detail) const
{
    return m_rows->byIds(ids, detail);
}

qint64 EventStore::eventCount() const
{
    return m_rows->count();
}

qint64 EventStore::undatedEventCount() const
{
    return m_rows->undatedCount();
}

// The agreements' parts, made when first needed (after the connection and the batch).
AgreementRows &EventStore::agreementRows() const
{
    if (!m_agreements) {
        m_agreements = std::make_unique<AgreementRows>(*m_db, *m_batch, *m_rows, *m_search);
    }
    return *m_agreements;
}

ActorRoleTable &EventStore::roleTable() const
{
    if (!m_roles) {
        m_roles = std::make_unique<ActorRoleTable>(*m_db, *m_batch);
    }
    return *m_roles;
}

// Every role an event's actors have is in the roles list.
void EventStore::addRolesOf(const QList<Event> &events)
{
    // In the order they are met, so that the list's order does not depend on hashing.
    QSet<QString> met;
    QStringList roles;
    for (const Event &event : events) {
        for (const EventActor &actor : event.actors) {
            if (!met.contains(actor.role)) {
                met.insert(actor.role);
                roles.append(actor.role);
            }
        }
    }
    roleTable().addMissing(roles);
}

// --- by time --------------------------------------------------------------------------------

QList<Event> EventStore::eventsInRange(qint64 from, qint64 to, Detail detail) const
{
    return m_spans->inRange(from, to, detail);
}

QList<Event> EventStore::eventsStartingIn(qint64 from, qint64 to, Detail detail) const
{
    return m_spans->startingIn(from, to, detail);
}

QList<Event> EventStore::eventsSpanning(qint64 at, int minImportance, int limit,
                                        Detail detail) const
{
    return m_spans->spanning(at, minImportance, limit, detail);
}

int EventStore::countStartingIn(qint64 from, qint64 to, int limit) const
{
    return m_spans->countStartingIn(from, to, limit);
}

int EventStore::countSpanning(qint64 at, int minImportance, int limit) const
{
    return m_spans->countSpanning(at, minImportance, limit);
}

std::optional<qint64> EventStore::adjacentEvent(qint64 start, qint64 id, bool forward) const
{
    return m_spans->adjacent(start, id, forward);
}

std::optional<std::pair<qint64, qint64>> EventStore::timeBounds() const
{
    return m_spans->timeBounds();
}

int EventStore::spanClass(qint64 spanSeconds)
{
    return SpanIndex::spanClass(spanSeconds);
}

qint64 EventStore::spanClassBound(int spanClass)
{
    return SpanIndex::classBound(spanClass);
}

// --- lanes ----------------------------------------------------------------------------------

QList<qint64> EventStore::actorsInUse() const
{
    return m_density->actorsInUse();
}

bool EventStore::hasEventsWithoutActors() const
{
    return m_density->hasEventsWithoutActors();
}

QStringList EventStore::categoriesInUse() const
{
    return m_density->categoriesInUse();
}

QStringList EventStore::tagsInUse() const
{
    // Distinct lines of tags first: events share their few combinations of tags.
    Statement &select =
        m_db->cached(QStringLiteral("SELECT DISTINCT tags FROM events WHERE tags <> ''"));
    QSet<QString> tags;
    while (select.step()) {
        for (const QString &tag : select.text(0).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            tags.insert(tag);
        }
    }
    select.reset();
    QStringList sorted(tags.cbegin(), tags.cend());
    sorted.sort(Qt::CaseInsensitive);
    return sorted;
}

// --- search ---------------------------------------------------------------------------------

SearchPage EventStore::search(const EventCriteria &criteria, EventSearch::Order order,
                              qint64 fromKey, bool forward, int limit, int skip) const
{
    return EventSearch(*m_db).page(criteria, order, fromKey, forward, limit, skip);
}

MatchSet EventStore::matches(const EventCriteria &criteria) const
{
    return EventSearch(*m_db).matches(criteria);
}

QHash<qint64, qint64> EventStore::countsByActor(const EventCriteria &criteria) const
{
    return EventSearch(*m_db).countsByActor(criteria);
}

std::optional<qint64> EventStore::searchKey(qint64 eventId) const
{
    Statement &st = m_db->cached(QStringLiteral("SELECT search_key FROM events WHERE id = ?1"));
    st.bind(1, eventId);
    const bool found = st.step();
    const std::optional<qint64> key = found ? std::optional<qint64>(st.int64(0)) : std::nullopt;
    st.reset();
    return key;
}

// --- categories -----------------------------------------------------------------------------

QList<Category> EventStore::categories() const
{
    return m_categories->all();
}

void EventStore::setCategory(const Category &category)
{
    write([&] { m_categories->set(category); });
}

void EventStore::renameCategory(const QString &from, const QString &to)
{
    write([&] { reindexing(eventsInCategory(from), [&] { m_categories->rename(from, to); }); });
}

void EventStore::removeCategory(const QString &name, const QString &reassignTo)
{
    write([&] {
        reindexing(eventsInCategory(name), [&] { m_categories->remove(name, reassignTo); });
    });
}

// What the search index says of these events goes out before `change` and comes back after
// it: a name of an actor, a source or a category is part of their words.
template <typename F>
void EventStore::reindexing(const QList<qint64> &eventIds, F &&change)
{
    m_search->forget(eventIds);
    change();
    m_search->index(eventIds);
}

QString EventStore::title() const
{
    Statement &select =
        m_db->cached(QStringLiteral("SELECT value FROM properties WHERE key = 'title'"));
    const QString title = select.step() ? select.text(0) : QString();
    select.reset(); // no read left open between calls
    return title;
}

void EventStore::setTitle(const QString &title)
{
    write([&] {
        if (title.isEmpty()) {
            m_db->cached(QStringLiteral("DELETE FROM properties WHERE key = 'title'")).run();
        } else {
            m_db->cached(QStringLiteral("INSERT INTO properties (key, value) VALUES ('title', ?1) "
                                        "ON CONFLICT (key) DO UPDATE SET value = excluded.value"))
                .bind(1, title)
                .run();
        }
        StoreChange change;
        change.titleChanged = true;
        m_batch->record(change);
    });
}

qint64 EventStore::countEventsWithUids(const QStringList &uids) const
{
    // The uids as one JSON array, looked up in the uid index by SQLite: one statement rather
    // than a query per uid.
    return m_db
        ->cached(QStringLiteral("SELECT count(*) FROM json_each(?1) AS wanted "
                                "WHERE EXISTS (SELECT 1 FROM events WHERE uid = wanted.value)"))
        .bind(1,
              QString::fromUtf8(
                  QJsonDocument(QJsonArray::fromStringList(uids)).toJson(QJsonDocument::Compact)))
        .scalar();
}

// --- actors, sources, relations, eras -------------------------------------------------------

qint64 EventStore::addActor(const Actor &actor, Ids ids)
{
    qint64 id = 0;
    write([&] {
        validate(actor);
        id = m_tables->actors.insert(actor, ids == Ids::Keep);
    });
    return id;
}

void EventStore::updateActor(const Actor &actor)
{
    write([&] {
        validate(actor);
        reindexing(eventsWithActor(actor.id), [&] { m_tables->actors.update(actor); });
    });
}

void EventStore::removeActor(qint64 id)
{
    write([&] {
        const QList<qint64> events = eventsWithActor(id);
        const bool inUse = !events.isEmpty();
        agreementRows().announceActorRemoval(id); // its memberships and parties go by cascade
        reindexing(events, [&] {
            if (inUse) {
                m_rows->forgetActor(id);
            }
            m_tables->actors.remove(id);
        });
        if (inUse) {
            // Its events lose it by cascade, some down to no actor at all: recount everything
            // when the batch is written.
            m_density->rebuildAtFlush();
            m_batch->record(StoreChange::all());
        }
    });
}

std::optional<Actor> EventStore::actor(qint64 id) const
{
    return m_tables->actors.find(id);
}

QList<Actor> EventStore::actors() const
{
    return m_tables->actors.all();
}

QHash<qint64, qint64> EventStore::eventCountsByActor() const
{
    // Off the index by actor alone: the events table is not read.
    Statement &select = m_db->cached(QStringLiteral(
        "SELECT actor_id, count(DISTINCT event_id) FROM event_actors GROUP BY actor_id"));
    QHash<qint64, qint64> counts;
    while (select.step()) {
        counts.insert(select.int64(0), select.int64(1));
    }
    select.reset();
    return counts;
}

qint64 EventStore::addSource(const Source &source, Ids ids)
{
    qint64 id = 0;
    write([&] {
        validate(source);
        id = m_tables->sources.insert(source, ids == Ids::Keep);
    });
    return id;
}

void EventStore::updateSource(const Source &source)
{
    write([&] {
        validate(source);
        reindexing(eventsWithSource(source.id), [&] { m_tables->sources.update(source); });
    });
}

void EventStore::removeSource(qint64 id)
{
    write([&] {
        StoreChange change;
        change.events.changed = eventsWithSource(id); // they lose it by cascade
        agreementRows().announceSourceRemoval(id);    // links and assessments lose it (SET NULL)
        reindexing(change.events.changed, [&] { m_tables->sources.remove(id); });
        m_batch->record(change);
    });
}

std::optional<Source> EventStore::source(qint64 id) const
{
    return m_tables->sources.find(id);
}

QList<Source> EventStore::sources() const
{
    return m_tables->sources.all();
}

QList<Source> EventStore::sourcesMatching(const QString &text, int limit) const
{
    return m_tables->sourcesMatching(text, limit);
}

QStringList EventStore::outlets() const
{
    return m_tables->outlets();
}

qint64 EventStore::addRelation(const Relation &relation, Ids ids)
{
    qint64 id = 0;
    write([&] {
        validate(relation);
        requireRelationType(relation.type);
        requireEvents(relation);
        id = m_tables->relations.insert(relation, ids == Ids::Keep);
    });
    return id;
}

void EventStore::updateRelation(const Relation &relation)
{
    write([&] {
        validate(relation);
        requireRelationType(relation.type);
        requireEvents(relation);
        m_tables->relations.update(relation);
    });
}

std::optional<Relation> EventStore::relation(qint64 id) const
{
    return m_tables->relations.find(id);
}

void EventStore::removeRelation(qint64 id)
{
    write([&] { m_tables->relations.remove(id); });
}

QList<Relation> EventStore::relations() const
{
    return m_tables->relations.all();
}

QList<Relation> EventStore::relationsOf(const QList<qint64> &eventIds) const
{
    return m_tables->relationsOf(eventIds);
}

QList<qint64> EventStore::eventsWithActor(qint64 actorId) const
{
    return m_db
        ->cached(QStringLiteral("SELECT DISTINCT event_id FROM event_actors WHERE actor_id = ?1 "
                                "ORDER BY event_id"))
        .bind(1, actorId)
        .integers();
}

QList<qint64> EventStore::eventsInCategory(const QString &name) const
{
    return m_categories->eventsIn(name);
}

QList<qint64> EventStore::eventsWithSource(qint64 sourceId) const
{
    return m_db
        ->cached(QStringLiteral("SELECT DISTINCT event_id FROM event_sources WHERE source_id = ?1 "
                                "ORDER BY event_id"))
        .bind(1, sourceId)
        .integers();
}

QList<Relation> EventStore::relationsBetween(const QList<qint64> &eventIds) const
{
    return m_tables->relationsBetween(eventIds);
}

void EventStore::requireEvents(const Relation &relation) const
{
    for (const qint64 id : {relation.fromEventId, relation.toEventId}) {
        if (!m_rows->exists(id)) {
            throw Error(tr("relation: there is no event %1 in this timeline. Nothing was changed.")
                            .arg(id));
        }
    }
}

void EventStore::requireRelationType(const QString &name) const
{
    // Said here in words rather than by the foreign key's "constraint failed".
    if (!m_relationTypes->contains(name)) {
        throw Error(tr("relation: there is no relation type “%1” in this timeline. Nothing was "
                       "changed.")
                        .arg(name));
    }
}

QList<RelationType> EventStore::relationTypes(Count count) const
{
    return m_relationTypes->all(count == Count::Relations);
}

void EventStore::setRelationType(const RelationType &type)
{
    write([&] { m_relationTypes->set(type); });
}

void EventStore::renameRelationType(const QString &from, const QString &to)
{
    write([&] { m_relationTypes->rename(from, to); });
}

QList<Relation> EventStore::relationsOfType(const QString &name) const
{
    return m_tables->relations.select(QStringLiteral("WHERE type = ?1 ORDER BY id"),
                                      [&](Statement &st) { st.bind(1, name); });
}

void EventStore::removeRelationType(const QString &name, const QString &reassignTo)
{
    write([&] { m_relationTypes->remove(name, reassignTo); });
}

qint64 EventStore::addEra(const Era &era, Ids ids)
{
    qint64 id = 0;
    write([&] {
        validate(era);
        id = m_tables->eras.insert(era, ids == Ids::Keep);
    });
    return id;
}

void EventStore::updateEra(const Era &era)
{
    write([&] {
        validate(era);
        m_tables->eras.update(era);
    });
}

std::optional<Era> EventStore::era(qint64 id) const
{
    return m_tables->eras.find(id);
}

void EventStore::removeEra(qint64 id)
{
    write([&] { m_tables->eras.remove(id); });
}

QList<Era> EventStore::eras() const
{
    return m_tables->erasByDate();
}

// --- saved views ----------------------------------------------------------------------------

QList<SavedView> EventStore::savedViews() const
{
    return m_tables->savedViewsByName();
}

std::optional<SavedView> EventStore::savedView(qint64 id) const
{
    return m_tables->savedViews.find(id);
}

qint64 EventStore::addSavedView(const SavedView &view, Ids ids)
{
    qint64 id = 0;
    write([&] { id = m_tables->savedViews.insert(checked(view), ids == Ids::Keep); });
    return id;
}

void EventStore::updateSavedView(const SavedView &view)
{
    write([&] { m_tables->savedViews.update(checked(view)); });
}

void EventStore::removeSavedView(qint64 id)
{
    write([&] { m_tables->savedViews.remove(id); });
}

// The view as it is stored (its name trimmed), or Error saying why it cannot be: the table's
// constraints would refuse it too, in SQLite's words.
SavedView EventStore::checked(const SavedView &view) const
{
    SavedView row = view;
    row.name = view.name.trimmed();
    if (row.name.isEmpty()) {
        throw Error(tr("A saved view needs a name. Nothing was changed."));
    }
    const QList<SavedView> namesake =
        m_tables->savedViews.select(QStringLiteral("WHERE name = ?1 AND id IS NOT ?2"),
                                    [&](Statement &st) { st.bind(1, row.name).bind(2, view.id); });
    if (!namesake.isEmpty()) {
        throw Error(tr("A saved view is named “%1” already. Nothing was changed.")
                        .arg(namesake.first().name));
    }
    if (!row.lanes.isEmpty() && !SavedView::laneModes().contains(row.lanes)) {
        throw Error(tr("Saved view “%1”: “%2” is not a lane mode (actor, category or packed). "
                       "Nothing was changed.")
                        .arg(row.name, row.lanes));
    }
    return row;
}

// --- agreements -----------------------------------------------------------------------------

std::optional<Agreement> EventStore::agreement(qint64 eventId) const
{
    return agreementRows().agreement(eventId);
}

QList<Agreement> EventStore::agreementsOfProcess(const QString &process) const
{
    return agreementRows().agreementsOfProcess(process);
}

void EventStore::addAgreement(const Agreement &agreement)
{
    write([&] { agreementRows().addAgreement(agreement); });
}

void EventStore::updateAgreement(const Agreement &agreement)
{
    write([&] { agreementRows().updateAgreement(agreement); });
}

void EventStore::removeAgreement(qint64 eventId)
{
    write([&] { agreementRows().removeAgreement(eventId); });
}

qint64 EventStore::addProvision(const Provision &provision, Ids ids)
{
    qint64 id = 0;
    write([&] { id = agreementRows().addProvision(provision, ids == Ids::Keep); });
    return id;
}

void EventStore::updateProvision(const Provision &provision)
{
    write([&] { agreementRows().updateProvision(provision); });
}

void EventStore::removeProvision(qint64 id)
{
    write([&] { agreementRows().removeProvision(id); });
}

std::optional<Provision> EventStore::provision(qint64 id) const
{
    return agreementRows().provision(id);
}

std::optional<Provision> EventStore::provisionByUid(const QString &uid) const
{
    return agreementRows().provisionByUid(uid);
}

bool EventStore::hasProvisions() const
{
    return m_db->cached(QStringLiteral("SELECT EXISTS (SELECT 1 FROM provisions)")).scalar() != 0;
}

QList<Provision> EventStore::provisionsOf(qint64 agreementId) const
{
    return agreementRows().provisionsOf(agreementId);
}

qint64 EventStore::addProvisionLink(const ProvisionLink &link, Ids ids)
{
    qint64 id = 0;
    write([&] { id = agreementRows().addLink(link, ids == Ids::Keep); });
    return id;
}

void EventStore::updateProvisionLink(const ProvisionLink &link)
{
    write([&] { agreementRows().updateLink(link); });
}

void EventStore::removeProvisionLink(qint64 id)
{
    write([&] { agreementRows().removeLink(id); });
}

std::optional<ProvisionLink> EventStore::provisionLink(qint64 id) const
{
    return agreementRows().link(id);
}

QList<ProvisionLink> EventStore::linksOfProvision(qint64 provisionId) const
{
    return agreementRows().linksOfProvision(provisionId);
}

QList<ProvisionLink> EventStore::linksOfEvent(qint64 eventId) const
{
    return agreementRows().linksOfEvent(eventId);
}

qint64 EventStore::addAssessment(const LevelAssessment &assessment, Ids ids)
{
    qint64 id = 0;
    write([&] { id = agreementRows().addAssessment(assessment, ids == Ids::Keep); });
    return id;
}

void EventStore::updateAssessment(const LevelAssessment &assessment)
{
    write([&] { agreementRows().updateAssessment(assessment); });
}

void EventStore::removeAssessment(qint64 id)
{
    write([&] { agreementRows().removeAssessment(id); });
}

std::optional<LevelAssessment> EventStore::assessment(qint64 id) const
{
    return agreementRows().assessment(id);
}

QList<LevelAssessment> EventStore::assessmentsOf(qint64 provisionId) const
{
    return agreementRows().assessmentsOf(provisionId);
}

AgreementRecords EventStore::agreementRecordsOf(const QList<qint64> &eventIds) const
{
    return agreementRows().recordsOf(eventIds);
}

void EventStore::restoreAgreementRecords(const AgreementRecords &records)
{
    write([&] { agreementRows().restore(records); });
}

AgreementRecords EventStore::agreementRecordsWithActor(qint64 actorId) const
{
    return {{}, agreementRows().provisionsWithParty(actorId), {}, {}};
}

AgreementRecords EventStore::agreementRecordsWithSource(qint64 sourceId) const
{
    return {
        {}, {}, agreementRows().linksCiting(sourceId), agreementRows().assessmentsCiting(sourceId)};
}

void EventStore::updateAgreementRecords(const AgreementRecords &records)
{
    write([&] {
        AgreementRows &rows = agreementRows();
        for (const Agreement &agreement : records.agreements) {
            rows.updateAgreement(agreement);
        }
        for (const Provision &provision : records.provisions) {
            rows.updateProvision(provision);
        }
        for (const ProvisionLink &link : records.links) {
            rows.updateLink(link);
        }
        for (const LevelAssessment &assessment : records.assessments) {
            rows.updateAssessment(assessment);
        }
    });
}

// --- roles and groups -----------------------------------------------------------------------

QList<ActorRole> EventStore::actorRoles() const
{
    return roleTable().all();
}

QHash<QString, qint64> EventStore::eventCountsByRole() const
{
    return roleTable().eventCounts();
}

void EventStore::addActorRole(const ActorRole &role, const QString &before)
{
    write([&] { roleTable().add(role, before); });
}

void EventStore::renameActorRole(const QString &from, const QString &to)
{
    write([&] { roleTable().rename(from, to); });
}

void EventStore::relabelActorRole(const QString &name, const QString &label, const QString &color)
{
    write([&] { roleTable().relabel(name, label, color); });
}

void EventStore::setActorRoleSeat(const QString &name, ActorRole::Seat seat)
{
    write([&] { roleTable().setSeat(name, seat); });
}

void EventStore::removeActorRole(const QString &name)
{
    write([&] { roleTable().remove(name); });
}

QList<ActorGroup> EventStore::actorGroups() const
{
    return agreementRows().groups();
}

std::optional<ActorGroup> EventStore::actorGroup(qint64 id) const
{
    return agreementRows().group(id);
}

qint64 EventStore::addActorGroup(const ActorGroup &group, Ids ids)
{
    qint64 id = 0;
    write([&] { id = agreementRows().addGroup(group, ids == Ids::Keep); });
    return id;
}

void EventStore::updateActorGroup(const ActorGroup &group)
{
    write([&] { agreementRows().updateGroup(group); });
}

void EventStore::removeActorGroup(qint64 id)
{
    write([&] { agreementRows().removeGroup(id); });
}

} // namespace entente
