// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchbenchmark.h"

#include "eventcriteria.h"
#include "eventstore.h"
#include "percentile.h"
#include "searchkey.h"
#include "synthetictimeline.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace entente {

namespace {

struct Query
{
    QString kind;
    QString text;
    QString actor = {};    // a filter panel's actor, by short name
    QString category = {}; // a filter panel's category
    QString outlet = {};   // a filter panel's source outlet
};

// Filters without words: the most active actor, the least active, a category, an outlet (the
// synthetic outlets are ten, equally common).
const QList<Query> FilterQueries = {
    {u"filter"_s, {}, u"A1"_s},
    {u"filter"_s, {}, u"A200"_s},
    {u"filter"_s, {}, {}, u"protest"_s},
    {u"filter"_s, {}, {}, {}, u"TASS"_s},
};

// The plain synthetic text's words are few and spread evenly, so a single word is in most
// events: the worst case for a page in time order is a rare combination, not a common word.
QList<Query> plainQueries()
{
    return QList<Query>{
               {u"word"_s, u"ceasefire"_s},
               {u"word"_s, u"pipeline"_s},
               {u"phrase"_s, u"\"prisoner exchange\""_s},
               {u"phrase"_s, u"\"nuclear plant inspection\""_s},
               {u"prefix"_s, u"negotia*"_s},
               {u"prefix"_s, u"sanc*"_s},
               {u"field prefix"_s, u"actor:A1*"_s}, // 111 terms: A1, A10 to A19, A100 to A199
               {u"field"_s, u"actor:A3"_s},
               {u"field"_s, u"location:port"_s},
               {u"words and field"_s, u"ceasefire talks actor:A17"_s},
               {u"or and exclusion"_s, u"grain OR energy -drone"_s},
               {u"word and filter"_s, u"treaty"_s, u"A40"_s},
           } +
           FilterQueries;
}

// With the Zipf vocabulary, words are taken by their rank, so that each query matches as
// many events as a word of that rank does in real prose; the phrases are one of two common
// words and one a reader copied from a description.
QList<Query> zipfQueries()
{
    const SyntheticTimeline timeline(1991, SyntheticTimeline::Vocabulary::Zipf);
    const QStringList &word = timeline.vocabulary();
    const QStringList seen = timeline.description(17).split(u' ');
    const auto quoted = [](const QString &text) { return u'"' + text + u'"'; };
    return QList<Query>{
               {u"word, rank 12"_s, word.at(11)},
               {u"word, rank 100"_s, word.at(99)},
               {u"word, rank 1000"_s, word.at(999)},
               {u"word, rank 10000"_s, word.at(9999)},
               {u"phrase of common words"_s, quoted(word.at(11) + u' ' + word.at(12))},
               {u"phrase from a description"_s, quoted(seen.mid(2, 3).join(u' '))},
               {u"prefix"_s, word.at(149).left(4) + u'*'},
               {u"prefix"_s, word.at(1999).left(5) + u'*'},
               {u"field prefix"_s, u"actor:A1*"_s},
               {u"field"_s, u"actor:A3"_s},
               {u"field"_s, u"location:"_s + word.at(39)},
               {u"words and field"_s, word.at(19) + u' ' + word.at(59) + u" actor:A17"_s},
               {u"or and exclusion"_s,
                word.at(299) + u" OR "_s + word.at(499) + u" -"_s + word.at(14)},
               {u"word and filter"_s, word.at(99), u"A40"_s},
           } +
           FilterQueries;
}

// The filter panel's part of a query, for the report: "actor A40", "outlet TASS".
QString filterOf(const Query &query)
{
    QStringList filters;
    if (!query.actor.isEmpty()) {
        filters.append(u"actor "_s + query.actor);
    }
    if (!query.category.isEmpty()) {
        filters.append(u"category "_s + query.category);
    }
    if (!query.outlet.isEmpty()) {
        filters.append(u"outlet "_s + query.outlet);
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
    const QList<Query> queries =
        m_vocabulary == SyntheticTimeline::Vocabulary::Zipf ? zipfQueries() : plainQueries();
    for (const Query &query : queries) {
        EventCriteria criteria;
        criteria.query = query.text;
        if (!query.actor.isEmpty()) {
            criteria.actors = {actorNamed(store, query.actor)};
        }
        if (!query.category.isEmpty()) {
            criteria.categories = {query.category};
        }
        if (!query.outlet.isEmpty()) {
            criteria.outlets = {query.outlet};
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
                                  {u"kind"_s, query.kind},
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
