// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "densityindex.h"

#include <QHash>
#include <QList>

#include <array>
#include <vector>

namespace entente {

class Database;
class MatchSet;

// The density of a search's matches (issue 13): per lane and bucket, how many matches start
// there, in the lanes and buckets of DensityIndex, so that a summarized frame can draw what a
// search lets through over the density of every event. Read once per MatchSet and kind of lane
// (the day is in the key; the actors or the category are read for the lanes that need them),
// then held in memory, where a frame asks for the buckets of the lanes it shows, as it asks the
// density summaries: two binary searches a lane and the buckets on screen, whatever the number
// of matches.
class MatchDensity final
{
public:
    // The lanes it counts besides "all", which it always does: those of actors (and "no
    // actor"), those of categories, or none.
    enum class Lanes { Actors, Categories, AllOnly };

    MatchDensity() = default; // no match
    static MatchDensity read(Database &db, const MatchSet &matches, Lanes lanes);

    // As DensityIndex::buckets: the lane's buckets at `level` that hold a match and touch
    // [from, to], in time order, with counts of matches and no top event.
    QList<DensityIndex::Bucket> buckets(int level, qint64 lane, qint64 from, qint64 to) const;

private:
    struct Count
    {
        qint64 bucket;
        int count;
    };
    using Levels = std::array<std::vector<Count>, DensityIndex::CoarsestLevel + 1>;
    struct LaneDay
    {
        qint64 lane;
        qint64 day;
        friend bool operator<(const LaneDay &a, const LaneDay &b)
        {
            return a.lane != b.lane ? a.lane < b.lane : a.day < b.day;
        }
    };
    struct IdDay
    {
        qint64 id;
        qint64 day;
        friend bool operator<(const IdDay &a, const IdDay &b) { return a.id < b.id; }
    };

    static std::vector<IdDay> datedInIdOrder(const MatchSet &matches);
    static bool denseInIds(const std::vector<IdDay> &matches);
    static void addCategoriesInKeyOrder(Database &db, const MatchSet &matches,
                                        std::vector<LaneDay> &laneDays);
    static void addLanesOf(Database &db, const std::vector<IdDay> &matches, Lanes lanes,
                           std::vector<LaneDay> &laneDays);
    void countDays(const std::vector<LaneDay> &sorted);
    static std::vector<Count> coarser(const std::vector<Count> &finer);

    QHash<qint64, Levels> m_lanes; // by lane key (LaneKey), each level in bucket order
};

} // namespace entente
