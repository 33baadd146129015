// SPDX-License-Identifier: GPL-3.0-or-later
#include "transaction.h"

#include "database.h"
#include "statement.h"

#include <sqlite3.h>

namespace entente {

namespace {
QString beginning(const Database &db, bool outermost)
{
    if (!outermost) {
        return QStringLiteral("SAVEPOINT entente_tx");
    }
    // A read-only connection cannot take the write lock: BEGIN IMMEDIATE would fail there.
    return db.isReadOnly() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
}
} // namespace

Transaction::Transaction(Database &db)
    : m_db(db), m_outermost(sqlite3_get_autocommit(db.handle()) != 0)
{
    m_db.cached(beginning(m_db, m_outermost)).run();
}

Transaction::~Transaction()
{
    if (m_done) {
        return;
    }
    try {
        // The outermost level ends the transaction with ROLLBACK, which writes nothing: a
        // file a failed import touched stays byte for byte as before.
        if (m_outermost) {
            m_db.cached(QStringLiteral("ROLLBACK")).run();
            return;
        }
        m_db.cached(QStringLiteral("ROLLBACK TO entente_tx")).run();
        m_db.cached(QStringLiteral("RELEASE entente_tx")).run();
    } catch (...) {
        // Nothing more can be done from a destructor; SQLite rolls back on close.
    }
}

void Transaction::commit()
{
    // A failed COMMIT (the lock of a reader in rollback-journal mode) leaves the transaction
    // open, and the destructor rolls it back.
    m_db.cached(m_outermost ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE entente_tx"))
        .run();
    m_done = true;
}

} // namespace entente
