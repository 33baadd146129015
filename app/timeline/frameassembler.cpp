// SPDX-License-Identifier: GPL-3.0-or-later
#include "frameassembler.h"

#include "agreementsummary.h"
#include "calendar.h"
#include "eventstore.h"
#include "lanearrangements.h"
#include "matchdensity.h"
#include "tilequery.h"

#include <algorithm>

namespace entente {

namespace {

using BucketPlaces = QSet<QPair<qint64, qint64>>; // lane and start

// A bucket of the visible time, once: shared buckets come with every tile they cross.
void addVisibleBucket(const DensityIndex::Bucket &bucket, const TimeScale &scale,
                      QList<DensityIndex::Bucket> &buckets, BucketPlaces &seen)
{
    const QPair<qint64, qint64> place(bucket.actorId, bucket.from);
    if (bucket.to >= scale.visibleFrom() && bucket.from <= scale.visibleTo() &&
        !seen.contains(place)) {
        seen.insert(place);
        buckets.append(bucket);
    }
}

MatchDensity::Lanes matchLanes(LaneModel::Mode mode)
{
    switch (mode) {
    case LaneModel::Mode::Actor:
        return MatchDensity::Lanes::Actors;
    case LaneModel::Mode::Category:
        return MatchDensity::Lanes::Categories;
    case LaneModel::Mode::Packed:
        break;
    }
    return MatchDensity::Lanes::AllOnly;
}

} // namespace

FrameAssembler::FrameAssembler(TimelineFrame &frame) : m_frame(frame) {}

FrameAssembler::~FrameAssembler() = default;

void FrameAssembler::setStore(EventStore *store, TileCache::Mode mode)
{
    m_tiles.reset();
    m_store = store;
    if (m_store) {
        m_tiles = std::make_unique<TileCache>(m_store, mode);
    }
}

void FrameAssembler::reload(const LaneArrangements &arrangements)
{
    m_frame.actors.clear();
    m_frame.eras.clear();
    m_frame.categoryColours.clear();
    m_frame.relationTypeColours.clear();
    m_frame.lanes = LaneModel();
    m_frame.undatedEventCount = 0;
    if (!m_store) {
        m_frame.events.clear();
        return;
    }
    const QList<Actor> actors = m_store->actors();
    for (const Actor &actor : actors) {
        m_frame.actors.insert(actor.id, actor);
    }
    const LaneModel::Arrangement &arrangement = arrangements.current();
    switch (arrangements.mode()) {
    case LaneModel::Mode::Actor:
        m_frame.lanes = LaneModel(actors, m_store->actorsInUse(), m_store->hasEventsWithoutActors(),
                                  arrangement);
        break;
    case LaneModel::Mode::Category:
        m_frame.lanes = LaneModel::byCategory(m_store->categoriesInUse(), arrangement);
        break;
    case LaneModel::Mode::Packed:
        m_frame.lanes = LaneModel::packed();
        break;
    }
    m_frame.eras = m_store->eras();
    for (const Category &category : m_store->categories()) {
        if (!category.color.isEmpty()) {
            m_frame.categoryColours.insert(category.name, category.color);
        }
    }
    for (const RelationType &type : m_store->relationTypes(EventStore::Count::Nothing)) {
        if (!type.color.isEmpty()) {
            m_frame.relationTypeColours.insert(type.name, type.color);
        }
    }
    // Undated events live in the list only; the view says how many there are.
    m_frame.undatedEventCount = int(m_store->undatedEventCount());
}

QList<qint64> FrameAssembler::visibleLaneKeys(const QList<TimelineRenderer::LaneGeometry> &layout,
                                              int height) const
{
    const QList<LaneModel::Lane> &lanes = m_frame.lanes.lanes();
    QList<qint64> ids;
    for (qsizetype i = 0; i < lanes.size(); ++i) {
        const bool visible =
            layout.size() == lanes.size()
                ? layout.at(i).top < height &&
                      layout.at(i).top + layout.at(i).height > TimelineRenderer::AxisHeight
                : i < 40;
        if (visible) { // a folded lane shows its people's events too
            ids += lanes.at(i).collapsed ? m_frame.lanes.keysOfLane(int(i))
                                         : QList<qint64>{lanes.at(i).key};
        }
    }
    return ids;
}

bool FrameAssembler::assemble(const QList<qint64> &laneKeys, const Event &pinned)
{
    if (!m_tiles) {
        return true;
    }
    const TimeScale &scale = m_frame.scale;
    const int zoom = TileKey::zoomFor(scale.secondsPerPixel());
    const qint64 first = TileKey::indexOf(scale.visibleFrom(), zoom);
    const qint64 last = TileKey::indexOf(scale.visibleTo(), zoom);
    m_assembledLanes = laneKeys;
    m_tiles->setMatches(m_frame.matches, matchLanes(m_frame.lanes.mode()));
    Window window = gather(zoom, first, last);
    if (m_tiles->mode() == TileCache::Mode::Immediate) {
        // The first read brings the window's tiles, the second the lane tiles of those that
        // are summarized. A read that failed is not tried again for this frame.
        for (int read = 0; read < 2 && !window.missing.isEmpty(); ++read) {
            m_tiles->request(window.missing);
            window = gather(zoom, first, last);
        }
    } else {
        // The tiles either side come after the visible ones, ready for the next pan; they
        // never change this frame, which draws only what lies in the visible window.
        m_tiles->request(window.missing + QList<TileKey>{{zoom, first - 1, TileKey::AllLanes},
                                                         {zoom, last + 1, TileKey::AllLanes}});
    }
    // A summarized frame with matches draws their density too.
    const bool complete = window.missing.isEmpty() &&
                          !(window.summarized && m_frame.matches && !m_tiles->matchDensity());
    if (complete) {
        m_frame.events.clear();
        m_frame.density.clear();
        m_frame.matchDensity.reset();
    } // else: draw what there is, over the previous frame's data until the rest arrives
    collectVisible(window.found, window.summarized, pinned);
    collectMatchDensity(window.found);
    return complete;
}

FrameAssembler::Window FrameAssembler::gather(int zoom, qint64 first, qint64 last)
{
    Window window;
    for (qint64 index = first; index <= last; ++index) {
        const TileKey key{zoom, index, TileKey::AllLanes};
        const Tile *tile = m_tiles->find(key);
        if (!tile) {
            window.missing.append(key);
            continue;
        }
        window.found.append(tile);
        window.summarized = window.summarized || tile->summarized;
        for (qint64 lane : tile->summarized ? m_assembledLanes : QList<qint64>()) {
            const Tile *laneTile = m_tiles->find(key.forLane(lane));
            laneTile ? window.found.append(laneTile) : window.missing.append(key.forLane(lane));
        }
    }
    // Many lanes at a large export size may need more than the cache holds; and the two
    // tiles either side.
    m_tiles->reserve(int(window.found.size() + window.missing.size()) + 2);
    return window;
}

void FrameAssembler::collectVisible(const QList<const Tile *> &tiles, bool summarized,
                                    const Event &pinned)
{
    const qint64 from = m_frame.scale.visibleFrom(), to = m_frame.scale.visibleTo();
    QSet<qint64> seen;
    BucketPlaces seenBuckets;
    QList<Event> events;
    QList<DensityIndex::Bucket> density;
    const auto addEvent = [&](const Event &event) {
        // Long events and shared buckets come with every tile they cross: take each once.
        if (event.latestSecond() >= from && event.earliestSecond() <= to &&
            !seen.contains(event.id)) {
            seen.insert(event.id);
            events.append(event);
        }
    };
    const auto addBucket = [&](const DensityIndex::Bucket &bucket) {
        addVisibleBucket(bucket, m_frame.scale, density, seenBuckets);
    };
    for (const Event &event : std::as_const(m_frame.events)) {
        addEvent(event);
    }
    for (const DensityIndex::Bucket &bucket : std::as_const(m_frame.density)) {
        addBucket(bucket);
    }
    if (pinned.id != 0 && pinned.id == m_frame.selectedEventId) {
        addEvent(pinned);
    }
    for (const Tile *tile : tiles) {
        for (const Event &event : tile->events) {
            addEvent(event);
        }
        for (const DensityIndex::Bucket &bucket : tile->density) {
            addBucket(bucket);
        }
    }
    std::sort(events.begin(), events.end(), Event::startsBefore);
    m_frame.events = std::move(events);
    m_frame.density = std::move(density);
    m_frame.summarized = summarized;
    loadRelations(seen);
    loadAgreementSummaries();
}

void FrameAssembler::collectMatchDensity(const QList<const Tile *> &tiles)
{
    const std::shared_ptr<const MatchDensity> &matchDensity = m_tiles->matchDensity();
    // What an incomplete frame kept is of the same matches, or of none.
    QList<DensityIndex::Bucket> buckets;
    if (m_frame.matchDensity && matchDensity == m_matchDensityShown) {
        buckets = *std::move(m_frame.matchDensity);
    }
    m_matchDensityShown = matchDensity;
    if (!matchDensity) {
        m_frame.matchDensity.reset();
        return;
    }
    BucketPlaces seen;
    for (const DensityIndex::Bucket &bucket : std::as_const(buckets)) {
        seen.insert({bucket.actorId, bucket.from});
    }
    // The matches' buckets of each lane tile: the same lanes, levels and time as its density.
    for (const Tile *tile : tiles) {
        const TileKey &key = tile->key;
        if (key.lane != TileKey::AllLanes) {
            const QList<DensityIndex::Bucket> lane =
                matchDensity->buckets(TileQuery::densityLevel(key), key.lane, key.from(), key.to());
            for (const DensityIndex::Bucket &bucket : lane) {
                addVisibleBucket(bucket, m_frame.scale, buckets, seen);
            }
        }
    }
    m_frame.matchDensity = std::move(buckets);
}

void FrameAssembler::loadRelations(const QSet<qint64> &eventIds)
{
    // Read again only when other events are in the frame: a frame is laid out far more
    // often than the set of its events changes.
    QList<qint64> ids(eventIds.begin(), eventIds.end());
    std::sort(ids.begin(), ids.end());
    if (ids == m_relationEventIds || !m_store) {
        return;
    }
    m_relationEventIds = ids;
    m_frame.relations = m_store->relationsBetween(ids);
}

void FrameAssembler::loadAgreementSummaries()
{
    m_frame.agreementSummaries.clear();
    if (!m_store) {
        return;
    }
    // An export has no today line, and counts at the time it is made.
    const qint64 now = m_frame.today.value_or(AgreementSummary::currentSecond());
    if (const qint64 day = now / SecondsPerDay; day != m_summariesDay) {
        m_summaries.clear(); // a deadline may have passed
        m_summariesDay = day;
    }
    // A dataset of a million events, a sixth of them agreements, most often has no provision:
    // one look per frame instead of a query per visible agreement, while none is known.
    if (m_summaries.isEmpty() && !m_store->hasProvisions()) {
        return;
    }
    QList<Event> unread;
    for (const Event &event : std::as_const(m_frame.events)) {
        if (event.category.compare(QLatin1String("agreement"), Qt::CaseInsensitive) == 0 &&
            !m_summaries.contains(event.id)) {
            unread.append(event);
        }
    }
    if (!unread.isEmpty()) {
        const QHash<qint64, AgreementSummary> read = AgreementSummary::readAll(*m_store, unread);
        for (const Event &event : std::as_const(unread)) {
            const auto found = read.find(event.id);
            m_summaries.insert(event.id, found == read.end() ? std::nullopt
                                                             : std::optional(found->countsAt(now)));
        }
    }
    for (const Event &event : std::as_const(m_frame.events)) {
        if (const auto found = m_summaries.find(event.id); found != m_summaries.end() && *found) {
            m_frame.agreementSummaries.insert(event.id, **found);
        }
    }
}

} // namespace entente
