// SPDX-License-Identifier: GPL-3.0-or-later
#include "transaction.h"

#include "database.h"

namespace entente {

Transaction::Transaction(Database &db) : m_db(db)
{
    m_db.execute(QStringLiteral("SAVEPOINT entente_tx"));
}

Transaction::~Transaction()
{
    if (m_done) {
        return;
    }
    try {
        m_db.execute(QStringLiteral("ROLLBACK TO entente_tx"));
        m_db.execute(QStringLiteral("RELEASE entente_tx"));
    } catch (...) {
        // Nothing more can be done from a destructor; SQLite rolls back on close.
    }
}

void Transaction::commit()
{
    m_db.execute(QStringLiteral("RELEASE entente_tx"));
    m_done = true;
}

} // namespace entente
