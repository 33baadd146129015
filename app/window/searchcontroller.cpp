// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchcontroller.h"

#include "errorguard.h"
#include "eventstore.h"
#include "matchset.h"
#include "storechange.h"

#include <QThread>
#include <QTimer>

#include <limits>

namespace entente {

SearchController::SearchController(QObject *parent) : QObject(parent), m_rerun(new QTimer(this))
{
    qRegisterMetaType<SearchWorker::Result>(); // across threads
    m_rerun->setSingleShot(true);
    m_rerun->setInterval(RerunDelayMs);
    connect(m_rerun, &QTimer::timeout, this, ErrorGuard::slot(this, &SearchController::run));
}

SearchController::~SearchController()
{
    stopWorker();
}

void SearchController::stopWorker()
{
    if (!m_worker) {
        return;
    }
    m_worker->setLatestGeneration(std::numeric_limits<quint64>::max()); // skip what is queued
    m_worker->stop(); // and cut short what runs: closing waits for no long search
    m_thread->quit();
    m_thread->wait();
    delete m_worker; // its thread has ended: nothing runs it any more
    m_worker = nullptr;
    m_thread.reset();
}

void SearchController::setStore(EventStore *store)
{
    if (m_store) {
        disconnect(m_store, nullptr, this, nullptr);
    }
    stopWorker();
    m_rerun->stop();
    ++m_generation; // a result of the last store is not this one's
    m_store = store;
    if (m_store) {
        connect(m_store, &EventStore::changed, this,
                ErrorGuard::slot(this, &SearchController::onStoreChanged));
        m_worker = new SearchWorker(m_store->readerPath());
        m_thread = std::make_unique<QThread>();
        m_thread->setObjectName(QStringLiteral("entente search"));
        m_worker->moveToThread(m_thread.get());
        connect(m_worker, &SearchWorker::finished, this,
                ErrorGuard::slot(this, &SearchController::accept));
        m_thread->start();
    }
    // Actors and words of another file mean nothing in this one.
    m_criteria = {};
    m_matches.reset();
    m_actorCounts.clear();
    emit criteriaChanged(m_criteria);
    emit matchesChanged(m_matches);
    run(); // the counts per actor of every event, for the filter panel
}

void SearchController::setQuery(const QString &query)
{
    EventCriteria criteria = m_criteria;
    criteria.query = query;
    setCriteria(criteria);
}

void SearchController::setFilterCriteria(const EventCriteria &criteria)
{
    EventCriteria combined = criteria;
    combined.query = m_criteria.query;
    setCriteria(combined);
}

void SearchController::clear()
{
    setCriteria({});
}

void SearchController::setCriteria(const EventCriteria &criteria)
{
    if (criteria == m_criteria) {
        return;
    }
    m_criteria = criteria;
    emit criteriaChanged(m_criteria);
    run();
}

void SearchController::run()
{
    m_rerun->stop();
    if (!m_worker) {
        return;
    }
    const quint64 generation = ++m_generation;
    m_worker->setLatestGeneration(generation);
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, criteria = m_criteria, generation] {
            worker->run(criteria, generation);
        },
        Qt::QueuedConnection);
}

void SearchController::accept(const SearchWorker::Result &result)
{
    if (result.generation != m_generation) {
        return; // asked before the criteria or the store last changed
    }
    if (!result.error.isEmpty()) {
        emit failed(result.error);
        return;
    }
    m_matches = result.matches;
    m_actorCounts = result.actorCounts;
    emit matchesChanged(m_matches);
    emit actorCountsChanged(m_actorCounts);
}

void SearchController::onStoreChanged(const StoreChange &)
{
    // Any write may change what matches: an actor's new alias is a word to find.
    m_rerun->start();
}

} // namespace entente
