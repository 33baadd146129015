// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datasetreader.h"

#include <QMutex>
#include <QWaitCondition>

#include <deque>
#include <exception>
#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace entente {

// A streamed read (DatasetReader::stream) on a thread of its own, its chunks taken one by one
// by the thread that stores them: the file is read and parsed while the chunks before are
// stored, and whoever takes the chunks sees the first one (or the read's error) before it opens
// anything. At most `Ahead` chunks wait, so a fast reader never holds the file. `produce` runs
// on the reading thread: what it shares with the taker (a report it fills) is the taker's to
// read only once next() has returned nothing.
class ReadAhead final
{
public:
    static constexpr std::size_t Ahead = 2;
    using Producer = std::function<void(const ContentSink &sink)>;

    explicit ReadAhead(Producer produce);
    // Stops a read that is still going (its sink throws Cancelled) and waits for it.
    ~ReadAhead();
    Q_DISABLE_COPY_MOVE(ReadAhead)

    // The next chunk, waiting for it; nothing once the read has ended. Rethrows what the read
    // threw (an Error of the file, Cancelled), after the chunks before it.
    std::optional<TimelineContent> next();
    // Hands a chunk the taker is done with back to the reading thread, which frees it with
    // the next one it reads: its memory was allocated there, and freeing a million events on
    // the storing thread (with a map of attributes each, then) took a tenth of its time.
    void recycle(TimelineContent chunk);
    // Takes every chunk, gives it to `sink` and recycles it.
    void forEach(const ContentSink &sink);

private:
    void put(TimelineContent chunk);
    void run(const Producer &produce);

    QMutex m_mutex;
    QWaitCondition m_changed;
    std::deque<TimelineContent> m_chunks;
    std::deque<TimelineContent> m_spent; // recycled, for the reading thread to free
    std::exception_ptr m_error;
    bool m_ended = false;
    bool m_stopped = false;
    std::unique_ptr<QThread> m_thread;
};

} // namespace entente
