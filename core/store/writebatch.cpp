// SPDX-License-Identifier: GPL-3.0-or-later
#include "writebatch.h"

#include "database.h"
#include "densityindex.h"
#include "error.h"
#include "searchindex.h"
#include "spanindex.h"
#include "statement.h"
#include "transaction.h"

#include <QDir>

namespace entente {

WriteBatch::WriteBatch(Database &db, DensityIndex &density, SpanIndex &spans, SearchIndex &search)
    : m_db(db), m_density(density), m_spans(spans), m_search(search)
{}

WriteBatch::~WriteBatch() = default;

void WriteBatch::begin()
{
    if (m_db.isReadOnly()) {
        throw Error(tr("%1: the timeline is read-only; nothing was changed")
                        .arg(QDir::toNativeSeparators(m_db.path())));
    }
    m_transactions.push_back(std::make_unique<Transaction>(m_db));
    if (m_transactions.size() == 1 && m_buildIndexesAtCommit) {
        dropEventIndexes();
    }
    m_pending.append(StoreChange());
    m_poisoned.append(false);
    m_density.beginLevel();
}

std::optional<StoreChange> WriteBatch::end(bool commit)
{
    std::unique_ptr<Transaction> transaction = std::move(m_transactions.back());
    m_transactions.pop_back();
    StoreChange change = m_pending.takeLast();
    const bool poisoned = m_poisoned.takeLast();
    m_density.endLevel(commit && !poisoned);
    if (!commit || poisoned) {
        if (m_transactions.empty()) {
            m_droppedIndexes.clear(); // the rollback brings them back
            m_search.setDeferred(false);
        }
        transaction.reset(); // rolls back this level only
        m_spans.invalidate();
        if (commit) {
            throw Error(tr("%1: a write in this batch failed, so none of the batch was kept")
                            .arg(QDir::toNativeSeparators(m_db.path())));
        }
        return std::nullopt;
    }
    if (m_transactions.empty()) {
        try {
            buildDeferred();
        } catch (...) {
            m_droppedIndexes.clear(); // the transaction's rollback brings them back
            throw;
        }
    }
    transaction->commit();
    if (!m_pending.isEmpty()) {
        m_pending.last().merge(change);
        return std::nullopt;
    }
    return change.isEmpty() ? std::nullopt : std::optional<StoreChange>(change);
}

// The indexes and the search words a bulk import left for the end, then the summaries.
void WriteBatch::buildDeferred()
{
    const bool searchDeferred = !m_droppedIndexes.isEmpty();
    m_search.setDeferred(false);
    createEventIndexes(); // before the summaries, whose flush may read through them
    if (searchDeferred) {
        m_search.addAllWords(); // through the view, which reads the links' indexes
    }
    m_density.flush(); // the summaries commit with the events, or not at all
}

void WriteBatch::dropEventIndexes()
{
    Statement indexes(m_db, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = "
                                           "'index' AND sql IS NOT NULL AND tbl_name IN "
                                           "('events', 'event_actors', 'event_sources')"));
    QStringList names;
    while (indexes.step()) {
        names.append(indexes.text(0));
        m_droppedIndexes.append(indexes.text(1));
    }
    indexes.reset();
    for (const QString &name : std::as_const(names)) {
        m_db.execute(QStringLiteral("DROP INDEX \"%1\"").arg(name));
    }
    m_search.setDeferred(!names.isEmpty());
}

void WriteBatch::createEventIndexes()
{
    for (const QString &sql : std::as_const(m_droppedIndexes)) {
        m_db.execute(sql);
    }
    m_droppedIndexes.clear();
}

void WriteBatch::markFailed()
{
    if (!m_poisoned.isEmpty()) {
        m_poisoned.last() = true;
    }
}

void WriteBatch::record(const StoreChange &change)
{
    if (change.touchesEvents()) {
        m_spans.invalidate();
    }
    Q_ASSERT(!m_pending.isEmpty());
    m_pending.last().merge(change);
}

} // namespace entente
