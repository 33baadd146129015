// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchworker.h"

#include "error.h"
#include "eventstore.h"

namespace entente {

SearchWorker::SearchWorker(const QString &path) : m_path(path) {}

SearchWorker::~SearchWorker() = default;

void SearchWorker::run(const EventCriteria &criteria, quint64 generation)
{
    if (isStale(generation)) {
        return; // a newer request is queued behind this one
    }
    Result result;
    result.generation = generation;
    try {
        if (!m_store) { // opened on the worker thread, which then owns the connection
            m_store = std::make_unique<EventStore>(m_path, EventStore::Access::ReadOnly);
        }
        if (!criteria.isEmpty()) {
            result.matches = std::make_shared<const MatchSet>(m_store->matches(criteria));
        }
        if (isStale(generation)) {
            return;
        }
        result.actorCounts = m_store->countsByActor(criteria);
    } catch (const Error &error) {
        result.error = error.message();
    }
    emit finished(result);
}

} // namespace entente
