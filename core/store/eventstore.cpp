// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventstore.h"

#include "database.h"
#include "densityindex.h"
#include "error.h"
#include "lanekey.h"
#include "schemamigrator.h"
#include "spanindex.h"
#include "statement.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QUuid>

#include <algorithm>

namespace entente {

namespace {

// What the timeline draws leaves out the long text, the sources and the actors' roles (its
// actors come from the row's own copy of their ids); the columns keep their positions so that
// one reader serves both.
const QString TimelineColumns = QStringLiteral(
    "id, uid, title, '', kind, start_date, end_date, ongoing, category, importance, '', '', "
    "actor_ids");
const QString EventColumns = QStringLiteral(
    "id, uid, title, description, kind, start_date, end_date, ongoing, category, importance, "
    "location, tags, actor_ids");

QString actorIdsToColumn(const QList<EventActor> &actors)
{
    QStringList ids;
    for (const EventActor &actor : actors) {
        ids.append(QString::number(actor.actorId));
    }
    return ids.join(QLatin1Char(' '));
}

QList<EventActor> actorsFromIdColumn(const Statement &row, int column)
{
    QList<EventActor> actors;
    const QString ids = row.text(column);
    for (const QStringView id : QStringView(ids).tokenize(u' ', Qt::SkipEmptyParts)) {
        actors.append({id.toLongLong(), QString()});
    }
    return actors;
}

PartialDate dateFromColumn(const Statement &row, int column)
{
    return row.isNull(column) ? PartialDate() : PartialDate::fromIso(row.text(column));
}

QString dateToColumn(const PartialDate &date)
{
    return date.toEdtf(); // null for an unknown date
}

// Ids for `IN (SELECT value FROM json_each(?))`: one statement for a list of any length.
QString jsonArray(const QList<qint64> &ids)
{
    QString json = QStringLiteral("[");
    for (qint64 id : ids) {
        json += QString::number(id) + QLatin1Char(',');
    }
    json.back() = QLatin1Char(']');
    return ids.isEmpty() ? QStringLiteral("[]") : json;
}

QString tagsToColumn(const QStringList &tags)
{
    QStringList clean;
    for (const QString &tag : tags) {
        if (const QString t = tag.simplified(); !t.isEmpty()) {
            clean.append(t);
        }
    }
    return clean.join(QLatin1Char('\n'));
}

// The event's own columns; its links come from readLinks().
Event eventFromRow(const Statement &row)
{
    Event event;
    event.id = row.int64(0);
    event.uid = row.text(1);
    event.title = row.text(2);
    event.description = row.text(3);
    Event::kindFromName(row.text(4), &event.kind);
    event.start = dateFromColumn(row, 5);
    event.end = dateFromColumn(row, 6);
    event.ongoing = row.int64(7) != 0;
    event.category = row.text(8);
    event.importance = row.integer(9);
    event.location = row.text(10);
    const QString tags = row.text(11);
    event.tags = tags.isEmpty() ? QStringList() : tags.split(QLatin1Char('\n'));
    return event;
}

StoreChange flagChange(bool StoreChange::*flag)
{
    StoreChange change;
    change.*flag = true;
    return change;
}

StoreChange eventChange(QList<qint64> StoreChange::*list, qint64 id)
{
    StoreChange change;
    (change.*list).append(id);
    return change;
}

} // namespace

struct EventStore::BatchState
{
    std::vector<std::unique_ptr<Transaction>> transactions;
    QList<StoreChange> pending;
    QList<bool> poisoned; // a write failed at this level: roll it back even if asked to commit
};

bool EventStore::inBatch() const
{
    return !m_batch->transactions.empty();
}

EventStore::EventStore(const QString &path, Access access, QObject *parent)
    : QObject(parent), m_batch(std::make_unique<BatchState>())
{
    const QFileInfo file(path);
    Database::OpenMode mode = Database::OpenMode::ReadWriteCreate;
    if (access == Access::ReadOnly || (file.exists() && !file.isWritable())) {
        mode = Database::OpenMode::ReadOnly;
    } else if (file.exists()) {
        mode = Database::OpenMode::ReadWrite;
    }
    m_db = std::make_unique<Database>(path, mode);
    const int foundVersion = SchemaMigrator(*m_db).bringUpToDate(SchemaVersion, ApplicationId);
    m_density = std::make_unique<DensityIndex>(*m_db);
    m_spans = std::make_unique<SpanIndex>(*m_db);
    // A rebuild interrupted after the migration committed leaves category rows missing; the
    // next open finds that out and rebuilds again.
    if ((foundVersion >= 1 && foundVersion < 4) ||
        (!m_db->isReadOnly() && m_density->lacksCategories())) {
        Transaction transaction(*m_db);
        // The summaries start empty in files from before schema 2, without categories before 4.
        m_density->rebuild();
        transaction.commit();
    }
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

// --- batches and notifications -------------------------------------------------------------

void EventStore::beginBatch()
{
    requireWritable();
    m_batch->transactions.push_back(std::make_unique<Transaction>(*m_db));
    m_batch->pending.append(StoreChange());
    m_batch->poisoned.append(false);
    m_density->beginLevel();
}

void EventStore::endBatch(bool commit)
{
    std::unique_ptr<Transaction> transaction = std::move(m_batch->transactions.back());
    m_batch->transactions.pop_back();
    StoreChange change = m_batch->pending.takeLast();
    const bool poisoned = m_batch->poisoned.takeLast();
    m_density->endLevel(commit && !poisoned);
    if (!commit || poisoned) {
        transaction.reset(); // rolls back this level only
        m_spans->invalidate();
        if (commit) {
            throw Error(tr("%1: a write in this batch failed, so none of the batch was kept")
                            .arg(QDir::toNativeSeparators(path())));
        }
        return;
    }
    if (m_batch->transactions.empty()) {
        m_density->flush(); // the summaries commit with the events, or not at all
    }
    transaction->commit();
    if (!m_batch->pending.isEmpty()) {
        m_batch->pending.last().merge(change);
    } else if (!change.isEmpty()) {
        emit changed(change);
    }
}

void EventStore::markBatchFailed()
{
    if (!m_batch->poisoned.isEmpty()) {
        m_batch->poisoned.last() = true;
    }
}

void EventStore::announce(const StoreChange &change)
{
    if (change.touchesEvents()) {
        m_spans->invalidate();
    }
    Q_ASSERT(!m_batch->pending.isEmpty());
    m_batch->pending.last().merge(change);
}

void EventStore::requireWritable() const
{
    if (m_db->isReadOnly()) {
        throw Error(tr("%1: the timeline is read-only; nothing was changed")
                        .arg(QDir::toNativeSeparators(path())));
    }
}

// --- events ---------------------------------------------------------------------------------

void EventStore::writeEventRow(const Event &event, qint64 id)
{
    // Updates in place rather than INSERT OR REPLACE, which would delete the row and with it,
    // by cascade, the event's relations.
    Statement &st = m_db->cached(
        id == 0
            ? QStringLiteral(
                  "INSERT INTO events (uid, title, description, kind, start_date, end_date, "
                  "ongoing, category, importance, location, tags, start_key, end_key, "
                  "span_class, actor_ids) VALUES (?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, "
                  "?13, ?14, ?15, ?16)")
            : QStringLiteral("UPDATE events SET uid = ?2, title = ?3, description = ?4, kind = ?5, "
                             "start_date = ?6, end_date = ?7, ongoing = ?8, category = ?9, "
                             "importance = ?10, location = ?11, tags = ?12, start_key = ?13, "
                             "end_key = ?14, span_class = ?15, actor_ids = ?16 WHERE id = ?1"));
    const bool period = event.kind == Event::Kind::Period;
    if (id != 0) {
        st.bind(1, id);
    }
    st.bind(2, event.uid).bind(3, event.title).bind(4, event.description);
    st.bind(5, Event::kindName(event.kind)).bindOptional(6, dateToColumn(event.start));
    st.bindOptional(7, period && !event.ongoing ? dateToColumn(event.end) : QString());
    st.bind(8, period && event.ongoing).bind(9, event.category);
    st.bind(10, std::clamp(event.importance, 1, 5)).bind(11, event.location);
    st.bind(12, tagsToColumn(event.tags));
    if (event.isUndated()) {
        st.bindNull(13).bindNull(14).bindNull(15);
    } else {
        const qint64 start = event.earliestSecond();
        const qint64 end = std::max(start, event.latestSecond());
        st.bind(13, start).bind(14, end).bind(15, spanClass(end - start));
    }
    st.bind(16, actorIdsToColumn(event.actors));
    st.run();
}

void EventStore::writeEventLinks(const Event &event, qint64 id, bool replace)
{
    if (replace) { // a new event has no links to clear, and the deletes are not free
        m_db->cached(QStringLiteral("DELETE FROM event_actors WHERE event_id = ?1"))
            .bind(1, id)
            .run();
        m_db->cached(QStringLiteral("DELETE FROM event_sources WHERE event_id = ?1"))
            .bind(1, id)
            .run();
    }
    Statement &actor = m_db->cached(QStringLiteral(
        "INSERT INTO event_actors (event_id, actor_id, role, position) VALUES (?1, ?2, ?3, ?4)"));
    for (int i = 0; i < event.actors.size(); ++i) {
        const EventActor &a = event.actors.at(i);
        actor.bind(1, id).bind(2, a.actorId).bind(3, a.role);
        actor.bind(4, i).run();
    }
    Statement &source = m_db->cached(QStringLiteral(
        "INSERT INTO event_sources (event_id, source_id, position) VALUES (?1, ?2, ?3)"));
    for (int i = 0; i < event.sourceIds.size(); ++i) {
        source.bind(1, id).bind(2, event.sourceIds.at(i)).bind(3, i).run();
    }
}

qint64 EventStore::addEvent(const Event &event)
{
    qint64 id = 0;
    write([&] {
        Event copy = event;
        copy.importance = std::clamp(copy.importance, 1, 5); // as stored, also for density
        if (copy.uid.isEmpty()) {
            copy.uid = newUid();
        }
        writeEventRow(copy, 0);
        id = m_db->lastInsertRowId();
        writeEventLinks(copy, id, false);
        m_density->added(copy, id);
        announce(eventChange(&StoreChange::addedEvents, id));
    });
    return id;
}

void EventStore::updateEvent(const Event &event)
{
    write([&] {
        const std::optional<Event> before = this->event(event.id);
        if (!before) {
            throw Error(tr("event %1 does not exist; nothing was changed").arg(event.id));
        }
        Event copy = event;
        copy.importance = std::clamp(copy.importance, 1, 5);
        writeEventRow(copy, copy.id);
        writeEventLinks(copy, copy.id, true);
        m_density->removed(*before, copy.id);
        m_density->added(copy, copy.id);
        announce(eventChange(&StoreChange::changedEvents, copy.id));
    });
}

void EventStore::removeEvent(qint64 id)
{
    write([&] {
        const std::optional<Event> before = event(id);
        if (!before) {
            return;
        }
        m_db->cached(QStringLiteral("DELETE FROM events WHERE id = ?1")).bind(1, id).run();
        m_density->removed(*before, id);
        {
            StoreChange change = eventChange(&StoreChange::removedEvents, id);
            change.relationsChanged = true; // cascaded
            announce(change);
        }
    });
}

QList<Event> EventStore::readEvents(Statement &rows, Detail detail) const
{
    QList<Event> events;
    while (rows.step()) {
        events.append(eventFromRow(rows));
        if (detail == Detail::Timeline) {
            events.last().actors = actorsFromIdColumn(rows, 12);
        }
    }
    rows.reset();
    if (detail == Detail::Full) {
        readLinks(events);
    }
    return events;
}

void EventStore::readLinks(QList<Event> &events) const
{
    // One statement for the links of all the events rather than one per event. Ordered by
    // position explicitly: the order of the rows is not the planner's to choose.
    if (events.isEmpty()) {
        return;
    }
    QHash<qint64, qsizetype> indexOf;
    indexOf.reserve(events.size());
    QList<qint64> idList;
    for (qsizetype i = 0; i < events.size(); ++i) {
        indexOf.insert(events.at(i).id, i);
        idList.append(events.at(i).id);
    }
    const QString ids = jsonArray(idList);
    Statement &actors = m_db->cached(
        QStringLiteral("SELECT event_id, actor_id, role FROM event_actors WHERE event_id IN "
                       "(SELECT value FROM json_each(?1)) ORDER BY event_id, position"));
    actors.bind(1, ids);
    while (actors.step()) {
        events[indexOf.value(actors.int64(0))].actors.append({actors.int64(1), actors.text(2)});
    }
    actors.reset();
    Statement &sources = m_db->cached(
        QStringLiteral("SELECT event_id, source_id FROM event_sources WHERE event_id IN "
                       "(SELECT value FROM json_each(?1)) ORDER BY event_id, position"));
    sources.bind(1, ids);
    while (sources.step()) {
        events[indexOf.value(sources.int64(0))].sourceIds.append(sources.int64(1));
    }
    sources.reset();
}

std::optional<Event> EventStore::event(qint64 id) const
{
    Statement &st =
        m_db->cached(QStringLiteral("SELECT %1 FROM events WHERE id = ?1").arg(EventColumns));
    st.bind(1, id);
    QList<Event> found = readEvents(st);
    return found.isEmpty() ? std::nullopt : std::optional<Event>(found.first());
}

std::optional<Event> EventStore::eventByUid(const QString &uid) const
{
    Statement &st =
        m_db->cached(QStringLiteral("SELECT %1 FROM events WHERE uid = ?1").arg(EventColumns));
    st.bind(1, uid);
    QList<Event> found = readEvents(st);
    return found.isEmpty() ? std::nullopt : std::optional<Event>(found.first());
}

QList<Event> EventStore::events() const
{
    Statement &st = m_db->cached(
        QStringLiteral("SELECT %1 FROM events ORDER BY start_key IS NULL, start_key, id")
            .arg(EventColumns));
    return readEvents(st);
}

qint64 EventStore::eventCount() const
{
    Statement &st = m_db->cached(QStringLiteral("SELECT count(*) FROM events"));
    st.step();
    const qint64 count = st.int64(0);
    st.reset();
    return count;
}

qint64 EventStore::undatedEventCount() const
{
    Statement &st =
        m_db->cached(QStringLiteral("SELECT count(*) FROM events WHERE span_class IS NULL"));
    st.step();
    const qint64 count = st.int64(0);
    st.reset();
    return count;
}

QList<Event> EventStore::eventsInRange(qint64 from, qint64 to, Detail detail) const
{
    QList<Event> result;
    if (to < from) {
        return result;
    }
    static const QString sql = QStringLiteral(
        "SELECT %1 FROM events WHERE span_class = ?1 AND start_key BETWEEN ?2 AND ?3 AND "
        "end_key >= ?4");
    static const QString full = sql.arg(EventColumns), timeline = sql.arg(TimelineColumns);
    Statement &st = m_db->cached(detail == Detail::Full ? full : timeline);
    for (int spanClass : m_spans->classes()) {
        const qint64 bound = spanClassBound(spanClass);
        st.bind(1, spanClass).bind(2, from - bound).bind(3, to).bind(4, from);
        result += readEvents(st, detail);
    }
    sortByTime(result);
    return result;
}

QList<Event> EventStore::eventsStartingIn(qint64 from, qint64 to, Detail detail) const
{
    static const QString sql = QStringLiteral(
        "SELECT %1 FROM events WHERE span_class = ?1 AND start_key BETWEEN ?2 AND ?3");
    static const QString full = sql.arg(EventColumns), timeline = sql.arg(TimelineColumns);
    Statement &st = m_db->cached(detail == Detail::Full ? full : timeline);
    QList<Event> result;
    for (int spanClass : m_spans->classes()) {
        st.bind(1, spanClass).bind(2, from).bind(3, to);
        result += readEvents(st, detail);
    }
    sortByTime(result);
    return result;
}

QList<Event> EventStore::eventsSpanning(qint64 at, int minImportance, int limit,
                                        Detail detail) const
{
    // end_key and importance are in the index: rows are read only for the events returned.
    static const QString sql = QStringLiteral(
        "SELECT %1 FROM events WHERE span_class = ?1 AND start_key BETWEEN ?2 AND ?3 AND "
        "end_key >= ?4 AND importance >= ?5 LIMIT ?6");
    static const QString full = sql.arg(EventColumns), timeline = sql.arg(TimelineColumns);
    Statement &st = m_db->cached(detail == Detail::Full ? full : timeline);
    QList<Event> result;
    for (int spanClass : m_spans->classes()) {
        if (result.size() >= limit) {
            break;
        }
        st.bind(1, spanClass).bind(2, at - spanClassBound(spanClass)).bind(3, at - 1);
        st.bind(4, at).bind(5, minImportance).bind(6, limit - int(result.size()));
        result += readEvents(st, detail);
    }
    sortByTime(result);
    return result;
}

QList<Event> EventStore::events(const QList<qint64> &ids, Detail detail) const
{
    static const QString sql =
        QStringLiteral("SELECT %1 FROM events WHERE id IN (SELECT value FROM json_each(?1))");
    static const QString full = sql.arg(EventColumns), timeline = sql.arg(TimelineColumns);
    if (ids.isEmpty()) {
        return {};
    }
    Statement &st = m_db->cached(detail == Detail::Full ? full : timeline);
    st.bind(1, jsonArray(ids));
    QList<Event> result = readEvents(st, detail);
    sortByTime(result);
    return result;
}

std::optional<qint64> EventStore::adjacentEvent(qint64 start, qint64 id, bool forward) const
{
    // The nearest per span class (each an index seek), then the nearest of those.
    static const QString after = QStringLiteral(
        "SELECT start_key, id FROM events WHERE span_class = ?1 AND start_key >= ?2 AND "
        "(start_key > ?2 OR id > ?3) ORDER BY start_key, id LIMIT 1");
    static const QString before = QStringLiteral(
        "SELECT start_key, id FROM events WHERE span_class = ?1 AND start_key <= ?2 AND "
        "(start_key < ?2 OR id < ?3) ORDER BY start_key DESC, id DESC LIMIT 1");
    Statement &st = m_db->cached(forward ? after : before);
    std::optional<std::pair<qint64, qint64>> best;
    for (int spanClass : m_spans->classes()) {
        st.bind(1, spanClass).bind(2, start).bind(3, id);
        if (st.step()) {
            const std::pair<qint64, qint64> found(st.int64(0), st.int64(1));
            if (!best || (forward ? found < *best : found > *best)) {
                best = found;
            }
        }
        st.reset();
    }
    return best ? std::optional<qint64>(best->second) : std::nullopt;
}

void EventStore::sortByTime(QList<Event> &events)
{
    std::sort(events.begin(), events.end(), Event::startsBefore);
}

QList<qint64> EventStore::actorsInUse() const
{
    // From the coarsest summaries: a few thousand rows, not every link of every event.
    Statement &st = m_db->cached(
        QStringLiteral("SELECT DISTINCT actor_id FROM density WHERE level = ?1 AND actor_id > 0"));
    st.bind(1, DensityIndex::CoarsestLevel);
    QList<qint64> ids;
    while (st.step()) {
        ids.append(st.int64(0));
    }
    st.reset();
    return ids;
}

QStringList EventStore::categoriesInUse() const
{
    Statement &st = m_db->cached(QStringLiteral(
        "SELECT name FROM category_lanes c WHERE EXISTS (SELECT 1 FROM density d WHERE "
        "d.level = ?1 AND d.actor_id = c.lane_key AND d.count > 0)"));
    st.bind(1, DensityIndex::CoarsestLevel);
    QStringList names;
    while (st.step()) {
        names.append(st.text(0));
    }
    st.reset();
    names.sort(Qt::CaseInsensitive);
    return names;
}

bool EventStore::hasEventsWithoutActors() const
{
    Statement &st = m_db->cached(QStringLiteral(
        "SELECT EXISTS (SELECT 1 FROM density WHERE level = ?1 AND actor_id = ?2) OR EXISTS "
        "(SELECT 1 FROM events WHERE span_class IS NULL AND id NOT IN "
        "(SELECT event_id FROM event_actors))"));
    st.bind(1, DensityIndex::CoarsestLevel).bind(2, LaneKey::NoActor);
    const bool found = st.step() && st.int64(0) != 0;
    st.reset();
    return found;
}

int EventStore::spanClass(qint64 spanSeconds)
{
    return SpanIndex::spanClass(spanSeconds);
}

qint64 EventStore::spanClassBound(int spanClass)
{
    return SpanIndex::classBound(spanClass);
}

int EventStore::countStartingIn(qint64 from, qint64 to, int limit) const
{
    return m_spans->countStartingIn(from, to, limit);
}

int EventStore::countSpanning(qint64 at, int minImportance, int limit) const
{
    return m_spans->countSpanning(at, minImportance, limit);
}

std::optional<std::pair<qint64, qint64>> EventStore::timeBounds() const
{
    return m_spans->timeBounds();
}

// --- actors ---------------------------------------------------------------------------------

namespace {

void bindActor(Statement &st, const Actor &actor)
{
    st.bind(2, actor.name).bind(3, actor.shortName).bind(4, Actor::typeName(actor.type));
    st.bindId(5, actor.affiliationId).bind(6, actor.color);
}

Actor readActor(const Statement &row)
{
    Actor actor;
    actor.id = row.int64(0);
    actor.name = row.text(1);
    actor.shortName = row.text(2);
    Actor::typeFromName(row.text(3), &actor.type);
    actor.affiliationId = row.int64(4);
    actor.color = row.text(5);
    return actor;
}

void bindSource(Statement &st, const Source &source)
{
    st.bind(2, source.outlet).bind(3, source.title).bind(4, source.url);
    st.bindOptional(5, dateToColumn(source.published)).bind(6, source.quote);
}

Source readSource(const Statement &row)
{
    return {row.int64(0),           row.text(1), row.text(2), row.text(3),
            dateFromColumn(row, 4), row.text(5)};
}

void bindRelation(Statement &st, const Relation &relation)
{
    st.bind(2, relation.fromEventId).bind(3, relation.toEventId);
    st.bind(4, Relation::typeName(relation.type)).bind(5, relation.note);
}

Relation readRelation(const Statement &row)
{
    Relation relation{row.int64(0), row.int64(1), row.int64(2), Relation::Type::Related,
                      row.text(4)};
    Relation::typeFromName(row.text(3), &relation.type);
    return relation;
}

void bindEra(Statement &st, const Era &era)
{
    st.bind(2, era.name).bind(3, era.start.toEdtf()).bind(4, era.end.toEdtf());
    st.bind(5, era.color);
}

Era readEra(const Statement &row)
{
    return {row.int64(0), row.text(1), dateFromColumn(row, 2), dateFromColumn(row, 3), row.text(4)};
}

template <typename T, typename Read>
QList<T> readAll(Statement &st, Read read)
{
    QList<T> items;
    while (st.step()) {
        items.append(read(st));
    }
    st.reset();
    return items;
}

} // namespace

namespace {

// The four small tables share one shape: insert, update by id, delete by id, select; the
// parameters are numbered from ?2 in column order, with ?1 the id.
struct TableSql
{
    QString insert, update, remove, select;
};

TableSql tableSql(const QString &table, const QStringList &columns)
{
    QStringList params, assignments;
    for (int i = 0; i < columns.size(); ++i) {
        params.append(QStringLiteral("?%1").arg(i + 2));
        assignments.append(QStringLiteral("%1 = ?%2").arg(columns.at(i)).arg(i + 2));
    }
    const QString list = columns.join(QStringLiteral(", "));
    return {QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(table, list, params.join(QStringLiteral(", "))),
            QStringLiteral("UPDATE %1 SET %2 WHERE id = ?1")
                .arg(table, assignments.join(QStringLiteral(", "))),
            QStringLiteral("DELETE FROM %1 WHERE id = ?1").arg(table),
            QStringLiteral("SELECT id, %1 FROM %2").arg(list, table)};
}

const TableSql ActorSql =
    tableSql(QStringLiteral("actors"),
             {QStringLiteral("name"), QStringLiteral("short_name"), QStringLiteral("type"),
              QStringLiteral("affiliation_id"), QStringLiteral("color")});
const TableSql SourceSql =
    tableSql(QStringLiteral("sources"),
             {QStringLiteral("outlet"), QStringLiteral("title"), QStringLiteral("url"),
              QStringLiteral("published"), QStringLiteral("quote")});
const TableSql RelationSql = tableSql(
    QStringLiteral("relations"), {QStringLiteral("from_event_id"), QStringLiteral("to_event_id"),
                                  QStringLiteral("type"), QStringLiteral("note")});
const TableSql EraSql =
    tableSql(QStringLiteral("eras"), {QStringLiteral("name"), QStringLiteral("start_date"),
                                      QStringLiteral("end_date"), QStringLiteral("color")});

} // namespace

qint64 EventStore::addActor(const Actor &actor)
{
    qint64 id = 0;
    write([&] {
        Statement &st = m_db->cached(ActorSql.insert);
        bindActor(st, actor);
        st.run();
        id = m_db->lastInsertRowId();
        announce(flagChange(&StoreChange::actorsChanged));
    });
    return id;
}

void EventStore::updateActor(const Actor &actor)
{
    write([&] {
        if (actor.affiliationId == actor.id) {
            throw Error(tr("actor “%1” cannot belong to itself").arg(actor.name));
        }
        Statement &st = m_db->cached(ActorSql.update);
        st.bind(1, actor.id);
        bindActor(st, actor);
        st.run();
        announce(flagChange(&StoreChange::actorsChanged));
    });
}

void EventStore::removeActor(qint64 id)
{
    write([&] {
        // The events' own copies of their actor ids lose it too (the links go by cascade).
        m_db->cached(QStringLiteral(
                         "UPDATE events SET actor_ids = coalesce((SELECT group_concat(actor_id, "
                         "' ') FROM (SELECT actor_id FROM event_actors a WHERE a.event_id = "
                         "events.id AND a.actor_id <> ?1 ORDER BY position)), '') WHERE id IN "
                         "(SELECT event_id FROM event_actors WHERE actor_id = ?1)"))
            .bind(1, id)
            .run();
        m_db->cached(ActorSql.remove).bind(1, id).run();
        // Its events lose it by cascade, some down to no actor at all: recount everything
        // when the batch is written.
        m_density->rebuildAtFlush();
        announce(flagChange(&StoreChange::actorsChanged));
    });
}

std::optional<Actor> EventStore::actor(qint64 id) const
{
    Statement &st = m_db->cached(ActorSql.select + QStringLiteral(" WHERE id = ?1"));
    st.bind(1, id);
    const QList<Actor> found = readAll<Actor>(st, readActor);
    return found.isEmpty() ? std::nullopt : std::optional<Actor>(found.first());
}

QList<Actor> EventStore::actors() const
{
    Statement &st = m_db->cached(ActorSql.select + QStringLiteral(" ORDER BY id"));
    return readAll<Actor>(st, readActor);
}

qint64 EventStore::addSource(const Source &source)
{
    qint64 id = 0;
    write([&] {
        Statement &st = m_db->cached(SourceSql.insert);
        bindSource(st, source);
        st.run();
        id = m_db->lastInsertRowId();
        announce(flagChange(&StoreChange::sourcesChanged));
    });
    return id;
}

void EventStore::updateSource(const Source &source)
{
    write([&] {
        Statement &st = m_db->cached(SourceSql.update);
        st.bind(1, source.id);
        bindSource(st, source);
        st.run();
        announce(flagChange(&StoreChange::sourcesChanged));
    });
}

void EventStore::removeSource(qint64 id)
{
    write([&] {
        m_db->cached(SourceSql.remove).bind(1, id).run();
        announce(flagChange(&StoreChange::sourcesChanged));
    });
}

std::optional<Source> EventStore::source(qint64 id) const
{
    Statement &st = m_db->cached(SourceSql.select + QStringLiteral(" WHERE id = ?1"));
    st.bind(1, id);
    const QList<Source> found = readAll<Source>(st, readSource);
    return found.isEmpty() ? std::nullopt : std::optional<Source>(found.first());
}

QList<Source> EventStore::sources() const
{
    Statement &st = m_db->cached(SourceSql.select + QStringLiteral(" ORDER BY id"));
    return readAll<Source>(st, readSource);
}

qint64 EventStore::addRelation(const Relation &relation)
{
    qint64 id = 0;
    write([&] {
        Statement &st = m_db->cached(RelationSql.insert);
        bindRelation(st, relation);
        st.run();
        id = m_db->lastInsertRowId();
        announce(flagChange(&StoreChange::relationsChanged));
    });
    return id;
}

void EventStore::updateRelation(const Relation &relation)
{
    write([&] {
        Statement &st = m_db->cached(RelationSql.update);
        st.bind(1, relation.id);
        bindRelation(st, relation);
        st.run();
        announce(flagChange(&StoreChange::relationsChanged));
    });
}

void EventStore::removeRelation(qint64 id)
{
    write([&] {
        m_db->cached(RelationSql.remove).bind(1, id).run();
        announce(flagChange(&StoreChange::relationsChanged));
    });
}

QList<Relation> EventStore::relations() const
{
    Statement &st = m_db->cached(RelationSql.select + QStringLiteral(" ORDER BY id"));
    return readAll<Relation>(st, readRelation);
}

QList<Relation> EventStore::relationsBetween(const QList<qint64> &eventIds) const
{
    if (eventIds.isEmpty()) {
        return {};
    }
    // Both ends among the events: what a frame can draw an arrow for.
    Statement &st = m_db->cached(
        RelationSql.select +
        QStringLiteral(" WHERE from_event_id IN (SELECT value FROM json_each(?1)) AND "
                       "to_event_id IN (SELECT value FROM json_each(?1)) ORDER BY id"));
    st.bind(1, jsonArray(eventIds));
    return readAll<Relation>(st, readRelation);
}

qint64 EventStore::addEra(const Era &era)
{
    qint64 id = 0;
    write([&] {
        if (era.start.isNull() || era.end.isNull() || era.end < era.start) {
            throw Error(tr("era “%1” needs a start and an end, in that order").arg(era.name));
        }
        Statement &st = m_db->cached(EraSql.insert);
        bindEra(st, era);
        st.run();
        id = m_db->lastInsertRowId();
        announce(flagChange(&StoreChange::erasChanged));
    });
    return id;
}

void EventStore::updateEra(const Era &era)
{
    write([&] {
        Statement &st = m_db->cached(EraSql.update);
        st.bind(1, era.id);
        bindEra(st, era);
        st.run();
        announce(flagChange(&StoreChange::erasChanged));
    });
}

void EventStore::removeEra(qint64 id)
{
    write([&] {
        m_db->cached(EraSql.remove).bind(1, id).run();
        announce(flagChange(&StoreChange::erasChanged));
    });
}

QList<Era> EventStore::eras() const
{
    Statement &st = m_db->cached(EraSql.select + QStringLiteral(" ORDER BY id"));
    QList<Era> eras = readAll<Era>(st, readEra);
    // By date, not by the text of the date ("2014~" is not after "2014-03").
    std::stable_sort(eras.begin(), eras.end(),
                     [](const Era &a, const Era &b) { return a.start < b.start; });
    return eras;
}

} // namespace entente
