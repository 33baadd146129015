// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventrows.h"

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
// at most the window plus one bound of rows, whatever the size of the table. Here are the
// store's queries by time (see EventStore for what each returns).
class SpanIndex final
{
public:
    using Detail = EventRows::Detail;

    SpanIndex(Database &db, const EventRows &rows) : m_db(db), m_rows(rows) {}

    static int spanClass(qint64 spanSeconds);
    static qint64 classBound(int spanClass);

    // The classes that hold events; looked up again when any connection has written.
    const QList<int> &classes() const;
    void invalidate() { m_classes.reset(); }

    QList<Event> inRange(qint64 from, qint64 to, Detail detail) const;
    QList<Event> startingIn(qint64 from, qint64 to, Detail detail) const;
    QList<Event> spanning(qint64 at, int minImportance, int limit, Detail detail) const;
    std::optional<qint64> adjacent(qint64 start, qint64 id, bool forward) const;

    // Bounded counts from the index alone.
    int countStartingIn(qint64 from, qint64 to, int limit) const;
    int countSpanning(qint64 at, int minImportance, int limit) const;
    std::optional<std::pair<qint64, qint64>> timeBounds() const;

private:
    // The events that `sql` selects, class by class, in time order: bind(statement, class,
    // room) binds one class's range, `room` being how many more events `limit` allows.
    template <typename Bind>
    QList<Event> eventsPerClass(const QString &sql, Detail detail, int limit, Bind &&bind) const;
    int countPerClass(Statement &st, int limit,
                      const std::function<void(Statement &, int)> &bindClass) const;

    Database &m_db;
    const EventRows &m_rows;
    mutable std::optional<QList<int>> m_classes;
    mutable qint64 m_dataVersion = -1;
};

} // namespace entente
