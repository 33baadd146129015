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

private:
    MatchDensity densityOf(const QString &query)
    {
        EventCriteria criteria;
        criteria.query = query;
        return MatchDensity::read(m_store->database(), m_store->matches(criteria));
    }
    qint64 addActor(const QString &name)
    {
        Actor actor;
        actor.name = name;
        return m_store->addActor(actor);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EventStore> m_store;
    qint64 m_russia = 0, m_ukraine = 0;
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
    const MatchDensity density = densityOf(u"shelling"_s);
    const qint64 from = utc(2014, 1, 1), to = utc(2014, 12, 31);
    const auto at = [&](qint64 lane) {
        return countsOf(density.buckets(DensityIndex::FinestLevel, lane, from, to));
    };
    const qint64 feb20 = dayStart(2014, 2, 20), feb21 = dayStart(2014, 2, 21),
                 mar15 = dayStart(2014, 3, 15);
    // The convoy is no match and the undated event has no place on the timeline.
    QCOMPARE(at(m_russia), (Counts{{feb20, 2}}));
    QCOMPARE(at(m_ukraine), (Counts{{feb20, 1}, {feb21, 1}}));
    QCOMPARE(at(LaneKey::NoActor), (Counts{{mar15, 1}}));
    QCOMPARE(at(LaneKey::AllActors), (Counts{{feb20, 2}, {feb21, 1}, {mar15, 1}}));
    QCOMPARE(at(LaneKey::ofCategory(u"military"_s)), (Counts{{feb20, 2}}));
    QCOMPARE(at(LaneKey::ofCategory(u"diplomacy"_s)), (Counts{{feb21, 1}, {mar15, 1}}));
    QCOMPARE(at(LaneKey::ofCategory(u"protest"_s)), Counts());
    // Each bucket is a whole day, in the lane it was asked for.
    for (const DensityIndex::Bucket &bucket :
         density.buckets(DensityIndex::FinestLevel, m_ukraine, from, to)) {
        QCOMPARE(bucket.actorId, m_ukraine);
        QCOMPARE(bucket.to - bucket.from + 1, DensityIndex::bucketSeconds(0));
    }
}

void TstMatchDensity::coarserLevelsAddUpTheDays()
{
    const MatchDensity density = densityOf(u"shelling"_s);
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
    const MatchDensity density = densityOf(u"shelling"_s);
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
    const MatchDensity density = densityOf(u"armistice"_s);
    QCOMPARE(countsOf(density.buckets(0, LaneKey::AllActors, utc(1900, 1, 1), utc(2100, 1, 1))),
             Counts());
    QCOMPARE(countsOf(MatchDensity().buckets(3, m_russia, utc(1900, 1, 1), utc(2100, 1, 1))),
             Counts());
}

// When every event matches, the matches' density is the density of every event, in every lane
// and at every level: the lanes and buckets a frame draws the two in are the same.
void TstMatchDensity::everyEventMatchingIsTheDensityOfEveryEvent()
{
    QRandomGenerator random(7);
    const QList<qint64> actors{m_russia, m_ukraine, addActor(u"OSCE"_s), addActor(u"EU"_s)};
    const QStringList categories{u"military"_s, u"diplomacy"_s, u""_s};
    m_store->batch([&] {
        for (int i = 0; i < 400; ++i) {
            QList<qint64> taking;
            for (qint64 actor : actors) {
                if (random.bounded(3) == 0) {
                    taking.append(actor);
                }
            }
            const qint64 day = random.bounded(3000);
            const QDate date = QDate(2010, 1, 1).addDays(day);
            m_store->addEvent(eventOn(PartialDate::day(date.year(), date.month(), date.day()),
                                      categories.at(random.bounded(3)), u"Event"_s, taking));
        }
    });
    EventCriteria everything;
    everything.from = utc(1900, 1, 1); // every dated event
    const MatchDensity density =
        MatchDensity::read(m_store->database(), m_store->matches(everything));
    QList<qint64> lanes = actors + QList<qint64>{LaneKey::NoActor, LaneKey::AllActors};
    for (const QString &category : categories) {
        lanes.append(LaneKey::ofCategory(category));
    }
    const qint64 from = utc(2000, 1, 1), to = utc(2030, 1, 1);
    for (int level = DensityIndex::FinestLevel; level <= DensityIndex::CoarsestLevel; ++level) {
        for (qint64 lane : lanes) {
            const Counts summarized = countsOf(m_store->density().buckets(level, lane, from, to));
            QVERIFY2(!summarized.isEmpty(), qPrintable(QString::number(lane)));
            QCOMPARE(countsOf(density.buckets(level, lane, from, to)), summarized);
        }
    }
}

QTEST_MAIN(TstMatchDensity)
#include "tst_matchdensity.moc"
