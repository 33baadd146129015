// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventcriteria.h"
#include "matchset.h"
#include "readerconnection.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace entente {

class EventStore;

// Finds every match of a search and the counts per actor on its own thread, over its own
// read-only connection to the timeline, as TileWorker reads tiles: a common word in a large
// timeline takes longer than a key press may.
class SearchWorker final : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        quint64 generation = 0;
        std::shared_ptr<const MatchSet> matches; // none when the criteria ask nothing
        QHash<qint64, qint64> actorCounts;       // EventStore::countsByActor
        QString error;                           // the read failed: why
    };

    explicit SearchWorker(const QString &path);
    ~SearchWorker() override;
    Q_DISABLE_COPY_MOVE(SearchWorker)

    // Any thread: requests older than this are skipped, or dropped half way.
    void setLatestGeneration(quint64 generation) { m_latest = generation; }
    // Any thread: cuts the search running short and ends this worker's reading for good (the
    // file is closing).
    void stop() { m_reader.stop(); }
    // On the worker's thread.
    void run(const entente::EventCriteria &criteria, quint64 generation);

signals:
    void finished(const entente::SearchWorker::Result &result);

private:
    bool isStale(quint64 generation) const { return generation < m_latest; }

    ReaderConnection m_reader;
    std::atomic<quint64> m_latest{0};
};

} // namespace entente
