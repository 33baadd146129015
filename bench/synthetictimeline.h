// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actor.h"
#include "event.h"
#include "source.h"

#include <QList>
#include <QRandomGenerator>
#include <QStringList>

#include <functional>

namespace entente {

class EventStore;

// A realistic, reproducible stand-in for a large export (ACLED-sized): 1991–2025, ~200 actors
// with Zipf-distributed activity (people and groups nested under states and organisations),
// 85% points and 15% periods from days to years, titles, descriptions and quotes of realistic
// length, so that storage, queries and drawing do real work.
class SyntheticTimeline final
{
public:
    explicit SyntheticTimeline(quint32 seed = 1991);

    // Adds the actors, then `count` events with one source each, through the store's normal
    // write path in one batch. progress(done) is called every 10,000 events. Returns the
    // nanoseconds spent making the events up, which are no part of importing them.
    qint64 populate(EventStore &store, qint64 count, const std::function<void(qint64)> &progress);

    QList<Actor> actors() const;
    Event nextEvent(const QList<qint64> &actorIds);
    Source nextSource();

    static constexpr int ActorCount = 200;

private:
    QString words(int min, int max);
    QString pick(const QStringList &pool);
    PartialDate randomDate(qint64 fromDay, qint64 toDay, PartialDate::Precision precision);
    qint64 pickActorIndex();

    QRandomGenerator m_random;
    QList<double> m_actorWeights; // cumulative Zipf weights
    QStringList m_words;
    // Texts are drawn from pools made once, so that making up a million events costs little
    // next to storing them (the benchmark measures the store, not the generator).
    QStringList m_titles, m_descriptions, m_quotes, m_places;
};

} // namespace entente
