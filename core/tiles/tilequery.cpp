// SPDX-License-Identifier: GPL-3.0-or-later
#include "tilequery.h"

#include "eventstore.h"

#include <QSet>

namespace entente {

namespace {

double secondsPerPixel(const TileKey &key)
{
    return TileKey::span(key.zoom) / TileKey::TilePixels;
}

// One event per TopSpacing pixels: the most important top of the buckets in that stretch.
QList<qint64> thinnedTops(const QList<DensityIndex::Bucket> &buckets, const TileKey &key)
{
    const double stretch = TileQuery::TopSpacing * secondsPerPixel(key);
    QList<qint64> ids;
    qint64 current = std::numeric_limits<qint64>::min();
    int best = 0;
    for (const DensityIndex::Bucket &bucket : buckets) {
        const auto index = qint64(std::floor((bucket.from - key.from()) / stretch));
        if (index != current) {
            current = index;
            best = 0;
            ids.append(0);
        }
        if (bucket.topImportance > best) {
            best = bucket.topImportance;
            ids.last() = bucket.topEventId;
        }
    }
    ids.removeAll(0);
    return ids;
}

} // namespace

Tile TileQuery::fetch(const EventStore &store, const TileKey &key)
{
    return key.lane == TileKey::AllLanes ? fetchAllLanes(store, key) : fetchLane(store, key);
}

int TileQuery::densityLevel(const TileKey &key)
{
    return DensityIndex::levelFor(secondsPerPixel(key));
}

Tile TileQuery::fetchAllLanes(const EventStore &store, const TileKey &key)
{
    Tile tile;
    tile.key = key;
    // Counted exactly from the index, and never past the budget: a crowded day seen at the
    // scale of hours still shows its events when a tile holds few of them.
    if (store.countStartingIn(key.from(), key.to(), TileBudget + 1) > TileBudget) {
        tile.summarized = true;
        return tile;
    }
    // The events that start here, and the most important of those that began earlier and run
    // through (at a million events, thousands of long periods cross any day).
    tile.events = store.eventsStartingIn(key.from(), key.to(), EventStore::Detail::Timeline);
    // Small timelines show every one; crowded ones only the most important.
    const bool crowded = store.countSpanning(key.from(), 1, SpanningLimit + 1) > SpanningLimit;
    tile.events += store.eventsSpanning(key.from(), crowded ? SpanningImportance : 1, SpanningLimit,
                                        EventStore::Detail::Timeline);
    return tile;
}

Tile TileQuery::fetchLane(const EventStore &store, const TileKey &key)
{
    Tile tile;
    tile.key = key;
    tile.summarized = true;
    const int level = densityLevel(key);
    // Every bucket touching the tile, also one that starts before it or is longer than it
    // (a crowded day seen at the scale of hours); the view draws a bucket once.
    tile.density = store.density().buckets(level, key.lane, key.from(), key.to());
    tile.events = store.events(thinnedTops(tile.density, key), EventStore::Detail::Timeline);
    return tile;
}

} // namespace entente
