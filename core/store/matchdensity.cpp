// SPDX-License-Identifier: GPL-3.0-or-later
#include "matchdensity.h"

#include "database.h"
#include "lanekey.h"
#include "matchset.h"
#include "searchkey.h"
#include "statement.h"

#include <QVarLengthArray>

#include <algorithm>

namespace entente {

namespace {

// Buckets are eight of the next finer level's (DensityIndex::bucketSeconds).
constexpr int LevelShift = 3;

} // namespace

MatchDensity MatchDensity::read(Database &db, const MatchSet &matches)
{
    std::vector<LaneDay> laneDays = readLaneDays(db, matches);
    std::sort(laneDays.begin(), laneDays.end());
    MatchDensity density;
    density.countDays(laneDays);
    return density;
}

// The lanes each dated match counts in, as DensityIndex counts an event: "all", each of its
// actors or else "no actor", and its category. The day of the key is the finest bucket: both
// count days from 0001-01-01.
std::vector<MatchDensity::LaneDay> MatchDensity::readLaneDays(Database &db, const MatchSet &matches)
{
    std::vector<std::pair<qint64, qint64>> idsAndDays;
    idsAndDays.reserve(matches.inKeyOrder().size());
    for (const MatchSet::Match &match : matches.inKeyOrder()) {
        const qint64 day = SearchKey::dayOfKey(match.key);
        if (day != SearchKey::undatedDay()) {
            idsAndDays.emplace_back(match.eventId, day);
        }
    }
    // In id order, the rows' order in both tables: each seek lands near the one before.
    std::sort(idsAndDays.begin(), idsAndDays.end());
    Statement &st = db.cached(
        QStringLiteral("SELECT entente_category_key(e.category), a.actor_id FROM events e "
                       "LEFT JOIN event_actors a ON a.event_id = e.id WHERE e.id = ?1"));
    std::vector<LaneDay> laneDays;
    laneDays.reserve(idsAndDays.size() * 4);
    QVarLengthArray<qint64, 8> lanes;
    for (const auto &[id, day] : idsAndDays) {
        lanes = {LaneKey::AllActors};
        st.bind(1, id);
        while (st.step()) {
            if (lanes.size() == 1) {
                lanes.append(st.int64(0)); // the category, on every row
            }
            const qint64 actor = st.isNull(1) ? LaneKey::NoActor : st.int64(1);
            if (!lanes.contains(actor)) {
                lanes.append(actor);
            }
        }
        st.reset();
        for (qint64 lane : lanes) {
            laneDays.push_back({lane, day});
        }
    }
    return laneDays;
}

void MatchDensity::countDays(const std::vector<LaneDay> &sorted)
{
    Levels *levels = nullptr;
    qint64 lane = 0;
    for (const LaneDay &laneDay : sorted) {
        if (!levels || laneDay.lane != lane) {
            lane = laneDay.lane;
            levels = &m_lanes[lane];
        }
        std::vector<Count> &days = (*levels)[DensityIndex::FinestLevel];
        if (!days.empty() && days.back().bucket == laneDay.day) {
            ++days.back().count;
        } else {
            days.push_back({laneDay.day, 1});
        }
    }
    for (Levels &levels : m_lanes) {
        for (int level = DensityIndex::FinestLevel + 1; level <= DensityIndex::CoarsestLevel;
             ++level) {
            levels[level] = coarser(levels[level - 1]);
        }
    }
}

std::vector<MatchDensity::Count> MatchDensity::coarser(const std::vector<Count> &finer)
{
    std::vector<Count> counts;
    for (const Count &count : finer) {
        const qint64 bucket = count.bucket >> LevelShift;
        if (!counts.empty() && counts.back().bucket == bucket) {
            counts.back().count += count.count;
        } else {
            counts.push_back({bucket, count.count});
        }
    }
    return counts;
}

QList<DensityIndex::Bucket> MatchDensity::buckets(int level, qint64 lane, qint64 from,
                                                  qint64 to) const
{
    const auto found = m_lanes.constFind(lane);
    if (found == m_lanes.constEnd()) {
        return {};
    }
    const std::vector<Count> &counts = found->at(level);
    const auto begin =
        std::lower_bound(counts.cbegin(), counts.cend(), DensityIndex::bucketOf(from, level),
                         [](const Count &count, qint64 bucket) { return count.bucket < bucket; });
    const auto end =
        std::upper_bound(begin, counts.cend(), DensityIndex::bucketOf(to, level),
                         [](qint64 bucket, const Count &count) { return bucket < count.bucket; });
    QList<DensityIndex::Bucket> result;
    result.reserve(end - begin);
    for (auto count = begin; count != end; ++count) {
        const qint64 start = DensityIndex::bucketStart(count->bucket, level);
        result.append(
            {lane, start, start + DensityIndex::bucketSeconds(level) - 1, count->count, 0, 0});
    }
    return result;
}

} // namespace entente
