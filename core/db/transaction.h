// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace entente {

class Database;

// Rolls back everything done since construction unless commit() is called. Built on
// SAVEPOINT, so transactions nest: an inner failure undoes only the inner part.
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
