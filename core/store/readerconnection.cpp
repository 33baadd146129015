// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerconnection.h"

#include "database.h"
#include "error.h"
#include "eventstore.h"

#include <QDir>

namespace entente {

ReaderConnection::ReaderConnection(const QString &path) : m_path(path) {}

ReaderConnection::~ReaderConnection()
{
    close();
}

EventStore &ReaderConnection::store()
{
    if (!m_store) {
        // Opened outside the lock: it reads the file's schema, which stop() must not wait for.
        auto opened = std::make_unique<EventStore>(m_path, EventStore::Access::ReadOnly);
        // On a worker thread a wait freezes nothing; a read that failed at once would show the
        // user an error for the moment the window's own first write holds the file.
        opened->database().setBusyTimeout(EventStore::ReaderBusyTimeoutMs);
        const std::lock_guard lock(m_mutex);
        if (!m_stopped) {
            m_store = std::move(opened);
            m_published = m_store.get();
        }
    }
    if (isStopped()) {
        throw Error(tr("reading %1 was stopped").arg(QDir::toNativeSeparators(m_path)));
    }
    return *m_store;
}

void ReaderConnection::close()
{
    {
        const std::lock_guard lock(m_mutex);
        m_published = nullptr;
    }
    m_store.reset();
}

void ReaderConnection::stop()
{
    const std::lock_guard lock(m_mutex);
    m_stopped = true;
    if (m_published) {
        m_published->database().requestStop();
    }
}

bool ReaderConnection::isStopped() const
{
    const std::lock_guard lock(m_mutex);
    return m_stopped;
}

} // namespace entente
