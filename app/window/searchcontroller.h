// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventcriteria.h"
#include "searchworker.h"

#include <QHash>
#include <QObject>

#include <memory>

class QThread;
class QTimer;

namespace entente {

class EventStore;
class MatchSet;
struct StoreChange;

// What the window asks of its events now: the search field's query and the filter panel's
// criteria as one EventCriteria, and what they let through. Every match and the counts per
// actor are found on a worker thread (SearchWorker), so typing never waits on SQLite; the
// newest request wins, and a burst of writes to the store is answered once.
class SearchController final : public QObject
{
    Q_OBJECT

public:
    explicit SearchController(QObject *parent = nullptr);
    ~SearchController() override;
    Q_DISABLE_COPY_MOVE(SearchController)

    // Another timeline, or none: nothing is asked of it yet.
    void setStore(EventStore *store);
    EventStore *store() const { return m_store; }
    const EventCriteria &criteria() const { return m_criteria; }
    // What the criteria let through as last found; none while nothing is asked.
    const std::shared_ptr<const MatchSet> &matches() const { return m_matches; }
    const QHash<qint64, qint64> &actorCounts() const { return m_actorCounts; }

public slots:
    void setQuery(const QString &query);
    // The filter panel's criteria: everything but the query, which stays the search field's.
    void setFilterCriteria(const entente::EventCriteria &criteria);
    // The query and the filters at once (a saved view, a chip removed).
    void setCriteria(const entente::EventCriteria &criteria);
    // Asks nothing: no query, no filters.
    void clear();

signals:
    void criteriaChanged(const entente::EventCriteria &criteria);
    void matchesChanged(std::shared_ptr<const entente::MatchSet> matches);
    void actorCountsChanged(const QHash<qint64, qint64> &counts);
    void failed(const QString &message);

private:
    // Writes come in bursts (an import, an undo of many): they are answered once, this long
    // after the last.
    static constexpr int RerunDelayMs = 100;

    void run();
    void accept(const SearchWorker::Result &result);
    void onStoreChanged(const StoreChange &change);
    void stopWorker();

    EventStore *m_store = nullptr;
    EventCriteria m_criteria;
    std::shared_ptr<const MatchSet> m_matches;
    QHash<qint64, qint64> m_actorCounts;
    quint64 m_generation = 0;
    QTimer *m_rerun;
    std::unique_ptr<QThread> m_thread;
    SearchWorker *m_worker = nullptr;
};

} // namespace entente
