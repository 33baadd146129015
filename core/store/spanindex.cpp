// SPDX-License-Identifier: GPL-3.0-or-later
#include "spanindex.h"

#include "database.h"
#include "event.h"
#include "statement.h"

#include <algorithm>
#include <limits>

namespace entente {

namespace {
constexpr int MaxSpanClass = 15;
constexpr int Unlimited = std::numeric_limits<int>::max();
} // namespace

int SpanIndex::spanClass(qint64 spanSeconds)
{
    int k = 0;
    while (k < MaxSpanClass && spanSeconds > classBound(k)) {
        ++k;
    }
    return k;
}

qint64 SpanIndex::classBound(int spanClass)
{
    if (spanClass >= MaxSpanClass) {
        return Event::OpenEnd - PartialDate::year(1).earliestSecond(); // everything
    }
    return qint64(3600) << (2 * spanClass);
}

const QList<int> &SpanIndex::classes() const
{
    // Another connection (another Entente, a script) may have written since we last looked.
    Statement &version = m_db.cached(QStringLiteral("PRAGMA data_version"));
    const qint64 dataVersion = version.step() ? version.int64(0) : 0;
    version.reset();
    if (dataVersion != m_dataVersion) {
        m_classes.reset();
        m_dataVersion = dataVersion;
    }
    if (!m_classes) {
        QList<int> classes;
        // One index seek per class instead of a DISTINCT scan over every event.
        Statement &st = m_db.cached(QStringLiteral(
            "SELECT span_class FROM events WHERE span_class >= ?1 ORDER BY span_class LIMIT 1"));
        int next = 0;
        while (true) {
            st.bind(1, next);
            if (!st.step()) {
                break;
            }
            classes.append(st.integer(0));
            next = classes.last() + 1;
            st.reset();
        }
        st.reset();
        m_classes = classes;
    }
    return *m_classes;
}

template <typename Bind>
QList<Event> SpanIndex::eventsPerClass(const QString &sql, Detail detail, int limit,
                                       Bind &&bind) const
{
    Statement &st = m_db.cached(sql);
    QList<Event> result;
    for (int spanClass : classes()) {
        if (result.size() >= limit) {
            break;
        }
        bind(st, spanClass, limit - int(result.size()));
        result += m_rows.read(st, detail);
    }
    EventRows::sortByTime(result);
    return result;
}

QList<Event> SpanIndex::inRange(qint64 from, qint64 to, Detail detail) const
{
    if (to < from) {
        return {};
    }
    static const EventRows::Select sql(QStringLiteral(
        "SELECT %1 FROM events WHERE span_class = ?1 AND start_key BETWEEN ?2 AND ?3 AND "
        "end_key >= ?4"));
    return eventsPerClass(sql(detail), detail, Unlimited, [&](Statement &st, int spanClass, int) {
        st.bind(1, spanClass).bind(2, from - classBound(spanClass)).bind(3, to).bind(4, from);
    });
}

QList<Event> SpanIndex::startingIn(qint64 from, qint64 to, Detail detail) const
{
    static const EventRows::Select sql(QStringLiteral(
        "SELECT %1 FROM events WHERE span_class = ?1 AND start_key BETWEEN ?2 AND ?3"));
    return eventsPerClass(sql(detail), detail, Unlimited, [&](Statement &st, int spanClass, int) {
        st.bind(1, spanClass).bind(2, from).bind(3, to);
    });
}

QList<Event> SpanIndex::spanning(qint64 at, int minImportance, int limit, Detail detail) const
{
    // end_key and importance are in the index: rows are read only for the events returned.
    static const EventRows::Select sql(QStringLiteral(
        "SELECT %1 FROM events WHERE span_class = ?1 AND start_key BETWEEN ?2 AND ?3 AND "
        "end_key >= ?4 AND importance >= ?5 LIMIT ?6"));
    return eventsPerClass(sql(detail), detail, limit, [&](Statement &st, int spanClass, int room) {
        st.bind(1, spanClass).bind(2, at - classBound(spanClass)).bind(3, at - 1);
        st.bind(4, at).bind(5, minImportance).bind(6, room);
    });
}

std::optional<qint64> SpanIndex::adjacent(qint64 start, qint64 id, bool forward) const
{
    // The nearest per span class (each an index seek), then the nearest of those.
    static const QString after = QStringLiteral(
        "SELECT start_key, id FROM events WHERE span_class = ?1 AND start_key >= ?2 AND "
        "(start_key > ?2 OR id > ?3) ORDER BY start_key, id LIMIT 1");
    static const QString before = QStringLiteral(
        "SELECT start_key, id FROM events WHERE span_class = ?1 AND start_key <= ?2 AND "
        "(start_key < ?2 OR id < ?3) ORDER BY start_key DESC, id DESC LIMIT 1");
    Statement &st = m_db.cached(forward ? after : before);
    std::optional<std::pair<qint64, qint64>> best;
    for (int spanClass : classes()) {
        st.bind(1, spanClass).bind(2, start).bind(3, id);
        if (st.step()) {
            const std::pair<qint64, qint64> found(st.int64(0), st.int64(1));
            if (!best || (forward ? found < *best : found > *best)) {
                best = found;
            }
        }
        st.reset();
    }
    return best ? std::optional<qint64>(best->second) : std::nullopt;
}

int SpanIndex::countPerClass(Statement &st, int limit,
                             const std::function<void(Statement &, int)> &bindClass) const
{
    // The statement counts one class's rows up to ?1 from the index; the sum stops at limit.
    int count = 0;
    for (int spanClass : classes()) {
        if (count >= limit) {
            break;
        }
        st.bind(1, limit - count);
        bindClass(st, spanClass);
        st.step();
        count += st.integer(0);
        st.reset();
    }
    return count;
}

int SpanIndex::countStartingIn(qint64 from, qint64 to, int limit) const
{
    Statement &st = m_db.cached(QStringLiteral(
        "SELECT count(*) FROM (SELECT 1 FROM events WHERE span_class = ?2 AND start_key BETWEEN "
        "?3 AND ?4 LIMIT ?1)"));
    return countPerClass(st, limit, [&](Statement &s, int spanClass) {
        s.bind(2, spanClass).bind(3, from).bind(4, to);
    });
}

int SpanIndex::countSpanning(qint64 at, int minImportance, int limit) const
{
    Statement &st = m_db.cached(QStringLiteral(
        "SELECT count(*) FROM (SELECT 1 FROM events WHERE span_class = ?2 AND start_key BETWEEN "
        "?3 AND ?4 AND end_key >= ?5 AND importance >= ?6 LIMIT ?1)"));
    return countPerClass(st, limit, [&](Statement &s, int spanClass) {
        s.bind(2, spanClass).bind(3, at - classBound(spanClass)).bind(4, at - 1);
        s.bind(5, at).bind(6, minImportance);
    });
}

std::optional<std::pair<qint64, qint64>> SpanIndex::timeBounds() const
{
    // Per span class: the first start is one index seek; the last end lies among the events
    // that start within one class bound of the class's last start (a bounded scan).
    // min() and max() apart: SQLite seeks the index for a lone min() or max(), but reads every
    // row of the class for both in one statement (most of a million events, a second).
    Statement &first = m_db.cached(
        QStringLiteral("SELECT (SELECT min(start_key) FROM events WHERE span_class = ?1), "
                       "(SELECT max(start_key) FROM events WHERE span_class = ?1)"));
    Statement &last = m_db.cached(QStringLiteral(
        "SELECT max(CASE WHEN end_key >= ?3 THEN start_key ELSE end_key END) FROM events "
        "WHERE span_class = ?1 AND start_key >= ?2"));
    std::optional<std::pair<qint64, qint64>> bounds;
    for (int spanClass : classes()) {
        first.bind(1, spanClass);
        first.step();
        const qint64 minStart = first.int64(0), maxStart = first.int64(1);
        first.reset();
        last.bind(1, spanClass).bind(2, maxStart - classBound(spanClass)).bind(3, Event::OpenEnd);
        last.step();
        const qint64 maxEnd = last.int64(0);
        last.reset();
        if (!bounds) {
            bounds = std::make_pair(minStart, maxEnd);
        } else {
            bounds->first = std::min(bounds->first, minStart);
            bounds->second = std::max(bounds->second, maxEnd);
        }
    }
    return bounds;
}

} // namespace entente
