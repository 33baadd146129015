// SPDX-License-Identifier: GPL-3.0-or-later
#include "transaction.h"

#include "database.h"
#include "statement.h"

#include <sqlite3.h>

namespace entente {

Transaction::Transaction(Database &db)
    : m_db(db), m_outermost(sqlite3_get_autocommit(db.handle()) != 0)
{
    m_db.cached(QStringLiteral("SAVEPOINT entente_tx")).run();
}

Transaction::~Transaction()
{
    if (m_done) {
        return;
    }
    try {
        // The outermost level ends the transaction with ROLLBACK: ROLLBACK TO and RELEASE
        // would commit it empty, which in WAL mode still writes the first page (its change
        // counter), and a file a failed import touched would not be byte for byte as before.
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
    m_db.cached(QStringLiteral("RELEASE entente_tx")).run();
    m_done = true;
}

} // namespace entente
