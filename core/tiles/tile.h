// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "densityindex.h"
#include "event.h"
#include "tilekey.h"

#include <QList>
#include <QMetaType>

namespace entente {

// What the store holds for one tile. An all-lanes tile either lists its events or, when it
// has more than TileQuery::TileBudget, says it is summarized, and the lanes' tiles carry the
// density and the events drawn individually.
struct Tile
{
    TileKey key;
    bool summarized = false;
    QList<Event> events; // timeline columns only (no description, tags or sources)
    QList<DensityIndex::Bucket> density;
};

} // namespace entente

Q_DECLARE_METATYPE(entente::Tile)
