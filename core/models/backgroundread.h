// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "readerconnection.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <mutex>

class QThread;

namespace entente {

class EventStore;

// One read of a timeline on a thread of its own, over its own read-only connection, that the
// owner can stop and always joins: when a file closes, no thread is left reading it, and a
// failure there comes back as a message instead of vanishing with the thread.
class BackgroundRead final : public QObject
{
    Q_OBJECT

public:
    using Work = std::function<void(EventStore &reader)>;

    // Starts `work` at once on a reader of the timeline at `path`.
    BackgroundRead(const QString &path, Work work, QObject *parent = nullptr);
    // Stops the read and waits for its thread.
    ~BackgroundRead() override;

    // Stops the statement running on the reader (within a few thousand of SQLite's steps), or
    // the work before it starts, and waits for the thread; finished() is not emitted then.
    void stop();
    // Why the read failed (the message names the file), empty if it did not; for finished().
    QString error() const;

signals:
    // On the owner's thread, once the work has ended, unless it was stopped.
    void finished();

private:
    void run(const Work &work);

    ReaderConnection m_reader;
    std::unique_ptr<QThread> m_thread;
    mutable std::mutex m_mutex; // guards m_error, written on the reading thread
    QString m_error;
};

} // namespace entente
