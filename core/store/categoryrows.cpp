// SPDX-License-Identifier: GPL-3.0-or-later
#include "categoryrows.h"

#include "database.h"
#include "densityindex.h"
#include "error.h"
#include "statement.h"
#include "writebatch.h"

#include <algorithm>

namespace entente {

CategoryRows::CategoryRows(Database &db, WriteBatch &batch, DensityIndex &density)
    : m_db(db), m_batch(batch), m_density(density)
{}

QList<Category> CategoryRows::all() const
{
    // Counted without reading the events: dated ones from their category lane's coarsest
    // summaries (a few dozen rows each), undated ones through the span index (their class is
    // null). The timeline asks on every change, so this must not grow with the file.
    Statement &st = m_db.cached(QStringLiteral(
        "WITH used(name, n) AS (SELECT l.name, (SELECT sum(d.count) FROM density d WHERE "
        "d.level = ?1 AND d.actor_id = l.lane_key) FROM category_lanes l UNION ALL SELECT "
        "category, count(*) FROM events WHERE span_class IS NULL GROUP BY category), "
        "totals(name, n) AS (SELECT name, sum(n) FROM used GROUP BY name) "
        "SELECT c.name, c.color, coalesce(t.n, 0), 1 FROM categories c LEFT JOIN totals t ON "
        "t.name = c.name UNION ALL SELECT t.name, '', t.n, 0 FROM totals t WHERE t.name <> '' "
        "AND t.name NOT IN (SELECT name FROM categories) ORDER BY 1"));
    st.bind(1, DensityIndex::CoarsestLevel);
    QList<Category> list;
    while (st.step()) {
        list.append({st.text(0), st.text(1), st.int64(2), st.integer(3) == 1});
    }
    st.reset();
    return list;
}

void CategoryRows::set(const Category &category)
{
    if (category.name.trimmed().isEmpty()) {
        throw Error(tr("a category needs a name; nothing was changed"));
    }
    m_db.cached(QStringLiteral("INSERT INTO categories (name, color) VALUES (?1, ?2) ON "
                               "CONFLICT (name) DO UPDATE SET color = excluded.color"))
        .bind(1, category.name)
        .bind(2, category.color)
        .run();
    StoreChange change;
    change.categoriesChanged = true;
    m_batch.record(change);
}

void CategoryRows::rename(const QString &from, const QString &to)
{
    if (to.trimmed().isEmpty()) {
        throw Error(tr("a category needs a name; nothing was changed"));
    }
    const QList<Category> existing = all();
    if (std::any_of(existing.begin(), existing.end(),
                    [&](const Category &c) { return c.name == to; })) {
        throw Error(tr("there is already a category “%1”; nothing was changed").arg(to));
    }
    m_db.cached(QStringLiteral("UPDATE categories SET name = ?2 WHERE name = ?1"))
        .bind(1, from)
        .bind(2, to)
        .run();
    move(from, to);
}

void CategoryRows::remove(const QString &name, const QString &reassignTo)
{
    m_db.cached(QStringLiteral("DELETE FROM categories WHERE name = ?1")).bind(1, name).run();
    if (reassignTo != name) {
        move(name, reassignTo);
    }
    StoreChange change;
    change.categoriesChanged = true;
    m_batch.record(change);
}

void CategoryRows::move(const QString &from, const QString &to)
{
    Statement &move =
        m_db.cached(QStringLiteral("UPDATE events SET category = ?2 WHERE category = ?1"));
    move.bind(1, from).bind(2, to).run();
    // A category's events may be many: its lanes' summaries are recounted as a whole.
    if (m_db.changes() > 0) {
        m_density.rebuildAtFlush();
    }
    StoreChange change = StoreChange::all();
    change.categoriesChanged = true;
    m_batch.record(change);
}

QList<qint64> CategoryRows::eventsIn(const QString &name) const
{
    return m_db.cached(QStringLiteral("SELECT id FROM events WHERE category = ?1 ORDER BY id"))
        .bind(1, name)
        .integers();
}

} // namespace entente
