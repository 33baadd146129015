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
    // Plain: 80 news words drawn evenly, so every word is in most events (the worst case for
    // search and the text every earlier figure was measured on). Zipf: the same words as the
    // most frequent of ~30,000, drawn with Zipf's law like the words of real prose, so that
    // a word, a phrase or a prefix matches as few events as in real text.
    enum class Vocabulary { Plain, Zipf };

    explicit SyntheticTimeline(quint32 seed = 1991, Vocabulary vocabulary = Vocabulary::Plain);

    // Adds the actors, then `count` events with one source each, through the store's normal
    // write path in one batch. progress(done) is called every 10,000 events. Returns the
    // nanoseconds spent making the events up, which are no part of importing them.
    qint64 populate(EventStore &store, qint64 count, const std::function<void(qint64)> &progress);

    QList<Actor> actors() const;
    Event nextEvent(const QList<qint64> &actorIds);
    Source nextSource();

    static constexpr int ActorCount = 200;
    static constexpr int ZipfWords = 30000;

    // The vocabulary's words, the most frequent first.
    const QStringList &vocabulary() const { return m_words; }
    // Description number `index` of those events are drawn from (there are 4096).
    const QString &description(int index) const { return m_descriptions.at(index); }

private:
    void makeZipfVocabulary();
    QString words(int min, int max);
    const QString &nextWord();
    QString pick(const QStringList &pool);
    PartialDate randomDate(qint64 fromDay, qint64 toDay, PartialDate::Precision precision);
    qint64 pickActorIndex();

    QRandomGenerator m_random;
    QList<double> m_actorWeights; // cumulative Zipf weights
    QStringList m_words;
    QList<double> m_wordWeights; // cumulative Zipf weights; empty: every word as likely
    // Texts are drawn from pools made once, so that making up a million events costs little
    // next to storing them (the benchmark measures the store, not the generator).
    QStringList m_titles, m_descriptions, m_quotes, m_places;
};

} // namespace entente
