// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHashFunctions>
#include <QtGlobal>

#include <cmath>

namespace entente {

// One tile of the timeline: a stretch of time sized to the zoom (about TilePixels wide on
// screen), either for every lane at once (`lane == AllLanes`: the events, while there are few)
// or for one lane (its density and most important events, when the stretch is crowded).
struct TileKey
{
    static constexpr qint64 AllLanes = -2;
    static constexpr double TilePixels = 512;

    int zoom = 0;     // the tile spans 2^zoom seconds
    qint64 index = 0; // tile n covers [n * span, (n + 1) * span)
    qint64 lane = AllLanes;

    static int zoomFor(double secondsPerPixel)
    {
        return std::max(0, int(std::ceil(std::log2(secondsPerPixel * TilePixels))));
    }
    static qint64 span(int zoom) { return qint64(1) << zoom; }
    static qint64 indexOf(qint64 second, int zoom)
    {
        const qint64 s = span(zoom);
        return second >= 0 ? second / s : -((-second + s - 1) / s);
    }
    qint64 from() const { return index * span(zoom); }
    qint64 to() const { return from() + span(zoom) - 1; }
    TileKey forLane(qint64 laneActor) const { return {zoom, index, laneActor}; }

    friend bool operator==(const TileKey &, const TileKey &) = default;
    friend size_t qHash(const TileKey &key, size_t seed = 0)
    {
        return qHashMulti(seed, key.zoom, key.index, key.lane);
    }
};

} // namespace entente
