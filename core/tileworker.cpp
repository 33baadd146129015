// SPDX-License-Identifier: GPL-3.0-or-later
#include "tileworker.h"

#include "error.h"
#include "eventstore.h"
#include "tilequery.h"

namespace entente {

TileWorker::TileWorker(const QString &path) : m_path(path) {}

TileWorker::~TileWorker() = default;

void TileWorker::setLatestGeneration(quint64 generation)
{
    m_latest = generation;
}

void TileWorker::fetch(const QList<TileKey> &keys, quint64 generation)
{
    try {
        if (!m_store) { // opened on the worker thread, which then owns the connection
            m_store = std::make_unique<EventStore>(m_path, EventStore::Access::ReadOnly);
        }
        for (const TileKey &key : keys) {
            if (generation < m_latest) {
                return;
            }
            emit fetched(TileQuery::fetch(*m_store, key), generation);
        }
    } catch (const Error &error) {
        emit failed(error.message());
    }
}

} // namespace entente
