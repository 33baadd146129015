// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <mutex>

namespace entente {

class EventStore;

// A read-only connection to a timeline for a worker thread: opened at first use, on the
// thread that reads through it, and stoppable from any other. stop() cuts the statement
// running short (within a few thousand of SQLite's steps) and refuses every later use, so a
// file that closes waits for no long read, and no thread goes on reading it.
class ReaderConnection final
{
    Q_DECLARE_TR_FUNCTIONS(entente::ReaderConnection)

public:
    explicit ReaderConnection(const QString &path);
    ~ReaderConnection();
    Q_DISABLE_COPY_MOVE(ReaderConnection)

    // The reader, opened if it is not yet; throws Error when it cannot be opened (the message
    // names the file) or after stop().
    EventStore &store();
    // Closes the connection, on the thread that used it.
    void close();
    // From any thread.
    void stop();
    bool isStopped() const;

private:
    QString m_path;
    std::unique_ptr<EventStore> m_store; // set and used on the reading thread only
    mutable std::mutex m_mutex;          // guards the two below against stop()
    EventStore *m_published = nullptr;
    bool m_stopped = false;
};

} // namespace entente
