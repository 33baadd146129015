// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventstore.h"

#include "database.h"
#include "densityindex.h"
#include "error.h"
#include "plaintables.h"
#include "schemamigrator.h"
#include "spanindex.h"
#include "transaction.h"
#include "writebatch.h"

#include <QDateTime>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QUuid>

#include <algorithm>

namespace entente {

namespace {

StoreChange eventChange(QList<qint64> StoreChange::*list, qint64 id)
{
    StoreChange change;
    (change.*list).append(id);
    return change;
}

} // namespace

EventStore::EventStore(const QString &path, Access access, QObject *parent) : QObject(parent)
{
    const QFileInfo file(path);
    Database::OpenMode mode = Database::OpenMode::ReadWriteCreate;
    if (access == Access::ReadOnly || (file.exists() && !file.isWritable())) {
        mode = Database::OpenMode::ReadOnly;
    } else if (file.exists()) {
        mode = Database::OpenMode::ReadWrite;
    }
    m_db = std::make_unique<Database>(path, mode);
    m_density = std::make_unique<DensityIndex>(*m_db);
    // The summaries start empty in files from before schema 2, without categories before 4.
    // They are rebuilt in the last migration's transaction: a cut-short upgrade leaves the
    // file at its old version, and the next open upgrades it again.
    SchemaMigrator(*m_db).bringUpToDate(SchemaVersion, ApplicationId, [this](int foundVersion) {
        if (foundVersion >= 1) {
            m_density->rebuild();
        }
    });
    // Earlier versions rebuilt after the migrations had committed, so a file they upgraded may
    // have been left at schema 4 with the summaries empty or without categories.
    if (!m_db->isReadOnly() && m_density->isIncomplete()) {
        Transaction transaction(*m_db);
        m_density->rebuild();
        transaction.commit();
    }
    m_rows = std::make_unique<EventRows>(*m_db);
    m_spans = std::make_unique<SpanIndex>(*m_db, *m_rows);
    m_batch = std::make_unique<WriteBatch>(*m_db, *m_density, *m_spans);
    m_tables = std::make_unique<PlainTables>(*m_db, *m_batch);
    // A larger page cache keeps the indexes of a big import in memory; NORMAL is the
    // durability WAL is designed for (a crash may lose the last commit, never corrupts).
    m_db->execute(QStringLiteral("PRAGMA cache_size = -32768"));
    if (!m_db->isReadOnly()) {
        m_db->execute(QStringLiteral("PRAGMA synchronous = NORMAL"));
    }
}

EventStore::~EventStore() = default;

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
    return m_db->path();
}

bool EventStore::isReadOnly() const
{
    return m_db->isReadOnly();
}

// --- batches --------------------------------------------------------------------------------

bool EventStore::inBatch() const
{
    return m_batch->isOpen();
}

void EventStore::beginBatch()
{
    m_batch->begin();
}

void EventStore::endBatch(bool commit)
{
    if (const std::optional<StoreChange> change = m_batch->end(commit)) {
        emit changed(*change);
    }
}

void EventStore::markBatchFailed()
{
    m_batch->markFailed();
}

// --- events ---------------------------------------------------------------------------------

qint64 EventStore::addEvent(const Event &event)
{
    qint64 id = 0;
    write([&] {
        Event copy = event;
        copy.importance = std::clamp(copy.importance, 1, 5); // as stored, also for density
        if (copy.uid.isEmpty()) {
            copy.uid = newUid();
        }
        id = m_rows->insert(copy);
        m_density->added(copy, id);
        m_batch->record(eventChange(&StoreChange::addedEvents, id));
    });
    return id;
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
        m_rows->update(copy);
        m_density->removed(*before, copy.id);
        m_density->added(copy, copy.id);
        m_batch->record(eventChange(&StoreChange::changedEvents, copy.id));
    });
}

void EventStore::removeEvent(qint64 id)
{
    write([&] {
        const std::optional<Event> before = m_rows->byId(id);
        if (!before) {
            return;
        }
        m_rows->remove(id);
        m_density->removed(*before, id);
        StoreChange change = eventChange(&StoreChange::removedEvents, id);
        change.relationsChanged = true; // cascaded
        m_batch->record(change);
    });
}

std::optional<Event> EventStore::event(qint64 id) const
{
    return m_rows->byId(id);
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

// --- actors, sources, relations, eras -------------------------------------------------------

qint64 EventStore::addActor(const Actor &actor)
{
    qint64 id = 0;
    write([&] { id = m_tables->actors.insert(actor); });
    return id;
}

void EventStore::updateActor(const Actor &actor)
{
    write([&] {
        if (actor.affiliationId == actor.id) {
            throw Error(tr("actor “%1” cannot belong to itself").arg(actor.name));
        }
        m_tables->actors.update(actor);
    });
}

void EventStore::removeActor(qint64 id)
{
    write([&] {
        m_rows->forgetActor(id);
        m_tables->actors.remove(id);
        // Its events lose it by cascade, some down to no actor at all: recount everything
        // when the batch is written.
        m_density->rebuildAtFlush();
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

qint64 EventStore::addSource(const Source &source)
{
    qint64 id = 0;
    write([&] { id = m_tables->sources.insert(source); });
    return id;
}

void EventStore::updateSource(const Source &source)
{
    write([&] { m_tables->sources.update(source); });
}

void EventStore::removeSource(qint64 id)
{
    write([&] { m_tables->sources.remove(id); });
}

std::optional<Source> EventStore::source(qint64 id) const
{
    return m_tables->sources.find(id);
}

QList<Source> EventStore::sources() const
{
    return m_tables->sources.all();
}

qint64 EventStore::addRelation(const Relation &relation)
{
    qint64 id = 0;
    write([&] { id = m_tables->relations.insert(relation); });
    return id;
}

void EventStore::updateRelation(const Relation &relation)
{
    write([&] { m_tables->relations.update(relation); });
}

void EventStore::removeRelation(qint64 id)
{
    write([&] { m_tables->relations.remove(id); });
}

QList<Relation> EventStore::relations() const
{
    return m_tables->relations.all();
}

QList<Relation> EventStore::relationsBetween(const QList<qint64> &eventIds) const
{
    return m_tables->relationsBetween(eventIds);
}

qint64 EventStore::addEra(const Era &era)
{
    qint64 id = 0;
    write([&] {
        if (era.start.isNull() || era.end.isNull() || era.end < era.start) {
            throw Error(tr("era “%1” needs a start and an end, in that order").arg(era.name));
        }
        id = m_tables->eras.insert(era);
    });
    return id;
}

void EventStore::updateEra(const Era &era)
{
    write([&] { m_tables->eras.update(era); });
}

void EventStore::removeEra(qint64 id)
{
    write([&] { m_tables->eras.remove(id); });
}

QList<Era> EventStore::eras() const
{
    return m_tables->erasByDate();
}

} // namespace entente
