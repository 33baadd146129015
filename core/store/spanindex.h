// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include <functional>
#include <optional>
#include <utility>

namespace entente {

class Database;
class Statement;

// The index every time-window query goes through. Events carry span_class = the smallest k
// with duration <= 3600 * 4^k seconds, and the table has an index on (span_class, start_key,
// end_key, importance); a window is one index range per class, start_key BETWEEN from - bound
// AND to. Within a class every event lasts at least a quarter of the bound, so a range reads
// at most the window plus one bound of rows, whatever the size of the table.
class SpanIndex final
{
public:
    explicit SpanIndex(Database &db) : m_db(db) {}

    static int spanClass(qint64 spanSeconds);
    static qint64 classBound(int spanClass);

    // The classes that hold events; looked up again when any connection has written.
    const QList<int> &classes() const;
    void invalidate() { m_classes.reset(); }

    // Bounded counts from the index alone (see EventStore).
    int countStartingIn(qint64 from, qint64 to, int limit) const;
    int countSpanning(qint64 at, int minImportance, int limit) const;
    std::optional<std::pair<qint64, qint64>> timeBounds() const;

private:
    int countPerClass(Statement &st, int limit,
                      const std::function<void(Statement &, int)> &bindClass) const;

    Database &m_db;
    mutable std::optional<QList<int>> m_classes;
    mutable qint64 m_dataVersion = -1;
};

} // namespace entente
