// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storechange.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace entente {

class Database;
class DensityIndex;
class SearchIndex;
class SpanIndex;
class Transaction;

// The store's writes under way. Batches nest, each level a transaction with the changes made in
// it, which reach the level above when it commits and are announced once, by the outermost
// level. A write that fails inside a batch marks its level, which then rolls back even if the
// caller catches the error and commits: the batch is all or nothing. The density index's
// pending counts nest in step.
class WriteBatch final
{
    Q_DECLARE_TR_FUNCTIONS(entente::WriteBatch)

public:
    WriteBatch(Database &db, DensityIndex &density, SpanIndex &spans, SearchIndex &search);
    ~WriteBatch();
    Q_DISABLE_COPY_MOVE(WriteBatch)

    bool isOpen() const { return !m_transactions.empty(); }
    bool isOutermost() const { return m_transactions.size() == 1; }
    void begin();
    // Ends the innermost level. Returns the change to announce once the outermost level has
    // committed one; throws if asked to commit a level whose writes failed.
    std::optional<StoreChange> end(bool commit);
    void markFailed();
    // For many rows into tables without any (EventStore::BulkAdd): the outermost level drops
    // the secondary indexes of the event tables when it begins and creates them again, from
    // the same SQL, before it commits. Building an index from a million rows sorts them once;
    // keeping it up to date puts each row at a random place of it, and at a million events
    // that was a third of an import's time. A rollback brings them back with the rest.
    // The search index is built then too, in one pass in key order (SearchIndex::build):
    // until the commit, the events added have no search key and no words in it.
    void setBuildIndexesAtCommit(bool build) { m_buildIndexesAtCommit = build; }
    // Notes what a write inside the innermost level changed.
    void record(const StoreChange &change);

private:
    Database &m_db;
    DensityIndex &m_density;
    SpanIndex &m_spans;
    SearchIndex &m_search;
    std::vector<std::unique_ptr<Transaction>> m_transactions;
    QList<StoreChange> m_pending;
    void buildDeferred();
    void dropEventIndexes();
    void createEventIndexes();

    bool m_buildIndexesAtCommit = false;
    QStringList m_droppedIndexes; // the SQL that made them, while the outermost level is open
    QList<bool> m_poisoned; // a write failed at this level: roll it back even if asked to commit
};

} // namespace entente
