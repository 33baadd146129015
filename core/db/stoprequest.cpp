// SPDX-License-Identifier: GPL-3.0-or-later
#include "stoprequest.h"

#include "database.h"
#include "error.h"

#include <QDir>

#include <sqlite3.h>

#include <utility>

namespace entente {

void StopRequest::request()
{
    const std::lock_guard lock(m_mutex);
    m_requested = true;
    if (m_watched) {
        m_watched->requestStop();
    }
}

void StopRequest::throwIfRequested(const QString &path) const
{
    if (m_requested) {
        throwStopped(path);
    }
}

void StopRequest::throwStopped(const QString &path)
{
    // Worded as Database words a stopped statement, with its code: one message for the user
    // whichever step the stop reached.
    throw Error(QCoreApplication::translate("entente::Database",
                                            "%1: stopped before it finished; nothing was changed")
                    .arg(QDir::toNativeSeparators(path)),
                SQLITE_INTERRUPT);
}

void StopRequest::setStage(Stage stage, qint64 bytesTotal)
{
    m_bytesTotal = bytesTotal;
    m_bytesDone = 0;
    m_stage = stage;
    if (m_onProgress) {
        m_onProgress(*this);
    }
}

void StopRequest::addBytesDone(qint64 bytes)
{
    m_bytesDone += bytes;
    if (m_onProgress) {
        m_onProgress(*this);
    }
}

Database *StopRequest::watch(Database *db)
{
    const std::lock_guard lock(m_mutex);
    Database *before = std::exchange(m_watched, db);
    if (db && m_requested) {
        db->requestStop();
    }
    return before;
}

StopRequest::Watching::Watching(StopRequest &stop, Database &db)
    : m_stop(stop), m_before(stop.watch(&db))
{}

StopRequest::Watching::~Watching()
{
    m_stop.watch(m_before);
}

} // namespace entente
