// SPDX-License-Identifier: GPL-3.0-or-later
#include "backgroundread.h"

#include "error.h"

#include <QThread>

namespace entente {

BackgroundRead::BackgroundRead(const QString &path, Work work, QObject *parent)
    : QObject(parent), m_reader(path)
{
    m_thread.reset(QThread::create([this, work = std::move(work)] { run(work); }));
    m_thread->setObjectName(QStringLiteral("entente background read"));
    // Queued to this object's thread: finished() is emitted where the owner lives.
    connect(m_thread.get(), &QThread::finished, this, [this] {
        if (!m_reader.isStopped()) {
            emit finished();
        }
    });
    m_thread->start(QThread::LowPriority);
}

BackgroundRead::~BackgroundRead()
{
    stop();
}

void BackgroundRead::stop()
{
    m_reader.stop();
    m_thread->wait();
}

QString BackgroundRead::error() const
{
    const std::lock_guard lock(m_mutex);
    return m_error;
}

void BackgroundRead::run(const Work &work)
{
    try {
        work(m_reader.store());
    } catch (const Error &error) {
        const std::lock_guard lock(m_mutex);
        m_error = error.message();
    }
    m_reader.close(); // on the thread that opened it
}

} // namespace entente
