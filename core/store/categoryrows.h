// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "category.h"

#include <QCoreApplication>
#include <QList>

namespace entente {

class Database;
class DensityIndex;
class WriteBatch;

// Categories as the store keeps them: the text in each event's row (what lanes and summaries
// are keyed by) and the user's names and colours in the `categories` table (schema 5). Writes
// run inside the store's WriteBatch; a rename or a removal that moves events recounts the
// summaries when the batch is written.
class CategoryRows final
{
    Q_DECLARE_TR_FUNCTIONS(entente::CategoryRows)

public:
    CategoryRows(Database &db, WriteBatch &batch, DensityIndex &density);

    QList<Category> all() const; // by name, with how many events each has
    void set(const Category &category);
    void rename(const QString &from, const QString &to);
    void remove(const QString &name, const QString &reassignTo);
    QList<qint64> eventsIn(const QString &name) const; // a scan: for edits only

private:
    // Moves every event of one category to another.
    void move(const QString &from, const QString &to);

    Database &m_db;
    WriteBatch &m_batch;
    DensityIndex &m_density;
};

} // namespace entente
