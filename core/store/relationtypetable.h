// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "relationtype.h"

#include <QCoreApplication>
#include <QList>

namespace entente {

class Database;
class WriteBatch;

// The relation_types table: the kinds of relation a timeline knows, by name, and the
// relations that follow a type when it is renamed or removed. Writes run inside the store's
// WriteBatch and are announced through it; they throw Error, leaving the batch to roll back.
class RelationTypeTable final
{
    Q_DECLARE_TR_FUNCTIONS(entente::RelationTypeTable)

public:
    RelationTypeTable(Database &db, WriteBatch &batch) : m_db(db), m_batch(batch) {}

    // The built-in types first, in their usual order, then the others by label; with their
    // relations counted, or the counts left at 0.
    QList<RelationType> all(bool counted) const;
    bool contains(const QString &name) const;
    void set(const RelationType &type);
    void rename(const QString &from, const QString &to);
    void remove(const QString &name, const QString &reassignTo);

private:
    QList<qint64> relationsOfType(const QString &name) const;
    void requireNew(const QString &name) const;
    void requireKnown(const QString &name) const;

    Database &m_db;
    WriteBatch &m_batch;
};

} // namespace entente
