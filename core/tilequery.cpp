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

Tile TileQuery::fetchAllLanes(const EventStore &store, const TileKey &key)
{
    Tile tile;
    tile.key = key;
    const int level = DensityIndex::levelFor(secondsPerPixel(key));
    // Whole buckets, so a slight overestimate: enough to decide how to draw.
    const qint64 estimate =
        store.density().count(level, DensityIndex::AllActors, key.from(), key.to());
    if (estimate > TileBudget) {
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
    const int level = DensityIndex::levelFor(secondsPerPixel(key));
    tile.density = store.density().buckets(level, key.lane, key.from(), key.to());
    // buckets() returns every bucket touching the tile; keep each with the tile it starts in,
    // so that neighbouring tiles never draw the same bucket twice.
    tile.density.removeIf([&](const DensityIndex::Bucket &b) { return b.from < key.from(); });
    tile.events = store.events(thinnedTops(tile.density, key), EventStore::Detail::Timeline);
    return tile;
}

} // namespace entente
