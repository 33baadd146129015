// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace entente {

class Database;

// Rolls back everything done since construction unless commit() is called. Transactions
// nest: an inner one is a SAVEPOINT, and an inner failure undoes only the inner part.
//
// The outermost level of a writable connection begins IMMEDIATE, taking the file's write lock
// before its first read. Begun deferred, a transaction that reads and then writes while
// another process commits cannot write at all (in WAL, SQLITE_BUSY_SNAPSHOT: its snapshot is
// stale) and does not wait for a lock that another process holds; begun immediate, it waits
// up to Database::BusyTimeoutMs for the lock and then reads what that process committed.
// A read-only connection begins deferred, as a read.
class Transaction final
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    void commit();

private:
    Database &m_db;
    bool m_outermost; // no transaction was open when it began
    bool m_done = false;
};

} // namespace entente
