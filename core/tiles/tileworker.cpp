// SPDX-License-Identifier: GPL-3.0-or-later
#include "tileworker.h"

#include "error.h"
#include "eventstore.h"
#include "matchdensity.h"
#include "tilequery.h"

#include <QElapsedTimer>

namespace entente {

TileWorker::TileWorker(const QString &path) : m_path(path) {}

TileWorker::~TileWorker() = default;

void TileWorker::setLatestGeneration(quint64 generation)
{
    m_latest = generation;
}

void TileWorker::open()
{
    if (!m_store) { // opened on the worker thread, which then owns the connection
        m_store = std::make_unique<EventStore>(m_path, EventStore::Access::ReadOnly);
    }
}

void TileWorker::fetch(const QList<TileKey> &keys, quint64 generation)
{
    try {
        open();
        QList<Tile> batch;
        QElapsedTimer sinceLastBatch;
        sinceLastBatch.start();
        for (const TileKey &key : keys) {
            if (generation < m_latest) {
                break;
            }
            batch.append(TileQuery::fetch(*m_store, key));
            if (sinceLastBatch.elapsed() >= BatchMs) {
                emit fetched(batch, generation);
                batch.clear();
                sinceLastBatch.restart();
            }
        }
        if (!batch.isEmpty()) {
            emit fetched(batch, generation);
        }
    } catch (const Error &error) {
        emit failed(error.message(), generation);
    }
}

void TileWorker::readMatchDensity(const std::shared_ptr<const MatchSet> &matches,
                                  MatchDensity::Lanes lanes, quint64 generation)
{
    if (generation < m_latestMatches) {
        return; // the search has changed again: that one is on its way
    }
    try {
        open();
        emit matchDensityRead(std::make_shared<const MatchDensity>(
                                  MatchDensity::read(m_store->database(), *matches, lanes)),
                              generation);
    } catch (const Error &error) {
        emit matchDensityFailed(error.message(), generation);
    }
}

} // namespace entente
