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
// again whenever 16 wait at one level (crisismerge); merging once at the end costs less.
void SearchIndex::addAllWords()
{
    m_db.execute(QStringLiteral("INSERT INTO event_text (event_text, rank) VALUES "
                                "('automerge', 0)"));
    m_db.execute(QStringLiteral("INSERT INTO event_text (event_text, rank) VALUES "
                                "('crisismerge', 64)"));
    m_db.execute(QStringLiteral("INSERT INTO event_text (rowid, %1) SELECT search_key, %1 FROM "
                                "event_search ORDER BY search_key")
                     .arg(Columns));
    m_db.execute(QStringLiteral("INSERT INTO event_text (event_text, rank) VALUES "
                                "('automerge', 4)"));
    m_db.execute(QStringLiteral("INSERT INTO event_text (event_text, rank) VALUES "
                                "('crisismerge', 16)"));
}

} // namespace entente
