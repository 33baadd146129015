// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include <QDate>
#include <QMap>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include "densityindex.h"
#include "eventcriteria.h"
#include "eventstore.h"
#include "lanekey.h"
#include "matchdensity.h"
#include "matchset.h"
#include "testsupport.h"

using namespace entente;
using namespace Qt::StringLiterals;

namespace {

// A bucket as the tests compare it: where it starts and how many it counts.
using Counts = QList<std::pair<qint64, int>>;

Counts countsOf(const QList<DensityIndex::Bucket> &buckets)
{
    Counts counts;
    for (const DensityIndex::Bucket &bucket : buckets) {
        counts.append({bucket.from, bucket.count});
    }
    return counts;
}

Event eventOn(const PartialDate &start, const QString &category, const QString &title,
              const QList<qint64> &actors)
{
    Event event;
    event.title = title;
    event.start = start;
    event.category = category;
    for (qint64 actor : actors) {
        event.actors.append({actor, QString()});
    }
    return event;
}

qint64 dayStart(int year, int month, int day)
{
    return utc(year, month, day);
}

} // namespace

class TstMatchDensity : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void countsTheMatchesPerLaneAndDay();
    void coarserLevelsAddUpTheDays();
    void givesOnlyTheBucketsOfTheRange();
    void noMatchNoBucket();
    void everyEventMatchingIsTheDensityOfEveryEvent();
    void fewMatchesAmongManyEventsAreCountedAlike();

private:
    MatchDensity densityOf(const QString &query, MatchDensity::Lanes lanes)
    {
        EventCriteria criteria;
        criteria.query = query;
        return MatchDensity::read(m_store->database(), m_store->matches(criteria), lanes);
    }
    // 400 events on random days of 2010 to 2018, with random actors (or none) and categories;
    // every 50th is titled "Rare event", the others "Event".
    QList<Event> addRandomEvents();
    QList<qint64> actorLanes() const;
    QList<qint64> categoryLanes() const;
    qint64 addActor(const QString &name)
    {
        Actor actor;
        actor.name = name;
        return m_store->addActor(actor);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EventStore> m_store;
    qint64 m_russia = 0, m_ukraine = 0;
    QList<qint64> m_actors;
    const QStringList m_categories{u"military"_s, u"diplomacy"_s, u""_s};
};

void TstMatchDensity::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<EventStore>(m_dir->filePath(QStringLiteral("t.entente")));
    m_russia = addActor(QStringLiteral("Russia"));
    m_ukraine = addActor(QStringLiteral("Ukraine"));
    const auto add = [&](const PartialDate &start, const QString &category, const QString &title,
                         const QList<qint64> &actors) {
        m_store->addEvent(eventOn(start, category, title, actors));
    };
    m_store->batch([&] {
        add(PartialDate::day(2014, 2, 20), u"military"_s, u"Shelling of Maidan"_s,
            {m_russia, m_ukraine});
        add(PartialDate::minute(2014, 2, 20, 18, 30), u"military"_s, u"Evening shelling"_s,
            {m_russia});
        add(PartialDate::day(2014, 2, 21), u"diplomacy"_s, u"Talks after the shelling"_s,
            {m_ukraine});
        add(PartialDate::day(2014, 3, 15), u"diplomacy"_s, u"Shelling report"_s, {});
        add(PartialDate::day(2014, 2, 20), u"military"_s, u"Convoy"_s, {m_russia}); // no match
        add(PartialDate(), u"military"_s, u"Shelling some day"_s, {m_russia});      // undated
    });
}

void TstMatchDensity::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TstMatchDensity::countsTheMatchesPerLaneAndDay()
{
    const MatchDensity byActor = densityOf(u"shelling"_s, MatchDensity::Lanes::Actors);
    const MatchDensity byCategory = densityOf(u"shelling"_s, MatchDensity::Lanes::Categories);
    const MatchDensity allOnly = densityOf(u"shelling"_s, MatchDensity::Lanes::AllOnly);
    const qint64 from = utc(2014, 1, 1), to = utc(2014, 12, 31);
    const auto at = [&](const MatchDensity &density, qint64 lane) {
        return countsOf(density.buckets(DensityIndex::FinestLevel, lane, from, to));
    };
    const qint64 feb20 = dayStart(2014, 2, 20), feb21 = dayStart(2014, 2, 21),
                 mar15 = dayStart(2014, 3, 15);
    // The convoy is no match and the undated event has no place on the timeline.
    QCOMPARE(at(byActor, m_russia), (Counts{{feb20, 2}}));
    QCOMPARE(at(byActor, m_ukraine), (Counts{{feb20, 1}, {feb21, 1}}));
    QCOMPARE(at(byActor, LaneKey::NoActor), (Counts{{mar15, 1}}));
    const Counts all{{feb20, 2}, {feb21, 1}, {mar15, 1}};
    QCOMPARE(at(byActor, LaneKey::AllActors), all);
    QCOMPARE(at(byCategory, LaneKey::ofCategory(u"military"_s)), (Counts{{feb20, 2}}));
    QCOMPARE(at(byCategory, LaneKey::ofCategory(u"diplomacy"_s)), (Counts{{feb21, 1}, {mar15, 1}}));
    QCOMPARE(at(byCategory, LaneKey::ofCategory(u"protest"_s)), Counts());
    QCOMPARE(at(byCategory, LaneKey::AllActors), all);
    QCOMPARE(at(allOnly, LaneKey::AllActors), all);
    // Only the lanes asked for are read.
    QCOMPARE(at(byCategory, m_russia), Counts());
    QCOMPARE(at(byActor, LaneKey::ofCategory(u"military"_s)), Counts());
    QCOMPARE(at(allOnly, m_ukraine), Counts());
    // Each bucket is a whole day, in the lane it was asked for.
    for (const DensityIndex::Bucket &bucket :
         byActor.buckets(DensityIndex::FinestLevel, m_ukraine, from, to)) {
        QCOMPARE(bucket.actorId, m_ukraine);
        QCOMPARE(bucket.to - bucket.from + 1, DensityIndex::bucketSeconds(0));
    }
}

void TstMatchDensity::coarserLevelsAddUpTheDays()
{
    const MatchDensity density = densityOf(u"shelling"_s, MatchDensity::Lanes::Actors);
    const qint64 from = utc(2014, 1, 1), to = utc(2014, 12, 31);
    const QList<qint64> matchDays{dayStart(2014, 2, 20), dayStart(2014, 2, 20),
                                  dayStart(2014, 2, 21), dayStart(2014, 3, 15)};
    for (int level = DensityIndex::FinestLevel; level <= DensityIndex::CoarsestLevel; ++level) {
        QMap<qint64, int> perBucket;
        for (qint64 day : matchDays) {
            ++perBucket[DensityIndex::bucketStart(DensityIndex::bucketOf(day, level), level)];
        }
        Counts expected;
        for (auto it = perBucket.cbegin(); it != perBucket.cend(); ++it) {
            expected.append({it.key(), it.value()});
        }
        QCOMPARE(countsOf(density.buckets(level, LaneKey::AllActors, from, to)), expected);
    }
}

void TstMatchDensity::givesOnlyTheBucketsOfTheRange()
{
    const MatchDensity density = densityOf(u"shelling"_s, MatchDensity::Lanes::Actors);
    const qint64 feb21 = dayStart(2014, 2, 21);
    // Any second of a bucket's day brings the whole bucket, as the density summaries do.
    QCOMPARE(countsOf(density.buckets(0, LaneKey::AllActors, feb21 + 3600, utc(2014, 3, 14))),
             (Counts{{feb21, 1}}));
    QCOMPARE(countsOf(density.buckets(0, LaneKey::AllActors, utc(2014, 3, 16), utc(2015, 1, 1))),
             Counts());
    QCOMPARE(countsOf(density.buckets(0, LaneKey::AllActors, utc(2013, 1, 1), utc(2014, 2, 19))),
             Counts());
}

void TstMatchDensity::noMatchNoBucket()
{
    const MatchDensity density = densityOf(u"armistice"_s, MatchDensity::Lanes::Actors);
    QCOMPARE(countsOf(density.buckets(0, LaneKey::AllActors, utc(1900, 1, 1), utc(2100, 1, 1))),
             Counts());
    QCOMPARE(countsOf(MatchDensity().buckets(3, m_russia, utc(1900, 1, 1), utc(2100, 1, 1))),
             Counts());
}

QList<Event> TstMatchDensity::addRandomEvents()
{
    QRandomGenerator random(7);
    m_actors = {m_russia, m_ukraine, addActor(u"OSCE"_s), addActor(u"EU"_s)};
    QList<Event> events;
    m_store->batch([&] {
        for (int i = 0; i < 400; ++i) {
            QList<qint64> taking;
            for (qint64 actor : std::as_const(m_actors)) {
                if (random.bounded(3) == 0) {
                    taking.append(actor);
                }
            }
            const QDate date = QDate(2010, 1, 1).addDays(random.bounded(3000));
            events.append(eventOn(PartialDate::day(date.year(), date.month(), date.day()),
                                  m_categories.at(random.bounded(3)),
                                  i % 50 == 0 ? u"Rare event"_s : u"Event"_s, taking));
            m_store->addEvent(events.last());
        }
    });
    return events;
}

QList<qint64> TstMatchDensity::actorLanes() const
{
    return m_actors + QList<qint64>{LaneKey::NoActor, LaneKey::AllActors};
}

QList<qint64> TstMatchDensity::categoryLanes() const
{
    QList<qint64> lanes{LaneKey::AllActors};
    for (const QString &category : m_categories) {
        lanes.append(LaneKey::ofCategory(category));
    }
    return lanes;
}

// When every event matches, the matches' density is the density of every event, in every lane
// and at every level: the lanes and buckets a frame draws the two in are the same.
void TstMatchDensity::everyEventMatchingIsTheDensityOfEveryEvent()
{
    addRandomEvents();
    EventCriteria everything;
    everything.from = utc(1900, 1, 1); // every dated event
    const MatchSet matches = m_store->matches(everything);
    const std::pair<MatchDensity::Lanes, QList<qint64>> kinds[] = {
        {MatchDensity::Lanes::Actors, actorLanes()},
        {MatchDensity::Lanes::Categories, categoryLanes()}};
    const qint64 from = utc(2000, 1, 1), to = utc(2030, 1, 1);
    for (const auto &[kind, lanes] : kinds) {
        const MatchDensity density = MatchDensity::read(m_store->database(), matches, kind);
        for (int level = DensityIndex::FinestLevel; level <= DensityIndex::CoarsestLevel; ++level) {
            for (qint64 lane : lanes) {
                const Counts all = countsOf(m_store->density().buckets(level, lane, from, to));
                QVERIFY2(!all.isEmpty(), qPrintable(QString::number(lane)));
                QCOMPARE(countsOf(density.buckets(level, lane, from, to)), all);
            }
        }
    }
}

// A few matches far apart are looked up one by one, many are read in a run: both count alike.
void TstMatchDensity::fewMatchesAmongManyEventsAreCountedAlike()
{
    QMap<qint64, Counts> expected; // by lane, counted from the events themselves
    const auto count = [&](qint64 lane, qint64 day) {
        Counts &counts = expected[lane];
        if (!counts.isEmpty() && counts.last().first == day) {
            ++counts.last().second;
        } else {
            counts.append({day, 1});
        }
    };
    QList<Event> rare;
    for (const Event &event : addRandomEvents()) {
        if (event.title.startsWith(u"Rare")) {
            rare.append(event);
        }
    }
    std::sort(rare.begin(), rare.end(), Event::startsBefore);
    for (const Event &event : std::as_const(rare)) {
        const qint64 day = event.earliestSecond();
        count(LaneKey::AllActors, day);
        count(LaneKey::ofCategory(event.category), day);
        for (const EventActor &actor : event.actors) {
            count(actor.actorId, day);
        }
        if (event.actors.isEmpty()) {
            count(LaneKey::NoActor, day);
        }
    }
    const MatchDensity byActor = densityOf(u"rare"_s, MatchDensity::Lanes::Actors);
    const MatchDensity byCategory = densityOf(u"rare"_s, MatchDensity::Lanes::Categories);
    const qint64 from = utc(2000, 1, 1), to = utc(2030, 1, 1);
    for (qint64 lane : actorLanes()) {
        QCOMPARE(countsOf(byActor.buckets(0, lane, from, to)), expected.value(lane));
    }
    for (qint64 lane : categoryLanes()) {
        QCOMPARE(countsOf(byCategory.buckets(0, lane, from, to)), expected.value(lane));
    }
}

QTEST_MAIN(TstMatchDensity)
#include "tst_matchdensity.moc"
