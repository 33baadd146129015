// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchbenchmark.h"

#include "eventcriteria.h"
#include "eventstore.h"
#include "percentile.h"
#include "searchkey.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

// The synthetic timeline's words are few and spread evenly, so a single word is in most
// events: the worst case for a page in time order is a rare combination, not a common word.
struct Query
{
    const char *kind;
    const char *text;
    const char *actor = nullptr;    // a filter panel's actor, by short name
    const char *category = nullptr; // a filter panel's category
    const char *outlet = nullptr;   // a filter panel's source outlet
};
const Query Queries[] = {
    {"word", "ceasefire"},
    {"word", "pipeline"},
    {"phrase", "\"prisoner exchange\""},
    {"phrase", "\"nuclear plant inspection\""},
    {"prefix", "negotia*"},
    {"prefix", "sanc*"},
    {"field prefix", "actor:A1*"}, // 111 terms: A1, A10 to A19, A100 to A199
    {"field", "actor:A3"},
    {"field", "location:port"},
    {"words and field", "ceasefire talks actor:A17"},
    {"or and exclusion", "grain OR energy -drone"},
    {"word and filter", "treaty", "A40"},
    // Filters without words: the most active actor, the least active, a category, an outlet
    // (the synthetic outlets are ten, equally common).
    {"filter", "", "A1"},
    {"filter", "", "A200"},
    {"filter", "", nullptr, "protest"},
    {"filter", "", nullptr, nullptr, "TASS"},
};

// The filter panel's part of a query, for the report: "actor A40", "outlet TASS".
QString filterOf(const Query &query)
{
    QStringList filters;
    if (query.actor) {
        filters.append(u"actor "_s + QString::fromLatin1(query.actor));
    }
    if (query.category) {
        filters.append(u"category "_s + QString::fromLatin1(query.category));
    }
    if (query.outlet) {
        filters.append(u"outlet "_s + QString::fromLatin1(query.outlet));
    }
    return filters.join(u", "_s);
}

qint64 actorNamed(const EventStore &store, const QString &shortName)
{
    for (const Actor &actor : store.actors()) {
        if (actor.shortName == shortName) {
            return actor.id;
        }
    }
    return 0;
}

} // namespace

int SearchBenchmark::run()
{
    EventStore store(m_database, EventStore::Access::ReadOnly);
    const auto bounds = store.timeBounds();
    if (!bounds) {
        return 1;
    }
    QRandomGenerator random(13);
    QList<double> all, ranked, matchTimes;
    for (const Query &query : Queries) {
        EventCriteria criteria;
        criteria.query = QString::fromUtf8(query.text);
        if (query.actor) {
            criteria.actors = {actorNamed(store, QString::fromLatin1(query.actor))};
        }
        if (query.category) {
            criteria.categories = {QString::fromLatin1(query.category)};
        }
        if (query.outlet) {
            criteria.outlets = {QString::fromLatin1(query.outlet)};
        }
        QList<double> times;
        qsizetype hits = 0;
        for (int i = 0; i < m_perQuery; ++i) {
            const qint64 second =
                bounds->first + qint64(random.bounded(double(bounds->second - bounds->first)));
            const bool forward = i % 2 == 0;
            const qint64 key = forward ? SearchKey::firstFrom(second)
                                       : SearchKey::lastOf(SearchKey::dayOf(second));
            QElapsedTimer timer;
            timer.start();
            const SearchPage page =
                store.search(criteria, EventSearch::Order::Time, key, forward, 50);
            times.append(timer.nsecsElapsed() / 1e6);
            hits += page.hits.size();
        }
        QElapsedTimer timer;
        timer.start();
        const SearchPage best =
            store.search(criteria, EventSearch::Order::Relevance, EventSearch::FirstKey, true, 50);
        ranked.append(timer.nsecsElapsed() / 1e6);
        timer.restart();
        const qsizetype matches = store.matches(criteria).count();
        matchTimes.append(timer.nsecsElapsed() / 1e6);
        const QJsonObject context{{u"query"_s, criteria.query},
                                  {u"kind"_s, QString::fromLatin1(query.kind)},
                                  {u"filter"_s, filterOf(query)},
                                  {u"matches"_s, matches},
                                  {u"hits_per_page"_s, double(hits) / m_perQuery},
                                  {u"relevance_ms"_s, ranked.last()},
                                  {u"windowed"_s, best.windowed},
                                  {u"all_matches_ms"_s, matchTimes.last()}};
        m_report(u"search_query_ms_p50"_s, percentile(times, 0.5), u"ms"_s, context);
        all += times;
    }
    const QJsonObject pages{{u"pages"_s, all.size()}, {u"order"_s, u"time"_s}};
    m_report(u"search_ms_p50"_s, percentile(all, 0.5), u"ms"_s, pages);
    m_report(u"search_ms_p99"_s, percentile(all, 0.99), u"ms"_s, pages);
    m_report(u"search_relevance_ms_p50"_s, percentile(ranked, 0.5), u"ms"_s, {});
    m_report(u"search_relevance_ms_max"_s, percentile(ranked, 1), u"ms"_s, {});
    m_report(u"search_all_matches_ms_p50"_s, percentile(matchTimes, 0.5), u"ms"_s, {});
    m_report(u"search_all_matches_ms_max"_s, percentile(matchTimes, 1), u"ms"_s, {});
    return 0;
}

} // namespace entente
