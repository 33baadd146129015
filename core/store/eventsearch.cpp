// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventsearch.h"

#include "event.h"
#include "eventcriteria.h"
#include "eventrows.h"
#include "prefixterms.h"
#include "searchquery.h"
#include "statement.h"

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

// ?1 and ?2 the first and last key, ?3 the limit, ?4 the offset; the walk's own from ?5 on.
constexpr int WalkParameters = 5;
constexpr int SnippetTokens = 12;

// What a hit shows, after its key: columns 1 to 7.
const QString HitColumns = u"e.id, e.title, e.kind, e.start_date, e.end_date, e.ongoing, "_s;

// The first words of a description, as long as a snippet.
QString openingWords(const QString &description)
{
    const QStringList words = description.simplified().split(u' ', Qt::SkipEmptyParts);
    if (words.size() <= SnippetTokens) {
        return words.join(u' ');
    }
    return words.first(SnippetTokens).join(u' ') + u'…';
}

// The keys a page reads: from fromKey on, or up to it.
struct KeyRange
{
    qint64 first, last;

    static KeyRange from(qint64 fromKey, bool forward)
    {
        return forward ? KeyRange{fromKey, EventSearch::LastKey}
                       : KeyRange{EventSearch::FirstKey, fromKey};
    }
};

PartialDate dateAt(const Statement &row, int column)
{
    return row.isNull(column) ? PartialDate() : PartialDate::fromIso(row.text(column));
}

} // namespace

// How the matches are read in key order: off the FTS index, whose rowid is the key, when there
// are words to find; otherwise off the events' index of keys. Prefixes become the terms that
// start with them (PrefixTerms), which FTS5 reads from the first key of the page on.
class EventSearch::Walk
{
public:
    // A page walks in key order; every match (`whole`) is for SQLite to plan.
    Walk(const EventCriteria &criteria, Database &db, bool whole = false)
    {
        const SearchQuery query = SearchQuery::parse(criteria.query);
        if (!query.required().isEmpty()) {
            const PrefixTerms terms(db);
            m_match = query.match(
                [&terms](const SearchQuery::Term &prefix) { return terms.expand(prefix); });
            m_filter =
                criteria.sql(WalkParameters + 1, EventCriteria::Text::Left,
                             whole ? EventCriteria::Plan::Any : EventCriteria::Plan::KeyOrder);
        } else { // nothing or only exclusions: the criteria take them as a condition
            const bool sorted = whole || fewActorEvents(criteria, db);
            m_filter =
                criteria.sql(WalkParameters, EventCriteria::Text::Included,
                             sorted ? EventCriteria::Plan::Any : EventCriteria::Plan::KeyOrder);
        }
    }

    bool readsText() const { return !m_match.isEmpty(); }
    QString key() const { return readsText() ? u"event_text.rowid"_s : u"e.search_key"_s; }
    QString inKeyOrder(bool forward) const
    {
        return u" ORDER BY "_s + key() + (forward ? u""_s : u" DESC"_s);
    }

    // SELECT `columns` FROM the walk WHERE its key is in [?1, ?2] and the criteria hold.
    QString select(const QString &columns) const
    {
        QString sql = u"SELECT "_s + columns;
        if (readsText()) {
            sql += u" FROM event_text CROSS JOIN events e ON e.search_key = event_text.rowid "
                   "WHERE event_text MATCH ?%1 AND "_s.arg(WalkParameters);
        } else {
            sql += u" FROM events e WHERE "_s;
        }
        return sql + key() + u" BETWEEN ?1 AND ?2 AND "_s + m_filter.where;
    }

    QString hitColumns() const
    {
        const QString snippet = readsText()
                                    ? u"snippet(event_text, -1, char(%1), char(%2), '…', %3)"_s
                                          .arg(MatchBegin.unicode())
                                          .arg(MatchEnd.unicode())
                                          .arg(SnippetTokens)
                                    : u"substr(e.description, 1, 400)"_s;
        return key() + u", "_s + HitColumns + snippet;
    }

    void bind(Statement &statement, qint64 firstKey, qint64 lastKey) const
    {
        statement.bind(1, firstKey).bind(2, std::min(lastKey, m_filter.lastKey));
        if (readsText()) {
            statement.bind(WalkParameters, m_match);
            m_filter.bind(statement, WalkParameters + 1);
        } else {
            m_filter.bind(statement, WalkParameters);
        }
    }

private:
    // A walk in key order reads about 1/selectivity events a page, which for a rare actor is
    // most of the timeline; SQLite drives such a page from the actor's index instead and
    // sorts its events, which for a common actor is a sort of a quarter of the timeline.
    // Below this many events, sorting them is the cheaper (a page of an actor with 1,308 of a
    // million events: 2 ms sorted, 30 ms walked; of one with 246,000: 600 ms sorted, 1 ms
    // walked).
    static constexpr int FewEvents = 5000;

    static bool fewActorEvents(const EventCriteria &criteria, Database &db)
    {
        if (criteria.actors.isEmpty()) {
            return false;
        }
        Statement count(db, u"SELECT count(*) FROM (SELECT 1 FROM event_actors WHERE actor_id "
                            "IN (SELECT value FROM json_each(?1)) LIMIT ?2)"_s);
        count.bind(1, EventRows::idArray(criteria.actors)).bind(2, FewEvents);
        return count.scalar() < FewEvents;
    }

    QString m_match; // the FTS5 expression of what must be found
    EventCriteria::Sql m_filter;
};

SearchPage EventSearch::page(const EventCriteria &criteria, Order order, qint64 fromKey,
                             bool forward, int limit, int skip) const
{
    const Walk walk(criteria, m_db);
    if (order == Order::Relevance && walk.readsText()) {
        return rankedPage(walk, fromKey, forward, limit, skip);
    }
    return timePage(walk, fromKey, forward, limit);
}

SearchPage EventSearch::timePage(const Walk &walk, qint64 fromKey, bool forward, int limit) const
{
    Statement rows(m_db, walk.select(walk.hitColumns()) + walk.inKeyOrder(forward) +
                             u" LIMIT ?3 OFFSET ?4"_s);
    const KeyRange range = KeyRange::from(fromKey, forward);
    walk.bind(rows, range.first, range.last);
    rows.bind(3, limit + 1).bind(4, 0);
    SearchPage page = readHits(rows, limit, !walk.readsText());
    if (!forward) {
        std::reverse(page.hits.begin(), page.hits.end());
    }
    return page;
}

SearchPage EventSearch::rankedPage(const Walk &walk, qint64 fromKey, bool forward, int limit,
                                   int skip) const
{
    // The window ends at the RelevanceWindow-th match from fromKey in time order, which the
    // index in key order finds without reading the matches before it.
    Statement edge(m_db,
                   walk.select(walk.key()) + walk.inKeyOrder(forward) + u" LIMIT ?3 OFFSET ?4"_s);
    KeyRange window = KeyRange::from(fromKey, forward);
    walk.bind(edge, window.first, window.last);
    edge.bind(3, 2).bind(4, RelevanceWindow - 1);
    const bool full = edge.step();
    if (full) {
        (forward ? window.last : window.first) = edge.int64(0);
    }
    const bool windowed = full && edge.step();

    // Ranked by key alone: bm25 needs only the index, where a snippet reads each event's text
    // through the view, which for every match of the window cost most of the page.
    Statement ranked(m_db, walk.select(walk.key()) + u" ORDER BY event_text.rank, "_s + walk.key() +
                               u" LIMIT ?3 OFFSET ?4"_s);
    walk.bind(ranked, window.first, window.last);
    ranked.bind(3, limit + 1).bind(4, skip);
    QList<qint64> keys;
    while (ranked.step()) {
        keys.append(ranked.int64(0));
    }
    SearchPage page;
    page.more = keys.size() > limit;
    keys.resize(std::min<qsizetype>(keys.size(), limit));
    // Then the hits shown, each by its key, in that order.
    Statement hit(m_db, walk.select(walk.hitColumns()));
    for (const qint64 key : std::as_const(keys)) {
        hit.reset();
        walk.bind(hit, key, key);
        if (hit.step()) {
            page.hits.append(hitFrom(hit, false));
        }
    }
    page.windowed = windowed;
    return page;
}

// Reads up to limit + 1 hits: the one past the limit only says that there are more.
SearchPage EventSearch::readHits(Statement &rows, int limit, bool described)
{
    SearchPage page;
    while (page.hits.size() <= limit && rows.step()) {
        page.hits.append(hitFrom(rows, described));
    }
    page.more = page.hits.size() > limit;
    if (page.more) {
        page.hits.removeLast();
    }
    return page;
}

SearchHit EventSearch::hitFrom(const Statement &row, bool described)
{
    Event event;
    Event::kindFromName(row.text(3), &event.kind);
    event.start = dateAt(row, 4);
    event.end = dateAt(row, 5);
    event.ongoing = row.int64(6) != 0;
    SearchHit hit;
    hit.key = row.int64(0);
    hit.eventId = row.int64(1);
    hit.title = row.text(2);
    hit.start = event.start;
    hit.dates = event.dateRangeDisplay();
    hit.snippet = described ? openingWords(row.text(7)) : row.text(7);
    return hit;
}

MatchSet EventSearch::matches(const EventCriteria &criteria) const
{
    const Walk walk(criteria, m_db, true);
    Statement rows(m_db, walk.select(walk.key() + u", e.id"_s) + walk.inKeyOrder(true));
    walk.bind(rows, FirstKey, LastKey);
    std::vector<MatchSet::Match> found;
    while (rows.step()) {
        found.push_back({rows.int64(0), rows.int64(1)});
    }
    return MatchSet(std::move(found));
}

QHash<qint64, qint64> EventSearch::countsByActor(const EventCriteria &criteria) const
{
    const EventCriteria::Sql filter = criteria.sql(1);
    Statement rows(m_db, u"SELECT coalesce(a.actor_id, 0), count(DISTINCT e.id) FROM events e "
                         "LEFT JOIN event_actors a ON a.event_id = e.id WHERE "_s +
                             filter.where + u" GROUP BY 1"_s);
    filter.bind(rows, 1);
    QHash<qint64, qint64> counts;
    while (rows.step()) {
        counts.insert(rows.int64(0), rows.int64(1));
    }
    return counts;
}

} // namespace entente
