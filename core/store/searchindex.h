// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace entente {

class Database;
class Error;
struct Event;

// Keeps event_text (schema 9), the full-text index, in step with the events. The index holds
// no copy of the text: FTS5 reads it through the view event_search, and takes a row's words out
// only when told the words it had. So forget() must run before a write changes what the view
// says of an event (its own columns, or the names of its actors and sources), and index() after
// it. Each event's rowid there is its search_key (SearchKey), in time order: index() gives an
// event a key of its day when it has none or its day changed.
class SearchIndex final
{
    Q_DECLARE_TR_FUNCTIONS(entente::SearchIndex)

public:
    explicit SearchIndex(Database &db) : m_db(db) {}

    void forget(const QList<qint64> &eventIds);
    void index(const QList<qint64> &eventIds);
    // Every event's key and words made again (the upgrade to schema 9).
    void rebuild();
    // The two halves of rebuild(): every event's key in time order, then its words, added in
    // key order, which FTS5 appends instead of merging.
    void assignKeys();
    void addAllWords();
    // While deferred (a bulk import into a timeline without events), forget() and index() do
    // nothing, newKeys() gives the events their keys as they are added, counting each day's
    // up from its first, and addAllWords() at the end adds every event's words.
    void setDeferred(bool deferred);
    QList<qint64> newKeys(const QList<Event> &events); // empty when not deferred

private:
    qint64 freeKey(qint64 day);
    void addWords(const QList<qint64> &keys);
    void setOption(const QString &name, int value); // FTS5's configuration of event_text
    Error tooManyOnOneDay(qint64 day) const;

    Database &m_db;
    bool m_deferred = false;
    QHash<qint64, qint64> m_nextKeyOfDay; // while deferred
};

} // namespace entente
