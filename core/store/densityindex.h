// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "multirowinsert.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace entente {

class Database;
class Statement;
struct Event;

// Keeps the `density` table (schema 0002) in step with the events: per lane and bucket, how
// many events start there and which is the most important. A lane is an actor, "no actor",
// all events, or a category (schema 0004). Writes are gathered in memory and
// applied once per outermost batch, so a million-event import costs a few thousand upserts.
class DensityIndex final
{
public:
    static constexpr int FinestLevel = 0;
    static constexpr int CoarsestLevel = 3;

    struct Bucket
    {
        qint64 actorId;
        qint64 from; // seconds
        qint64 to;
        int count;
        qint64 topEventId;
        int topImportance;
    };

    explicit DensityIndex(Database &db);

    static qint64 bucketSeconds(int level);
    static qint64 bucketOf(qint64 second, int level);
    static qint64 bucketStart(qint64 bucket, int level);
    // The finest level whose buckets are at least minPixels wide at this zoom.
    static int levelFor(double secondsPerPixel, double minPixels = 3);

    // Pending changes nest like the store's batches: a rolled-back level is dropped.
    void beginLevel();
    void endLevel(bool keep);
    void added(const Event &event, qint64 id);
    void removed(const Event &event, qint64 id);
    // Writes what the outermost level gathered; called inside its transaction.
    void flush();
    // Recomputes the whole table from the events (after a migration).
    void rebuild();
    // True when the summaries cannot be the events': none while there are dated events, or
    // none per category. An upgrade by an Entente that rebuilt them after its migrations had
    // committed, not in the same transaction, leaves that when it is cut short in between. A
    // few index seeks, cheap enough for every open.
    bool isIncomplete() const;
    // For a change that cascades through many events (removing an actor): the flush of this
    // batch recomputes everything instead of applying the gathered changes.
    void rebuildAtFlush();

    // The actors that take part in at least one dated event, and whether some event has none.
    QList<qint64> actorsInUse() const;
    bool hasEventsWithoutActors() const;
    // The categories of dated events (those the timeline draws), sorted; "" is uncategorized.
    QStringList categoriesInUse() const;

    QList<Bucket> buckets(int level, qint64 actorId, qint64 from, qint64 to) const;
    qint64 count(int level, qint64 actorId, qint64 from, qint64 to) const;
    // The first and last bucket with events, for zoom to fit; nullopt when there are none.
    bool bounds(qint64 *first, qint64 *last) const;

private:
    struct Key
    {
        int level;
        qint64 actorId;
        qint64 bucket;
        friend bool operator==(const Key &, const Key &) = default;
        friend size_t qHash(const Key &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.level, key.actorId, key.bucket);
        }
    };
    struct Delta
    {
        int count = 0;
        qint64 topEventId = 0;
        int topImportance = 0;
        bool recomputeTop = false; // the top event went away
    };
    struct Deltas
    {
        QHash<Key, Delta> changes;
        QHash<qint64, QString> categoryNames; // of the category keys added in this batch
        bool rebuild = false;
    };

    // Pending changes are kept for the finest level; flush() derives the coarser ones.
    template <typename Apply>
    void visit(const Event &event, Apply &&apply) const;
    static void mergeDelta(Delta &into, const Delta &from);
    static void addCoarserLevels(QHash<Key, Delta> &changes);
    void recomputeTop(const Key &key);
    Statement &topOfChildren(const Key &key);
    Statement &topOfDay(const Key &key);
    void forgetEmptyCategories(const QList<Key> &keys);

    Database &m_db;
    MultiRowInsert m_insert, m_upsert;
    QList<Deltas> m_levels;
};

} // namespace entente
