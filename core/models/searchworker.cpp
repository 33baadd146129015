// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchworker.h"

#include "error.h"
#include "eventstore.h"

namespace entente {

SearchWorker::SearchWorker(const QString &path) : m_reader(path) {}

SearchWorker::~SearchWorker() = default;

void SearchWorker::run(const EventCriteria &criteria, quint64 generation)
{
    if (isStale(generation)) {
        return; // a newer request is queued behind this one
    }
    Result result;
    result.generation = generation;
    try {
        EventStore &store = m_reader.store();
        if (!criteria.isEmpty()) {
            result.matches = std::make_shared<const MatchSet>(store.matches(criteria));
        }
        if (isStale(generation)) {
            return;
        }
        result.actorCounts = store.countsByActor(criteria);
    } catch (const Error &error) {
        result.error = error.message();
    }
    emit finished(result);
}

} // namespace entente
