// SPDX-License-Identifier: GPL-3.0-or-later
#include "densityindex.h"

#include "calendar.h"
#include "database.h"
#include "event.h"
#include "lanekey.h"
#include "multirowinsert.h"
#include "spanindex.h"
#include "statement.h"

#include <QVarLengthArray>

#include <algorithm>

#include <functional>
#include <tuple>

namespace entente {

namespace {
constexpr qint64 Origin = -62135596800; // 0001-01-01T00:00, so that buckets are never negative

// The levels and their bucket sizes as `(level, seconds), ...` for the SQL rebuild.
QString levelsAsSqlValues()
{
    QStringList rows;
    for (int level = DensityIndex::FinestLevel; level <= DensityIndex::CoarsestLevel; ++level) {
        rows.append(QStringLiteral("(%1, %2)").arg(level).arg(DensityIndex::bucketSeconds(level)));
    }
    return rows.join(QStringLiteral(", "));
}
const QString InsertHead = QStringLiteral(
    "INSERT INTO density (level, actor_id, bucket, count, top_event_id, top_importance) VALUES");
} // namespace

DensityIndex::DensityIndex(Database &db)
    : m_db(db), m_insert(db, InsertHead, 6),
      m_upsert(
          db, InsertHead, 6,
          QStringLiteral("ON CONFLICT (level, actor_id, bucket) DO UPDATE SET "
                         "count = count + excluded.count, "
                         "top_event_id = CASE WHEN excluded.top_importance > top_importance OR "
                         "(excluded.top_importance = top_importance AND excluded.top_event_id < "
                         "top_event_id AND excluded.top_event_id <> 0) THEN excluded.top_event_id "
                         "ELSE top_event_id END, "
                         "top_importance = max(top_importance, excluded.top_importance)"))
{
    // The SQL rebuild and the top-event queries of category lanes need the same key.
    m_db.addFunction("entente_category_key", LaneKey::ofCategoryUtf8);
}

qint64 DensityIndex::bucketSeconds(int level)
{
    return SecondsPerDay << (3 * level);
}

qint64 DensityIndex::bucketOf(qint64 second, int level)
{
    return (second - Origin) / bucketSeconds(level);
}

qint64 DensityIndex::bucketStart(qint64 bucket, int level)
{
    return Origin + bucket * bucketSeconds(level);
}

int DensityIndex::levelFor(double secondsPerPixel, double minPixels)
{
    for (int level = FinestLevel; level <= CoarsestLevel; ++level) {
        if (bucketSeconds(level) / secondsPerPixel >= minPixels) {
            return level;
        }
    }
    return CoarsestLevel;
}

void DensityIndex::beginLevel()
{
    m_levels.append(Deltas());
}

void DensityIndex::endLevel(bool keep)
{
    Deltas deltas = m_levels.takeLast();
    if (!keep || m_levels.isEmpty()) {
        if (keep) {
            m_levels.append(std::move(deltas)); // the outermost level waits for flush()
        }
        return;
    }
    Deltas &parent = m_levels.last();
    parent.rebuild |= deltas.rebuild;
    parent.categoryNames.insert(deltas.categoryNames);
    for (auto it = deltas.changes.cbegin(); it != deltas.changes.cend(); ++it) {
        mergeDelta(parent.changes[it.key()], *it);
    }
}

template <typename Apply>
void DensityIndex::visit(const Event &event, Apply &&apply) const
{
    if (event.isUndated()) {
        return;
    }
    const qint64 start = event.earliestSecond();
    // Runs for every event written: no allocation for the usual handful of actors.
    QVarLengthArray<qint64, 8> actors{LaneKey::AllActors};
    for (const EventActor &participant : event.actors) {
        if (!actors.contains(participant.actorId)) {
            actors.append(participant.actorId);
        }
    }
    if (actors.size() == 1) {
        actors.append(LaneKey::NoActor);
    }
    actors.append(LaneKey::ofCategory(event.category));
    // The finest level only: the coarser ones follow from it at flush (coarserLevels()).
    const qint64 bucket = bucketOf(start, FinestLevel);
    for (qint64 actor : actors) {
        apply(Key{FinestLevel, actor, bucket});
    }
}

void DensityIndex::mergeDelta(Delta &into, const Delta &from)
{
    into.count += from.count;
    into.recomputeTop |= from.recomputeTop;
    if (from.topImportance > into.topImportance ||
        (from.topImportance == into.topImportance && from.topEventId != 0 &&
         (into.topEventId == 0 || from.topEventId < into.topEventId))) {
        into.topEventId = from.topEventId;
        into.topImportance = from.topImportance;
    }
}

void DensityIndex::addCoarserLevels(QHash<Key, Delta> &changes)
{
    // A bucket is its eight children one level finer, so its delta is theirs together: the
    // counts summed, the best top, a recomputation if any child needs one. The same as
    // visiting every level per event, at a quarter of the hash updates, which an import of a
    // million events makes sixteen million of otherwise.
    for (int level = FinestLevel + 1; level <= CoarsestLevel; ++level) {
        QHash<Key, Delta> coarser;
        for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
            if (it.key().level == level - 1) {
                mergeDelta(coarser[Key{level, it.key().actorId, it.key().bucket / 8}], *it);
            }
        }
        changes.insert(coarser);
    }
}

void DensityIndex::added(const Event &event, qint64 id)
{
    if (m_levels.isEmpty()) {
        return;
    }
    Deltas &deltas = m_levels.last();
    if (!event.isUndated()) {
        deltas.categoryNames.insert(LaneKey::ofCategory(event.category), event.category);
    }
    visit(event, [&](const Key &key) {
        Delta &delta = deltas.changes[key];
        delta.count += 1;
        if (event.importance > delta.topImportance ||
            (event.importance == delta.topImportance && id < delta.topEventId)) {
            delta.topEventId = id;
            delta.topImportance = event.importance;
        }
    });
}

void DensityIndex::removed(const Event &event, qint64 id)
{
    if (m_levels.isEmpty()) {
        return;
    }
    Deltas &deltas = m_levels.last();
    visit(event, [&](const Key &key) {
        Delta &delta = deltas.changes[key];
        delta.count -= 1;
        if (delta.topEventId == id) {
            delta.topEventId = 0;
            delta.topImportance = 0;
        }
        // Whether it was the stored top is only known at flush; recompute to be sure.
        delta.recomputeTop = true;
    });
}

void DensityIndex::flush()
{
    if (m_levels.isEmpty()) {
        return;
    }
    Deltas deltas = m_levels.takeLast();
    if (deltas.rebuild) {
        rebuild();
        return;
    }
    addCoarserLevels(deltas.changes);
    Statement &name = m_db.cached(
        QStringLiteral("INSERT OR IGNORE INTO category_lanes (lane_key, name) VALUES (?1, ?2)"));
    for (auto it = deltas.categoryNames.cbegin(); it != deltas.categoryNames.cend(); ++it) {
        name.bind(1, it.key()).bind(2, it.value()).run();
    }
    // In key order: the upserts then walk the table's B-tree from one end to the other instead
    // of jumping about it, several times faster for a big import.
    QList<Key> keys = deltas.changes.keys();
    std::sort(keys.begin(), keys.end(), [](const Key &a, const Key &b) {
        return std::tie(a.level, a.actorId, a.bucket) < std::tie(b.level, b.actorId, b.bucket);
    });
    // Into a table without rows (a new timeline's first import) nothing is there to merge
    // with: a plain insert does the same as the upsert at a fraction of its cost.
    const bool empty =
        m_db.cached(QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM density)")).scalar() != 0;
    MultiRowInsert &write = empty ? m_insert : m_upsert;
    for (qsizetype first = 0; first < keys.size(); first += MultiRowInsert::RowsPerStatement) {
        const QList<Key> group = keys.mid(first, MultiRowInsert::RowsPerStatement);
        write.run(group.size(), [&](Statement &st, int p, qsizetype i) {
            const Key &key = group.at(i);
            const Delta &delta = deltas.changes[key];
            st.bind(p, key.level).bind(p + 1, key.actorId).bind(p + 2, key.bucket);
            st.bind(p + 3, delta.count).bind(p + 4, delta.topEventId);
            st.bind(p + 5, delta.topImportance);
        });
        // After the group's rows, finest level first: a coarser bucket's top is read from the
        // finer ones, recomputed before it.
        for (const Key &key : group) {
            if (deltas.changes[key].recomputeTop) {
                recomputeTop(key);
            }
        }
    }
    forgetEmptyCategories(keys);
}

void DensityIndex::forgetEmptyCategories(const QList<Key> &keys)
{
    // A category whose last event went (removed, moved to another category, undone) names no
    // lane any more: keeping its name would make the file differ from one that never had it.
    Statement &forget = m_db.cached(QStringLiteral(
        "DELETE FROM category_lanes WHERE lane_key = ?1 AND NOT EXISTS (SELECT 1 FROM density "
        "WHERE level = ?2 AND actor_id = ?1)"));
    for (const Key &key : keys) {
        if (key.level == CoarsestLevel && key.actorId < LaneKey::AllActors) {
            forget.bind(1, key.actorId).bind(2, CoarsestLevel).run();
        }
    }
}

void DensityIndex::recomputeTop(const Key &key)
{
    m_db.cached(
            QStringLiteral("DELETE FROM density WHERE level = ?1 AND actor_id = ?2 AND bucket = ?3 "
                           "AND count <= 0"))
        .bind(1, key.level)
        .bind(2, key.actorId)
        .bind(3, key.bucket)
        .run();
    Statement &top = key.level == FinestLevel ? topOfDay(key) : topOfChildren(key);
    const bool found = top.step();
    const qint64 id = found ? top.int64(0) : 0;
    const int importance = found ? top.integer(1) : 0;
    top.reset();
    if (found) {
        m_db.cached(QStringLiteral("UPDATE density SET top_event_id = ?4, top_importance = ?5 "
                                   "WHERE level = ?1 AND actor_id = ?2 AND bucket = ?3"))
            .bind(1, key.level)
            .bind(2, key.actorId)
            .bind(3, key.bucket)
            .bind(4, id)
            .bind(5, importance)
            .run();
    }
}

Statement &DensityIndex::topOfChildren(const Key &key)
{
    // A bucket is its eight children one level finer, which flush() has brought up to date
    // already (it goes from the finest level up): its top is the best of theirs, eight rows
    // of the summary table instead of every event of up to 512 days.
    Statement &st = m_db.cached(QStringLiteral(
        "SELECT top_event_id, top_importance FROM density WHERE level = ?1 AND actor_id = ?2 "
        "AND bucket BETWEEN ?3 AND ?4 AND count > 0 ORDER BY top_importance DESC, top_event_id "
        "LIMIT 1"));
    st.bind(1, key.level - 1).bind(2, key.actorId);
    st.bind(3, key.bucket * 8).bind(4, key.bucket * 8 + 7);
    return st;
}

Statement &DensityIndex::topOfDay(const Key &key)
{
    // The day's events through the span index, one range per span class (the index starts
    // with the class): a table with no index on the start alone is never scanned.
    static const QString days = [] {
        QStringList classes;
        for (int k = 0; k <= SpanIndex::spanClass(std::numeric_limits<qint64>::max()); ++k) {
            classes.append(QString::number(k));
        }
        return QStringLiteral("SELECT e.id, e.importance FROM events e WHERE e.span_class IN "
                              "(%1) AND e.start_key BETWEEN ?1 AND ?2 ")
            .arg(classes.join(u','));
    }();
    const QString order = QStringLiteral(" ORDER BY e.importance DESC, e.id LIMIT 1");
    const QString sql =
        key.actorId == LaneKey::AllActors ? days + order
        : key.actorId == LaneKey::NoActor
            ? days +
                  QStringLiteral("AND NOT EXISTS (SELECT 1 FROM event_actors a WHERE "
                                 "a.event_id = e.id)") +
                  order
        : key.actorId < LaneKey::AllActors
            ? days + QStringLiteral("AND entente_category_key(e.category) = ?3") + order
            : days +
                  QStringLiteral("AND EXISTS (SELECT 1 FROM event_actors a WHERE a.event_id "
                                 "= e.id AND a.actor_id = ?3)") +
                  order;
    Statement &st = m_db.cached(sql);
    const qint64 from = bucketStart(key.bucket, key.level);
    st.bind(1, from).bind(2, from + bucketSeconds(key.level) - 1);
    if (key.actorId > 0 || key.actorId < LaneKey::AllActors) {
        st.bind(3, key.actorId);
    }
    return st;
}

void DensityIndex::rebuildAtFlush()
{
    if (!m_levels.isEmpty()) {
        m_levels.last().rebuild = true;
    }
}

bool DensityIndex::isIncomplete() const
{
    // Every dated event counts in the coarsest "all" lane. Each EXISTS is one index seek.
    Statement &st = m_db.cached(QStringLiteral(
        "SELECT CASE WHEN EXISTS (SELECT 1 FROM density WHERE level = ?1 AND actor_id = ?2) "
        "THEN NOT EXISTS (SELECT 1 FROM density WHERE level = ?1 AND actor_id < ?2) "
        "ELSE EXISTS (SELECT 1 FROM events WHERE span_class IS NOT NULL) END"));
    return st.bind(1, CoarsestLevel).bind(2, LaneKey::AllActors).scalar() != 0;
}

void DensityIndex::rebuild()
{
    m_db.execute(QStringLiteral("DELETE FROM density"));
    m_db.execute(QStringLiteral("DELETE FROM category_lanes"));
    m_db.execute(QStringLiteral(
        "INSERT OR IGNORE INTO category_lanes (lane_key, name) SELECT DISTINCT "
        "entente_category_key(category), category FROM events WHERE start_key IS NOT NULL"));
    // Every dated event counts for each of its actors (or "no actor"), for "all" and for its
    // category.
    m_db.executeScript(QStringLiteral(R"(
        WITH levels(level, size) AS (VALUES %1),
        source AS (
            SELECT e.id, e.importance, e.start_key, a.actor_id
            FROM events e JOIN event_actors a ON a.event_id = e.id
            WHERE e.start_key IS NOT NULL
            UNION
            SELECT e.id, e.importance, e.start_key, %3 FROM events e
            WHERE e.start_key IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM event_actors a WHERE a.event_id = e.id)
            UNION
            SELECT e.id, e.importance, e.start_key, %4 FROM events e
            WHERE e.start_key IS NOT NULL
            UNION
            SELECT e.id, e.importance, e.start_key, entente_category_key(e.category) FROM events e
            WHERE e.start_key IS NOT NULL),
        ranked AS (
            SELECT l.level, s.actor_id, (s.start_key - %2) / l.size AS bucket, s.id,
                   s.importance,
                   count(*) OVER win AS n,
                   row_number() OVER (win ORDER BY s.importance DESC, s.id) AS rank
            FROM source s CROSS JOIN levels l
            WINDOW win AS (PARTITION BY l.level, s.actor_id, (s.start_key - %2) / l.size))
        INSERT INTO density (level, actor_id, bucket, count, top_event_id, top_importance)
        SELECT level, actor_id, bucket, n, id, importance FROM ranked WHERE rank = 1;
    )")
                           .arg(levelsAsSqlValues())
                           .arg(Origin)
                           .arg(LaneKey::NoActor)
                           .arg(LaneKey::AllActors));
}

QList<qint64> DensityIndex::actorsInUse() const
{
    // One seek per actor through the primary key (level, actor_id, bucket), from one actor's
    // rows to the next one's: every edit asks, and reading every coarsest summary row (a few
    // thousand at a million events) cost twice as much (2.9M instructions against 1.5M for
    // the benchmark's 200 actors; a recursive CTE doing the same seeks cost more).
    Statement &next = m_db.cached(
        QStringLiteral("SELECT actor_id FROM density WHERE level = ?1 AND actor_id > ?2 "
                       "ORDER BY actor_id LIMIT 1"));
    QList<qint64> ids;
    qint64 after = 0;
    while (true) {
        next.bind(1, CoarsestLevel).bind(2, after);
        const bool found = next.step();
        after = found ? next.int64(0) : 0;
        next.reset();
        if (!found) {
            return ids;
        }
        ids.append(after);
    }
}

QStringList DensityIndex::categoriesInUse() const
{
    Statement &st = m_db.cached(QStringLiteral(
        "SELECT name FROM category_lanes c WHERE EXISTS (SELECT 1 FROM density d WHERE "
        "d.level = ?1 AND d.actor_id = c.lane_key AND d.count > 0)"));
    st.bind(1, CoarsestLevel);
    QStringList names;
    while (st.step()) {
        names.append(st.text(0));
    }
    st.reset();
    names.sort(Qt::CaseInsensitive);
    return names;
}

bool DensityIndex::hasEventsWithoutActors() const
{
    Statement &st = m_db.cached(QStringLiteral(
        "SELECT EXISTS (SELECT 1 FROM density WHERE level = ?1 AND actor_id = ?2) OR EXISTS "
        "(SELECT 1 FROM events WHERE span_class IS NULL AND id NOT IN "
        "(SELECT event_id FROM event_actors))"));
    return st.bind(1, CoarsestLevel).bind(2, LaneKey::NoActor).scalar() != 0;
}

QList<DensityIndex::Bucket> DensityIndex::buckets(int level, qint64 actorId, qint64 from,
                                                  qint64 to) const
{
    Statement &st = m_db.cached(QStringLiteral(
        "SELECT bucket, count, top_event_id, top_importance FROM density WHERE level = ?1 AND "
        "actor_id = ?2 AND bucket BETWEEN ?3 AND ?4 AND count > 0"));
    st.bind(1, level).bind(2, actorId).bind(3, bucketOf(from, level)).bind(4, bucketOf(to, level));
    QList<Bucket> result;
    while (st.step()) {
        const qint64 start = bucketStart(st.int64(0), level);
        result.append({actorId, start, start + bucketSeconds(level) - 1, st.integer(1), st.int64(2),
                       st.integer(3)});
    }
    st.reset();
    return result;
}

qint64 DensityIndex::count(int level, qint64 actorId, qint64 from, qint64 to) const
{
    Statement &st = m_db.cached(QStringLiteral(
        "SELECT total(count) FROM density WHERE level = ?1 AND actor_id = ?2 AND bucket BETWEEN "
        "?3 AND ?4"));
    st.bind(1, level).bind(2, actorId).bind(3, bucketOf(from, level)).bind(4, bucketOf(to, level));
    const qint64 total = st.step() ? qint64(st.real(0)) : 0;
    st.reset();
    return total;
}

bool DensityIndex::bounds(qint64 *first, qint64 *last) const
{
    Statement &st = m_db.cached(QStringLiteral(
        "SELECT min(bucket), max(bucket) FROM density WHERE level = ?1 AND actor_id = ?2"));
    st.bind(1, FinestLevel).bind(2, LaneKey::AllActors);
    const bool found = st.step() && !st.isNull(0);
    if (found) {
        *first = bucketStart(st.int64(0), FinestLevel);
        *last = bucketStart(st.int64(1), FinestLevel) + bucketSeconds(FinestLevel) - 1;
    }
    st.reset();
    return found;
}

} // namespace entente
