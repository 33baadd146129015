// SPDX-License-Identifier: GPL-3.0-or-later
#include "synthetictimeline.h"

#include "calendar.h"
#include "eventstore.h"

#include <QDate>
#include <QElapsedTimer>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace entente {

namespace {

// Plain words of news prose, so that titles and quotes have realistic lengths and search has
// real text to go through.
const char *const WordList[] = {
    "ceasefire",  "talks",        "delegation", "minister", "border",    "shelling",
    "agreement",  "envoy",        "sanctions",  "convoy",   "offensive", "withdrawal",
    "summit",     "treaty",       "protest",    "election", "corridor",  "prisoner",
    "exchange",   "artillery",    "drone",      "strike",   "village",   "capital",
    "region",     "statement",    "spokesman",  "claims",   "denies",    "reported",
    "according",  "officials",    "forces",     "troops",   "civilians", "humanitarian",
    "aid",        "grain",        "port",       "energy",   "pipeline",  "nuclear",
    "plant",      "inspection",   "mediator",   "proposal", "framework", "security",
    "guarantees", "negotiations", "round",      "meeting",  "phone",     "call",
    "leaders",    "parliament",   "vote",       "the",      "of",        "and",
    "in",         "on",           "with",       "after",    "before",    "against",
    "near",       "between",      "new",        "second",   "renewed",   "heavy",
    "limited",    "partial",      "overnight",  "weekly",   "joint"};

// The words of a sentence's frame, the most frequent words of any prose.
const char *const FunctionWords[] = {"the", "of", "and", "in", "on", "with", "after", "before",
                                     "against", "near", "between"};

// A made-up word of two to four syllables: words that share a beginning, as real ones do,
// for prefix queries.
QString madeUpWord(QRandomGenerator &random)
{
    static const char Consonants[] = "bdfgklmnprstvz";
    static const char Vowels[] = "aeiou";
    QString word;
    const int syllables = 2 + int(random.bounded(3));
    for (int i = 0; i < syllables; ++i) {
        word += QLatin1Char(Consonants[random.bounded(int(sizeof Consonants - 1))]);
        word += QLatin1Char(Vowels[random.bounded(int(sizeof Vowels - 1))]);
    }
    return word;
}

qint64 dayNumber(int year, int month, int day)
{
    return QDate(year, month, day).toJulianDay();
}

} // namespace

SyntheticTimeline::SyntheticTimeline(quint32 seed, Vocabulary vocabulary) : m_random(seed)
{
    for (const char *word : WordList) {
        m_words.append(QString::fromLatin1(word));
    }
    if (vocabulary == Vocabulary::Zipf) {
        makeZipfVocabulary();
    }
    double total = 0;
    for (int rank = 1; rank <= ActorCount; ++rank) {
        total += 1.0 / rank; // Zipf, s = 1
        m_actorWeights.append(total);
    }
    for (double &weight : m_actorWeights) {
        weight /= total;
    }
    for (int i = 0; i < 4096; ++i) {
        m_titles.append(words(4, 10));
        m_descriptions.append(words(30, 60) + QLatin1Char('.'));
        m_quotes.append(words(15, 30) + QLatin1Char('.'));
        m_places.append(words(1, 2));
    }
}

// The function words first, then the news words, then made-up ones; word r of the list drawn
// in proportion to 1/r (Zipf, s = 1), as words are in real text.
void SyntheticTimeline::makeZipfVocabulary()
{
    QStringList ranked;
    for (const char *word : FunctionWords) {
        ranked.append(QString::fromLatin1(word));
    }
    for (const QString &word : std::as_const(m_words)) {
        if (!ranked.contains(word)) {
            ranked.append(word);
        }
    }
    QRandomGenerator spelling(ZipfWords); // its own generator: the events' draws stay the same
    QSet<QString> taken(ranked.begin(), ranked.end());
    while (ranked.size() < ZipfWords) {
        const QString word = madeUpWord(spelling);
        if (!taken.contains(word)) {
            taken.insert(word);
            ranked.append(word);
        }
    }
    m_words = ranked;
    double total = 0;
    for (int rank = 1; rank <= ranked.size(); ++rank) {
        total += 1.0 / rank;
        m_wordWeights.append(total);
    }
    for (double &weight : m_wordWeights) {
        weight /= total;
    }
}

const QString &SyntheticTimeline::nextWord()
{
    if (m_wordWeights.isEmpty()) {
        return m_words.at(int(m_random.bounded(qsizetype(m_words.size()))));
    }
    const double x = m_random.generateDouble();
    return m_words.at(std::lower_bound(m_wordWeights.begin(), m_wordWeights.end(), x) -
                      m_wordWeights.begin());
}

QString SyntheticTimeline::pick(const QStringList &pool)
{
    return pool.at(int(m_random.bounded(qsizetype(pool.size()))));
}

QList<Actor> SyntheticTimeline::actors() const
{
    // Actor i (0-based) ranks i + 1 in activity. Every fifth actor from 20 on is a person or
    // group belonging to one of the first 40 (states and organisations).
    QList<Actor> actors;
    for (int i = 0; i < ActorCount; ++i) {
        Actor actor;
        actor.name = QStringLiteral("Actor %1").arg(i + 1, 3, 10, QLatin1Char('0'));
        actor.shortName = QStringLiteral("A%1").arg(i + 1);
        const bool nested = i >= 20 && i % 5 != 0;
        actor.type = nested ? (i % 2 ? Actor::Type::Person : Actor::Type::Group)
                            : (i % 3 ? Actor::Type::State : Actor::Type::Organisation);
        actor.affiliationId = nested ? (i % 40) + 1 : 0; // ids are assigned 1.. in order
        actor.color = QStringLiteral("#%1%2%3")
                          .arg(60 + (i * 47) % 160, 2, 16, QLatin1Char('0'))
                          .arg(60 + (i * 89) % 160, 2, 16, QLatin1Char('0'))
                          .arg(60 + (i * 131) % 160, 2, 16, QLatin1Char('0'));
        actors.append(actor);
    }
    return actors;
}

QString SyntheticTimeline::words(int min, int max)
{
    const int count = int(m_random.bounded(min, max + 1));
    QString text;
    text.reserve(count * 9);
    for (int i = 0; i < count; ++i) {
        if (i > 0) {
            text += QLatin1Char(' ');
        }
        text += nextWord();
    }
    text[0] = text[0].toUpper();
    return text;
}

qint64 SyntheticTimeline::pickActorIndex()
{
    const double x = m_random.generateDouble();
    return std::lower_bound(m_actorWeights.begin(), m_actorWeights.end(), x) -
           m_actorWeights.begin();
}

PartialDate SyntheticTimeline::randomDate(qint64 fromDay, qint64 toDay,
                                          PartialDate::Precision precision)
{
    const QDate date =
        QDate::fromJulianDay(fromDay + qint64(m_random.bounded(double(toDay - fromDay))));
    const bool approximate = m_random.bounded(10) == 0;
    switch (precision) {
    case PartialDate::Precision::Year:
        return PartialDate::year(date.year(), approximate);
    case PartialDate::Precision::Month:
        return PartialDate::month(date.year(), date.month(), approximate);
    case PartialDate::Precision::Day:
        return PartialDate::day(date.year(), date.month(), date.day(), approximate);
    case PartialDate::Precision::Minute:
        return PartialDate::minute(date.year(), date.month(), date.day(), m_random.bounded(24),
                                   m_random.bounded(60), approximate);
    }
    return {};
}

Event SyntheticTimeline::nextEvent(const QList<qint64> &actorIds)
{
    static const qint64 first = dayNumber(1991, 1, 1), last = dayNumber(2025, 12, 31);
    static const char *const Categories[] = {"military",  "diplomacy", "statement",
                                             "agreement", "protest",   "humanitarian"};
    static const char *const Roles[] = {"party", "party", "mediator", "speaker", "subject"};
    Event event;
    event.title = pick(m_titles);
    event.description = pick(m_descriptions);
    event.category = QString::fromLatin1(Categories[m_random.bounded(6)]);
    const int roll = int(m_random.bounded(100));
    event.importance = roll < 30 ? 1 : roll < 60 ? 2 : roll < 85 ? 3 : roll < 95 ? 4 : 5;
    event.location = pick(m_places);
    if (m_random.bounded(100) < 85) {
        const int p = int(m_random.bounded(100));
        const auto precision = p < 80   ? PartialDate::Precision::Day
                               : p < 90 ? PartialDate::Precision::Month
                               : p < 95 ? PartialDate::Precision::Year
                                        : PartialDate::Precision::Minute;
        event.start = randomDate(first, last, precision);
    } else {
        event.kind = Event::Kind::Period;
        event.start = randomDate(first, last, PartialDate::Precision::Day);
        // Log-uniform length from a day to five years.
        const double days = std::exp(m_random.generateDouble() * std::log(5 * 365.0));
        const QDate end =
            QDate(event.start.yearValue(), event.start.monthValue(), event.start.dayValue())
                .addDays(qint64(days));
        event.ongoing = m_random.bounded(20) == 0;
        if (!event.ongoing) {
            event.end = PartialDate::day(std::min(end.year(), 2025), end.month(), end.day());
            if (event.end < event.start) {
                event.end = event.start;
            }
        }
    }
    const int actorCount = 1 + int(m_random.bounded(100) < 40) + int(m_random.bounded(100) < 15);
    for (int i = 0; i < actorCount; ++i) {
        const qint64 id = actorIds.at(pickActorIndex());
        if (std::none_of(event.actors.begin(), event.actors.end(),
                         [&](const EventActor &a) { return a.actorId == id; })) {
            event.actors.append({id, QString::fromLatin1(Roles[m_random.bounded(5)])});
        }
    }
    return event;
}

Source SyntheticTimeline::nextSource()
{
    static const char *const Outlets[] = {"Reuters",          "AP",     "AFP", "BBC",
                                          "Kyiv Independent", "Meduza", "ISW", "OSCE SMM",
                                          "Ukrainska Pravda", "TASS"};
    Source source;
    source.outlet = QString::fromLatin1(Outlets[m_random.bounded(10)]);
    source.title = pick(m_titles);
    source.url = QStringLiteral("https://example.org/news/%1").arg(m_random.generate());
    source.quote = pick(m_quotes);
    return source;
}

qint64 SyntheticTimeline::populate(EventStore &store, qint64 count,
                                   const std::function<void(qint64)> &progress)
{
    // Made up a thousand at a time, so that the clock can leave the making up out.
    constexpr qint64 Chunk = 1000;
    qint64 generatingNs = 0;
    QElapsedTimer clock;
    store.batch([&] {
        QList<qint64> actorIds;
        for (const Actor &actor : actors()) {
            actorIds.append(store.addActor(actor));
        }
        QList<Event> events;
        QList<Source> sources;
        for (qint64 done = 0; done < count; done += events.size()) {
            clock.start();
            events.clear();
            sources.clear();
            for (qint64 i = 0; i < std::min(Chunk, count - done); ++i) {
                events.append(nextEvent(actorIds));
                sources.append(nextSource());
            }
            generatingNs += clock.nsecsElapsed();
            for (qsizetype i = 0; i < events.size(); ++i) {
                events[i].sourceIds.append(store.addSource(sources.at(i)));
                store.addEvent(events.at(i));
            }
            if ((done + events.size()) % 10000 == 0 && progress) {
                progress(done + events.size());
            }
        }
    });
    return generatingNs;
}

} // namespace entente
