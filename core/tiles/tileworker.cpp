// SPDX-License-Identifier: GPL-3.0-or-later
#include "tileworker.h"

#include "error.h"
#include "eventstore.h"
#include "matchdensity.h"
#include "tilequery.h"

#include <QElapsedTimer>

namespace entente {

TileWorker::TileWorker(const QString &path) : m_reader(path) {}

TileWorker::~TileWorker() = default;

void TileWorker::setLatestGeneration(quint64 generation)
{
    m_latest = generation;
}

void TileWorker::fetch(const QList<TileKey> &keys, quint64 generation)
{
    try {
        EventStore &store = m_reader.store(); // opened on this thread, which then owns it
        QList<Tile> batch;
        QElapsedTimer sinceLastBatch;
        sinceLastBatch.start();
        for (const TileKey &key : keys) {
            if (generation < m_latest) {
                break;
            }
            batch.append(TileQuery::fetch(store, key));
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
        EventStore &store = m_reader.store();
        emit matchDensityRead(std::make_shared<const MatchDensity>(
                                  MatchDensity::read(store.database(), *matches, lanes)),
                              generation);
    } catch (const Error &error) {
        emit matchDensityFailed(error.message(), generation);
    }
}

} // namespace entente
