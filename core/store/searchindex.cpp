// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchindex.h"

#include "database.h"
#include "error.h"
#include "event.h"
#include "eventrows.h"
#include "searchkey.h"
#include "statement.h"

#include <QDate>
#include <QDir>

#include <algorithm>

namespace entente {

namespace {

const QString Columns =
    QStringLiteral("title, description, actors, sources, tags, location, category");

// FTS5's budget for the words it gathers in memory before it writes them as a segment: its
// default, and that of a bulk fill (a million ACLED rows' words in a few segments).
constexpr int DefaultHashBytes = 1024 * 1024;
constexpr int BulkHashBytes = 64 * 1024 * 1024;

std::optional<qint64> startOf(const Statement &row, int column)
{
    return row.isNull(column) ? std::nullopt : std::optional<qint64>(row.int64(column));
}

} // namespace

void SearchIndex::setDeferred(bool deferred)
{
    m_deferred = deferred;
    m_nextKeyOfDay.clear();
}

QList<qint64> SearchIndex::newKeys(const QList<Event> &events)
{
    QList<qint64> keys;
    if (!m_deferred) {
        return keys;
    }
    keys.reserve(events.size());
    for (const Event &event : events) {
        const qint64 day = SearchKey::dayOf(
            event.isUndated() ? std::nullopt : std::optional<qint64>(event.earliestSecond()));
        qint64 &next = m_nextKeyOfDay[day];
        if (next == 0) {
            next = SearchKey::firstOf(day);
        }
        if (next > SearchKey::lastOf(day)) {
            throw tooManyOnOneDay(day);
        }
        keys.append(next++);
    }
    return keys;
}

void SearchIndex::forget(const QList<qint64> &eventIds)
{
    if (m_deferred) {
        return;
    }
    m_db.cached(QStringLiteral("INSERT INTO event_text (event_text, rowid, %1) SELECT 'delete', "
                               "search_key, %1 FROM event_search WHERE search_key IN (SELECT "
                               "search_key FROM events WHERE id IN (SELECT value FROM "
                               "json_each(?1)) AND search_key IS NOT NULL)")
                    .arg(Columns))
        .bind(1, EventRows::idArray(eventIds))
        .run();
}

void SearchIndex::index(const QList<qint64> &eventIds)
{
    if (m_deferred) {
        return;
    }
    Statement &rows = m_db.cached(QStringLiteral(
        "SELECT id, start_key, search_key FROM events WHERE id IN (SELECT value FROM "
        "json_each(?1))"));
    rows.bind(1, EventRows::idArray(eventIds));
    struct Row
    {
        qint64 id;
        std::optional<qint64> start;
        std::optional<qint64> key;
    };
    QList<Row> found;
    while (rows.step()) {
        found.append({rows.int64(0), startOf(rows, 1), startOf(rows, 2)});
    }
    rows.reset();
    Statement &setKey =
        m_db.cached(QStringLiteral("UPDATE events SET search_key = ?2 WHERE id = ?1"));
    QList<qint64> keys;
    for (const Row &row : std::as_const(found)) {
        const qint64 day = SearchKey::dayOf(row.start);
        qint64 key = row.key.value_or(-1);
        if (!row.key || SearchKey::dayOfKey(key) != day) {
            key = freeKey(day);
            setKey.bind(1, row.id).bind(2, key).run();
        }
        keys.append(key);
    }
    addWords(keys);
}

// FTS5 writes rowids in ascending order cheaply; out of order it flushes what it gathered.
void SearchIndex::addWords(const QList<qint64> &keys)
{
    m_db.cached(QStringLiteral("INSERT INTO event_text (rowid, %1) SELECT search_key, %1 FROM "
                               "event_search WHERE search_key IN (SELECT value FROM "
                               "json_each(?1)) ORDER BY search_key")
                    .arg(Columns))
        .bind(1, EventRows::idArray(keys))
        .run();
}

qint64 SearchIndex::freeKey(qint64 day)
{
    const qint64 first = SearchKey::firstOf(day), last = SearchKey::lastOf(day);
    Statement &latest = m_db.cached(
        QStringLiteral("SELECT max(search_key) FROM events WHERE search_key BETWEEN ?1 AND ?2"));
    latest.bind(1, first).bind(2, last);
    const bool any = latest.step() && !latest.isNull(0);
    const qint64 key = any ? latest.int64(0) + 1 : first;
    latest.reset();
    if (key > last) {
        throw tooManyOnOneDay(day);
    }
    return key;
}

Error SearchIndex::tooManyOnOneDay(qint64 day) const
{
    return Error(tr("%1: more than %2 events on one day (%3); nothing was changed")
                     .arg(QDir::toNativeSeparators(m_db.path()))
                     .arg(qint64(1) << SearchKey::SequenceBits)
                     .arg(QDate(1, 1, 1).addDays(day).toString(Qt::ISODate)));
}

void SearchIndex::rebuild()
{
    m_db.execute(QStringLiteral("INSERT INTO event_text (event_text) VALUES ('delete-all')"));
    m_db.execute(QStringLiteral("UPDATE events SET search_key = NULL"));
    assignKeys();
    addAllWords();
}

void SearchIndex::assignKeys()
{
    Statement rows(m_db, QStringLiteral("SELECT id, start_key FROM events ORDER BY start_key IS "
                                        "NULL, start_key, id"));
    Statement setKey(m_db, QStringLiteral("UPDATE events SET search_key = ?2 WHERE id = ?1"));
    qint64 day = -1, key = 0;
    while (rows.step()) {
        const qint64 eventDay = SearchKey::dayOf(startOf(rows, 1));
        key = eventDay == day ? key + 1 : SearchKey::firstOf(eventDay);
        day = eventDay;
        if (key > SearchKey::lastOf(day)) {
            throw tooManyOnOneDay(day);
        }
        setKey.bind(1, rows.int64(0)).bind(2, key).run();
    }
}

// While it fills, FTS5 would merge its segments every few thousand rows (automerge) and
// again whenever 16 wait at one level (crisismerge); merging once at the end costs less. It
// also writes a segment whenever the words it holds in memory pass 1 MB (hashsize): hundreds
// of segments at a million events (a quarter of a GB of index), where a larger budget makes a
// few large ones.
void SearchIndex::addAllWords()
{
    setOption(QStringLiteral("automerge"), 0);
    setOption(QStringLiteral("crisismerge"), 64);
    setOption(QStringLiteral("hashsize"), BulkHashBytes);
    // `+search_key`: the events are read in the table's order and their text sorted by key.
    // Walking the key's index instead seeks a random page of the table for each event, which
    // at a million events took 1.7 times the CPU of the whole read, and a disk read each.
    m_db.execute(QStringLiteral("INSERT INTO event_text (rowid, %1) SELECT search_key, %1 FROM "
                                "event_search ORDER BY +search_key")
                     .arg(Columns));
    setOption(QStringLiteral("automerge"), 4);
    setOption(QStringLiteral("crisismerge"), 16);
    setOption(QStringLiteral("hashsize"), DefaultHashBytes);
}

void SearchIndex::setOption(const QString &name, int value)
{
    m_db.cached(QStringLiteral("INSERT INTO event_text (event_text, rank) VALUES (?1, ?2)"))
        .bind(1, name)
        .bind(2, qint64(value))
        .run();
}

} // namespace entente
