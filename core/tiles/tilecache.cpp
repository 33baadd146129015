// SPDX-License-Identifier: GPL-3.0-or-later
#include "tilecache.h"

#include "densityindex.h"
#include "error.h"
#include "eventstore.h"
#include "matchdensity.h"
#include "tilequery.h"
#include "tileworker.h"

namespace entente {

namespace {
// Tiles, whatever their size: a screen needs a few dozen, so this keeps a long session's
// worth of panning and zooming.
constexpr int CacheTiles = 4000;
} // namespace

TileCache::TileCache(EventStore *store, Mode mode, QObject *parent)
    : QObject(parent), m_store(store), m_mode(mode), m_tiles(CacheTiles)
{
    qRegisterMetaType<entente::Tile>();
    qRegisterMetaType<QList<entente::Tile>>();
    qRegisterMetaType<QList<entente::TileKey>>();
    qRegisterMetaType<std::shared_ptr<const entente::MatchDensity>>();
    connect(store, &EventStore::changed, this, &TileCache::forget);
    if (m_mode == Mode::Background) {
        m_worker = new TileWorker(store->readerPath());
        m_worker->moveToThread(&m_thread);
        connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
        connect(m_worker, &TileWorker::fetched, this, &TileCache::accept);
        connect(m_worker, &TileWorker::failed, this, &TileCache::reject);
        m_thread.setObjectName(QStringLiteral("entente tiles"));
        m_thread.start();
        m_matchWorker = new TileWorker(store->readerPath());
        m_matchWorker->moveToThread(&m_matchThread);
        connect(&m_matchThread, &QThread::finished, m_matchWorker, &QObject::deleteLater);
        connect(m_matchWorker, &TileWorker::matchDensityRead, this, &TileCache::acceptMatchDensity);
        connect(m_matchWorker, &TileWorker::matchDensityFailed, this,
                &TileCache::rejectMatchDensity);
        m_matchThread.setObjectName(QStringLiteral("entente match density"));
        m_matchThread.start();
    }
}

TileCache::~TileCache()
{
    if (m_worker) {
        m_worker->setLatestGeneration(std::numeric_limits<quint64>::max()); // stop early
        m_matchWorker->setLatestMatches(std::numeric_limits<quint64>::max());
        m_worker->stop(); // cut short what runs: closing a file waits for no long read
        m_matchWorker->stop();
        m_thread.quit();
        m_matchThread.quit();
        m_thread.wait();
        m_matchThread.wait();
    }
}

void TileCache::reserve(int tiles)
{
    if (tiles > m_tiles.maxCost()) {
        m_tiles.setMaxCost(tiles);
    }
}

void TileCache::request(const QList<TileKey> &keys)
{
    QList<TileKey> wanted;
    for (const TileKey &key : keys) {
        if (!m_tiles.contains(key) && !wanted.contains(key)) {
            wanted.append(key);
        }
    }
    if (m_mode == Mode::Immediate) {
        try {
            for (const TileKey &key : wanted) {
                m_tiles.insert(key, new Tile(TileQuery::fetch(*m_store, key)));
            }
        } catch (const Error &error) {
            emit failed(error.message()); // the caller may be painting: no exception through it
        }
        return;
    }
    if (wanted.isEmpty() || QSet<TileKey>(wanted.begin(), wanted.end()) == m_pending) {
        return; // already on their way
    }
    m_pending = QSet<TileKey>(wanted.begin(), wanted.end());
    m_worker->setLatestGeneration(++m_generation);
    QMetaObject::invokeMethod(m_worker, "fetch", Qt::QueuedConnection,
                              Q_ARG(QList<entente::TileKey>, wanted), Q_ARG(quint64, m_generation));
}

void TileCache::accept(const QList<Tile> &tiles, quint64 generation)
{
    if (generation <= m_clearedAt) {
        return; // fetched before the last write: may be out of date
    }
    for (const Tile &tile : tiles) {
        m_pending.remove(tile.key);
        m_tiles.insert(tile.key, new Tile(tile));
    }
    emit tilesArrived();
}

void TileCache::reject(const QString &message, quint64 generation)
{
    if (generation == m_generation) {
        m_pending.clear(); // the rest of that request will not come
    }
    emit failed(message);
}

void TileCache::setMatches(const std::shared_ptr<const MatchSet> &matches,
                           MatchDensity::Lanes lanes)
{
    if (matches == m_matches && lanes == m_matchLanes) {
        return;
    }
    m_matches = matches;
    m_matchLanes = lanes;
    m_matchDensity.reset();
    ++m_matchesGeneration;
    m_matchDensityPending = m_matches && m_mode == Mode::Background;
    if (!m_matches) {
        return;
    }
    if (m_mode == Mode::Immediate) {
        try {
            m_matchDensity = std::make_shared<const MatchDensity>(
                MatchDensity::read(m_store->database(), *m_matches, lanes));
        } catch (const Error &error) {
            emit failed(error.message());
        }
        return;
    }
    m_matchWorker->setLatestMatches(m_matchesGeneration);
    QMetaObject::invokeMethod(
        m_matchWorker,
        [worker = m_matchWorker, matches = m_matches, lanes, generation = m_matchesGeneration] {
            worker->readMatchDensity(matches, lanes, generation);
        },
        Qt::QueuedConnection);
}

void TileCache::acceptMatchDensity(const std::shared_ptr<const MatchDensity> &density,
                                   quint64 generation)
{
    if (generation == m_matchesGeneration) {
        m_matchDensity = density;
        m_matchDensityPending = false;
        emit tilesArrived();
    }
}

void TileCache::rejectMatchDensity(const QString &message, quint64 generation)
{
    if (generation == m_matchesGeneration) {
        m_matchDensityPending = false;
        emit failed(message);
    }
}

void TileCache::forget(const StoreChange &change)
{
    if (!change.touchesEvents()) {
        return; // names, colours, sources, relations: not what a tile holds
    }
    // Results on their way were read before the write: any of them may be out of date.
    m_pending.clear();
    m_clearedAt = m_generation;
    for (const TileKey &key : m_tiles.keys()) {
        if (touches(change, key)) {
            m_tiles.remove(key);
        }
    }
    emit tilesArrived(); // what was drawn may have changed: draw again
}

bool TileCache::touches(const StoreChange &change, const TileKey &key)
{
    if (key.lane == TileKey::AllLanes) {
        return change.touchesTime(key.from(), key.to());
    }
    // A lane tile holds every summary bucket that touches it, and a bucket may reach past the
    // tile on either side (a crowded day seen at the scale of hours).
    const qint64 bucket = DensityIndex::bucketSeconds(TileQuery::densityLevel(key));
    return change.touchesTime(key.from() - bucket, key.to() + bucket);
}

void TileCache::clear()
{
    m_tiles.clear();
    m_pending.clear();
    m_clearedAt = m_generation;
    emit tilesArrived(); // what was drawn may have changed: draw again
}

} // namespace entente
