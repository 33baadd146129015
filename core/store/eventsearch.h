// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "matchset.h"
#include "partialdate.h"

#include <QChar>
#include <QHash>
#include <QList>
#include <QString>

#include <limits>

namespace entente {

class Database;
class Statement;
struct EventCriteria;

// One event found, as the results list shows it.
struct SearchHit
{
    qint64 eventId = 0;
    qint64 key = 0; // its search key (SearchKey): its place in time order
    QString title;
    PartialDate start;
    QString dates; // as the Events list shows them (Event::dateRangeDisplay)
    // Plain text around the best match, the matched words between EventSearch::MatchBegin and
    // MatchEnd; the start of the description when no words were searched for.
    QString snippet;

    friend bool operator==(const SearchHit &, const SearchHit &) = default;
};

struct SearchPage
{
    QList<SearchHit> hits; // in time order, or best first in relevance order
    bool more = false;     // more matches beyond these, in the direction read
    // Relevance order: more matches than EventSearch::RelevanceWindow from the key on, so that
    // only the first of them (in time order) were ranked.
    bool windowed = false;
};

// Searches and filters the events of a timeline (issue 13): pages of results, every match, and
// counts per actor. Pages in time order are read off an index in key order from any key on,
// either way, so that a page costs the same whatever the number of matches: nothing sorts
// every match.
class EventSearch final
{
public:
    enum class Order { Time, Relevance };
    // Relevance ranks (bm25) at most this many matches, the first in time order from the key
    // the page starts at: ranking every match of a common word took seconds.
    static constexpr int RelevanceWindow = 5000;
    // Private-use characters around a matched run in a snippet: the text stays plain (it comes
    // from files, so it is never read as markup), and the list draws the run bold.
    static constexpr QChar MatchBegin = QChar(0xE000);
    static constexpr QChar MatchEnd = QChar(0xE001);
    static constexpr qint64 FirstKey = std::numeric_limits<qint64>::min();
    static constexpr qint64 LastKey = std::numeric_limits<qint64>::max();

    explicit EventSearch(Database &db) : m_db(db) {}

    // Up to `limit` matches: forward, those with keys from `fromKey` on; backward, those up to
    // `fromKey` (both inclusive; the whole timeline from FirstKey forward or LastKey back). In
    // time order either way. Relevance order ranks the matches of the window that starts (or,
    // backward, ends) at `fromKey`, best first, and skips the `skip` best for the next page;
    // without words to rank by it is time order.
    SearchPage page(const EventCriteria &criteria, Order order, qint64 fromKey, bool forward,
                    int limit = 50, int skip = 0) const;
    MatchSet matches(const EventCriteria &criteria) const;
    // How many matching events each actor takes part in; under 0 those without actors.
    QHash<qint64, qint64> countsByActor(const EventCriteria &criteria) const;

private:
    class Walk;
    SearchPage timePage(const Walk &walk, qint64 fromKey, bool forward, int limit) const;
    SearchPage rankedPage(const Walk &walk, qint64 fromKey, bool forward, int limit,
                          int skip) const;
    static SearchPage readHits(Statement &rows, int limit, bool described);
    static SearchHit hitFrom(const Statement &row, bool described);

    Database &m_db;
};

} // namespace entente
