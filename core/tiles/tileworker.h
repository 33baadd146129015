// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "matchdensity.h"
#include "readerconnection.h"
#include "tile.h"

#include <QObject>

#include <atomic>

#include <memory>

namespace entente {

class EventStore;
class MatchSet;

// Runs tile queries on its own thread, over its own read-only connection to the timeline
// (SQLite in WAL mode lets it read while the UI's connection writes).
class TileWorker final : public QObject
{
    Q_OBJECT

public:
    explicit TileWorker(const QString &path);
    ~TileWorker() override;

public slots:
    // Fetches the keys in order; stops early when `generation` is no longer the latest, since
    // the view has moved on and will ask again.
    void fetch(const QList<entente::TileKey> &keys, quint64 generation);
    void setLatestGeneration(quint64 generation);
    // Reads the density of the matches in these lanes (MatchDensity) for request
    // `generation`, unless a later request has come since (setLatestMatches).
    void readMatchDensity(const std::shared_ptr<const entente::MatchSet> &matches,
                          entente::MatchDensity::Lanes lanes, quint64 generation);
    void setLatestMatches(quint64 generation) { m_latestMatches = generation; }
    // Any thread: cuts the read running short and ends this worker's reading for good (the
    // file is closing).
    void stop() { m_reader.stop(); }

signals:
    // Tiles come in batches, at most every BatchMs and at the end of a request, so that the
    // view lays out once per batch rather than once per tile.
    void fetched(const QList<entente::Tile> &tiles, quint64 generation);
    // A read of the request of `generation` failed; it fetches no more of that request.
    void failed(const QString &message, quint64 generation);
    void matchDensityRead(const std::shared_ptr<const entente::MatchDensity> &density,
                          quint64 generation);
    void matchDensityFailed(const QString &message, quint64 generation);

private:
    static constexpr int BatchMs = 12;

    ReaderConnection m_reader;
    std::atomic<quint64> m_latest{0};
    std::atomic<quint64> m_latestMatches{0};
};

} // namespace entente
