// SPDX-License-Identifier: GPL-3.0-or-later
#include "readahead.h"

#include "cancelled.h"

#include <QCoreApplication>
#include <QThread>

namespace entente {

ReadAhead::ReadAhead(Producer produce)
{
    m_thread.reset(QThread::create([this, produce = std::move(produce)] { run(produce); }));
    m_thread->start();
}

ReadAhead::~ReadAhead()
{
    {
        const QMutexLocker lock(&m_mutex);
        m_stopped = true;
        m_changed.wakeAll();
    }
    m_thread->wait();
}

void ReadAhead::run(const Producer &produce)
{
    try {
        produce([this](TimelineContent chunk) { put(std::move(chunk)); });
    } catch (...) {
        const QMutexLocker lock(&m_mutex);
        m_error = std::current_exception();
    }
    const QMutexLocker lock(&m_mutex);
    m_ended = true;
    m_changed.wakeAll();
}

void ReadAhead::put(TimelineContent chunk)
{
    // Here rather than on the storing thread, which has SQLite's work to do meanwhile.
    chunk.encoded.events = EventRows::encode(chunk.events);
    std::deque<TimelineContent> spent;
    {
        const QMutexLocker lock(&m_mutex);
        spent.swap(m_spent);
    }
    spent.clear(); // outside the lock: freeing a chunk takes a while
    QMutexLocker lock(&m_mutex);
    while (m_chunks.size() >= Ahead && !m_stopped) {
        m_changed.wait(&m_mutex);
    }
    if (m_stopped) {
        throw Cancelled(
            QCoreApplication::translate("entente::Cancelled", "The import was cancelled."));
    }
    m_chunks.push_back(std::move(chunk));
    m_changed.wakeAll();
}

std::optional<TimelineContent> ReadAhead::next()
{
    QMutexLocker lock(&m_mutex);
    while (m_chunks.empty() && !m_ended) {
        m_changed.wait(&m_mutex);
    }
    if (!m_chunks.empty()) {
        TimelineContent chunk = std::move(m_chunks.front());
        m_chunks.pop_front();
        m_changed.wakeAll();
        return chunk;
    }
    if (m_error) {
        std::rethrow_exception(std::exchange(m_error, nullptr));
    }
    return std::nullopt;
}

void ReadAhead::recycle(TimelineContent chunk)
{
    const QMutexLocker lock(&m_mutex);
    m_spent.push_back(std::move(chunk));
}

void ReadAhead::forEach(const ContentSink &sink)
{
    while (std::optional<TimelineContent> chunk = next()) {
        sink(*chunk); // a shallow copy: the events stay shared with the one recycled
        recycle(std::move(*chunk));
    }
}

} // namespace entente
