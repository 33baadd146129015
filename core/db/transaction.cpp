// SPDX-License-Identifier: GPL-3.0-or-later
#include "transaction.h"

#include "database.h"
#include "statement.h"

namespace entente {

Transaction::Transaction(Database &db) : m_db(db)
{
    m_db.cached(QStringLiteral("SAVEPOINT entente_tx")).run();
}

Transaction::~Transaction()
{
    if (m_done) {
        return;
    }
    try {
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
