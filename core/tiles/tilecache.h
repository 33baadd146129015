// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "matchdensity.h"
#include "tile.h"

#include <QCache>
#include <QObject>
#include <QSet>
#include <QThread>

#include <memory>

namespace entente {

class EventStore;
class MatchSet;
class TileWorker;
struct StoreChange;

// The tiles the view has, and the ones it asked for. In Background mode a worker thread
// fetches them and tilesArrived() says when to draw again, so that the UI thread never waits
// on SQLite; in Immediate mode (headless export) request() fetches on the spot. A write to
// the store drops the tiles of the time it changed, and only those. A read that fails is told with
// failed(), never thrown.
class TileCache final : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Background, Immediate };

    TileCache(EventStore *store, Mode mode, QObject *parent = nullptr);
    ~TileCache() override;
    Q_DISABLE_COPY_MOVE(TileCache)

    Mode mode() const { return m_mode; }
    const Tile *find(const TileKey &key) const { return m_tiles.object(key); }
    // Asks for the keys that are neither cached nor on their way; requests of earlier frames
    // that are still queued are dropped.
    void request(const QList<TileKey> &keys);
    bool isPending() const { return !m_pending.isEmpty() || m_matchDensityPending; }
    void clear();
    // How many tiles it keeps (the least recently used go first).
    int capacity() const { return int(m_tiles.maxCost()); }
    void setCapacity(int tiles) { m_tiles.setMaxCost(tiles); }
    // Grows to hold at least `tiles`: all the tiles of one frame must fit at once, or reading
    // the last would evict the first, and the frame would never be complete.
    void reserve(int tiles);
    // The tiles it has now, in no order.
    QList<TileKey> keys() const { return m_tiles.keys(); }

    // The matches of the search the frames show (none: nothing is asked), and the lanes they
    // are shown in. Their density is read once per MatchSet and kind of lane, on a thread of
    // its own, so that a common word's never holds up the tiles (tilesArrived() says when it
    // is there), or in Immediate mode on the spot. Tiles do not depend on it.
    void setMatches(const std::shared_ptr<const MatchSet> &matches, MatchDensity::Lanes lanes);
    // The density of those matches; null while there are none or it is on its way.
    const std::shared_ptr<const MatchDensity> &matchDensity() const { return m_matchDensity; }

signals:
    void tilesArrived();
    // A read failed. Its keys are no longer on their way, so the next request asks again.
    void failed(const QString &message);

private:
    void forget(const entente::StoreChange &change);
    static bool touches(const StoreChange &change, const TileKey &key);
    void accept(const QList<entente::Tile> &tiles, quint64 generation);
    void reject(const QString &message, quint64 generation);
    void acceptMatchDensity(const std::shared_ptr<const entente::MatchDensity> &density,
                            quint64 generation);
    void rejectMatchDensity(const QString &message, quint64 generation);

    EventStore *m_store;
    Mode m_mode;
    QCache<TileKey, Tile> m_tiles;
    QSet<TileKey> m_pending;
    quint64 m_generation = 0;
    quint64 m_clearedAt = 0; // results asked for before this generation are stale
    std::shared_ptr<const MatchSet> m_matches;
    std::shared_ptr<const MatchDensity> m_matchDensity;
    quint64 m_matchesGeneration = 0;
    MatchDensity::Lanes m_matchLanes = MatchDensity::Lanes::Actors;
    bool m_matchDensityPending = false;
    QThread m_thread;
    TileWorker *m_worker = nullptr;
    QThread m_matchThread;
    TileWorker *m_matchWorker = nullptr; // reads the matches' density
};

} // namespace entente
