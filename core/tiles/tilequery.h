// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tile.h"

namespace entente {

class EventStore;

// Reads one tile from the store. Its cost is bounded by what a tile can show, never by the
// size of the timeline: an all-lanes tile reads at most TileBudget events (counted first from
// the density summaries), a lane tile reads a few hundred summary rows and one event per
// TopSpacing pixels.
class TileQuery final
{
public:
    // Events in a 512 px tile before it summarizes: a screen then holds at most ~500, more
    // than its lanes have rows for labels, and few enough to draw in a frame.
    static constexpr int TileBudget = 150;
    static constexpr double TopSpacing = 90; // px between a crowded lane's individual events
    // Of the events that began before a tile and run through it, all are drawn while there
    // are at most SpanningLimit, else only those of SpanningImportance.
    static constexpr int SpanningImportance = 5;
    static constexpr int SpanningLimit = 30;

    static Tile fetch(const EventStore &store, const TileKey &key);
    // The level of the density summaries a lane tile holds.
    static int densityLevel(const TileKey &key);

private:
    static Tile fetchAllLanes(const EventStore &store, const TileKey &key);
    static Tile fetchLane(const EventStore &store, const TileKey &key);
};

} // namespace entente
