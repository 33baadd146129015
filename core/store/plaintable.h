// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"
#include "statement.h"
#include "storechange.h"
#include "writebatch.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace entente {

// A table of plain values with an integer id (actors, sources, relations, eras): each row one
// value, written and read whole. What differs between these tables is in their Shape; the
// statements and what a write announces are here once. Writes go through the store, inside
// its WriteBatch; what is special to a table (checks, cascades) stays with the store.
template <typename T>
class PlainTable final
{
public:
    struct Shape
    {
        QString table;
        QStringList columns;                  // after id, in the order of bind and read
        IdChanges StoreChange::*changes;      // where a write to the table is announced
        void (*bind)(Statement &, const T &); // the columns as ?2, ?3, ... (?1 is the id)
        T (*read)(const Statement &);         // a row: the id, then the columns
    };

    PlainTable(Database &db, WriteBatch &batch, const Shape &shape);

    // Returns the new id; with keepId, the row takes item.id (re-created by undo).
    qint64 insert(const T &item, bool keepId = false);
    void update(const T &item);
    void remove(qint64 id);
    std::optional<T> find(qint64 id) const;
    QList<T> all() const; // in id order
    // The rows that `clause` (what follows "SELECT id, columns FROM table") picks, with its
    // parameters bound by bind(statement).
    template <typename Bind>
    QList<T> select(const QString &clause, Bind &&bind) const;

private:
    void announce(QList<qint64> IdChanges::*list, qint64 id);

    Database &m_db;
    WriteBatch &m_batch;
    Shape m_shape;
    QString m_insert, m_update, m_remove, m_select;
};

template <typename T>
PlainTable<T>::PlainTable(Database &db, WriteBatch &batch, const Shape &shape)
    : m_db(db), m_batch(batch), m_shape(shape)
{
    QStringList params, assignments;
    for (int i = 0; i < shape.columns.size(); ++i) {
        params.append(QStringLiteral("?%1").arg(i + 2));
        assignments.append(QStringLiteral("%1 = ?%2").arg(shape.columns.at(i)).arg(i + 2));
    }
    const QString list = shape.columns.join(QStringLiteral(", "));
    m_insert = QStringLiteral("INSERT INTO %1 (id, %2) VALUES (?1, %3)")
                   .arg(shape.table, list, params.join(QStringLiteral(", ")));
    m_update = QStringLiteral("UPDATE %1 SET %2 WHERE id = ?1")
                   .arg(shape.table, assignments.join(QStringLiteral(", ")));
    m_remove = QStringLiteral("DELETE FROM %1 WHERE id = ?1").arg(shape.table);
    m_select = QStringLiteral("SELECT id, %1 FROM %2 ").arg(list, shape.table);
}

template <typename T>
qint64 PlainTable<T>::insert(const T &item, bool keepId)
{
    Statement &st = m_db.cached(m_insert);
    st.bindId(1, keepId ? item.id : 0); // null: SQLite picks the next id
    m_shape.bind(st, item);
    st.run();
    const qint64 id = m_db.lastInsertRowId();
    announce(&IdChanges::added, id);
    return id;
}

template <typename T>
void PlainTable<T>::update(const T &item)
{
    Statement &st = m_db.cached(m_update);
    st.bind(1, item.id);
    m_shape.bind(st, item);
    st.run();
    announce(&IdChanges::changed, item.id);
}

template <typename T>
void PlainTable<T>::remove(qint64 id)
{
    m_db.cached(m_remove).bind(1, id).run();
    announce(&IdChanges::removed, id);
}

template <typename T>
std::optional<T> PlainTable<T>::find(qint64 id) const
{
    const QList<T> found =
        select(QStringLiteral("WHERE id = ?1"), [id](Statement &st) { st.bind(1, id); });
    return found.isEmpty() ? std::nullopt : std::optional<T>(found.first());
}

template <typename T>
QList<T> PlainTable<T>::all() const
{
    return select(QStringLiteral("ORDER BY id"), [](Statement &) {});
}

template <typename T>
template <typename Bind>
QList<T> PlainTable<T>::select(const QString &clause, Bind &&bind) const
{
    Statement &st = m_db.cached(m_select + clause);
    bind(st);
    QList<T> items;
    while (st.step()) {
        items.append(m_shape.read(st));
    }
    st.reset();
    return items;
}

template <typename T>
void PlainTable<T>::announce(QList<qint64> IdChanges::*list, qint64 id)
{
    // Built apart and assigned, not appended through the two member pointers at once: GCC 12
    // warned of an uninitialized list there at -O3, and at -O2 (RelWithDebInfo) the append
    // did run on one, crashing on the first actor an import created.
    IdChanges ids;
    ids.*list = QList<qint64>{id};
    StoreChange change;
    change.*m_shape.changes = std::move(ids);
    m_batch.record(change);
}

} // namespace entente
