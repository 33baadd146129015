// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tilecache.h"
#include "timelineframe.h"
#include "timelinerenderer.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <memory>
#include <optional>

namespace entente {

class EventStore;
class LaneArrangements;
class MatchDensity;

// Gathers what a frame shows from the store: the lanes, actors and eras, and for the visible
// window the events and density of its tiles and the relations between those events. Only
// the visible window's tiles are read, so a frame costs what is on screen.
class FrameAssembler final
{
public:
    explicit FrameAssembler(TimelineFrame &frame);
    ~FrameAssembler();
    Q_DISABLE_COPY_MOVE(FrameAssembler)

    // A new cache of tiles, read on a worker thread (Background) or when needed (Immediate);
    // none without a store.
    void setStore(EventStore *store, TileCache::Mode mode);
    TileCache *tiles() const { return m_tiles.get(); }
    // The lanes (as arranged for their mode), actors, eras and undated count, read again.
    void reload(const LaneArrangements &arrangements);
    // Relations may have changed with the events: read them again with the next frame.
    void forgetRelations() { m_relationEventIds.clear(); }
    // Provisions, links or assessments may have changed: read the agreements' summaries again.
    void forgetAgreementSummaries() { m_summaries.clear(); }

    // The keys of the lanes on screen in `layout` (of a view `height` high); before there is
    // a layout of these lanes, the first lanes, which is what a fresh view shows.
    QList<qint64> visibleLaneKeys(const QList<TimelineRenderer::LaneGeometry> &layout,
                                  int height) const;
    // The lane keys the frame was last assembled for.
    const QList<qint64> &assembledLanes() const { return m_assembledLanes; }
    // Fills the frame's events and density for its scale and these lanes; `pinned` (the
    // current event) is drawn even where its tile shows only density. True when every tile
    // the frame needs was there, and a summarized frame's matches' density; else the frame
    // keeps what it had until the rest arrives.
    bool assemble(const QList<qint64> &laneKeys, const Event &pinned);

private:
    // The tiles of the visible window: those there are, and those that are not (for which
    // the cache makes room).
    struct Window
    {
        QList<const Tile *> found;
        QList<TileKey> missing;
        bool summarized = false;
    };
    Window gather(int zoom, qint64 first, qint64 last);
    void collectVisible(const QList<const Tile *> &tiles, bool summarized, const Event &pinned);
    // The frame's matchDensity: of the lane tiles' lanes and time, from the cache's
    // MatchDensity in memory, so that it costs what is on screen.
    void collectMatchDensity(const QList<const Tile *> &tiles);
    void loadRelations(const QSet<qint64> &eventIds);
    // The summaries of the frame's agreements, each read once (a few queries) and kept until
    // the store changes or the day does.
    void loadAgreementSummaries();

    TimelineFrame &m_frame;
    EventStore *m_store = nullptr;
    std::unique_ptr<TileCache> m_tiles;
    QList<qint64> m_assembledLanes;   // the lanes whose tiles the frame was built from
    QList<qint64> m_relationEventIds; // the events m_frame.relations was read for
    std::shared_ptr<const MatchDensity> m_matchDensityShown; // m_frame.matchDensity's source
    // By agreement id; none: it has no provisions.
    QHash<qint64, std::optional<AgreementTally::Summary>> m_summaries;
    qint64 m_summariesDay = 0; // the day "now" was when they were read
};

} // namespace entente
