// SPDX-License-Identifier: GPL-3.0-or-later
#include "matchdensity.h"

#include "database.h"
#include "lanekey.h"
#include "matchset.h"
#include "searchkey.h"
#include "statement.h"

#include <QVarLengthArray>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

// Buckets are eight of the next finer level's (DensityIndex::bucketSeconds).
constexpr int LevelShift = 3;
// A seek costs about as much as reading fifty rows in order (measured on event_actors at a
// million events): below one match in this many ids, seek each; else read the ids' range.
constexpr qint64 ScanRatio = 32;

struct LaneQueries
{
    const char *seek;  // ?1: one id
    const char *range; // ?1, ?2: the first and last id, in id order
};
// Each row: an event's id and a lane it counts in.
const LaneQueries ActorQueries{
    "SELECT event_id, actor_id FROM event_actors WHERE event_id = ?1",
    "SELECT event_id, actor_id FROM event_actors WHERE event_id BETWEEN ?1 AND ?2 "
    "ORDER BY event_id"};
const LaneQueries CategoryQueries{
    "SELECT id, entente_category_key(category) FROM events WHERE id = ?1",
    "SELECT id, entente_category_key(category) FROM events WHERE id BETWEEN ?1 AND ?2 "
    "ORDER BY id"};

} // namespace

MatchDensity MatchDensity::read(Database &db, const MatchSet &matches, Lanes lanes)
{
    const std::vector<IdDay> dated = datedInIdOrder(matches);
    std::vector<LaneDay> laneDays;
    laneDays.reserve(dated.size() * 3);
    for (const IdDay &match : dated) {
        laneDays.push_back({LaneKey::AllActors, match.day});
    }
    if (lanes == Lanes::Categories && denseInIds(dated)) {
        addCategoriesInKeyOrder(db, matches, laneDays);
    } else if (lanes != Lanes::AllOnly) {
        addLanesOf(db, dated, lanes, laneDays);
    }
    std::sort(laneDays.begin(), laneDays.end());
    MatchDensity density;
    density.countDays(laneDays);
    return density;
}

// Reading every id in a range beats seeking each match's (ids first to last, in id order).
bool MatchDensity::denseInIds(const std::vector<IdDay> &matches)
{
    return !matches.empty() &&
           matches.back().id - matches.front().id < ScanRatio * qint64(matches.size());
}

// The day of the key is the finest bucket: both count days from 0001-01-01. Undated events
// have no place on the timeline.
std::vector<MatchDensity::IdDay> MatchDensity::datedInIdOrder(const MatchSet &matches)
{
    std::vector<IdDay> dated;
    dated.reserve(matches.inKeyOrder().size());
    for (const MatchSet::Match &match : matches.inKeyOrder()) {
        const qint64 day = SearchKey::dayOfKey(match.key);
        if (day != SearchKey::undatedDay()) {
            dated.push_back({match.eventId, day});
        }
    }
    std::sort(dated.begin(), dated.end());
    return dated;
}

// The lanes each match counts in, as DensityIndex counts an event: each of its actors or else
// "no actor"; or its category. Rows come in id order, so a match's rows are together.
void MatchDensity::addLanesOf(Database &db, const std::vector<IdDay> &matches, Lanes lanes,
                              std::vector<LaneDay> &laneDays)
{
    if (matches.empty()) {
        return;
    }
    const LaneQueries &queries = lanes == Lanes::Actors ? ActorQueries : CategoryQueries;
    auto match = matches.cbegin();
    QVarLengthArray<qint64, 8> lanesOfMatch; // an actor may take part twice
    const auto takeRow = [&](qint64 id, qint64 lane) {
        if (match == matches.cend()) {
            return false;
        }
        while (match->id < id) {
            if (lanesOfMatch.isEmpty() && lanes == Lanes::Actors) {
                laneDays.push_back({LaneKey::NoActor, match->day});
            }
            lanesOfMatch.clear();
            if (++match == matches.cend()) {
                return false;
            }
        }
        if (match->id == id && !lanesOfMatch.contains(lane)) {
            lanesOfMatch.append(lane);
            laneDays.push_back({lane, match->day});
        }
        return true;
    };
    if (denseInIds(matches)) {
        Statement &st = db.cached(QString::fromLatin1(queries.range));
        st.bind(1, matches.front().id).bind(2, matches.back().id);
        while (st.step() && takeRow(st.int64(0), st.int64(1))) {
        }
        st.reset();
    } else {
        Statement &st = db.cached(QString::fromLatin1(queries.seek));
        for (const IdDay &each : matches) {
            st.bind(1, each.id);
            while (st.step()) {
                takeRow(st.int64(0), st.int64(1));
            }
            st.reset();
        }
    }
    takeRow(std::numeric_limits<qint64>::max(), 0); // the matches after the last row
}

// Many matches' categories off events_by_category (schema 11), without reading the events
// table (0.5-1.8 s for a tenth of a million events): each category's keys, in order, merged with
// the matches' keys. The categories are found by a seek each, past the one before.
void MatchDensity::addCategoriesInKeyOrder(Database &db, const MatchSet &matches,
                                           std::vector<LaneDay> &laneDays)
{
    const std::vector<MatchSet::Match> &inKeys = matches.inKeyOrder();
    Statement &next =
        db.cached(u"SELECT category FROM events WHERE category > ?1 ORDER BY category LIMIT 1"_s);
    Statement &keys = db.cached(u"SELECT search_key FROM events WHERE category = ?1 AND "
                                "search_key BETWEEN ?2 AND ?3 ORDER BY search_key"_s);
    QString category; // '' is the first there can be: uncategorized
    for (bool found = true; found;) {
        const qint64 lane = LaneKey::ofCategory(category);
        keys.bind(1, category).bind(2, inKeys.front().key).bind(3, inKeys.back().key);
        auto match = inKeys.cbegin();
        while (match != inKeys.cend() && keys.step()) {
            const qint64 key = keys.int64(0);
            while (match != inKeys.cend() && match->key < key) {
                ++match;
            }
            const qint64 day = SearchKey::dayOfKey(key);
            if (match != inKeys.cend() && match->key == key && day != SearchKey::undatedDay()) {
                laneDays.push_back({lane, day});
            }
        }
        keys.reset();
        next.bind(1, category);
        found = next.step();
        category = found ? next.text(0) : QString();
        next.reset();
    }
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
